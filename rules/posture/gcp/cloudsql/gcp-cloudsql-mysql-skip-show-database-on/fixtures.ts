import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'MYSQL_8_0',
  flag: 'skip_show_database',
  failValues: ['off'],
  passValues: ['on', 'ON'],
  absent: 'FAIL',
  otherVersion: 'POSTGRES_16',
});
