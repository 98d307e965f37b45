import type { RuleFixture } from '../../../../../src/model/rule.js';
import { key, keyArn } from '../testing.js';

const id = '11112222-3333-4444-5555-666677778888';
const uid = keyArn(id);

export const fixtures: RuleFixture[] = [
  {
    name: 'pending deletion in 12 days',
    expect: 'FAIL',
    target: uid,
    resources: [
      key(id, {
        metadata: { keyState: 'PendingDeletion', enabled: false, deletionDate: '2026-11-13T00:00:00.000Z', pendingDeletionWindowInDays: 30 },
        config: { rotation: null },
      }),
    ],
  },
  { name: 'enabled key', expect: 'PASS', target: uid, resources: [key(id)] },
  { name: 'disabled (not deleted) key', expect: 'PASS', target: uid, resources: [key(id, { metadata: { keyState: 'Disabled', enabled: false } })] },
  { name: 'AWS managed key', expect: 'NOT_APPLICABLE', target: uid, resources: [key(id, { metadata: { keyManager: 'AWS' } })] },
  { name: 'metadata not collectable', expect: 'NOT_ASSESSED', target: uid, resources: [key(id, { config: { metadata: undefined } }, { errors: { metadata: 'AccessDenied' } })] },
];
