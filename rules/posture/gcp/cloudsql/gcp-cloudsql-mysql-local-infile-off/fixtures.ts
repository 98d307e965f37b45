import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'MYSQL_5_7',
  flag: 'local_infile',
  failValues: ['on'],
  passValues: ['off'],
  absent: 'FAIL',
  otherVersion: 'SQLSERVER_2019_STANDARD',
});
