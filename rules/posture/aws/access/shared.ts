/** What the external-access rules share: outcomes from an analysis, and fixture builders. */
import { ACCOUNT_TYPE, accountUid } from '../../../../src/model/pseudo.js';
import { fail, notAssessed, pass, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';
import { describeGrant, type ExternalAnalysis, type ExternalGrant, type RestrictedGrant } from '../../../../src/providers/aws/iam/external.js';
import { MEMBERSHIP_TYPE, ORGANIZATION_TYPE, membershipUid } from '../../../../src/providers/aws/model/organizations.js';
import { ACCOUNT, OTHER_ACCOUNT, resource } from '../../testing.js';

/** What FAIL evidence says of each grant: who gets what, through which statement, under which conditions. */
export const grantEvidence = (g: ExternalGrant) => ({
  principal: g.principal,
  kind: g.kind,
  ...(g.account ? { account: g.account, outsideOrganization: g.outsideOrganization } : {}),
  actions: g.actions,
  via: g.via,
  conditions: g.conditions,
});

const restrictedText = (r: RestrictedGrant[]) =>
  r.map((x) => (x.deniedBy.length ? `${x.principal} (denied by ${x.deniedBy.join(', ')})` : `${x.principal} (${x.conditions.map((c) => c.key).join(', ') || 'conditions'})`)).join('; ');

/** The outcome of an analysis for the grants `select` keeps. */
export function outcomeOf(analysis: ExternalAnalysis, select: (g: ExternalGrant) => boolean, what: { en: string; ja: string }): RuleOutcome {
  if (analysis.status === 'not-collected') return notAssessed({ en: 'The resource-based policy was not collected.', ja: 'リソースベースポリシーを取得できませんでした。' });
  if (analysis.status === 'invalid') return notAssessed({ en: `The resource-based policy could not be evaluated: ${analysis.error}`, ja: `リソースベースポリシーを評価できませんでした: ${analysis.error}` });
  const grants = analysis.grants.filter(select);
  if (!grants.length) {
    const restricted = analysis.restricted.length
      ? { en: ` Grants restricted to your side: ${restrictedText(analysis.restricted)}.`, ja: ` 自組織側に限定された許可: ${restrictedText(analysis.restricted)}。` }
      : { en: '', ja: '' };
    return pass(
      { en: `No statement grants ${what.en}.${restricted.en}`, ja: `${what.ja}への許可はありません。${restricted.ja}` },
      analysis.restricted.length ? { restricted: analysis.restricted } : undefined,
    );
  }
  const texts = grants.map(describeGrant);
  return fail(
    { en: `The policy grants ${what.en}: ${texts.map((t) => t.en).join('; ')}.`, ja: `ポリシーが${what.ja}にアクセスを許可しています: ${texts.map((t) => t.ja).join('。')}。` },
    { grants: grants.map(grantEvidence) },
  );
}

// ---------------------------------------------------------------- fixtures

export const ORG_ID = 'o-exampleorg1';
export const OUTSIDER = '999999999999';

/** The organisation as the management account's scan gives it: ACCOUNT and OTHER_ACCOUNT are members. */
export const orgResources = (): Resource[] => [
  resource({
    type: ORGANIZATION_TYPE,
    uid: `arn:aws:organizations::${ACCOUNT}:organization/${ORG_ID}`,
    region: 'global',
    config: {
      id: ORG_ID,
      arn: `arn:aws:organizations::${ACCOUNT}:organization/${ORG_ID}`,
      featureSet: 'ALL',
      managementAccountId: ACCOUNT,
      accounts: [ACCOUNT, OTHER_ACCOUNT].map((id) => ({ id, name: null, status: 'ACTIVE', joinedMethod: null, joinedTimestamp: null })),
    },
  }),
  resource({
    type: MEMBERSHIP_TYPE,
    uid: membershipUid(ACCOUNT),
    region: 'global',
    config: { inOrganization: true, organizationId: ORG_ID, organizationArn: null, managementAccountId: ACCOUNT, featureSet: 'ALL', isManagementAccount: true },
  }),
  resource({ type: ACCOUNT_TYPE, uid: accountUid(ACCOUNT), region: 'global', config: { accountId: ACCOUNT, partition: 'aws' } }),
];

export { ACCOUNT, OTHER_ACCOUNT, resource };
