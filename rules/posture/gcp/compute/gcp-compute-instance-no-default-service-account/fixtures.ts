import type { RuleFixture } from '../../../../../src/model/rule.js';
import { APP_SA, DEFAULT_SA, DEFAULT_SCOPES, gkeNode, instance, instanceUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  {
    name: 'instance on the default compute service account',
    expect: 'FAIL',
    target: instanceUid('web-1'),
    resources: [instance('web-1', { serviceAccounts: [{ email: DEFAULT_SA, scopes: DEFAULT_SCOPES }] })],
  },
  { name: 'instance on a dedicated service account', expect: 'PASS', target: instanceUid('web-1'), resources: [instance('web-1', { serviceAccounts: [{ email: APP_SA, scopes: DEFAULT_SCOPES }] })] },
  { name: 'instance without a service account', expect: 'PASS', target: instanceUid('batch-1'), resources: [instance('batch-1', { serviceAccounts: [] })] },
  {
    name: 'GKE node on the default service account is excluded by CIS',
    expect: 'NOT_APPLICABLE',
    target: instanceUid('gke-prod-default-pool-1a2b3c4d-x9k2'),
    resources: [gkeNode({ serviceAccounts: [{ email: DEFAULT_SA, scopes: DEFAULT_SCOPES }] })],
  },
];
