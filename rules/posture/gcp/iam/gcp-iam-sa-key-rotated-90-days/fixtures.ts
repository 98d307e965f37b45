import type { RuleFixture } from '../../../../../src/model/rule.js';
import { PROJECT } from '../../testing.js';
import { saKey } from '../gcp-iam-sa-no-user-managed-keys/fixtures.js';

const uid = (id: string) => `//iam.googleapis.com/projects/${PROJECT}/serviceAccounts/app@${PROJECT}.iam.gserviceaccount.com/keys/${id}`;

// Snapshot time: 2026-11-01T00:00:00Z.
export const fixtures: RuleFixture[] = [
  { name: 'key created 200 days ago', expect: 'FAIL', target: uid('old'), resources: [saKey('old', { validAfterTime: '2026-04-15T00:00:00Z' })] },
  { name: 'disabled key created 120 days ago', expect: 'FAIL', target: uid('dis'), resources: [saKey('dis', { validAfterTime: '2026-07-04T00:00:00Z', disabled: true })] },
  { name: 'key created 31 days ago', expect: 'PASS', target: uid('new'), resources: [saKey('new', { validAfterTime: '2026-10-01T00:00:00Z' })] },
  { name: 'Google-managed key', expect: 'NOT_APPLICABLE', target: uid('sys'), resources: [saKey('sys', { keyType: 'SYSTEM_MANAGED', validAfterTime: '2025-01-01T00:00:00Z' })] },
  { name: 'key without a creation time', expect: 'NOT_ASSESSED', target: uid('unk'), resources: [saKey('unk', { validAfterTime: undefined })] },
];
