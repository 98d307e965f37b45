import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'POSTGRES_16',
  flag: 'log_min_messages',
  failValues: ['panic', 'fatal', 'log', 'debug5', 'notice'],
  passValues: ['warning', 'ERROR'],
  absent: 'PASS',
  otherVersion: 'MYSQL_8_0',
});
