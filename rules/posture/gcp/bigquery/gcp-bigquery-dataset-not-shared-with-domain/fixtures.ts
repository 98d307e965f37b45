import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ORG_DOMAIN } from '../../testing.js';
import { dataset, datasetUid, DEFAULT_ACCESS } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'own domain as reader', expect: 'FAIL', target: datasetUid('hr'), resources: [dataset('hr', { access: [...DEFAULT_ACCESS, { role: 'READER', domain: ORG_DOMAIN }] })] },
  { name: 'partner domain as IAM member', expect: 'FAIL', target: datasetUid('partner'), resources: [dataset('partner', { access: [...DEFAULT_ACCESS, { role: 'roles/bigquery.dataViewer', iamMember: 'domain:partner.example' }] })] },
  { name: 'groups only', expect: 'PASS', target: datasetUid('sales'), resources: [dataset('sales', { access: [...DEFAULT_ACCESS, { role: 'READER', groupByEmail: `analysts@${ORG_DOMAIN}` }] })] },
  { name: 'access list not collectable', expect: 'NOT_ASSESSED', target: datasetUid('denied'), resources: [dataset('denied', { access: undefined }, { access: 'AccessDenied' })] },
];
