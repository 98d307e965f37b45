import type { RuleFixture } from '../../../../../src/model/rule.js';
import { APP_SA, CLOUD_PLATFORM, DEFAULT_SA, DEFAULT_SCOPES, gkeNode, instance, instanceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'default service account with cloud-platform scope',
    expect: 'FAIL',
    target: instanceUid('web-1'),
    resources: [instance('web-1', { serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
  {
    name: 'default service account with default scopes',
    expect: 'PASS',
    target: instanceUid('web-1'),
    resources: [instance('web-1', { serviceAccounts: [{ email: DEFAULT_SA, scopes: DEFAULT_SCOPES }] })],
  },
  {
    name: 'dedicated service account with cloud-platform scope',
    expect: 'PASS',
    target: instanceUid('web-1'),
    resources: [instance('web-1', { serviceAccounts: [{ email: APP_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
  {
    name: 'GKE node is excluded by CIS',
    expect: 'NOT_APPLICABLE',
    target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'),
    resources: [gkeNode({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] })],
  },
];
