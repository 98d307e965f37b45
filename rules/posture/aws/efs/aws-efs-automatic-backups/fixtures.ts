import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fileSystem, fsUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'no backup policy', expect: 'FAIL', target: fsUid('fs-1'), resources: [fileSystem('fs-1', { backupPolicy: null })] },
  { name: 'backup policy disabled', expect: 'FAIL', target: fsUid('fs-1'), resources: [fileSystem('fs-1', { backupPolicy: 'DISABLED' })] },
  { name: 'backup policy enabled', expect: 'PASS', target: fsUid('fs-1'), resources: [fileSystem('fs-1')] },
  { name: 'backup policy not collectable', expect: 'NOT_ASSESSED', target: fsUid('fs-1'), resources: [fileSystem('fs-1', { backupPolicy: undefined }, { backupPolicy: 'AccessDenied' })] },
];
