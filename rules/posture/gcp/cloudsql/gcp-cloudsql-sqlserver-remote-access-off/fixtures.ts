import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'remote access',
  failValues: ['on'],
  passValues: ['off'],
  absent: 'FAIL',
  otherVersion: 'POSTGRES_16',
});
