import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCESS_POLICY_MODEL, vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'access policies', expect: 'FAIL', target: vaultUid('kv-legacy'), resources: [vault('kv-legacy', ACCESS_POLICY_MODEL)] },
  { name: 'access policies, property left out by ARM', expect: 'FAIL', target: vaultUid('kv-old'), resources: [vault('kv-old', { ...ACCESS_POLICY_MODEL, enableRbacAuthorization: undefined })] },
  { name: 'Azure RBAC', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
];
