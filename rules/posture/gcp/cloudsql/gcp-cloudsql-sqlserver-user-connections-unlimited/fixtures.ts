import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'SQLSERVER_2019_STANDARD',
  flag: 'user connections',
  failValues: ['100'],
  passValues: ['0'],
  absent: 'PASS',
  otherVersion: 'POSTGRES_16',
});
