import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accessPoint, apUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'root path /', expect: 'FAIL', target: apUid('fsap-root'), resources: [accessPoint('fsap-root', { RootDirectoryPath: '/' })] },
  { name: 'no root directory set', expect: 'FAIL', target: apUid('fsap-none'), resources: [accessPoint('fsap-none', { RootDirectoryPath: undefined })] },
  { name: 'dedicated subdirectory', expect: 'PASS', target: apUid('fsap-app'), resources: [accessPoint('fsap-app')] },
];
