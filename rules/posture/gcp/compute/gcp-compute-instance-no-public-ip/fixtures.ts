import type { RuleFixture } from '../../../../../src/model/rule.js';
import { gkeNode, instance, instanceUid } from '../testing.js';

const target = instanceUid('web-1');
const nic = { network: 'global/networks/prod', subnetwork: 'regions/us-central1/subnetworks/app', networkIP: '10.0.0.5' };

export const fixtures: RuleFixture[] = [
  {
    name: 'running VM with an external IPv4 address',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { networkInterfaces: [{ ...nic, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT', natIP: '34.123.45.67' }] }] })],
  },
  {
    name: 'stopped VM with an ephemeral external address (no natIP yet)',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { status: 'TERMINATED', networkInterfaces: [{ ...nic, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] }] })],
  },
  {
    name: 'external IPv6 on the second interface',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { networkInterfaces: [nic, { ...nic, ipv6AccessConfigs: [{ externalIpv6: '2600:1900:4000:1::' }] }] })],
  },
  { name: 'internal address only', expect: 'PASS', target, resources: [instance('web-1', { networkInterfaces: [{ ...nic, accessConfigs: [] }] })] },
  {
    name: 'GKE node with a public IP is excluded by CIS',
    expect: 'NOT_APPLICABLE',
    target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'),
    resources: [gkeNode({ networkInterfaces: [{ ...nic, accessConfigs: [{ name: 'external-nat', natIP: '35.1.2.3' }] }] })],
  },
];
