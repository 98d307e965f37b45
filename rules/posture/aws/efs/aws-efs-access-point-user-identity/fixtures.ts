import type { RuleFixture } from '../../../../../src/model/rule.js';
import { accessPoint, apUid } from '../shared.js';

export const fixtures: RuleFixture[] = [
  { name: 'no POSIX user', expect: 'FAIL', target: apUid('fsap-1'), resources: [accessPoint('fsap-1', { PosixUser: null })] },
  { name: 'POSIX user 1000', expect: 'PASS', target: apUid('fsap-2'), resources: [accessPoint('fsap-2')] },
];
