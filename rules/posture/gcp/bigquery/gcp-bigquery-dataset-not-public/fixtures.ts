import type { RuleFixture } from '../../../../../src/model/rule.js';
import { dataset, datasetUid, DEFAULT_ACCESS } from '../testing.js';

export const fixtures: RuleFixture[] = [
  { name: 'allAuthenticatedUsers reader (specialGroup)', expect: 'FAIL', target: datasetUid('shared'), resources: [dataset('shared', { access: [...DEFAULT_ACCESS, { role: 'READER', specialGroup: 'allAuthenticatedUsers' }] })] },
  { name: 'allUsers viewer (iamMember)', expect: 'FAIL', target: datasetUid('open'), resources: [dataset('open', { access: [...DEFAULT_ACCESS, { role: 'roles/bigquery.dataViewer', iamMember: 'allUsers' }] })] },
  {
    name: 'groups, users and authorized views only',
    expect: 'PASS',
    target: datasetUid('private'),
    resources: [dataset('private', { access: [...DEFAULT_ACCESS, { role: 'READER', groupByEmail: 'analysts@example.com' }, { view: { projectId: 'p', datasetId: 'v', tableId: 't' } }] })],
  },
  { name: 'access list not collectable', expect: 'NOT_ASSESSED', target: datasetUid('denied'), resources: [dataset('denied', { access: undefined }, { access: 'AccessDenied' })] },
];
