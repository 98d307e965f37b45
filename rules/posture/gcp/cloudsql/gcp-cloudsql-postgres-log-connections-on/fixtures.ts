import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'POSTGRES_16',
  flag: 'log_connections',
  failValues: ['off'],
  passValues: ['on'],
  absent: 'FAIL',
  otherVersion: 'MYSQL_8_0',
});
