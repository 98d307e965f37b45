import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'SQLSERVER_2019_STANDARD',
  flag: '3625',
  failValues: ['off'],
  passValues: ['on'],
  absent: 'FAIL',
  otherVersion: 'POSTGRES_16',
});
