import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'contained database authentication',
  failValues: ['on'],
  passValues: ['off'],
  absent: 'PASS',
  otherVersion: 'POSTGRES_16',
});
