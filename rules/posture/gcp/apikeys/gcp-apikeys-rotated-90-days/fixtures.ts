import type { RuleFixture } from '../../../../../src/model/rule.js';
import { apiKey, keyUid } from '../key-fixtures.js';

// Snapshot time: 2026-11-01T00:00:00Z.
export const fixtures: RuleFixture[] = [
  { name: 'key created a year ago', expect: 'FAIL', target: keyUid('old'), resources: [apiKey('old', { createTime: '2025-11-01T00:00:00Z' })] },
  { name: 'key created 31 days ago', expect: 'PASS', target: keyUid('new'), resources: [apiKey('new', { createTime: '2026-10-01T00:00:00Z' })] },
  { name: 'key without a creation time', expect: 'NOT_ASSESSED', target: keyUid('unk'), resources: [apiKey('unk', { createTime: undefined })] },
];
