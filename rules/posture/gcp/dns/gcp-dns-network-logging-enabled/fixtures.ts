import type { RuleFixture } from '../../../../../src/model/rule.js';
import { GCP_TYPES } from '../../../../../src/providers/gcp/model.js';
import { PROJECT } from '../../testing.js';
import { network, networkUid, networkUrl } from '../../vpc/fixture-builders.js';
import { dnsPolicy } from '../fixture-builders.js';

const target = networkUid('prod-vpc');

export const fixtures: RuleFixture[] = [
  { name: 'network without a server policy', expect: 'FAIL', target, resources: [network('prod-vpc'), dnsPolicy('other', { enableLogging: true, networks: [{ networkUrl: networkUrl('dev-vpc') }] })] },
  { name: 'server policy with logging off', expect: 'FAIL', target, resources: [network('prod-vpc'), dnsPolicy('inbound', { enableInboundForwarding: true, networks: [{ networkUrl: networkUrl('prod-vpc') }] })] },
  {
    name: 'server policy with logging on (URL spelled with compute.googleapis.com)',
    expect: 'PASS',
    target,
    resources: [network('prod-vpc'), dnsPolicy('dns-logging', { enableLogging: true, networks: [{ networkUrl: `https://compute.googleapis.com/compute/v1/projects/${PROJECT}/global/networks/prod-vpc` }] })],
  },
  {
    name: 'DNS policy listing failed',
    expect: 'NOT_ASSESSED',
    target,
    resources: [network('prod-vpc')],
    errors: [{ provider: 'gcp', account: PROJECT, region: 'global', service: 'dns', operation: 'policies.list', code: 'ApiNotEnabled', message: 'dns.googleapis.com is not enabled', resourceTypes: [GCP_TYPES.dnsPolicy] }],
  },
];
