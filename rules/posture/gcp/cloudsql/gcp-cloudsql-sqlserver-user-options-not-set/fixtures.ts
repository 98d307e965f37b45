import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'user options',
  failValues: ['32', '0'],
  passValues: [],
  absent: 'PASS',
  otherVersion: 'POSTGRES_16',
});
