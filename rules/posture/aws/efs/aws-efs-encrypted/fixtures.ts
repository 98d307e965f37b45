import type { RuleFixture } from '../../../../../src/model/rule.js';
import { fileSystem, fsUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'unencrypted file system', expect: 'FAIL', target: fsUid('fs-plain'), resources: [fileSystem('fs-plain', { Encrypted: false, KmsKeyId: undefined })] },
  { name: 'KMS-encrypted file system', expect: 'PASS', target: fsUid('fs-enc'), resources: [fileSystem('fs-enc')] },
];
