import type { RuleFixture } from '../../../../../src/model/rule.js';
import { cosmosAccount, cosmosUid } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'disableLocalAuth left out', expect: 'FAIL', target: cosmosUid('cosmos-legacy'), resources: [cosmosAccount('cosmos-legacy', { disableLocalAuth: undefined })] },
  { name: 'disableLocalAuth false', expect: 'FAIL', target: cosmosUid('cosmos-keys'), resources: [cosmosAccount('cosmos-keys', { disableLocalAuth: false })] },
  { name: 'disableLocalAuth true', expect: 'PASS', target: cosmosUid('cosmos-prod'), resources: [cosmosAccount('cosmos-prod')] },
];
