import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accountUid, legacyAccount, storageAccount } from '../testing.js';

const at = (iso: string) => iso as unknown as Date;

export const fixtures: RuleFixture[] = [
  {
    name: 'key2 not rotated for a year',
    expect: 'FAIL',
    target: accountUid('stappdata'),
    resources: [storageAccount('stappdata', { allowSharedKeyAccess: true, keyCreationTime: { key1: at('2026-10-01T00:00:00Z'), key2: at('2025-10-01T00:00:00Z') } })],
  },
  { name: 'no key creation time recorded (absent)', expect: 'FAIL', target: accountUid('stlegacyweb'), resources: [legacyAccount('stlegacyweb')] },
  {
    name: 'both keys rotated 47 days ago',
    expect: 'PASS',
    target: accountUid('stappdata'),
    resources: [storageAccount('stappdata', { allowSharedKeyAccess: true })],
  },
  { name: 'shared key disallowed', expect: 'NOT_APPLICABLE', target: accountUid('stnokeys'), resources: [storageAccount('stnokeys', { keyCreationTime: { key1: at('2020-01-01T00:00:00Z'), key2: at('2020-01-01T00:00:00Z') } })] },
];
