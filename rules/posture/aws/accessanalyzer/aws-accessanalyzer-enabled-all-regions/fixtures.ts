import { ANALYZER_TYPE, ORGANIZATION_TYPE } from '../../../../../src/providers/aws/model/organizations.js';
import { REGION_TYPE } from '../../../../../src/model/pseudo.js';
import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ACCOUNT, OTHER_ACCOUNT, resource } from '../../../testing.js';

const regionUid = (region: string, account = ACCOUNT) => `arn:aws:mamori:${region}:${account}:region`;
const region = (name: string, account = ACCOUNT) => resource({ type: REGION_TYPE, uid: regionUid(name, account), account, region: name, name, config: { regionName: name } });
const analyzer = (name: string, regionName: string, type: string, status: string, account = ACCOUNT) =>
  resource({
    type: ANALYZER_TYPE,
    uid: `arn:aws:access-analyzer:${regionName}:${account}:analyzer/${name}`,
    account,
    region: regionName,
    name,
    config: { name, type, status, statusReason: null, createdAt: '2025-01-01T00:00:00.000Z', lastResourceAnalyzedAt: null },
  });
const org = resource({
  type: ORGANIZATION_TYPE,
  uid: `arn:aws:organizations::${OTHER_ACCOUNT}:organization/o-abc123def4`,
  account: OTHER_ACCOUNT,
  region: 'global',
  config: { id: 'o-abc123def4', arn: 'x', featureSet: 'ALL', managementAccountId: OTHER_ACCOUNT, accounts: [{ id: OTHER_ACCOUNT }, { id: ACCOUNT }] },
});

export const fixtures: RuleFixture[] = [
  {
    name: 'analyzer only in another region',
    expect: 'FAIL',
    target: regionUid('us-east-1'),
    resources: [region('us-east-1'), region('ap-northeast-1'), analyzer('external', 'ap-northeast-1', 'ACCOUNT', 'ACTIVE')],
  },
  {
    name: 'only an unused-access analyzer',
    expect: 'FAIL',
    target: regionUid('us-east-1'),
    resources: [region('us-east-1'), analyzer('unused', 'us-east-1', 'ACCOUNT_UNUSED_ACCESS', 'ACTIVE')],
  },
  {
    name: 'external analyzer failed',
    expect: 'FAIL',
    target: regionUid('us-east-1'),
    resources: [region('us-east-1'), analyzer('external', 'us-east-1', 'ACCOUNT', 'FAILED')],
  },
  { name: 'active account analyzer', expect: 'PASS', target: regionUid('us-east-1'), resources: [region('us-east-1'), analyzer('external', 'us-east-1', 'ACCOUNT', 'ACTIVE')] },
  {
    name: 'covered by the management account organization analyzer',
    expect: 'PASS',
    target: regionUid('us-east-1'),
    resources: [region('us-east-1'), region('us-east-1', OTHER_ACCOUNT), org, analyzer('org-external', 'us-east-1', 'ORGANIZATION', 'ACTIVE', OTHER_ACCOUNT)],
  },
  {
    name: 'ListAnalyzers denied in the region',
    expect: 'NOT_ASSESSED',
    target: regionUid('us-east-1'),
    resources: [region('us-east-1')],
    errors: [{ provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'accessanalyzer', operation: 'ListAnalyzers', code: 'AccessDenied', message: 'denied', resourceTypes: [ANALYZER_TYPE] }],
  },
];
