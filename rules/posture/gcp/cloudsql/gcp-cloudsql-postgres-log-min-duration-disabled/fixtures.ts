import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'POSTGRES_16',
  flag: 'log_min_duration_statement',
  failValues: ['0', '500'],
  passValues: ['-1'],
  absent: 'PASS',
  otherVersion: 'MYSQL_8_0',
});
