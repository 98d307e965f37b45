import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'retention lowered to 7 days', expect: 'FAIL', target: vaultUid('kv-dev'), resources: [vault('kv-dev', { softDeleteRetentionInDays: 7 })] },
  { name: 'soft delete off (vault from before it became mandatory)', expect: 'FAIL', target: vaultUid('kv-2019'), resources: [vault('kv-2019', { enableSoftDelete: false, softDeleteRetentionInDays: undefined, enablePurgeProtection: undefined })] },
  { name: '90 days', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
  { name: 'default retention (left out by ARM)', expect: 'PASS', target: vaultUid('kv-app-dev'), resources: [vault('kv-app-dev', { softDeleteRetentionInDays: undefined })] },
];
