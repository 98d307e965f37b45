import type { RuleFixture } from '../../../../../src/model/rule.js';
import { pgServer, pgUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'authConfig left out (password only)', expect: 'FAIL', target: pgUid('psql-legacy'), resources: [pgServer('psql-legacy', { authConfig: undefined })] },
  { name: 'Entra and password both enabled', expect: 'FAIL', target: pgUid('psql-mixed'), resources: [pgServer('psql-mixed', { authConfig: { activeDirectoryAuth: 'Enabled', passwordAuth: 'Enabled' } })] },
  { name: 'Entra only', expect: 'PASS', target: pgUid('psql-prod'), resources: [pgServer('psql-prod')] },
];
