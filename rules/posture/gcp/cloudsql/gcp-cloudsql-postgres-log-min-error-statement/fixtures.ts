import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'POSTGRES_16',
  flag: 'log_min_error_statement',
  failValues: ['warning', 'debug1'],
  passValues: ['error', 'log', 'fatal', 'PANIC'],
  absent: 'PASS',
  otherVersion: 'MYSQL_8_0',
});
