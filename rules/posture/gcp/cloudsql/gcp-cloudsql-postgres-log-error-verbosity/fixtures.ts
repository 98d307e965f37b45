import type { RuleFixture } from '../../../../../src/model/rule.js';
import { flagFixtures } from '../testing.js';

export const fixtures: RuleFixture[] = flagFixtures({
  version: 'POSTGRES_16',
  flag: 'log_error_verbosity',
  failValues: ['verbose'],
  passValues: ['default', 'TERSE'],
  absent: 'PASS',
  otherVersion: 'MYSQL_8_0',
});
