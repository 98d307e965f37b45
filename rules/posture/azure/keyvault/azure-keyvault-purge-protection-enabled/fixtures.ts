import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'purge protection never enabled (property left out)', expect: 'FAIL', target: vaultUid('kv-dev'), resources: [vault('kv-dev', { enablePurgeProtection: undefined })] },
  { name: 'purge protection enabled', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod')] },
];
