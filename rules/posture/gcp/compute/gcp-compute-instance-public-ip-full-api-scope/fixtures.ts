import type { RuleFixture } from '../../../../../src/model/rule.js';
import { APP_SA, CLOUD_PLATFORM, DEFAULT_SA, DEFAULT_SCOPES, gkeNode, instance, instanceUid } from '../testing.js';

const target = instanceUid('web-1');
const publicNic = { network: 'global/networks/prod', networkIP: '10.0.0.5', accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT', natIP: '34.123.45.67' }] };
const privateNic = { network: 'global/networks/prod', networkIP: '10.0.0.5' };

export const fixtures: RuleFixture[] = [
  {
    name: 'public VM with the default service account and cloud-platform scope',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { networkInterfaces: [publicNic], serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
  {
    name: 'public VM with a custom service account and cloud-platform scope',
    expect: 'FAIL',
    target,
    resources: [instance('web-1', { networkInterfaces: [publicNic], serviceAccounts: [{ email: APP_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
  {
    name: 'public GKE node with cloud-platform scope',
    expect: 'FAIL',
    target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'),
    resources: [gkeNode({ networkInterfaces: [publicNic], serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
  {
    name: 'public VM with narrow scopes',
    expect: 'PASS',
    target,
    resources: [instance('web-1', { networkInterfaces: [publicNic], serviceAccounts: [{ email: DEFAULT_SA, scopes: DEFAULT_SCOPES }] })],
  },
  {
    name: 'private VM with cloud-platform scope',
    expect: 'PASS',
    target,
    resources: [instance('web-1', { networkInterfaces: [privateNic], serviceAccounts: [{ email: APP_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
];
