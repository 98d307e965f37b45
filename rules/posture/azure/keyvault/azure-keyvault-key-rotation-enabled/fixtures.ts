import type { RuleFixture } from '../../../../../src/model/rule.js';
import { vault, vaultUid } from '../testing.js';

const key = (name: string, rotationEnabled?: boolean, enabled?: boolean) => ({ name, enabled, created: '2025-05-20T01:00:00.000Z', expires: '2027-05-20T01:00:00.000Z', rotationEnabled });

export const fixtures: RuleFixture[] = [
  { name: 'one key without rotation policy', expect: 'FAIL', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { keys: [key('cmk-storage', true), key('cmk-sql', false)] })] },
  { name: 'all enabled keys rotate (disabled one ignored)', expect: 'PASS', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { keys: [key('cmk-storage', true), key('cmk-sql', true), key('cmk-old', false, false)] })] },
  { name: 'rotation policy not readable', expect: 'NOT_ASSESSED', target: vaultUid('kv-app-prod'), resources: [vault('kv-app-prod', {}, { keys: [key('cmk-storage', true), key('cmk-sql')] })] },
  { name: 'no keys', expect: 'NOT_APPLICABLE', target: vaultUid('kv-secrets-only'), resources: [vault('kv-secrets-only', {}, { keys: [] })] },
  { name: 'keys not collected', expect: 'NOT_ASSESSED', target: vaultUid('kv-locked'), resources: [vault('kv-locked', {}, { keys: undefined }, { keys: 'AccessDenied' })] },
];
