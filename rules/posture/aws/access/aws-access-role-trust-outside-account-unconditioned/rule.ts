import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { analyseResourcePolicy, trustZoneOf, TRUST_ZONE_TYPES } from '../../../../../src/providers/aws/iam/external.js';
import { ROLE_TYPE, type IamRoleConfig } from '../../../../../src/providers/aws/model/iam.js';
import { grantEvidence } from '../shared.js';

/** Condition keys a caller of a whole outside account must present for the trust to be acceptable. */
const PROTECTIONS = ['sts:ExternalId', 'aws:MultiFactorAuthPresent'];

export const rule = defineRule<IamRoleConfig>({
  id: 'aws-access-role-trust-outside-account-unconditioned',
  services: ['iam'],
  title: {
    en: 'Roles that trust a whole outside account require an external ID or MFA',
    ja: '外部アカウント全体を信頼するロールが外部 ID または MFA を必須にしている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [ROLE_TYPE],
  reads: [...TRUST_ZONE_TYPES],
  readsAcrossScopes: [...TRUST_ZONE_TYPES],
  requires: ['assumeRolePolicy', 'serviceLinked'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6', 'AC-21'],
  },
  doc: {
    en: {
      description:
        'Evaluates each role\'s trust policy with mamori\'s policy evaluation engine: when an account outside your organisation (or outside the scanned accounts) is trusted as a whole — Principal "arn:aws:iam::<account>:root" or the bare account id — can a principal of that account call sts:AssumeRole without an sts:ExternalId and without MFA? If so the role is reported. Roles for third-party vendors (monitoring, cost, security tools) are the usual case.',
      urgency: 'Fix within days: any user or role that the outside account\'s administrators allow — not only the vendor\'s service — can assume the role today, and a vendor that serves many customers can be tricked into using your role for another customer (the confused deputy problem).',
      risk: 'Trusting ":root" delegates the decision to the outside account\'s IAM policies: anyone there with sts:AssumeRole on "*" gets this role\'s permissions. Without an external ID, another customer of the same vendor who learns your role ARN can make the vendor act on your account.',
      recommendation:
        'For vendor roles, require the external ID the vendor gave you (Condition StringEquals sts:ExternalId) and, where the vendor documents it, trust only its specific role ARN instead of ":root". For roles used by people in another account, require MFA (Bool aws:MultiFactorAuthPresent "true", not BoolIfExists) or move the account into your organisation. Remove trusts nobody uses.',
      console: [
        'Open the IAM console → Roles and select the role.',
        'On the "Trust relationships" tab choose "Edit trust policy".',
        'In the statement that names the outside account, add "Condition": {"StringEquals": {"sts:ExternalId": "<id from the vendor>"}} (or {"Bool": {"aws:MultiFactorAuthPresent": "true"}} for people), or replace ":root" with the specific role ARN.',
        'Choose "Update policy".',
      ],
    },
    ja: {
      description:
        '各ロールの信頼ポリシーを mamori のポリシー評価エンジンで評価し、組織外（組織が不明な場合はスキャン対象外）のアカウントをアカウント全体として信頼している場合（Principal が "arn:aws:iam::<アカウント>:root" またはアカウント ID のみ）に、そのアカウントのプリンシパルが sts:ExternalId も MFA もなしに sts:AssumeRole できるかを判定し、できる場合に報告します。典型例はサードパーティベンダー（監視、コスト管理、セキュリティツール）向けのロールです。',
      urgency: '数日以内に対応してください。ベンダーのサービスに限らず、外部アカウントの管理者が許可した任意のユーザーやロールが今すぐこのロールを引き受けられます。また、多くの顧客を持つベンダーは、別の顧客のためにこのロールを使うよう仕向けられるおそれがあります（混乱した代理問題）。',
      risk: '":root" を信頼すると、判断は外部アカウントの IAM ポリシーに委ねられます。そのアカウントで "*" への sts:AssumeRole を持つ誰もがこのロールの権限を得ます。外部 ID がなければ、同じベンダーの別の顧客がロール ARN を知るだけで、ベンダーに自社アカウントを操作させることができます。',
      recommendation:
        'ベンダー用のロールでは、ベンダーから提示された外部 ID を必須にし（Condition StringEquals sts:ExternalId）、ベンダーが案内している場合は ":root" ではなく特定のロール ARN だけを信頼してください。他アカウントの人が使うロールでは MFA を必須にする（BoolIfExists ではなく Bool aws:MultiFactorAuthPresent "true"）か、そのアカウントを組織に参加させてください。使われていない信頼は削除してください。',
      console: [
        'IAM コンソールの「ロール」で対象のロールを選択します。',
        '「信頼関係」タブで「信頼ポリシーを編集」を選択します。',
        '外部アカウントを指定しているステートメントに "Condition": {"StringEquals": {"sts:ExternalId": "<ベンダーから提示された ID>"}}（人が使う場合は {"Bool": {"aws:MultiFactorAuthPresent": "true"}}）を追加するか、":root" を特定のロール ARN に置き換えます。',
        '「ポリシーを更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'cat > trust.json <<\'JSON\'\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "AWS": "arn:aws:iam::VENDOR_ACCOUNT_ID:root" },\n    "Action": "sts:AssumeRole",\n    "Condition": { "StringEquals": { "sts:ExternalId": "EXTERNAL_ID_FROM_VENDOR" } }\n  }]\n}\nJSON\naws iam update-assume-role-policy --role-name vendor-integration --policy-document file://trust.json',
    terraform:
      'data "aws_iam_policy_document" "vendor_trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::VENDOR_ACCOUNT_ID:root"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "sts:ExternalId"\n      values   = [var.vendor_external_id]\n    }\n  }\n}\n\nresource "aws_iam_role" "vendor" {\n  name               = "vendor-integration"\n  assume_role_policy = data.aws_iam_policy_document.vendor_trust.json\n}',
    cloudformation:
      "VendorRole:\n  Type: AWS::IAM::Role\n  Properties:\n    RoleName: vendor-integration\n    AssumeRolePolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Principal:\n            AWS: arn:aws:iam::VENDOR_ACCOUNT_ID:root\n          Action: sts:AssumeRole\n          Condition:\n            StringEquals:\n              sts:ExternalId: !Ref VendorExternalId",
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html',
  ],
  evaluate(role, ctx) {
    if (role.config.serviceLinked === true) return notApplicable({ en: 'Service-linked role: its trust policy is managed by AWS.', ja: 'サービスリンクロールのため、信頼ポリシーは AWS が管理しています。' });
    const policy = role.errors?.assumeRolePolicy ? undefined : role.config.assumeRolePolicy;
    const analysis = analyseResourcePolicy(
      { arn: role.uid, type: ROLE_TYPE, account: role.account, policy: policy === null ? undefined : policy },
      trustZoneOf(ctx, role.account),
      { now: ctx.now, withhold: PROTECTIONS, actions: ['sts:AssumeRole'] },
    );
    if (analysis.status !== 'analysed') {
      return notAssessed({ en: 'The trust policy was not collected or could not be evaluated.', ja: '信頼ポリシーを取得または評価できませんでした。' });
    }
    const open = analysis.grants.filter((g) => g.kind === 'account');
    if (!open.length) {
      return pass({ en: 'No outside account is trusted as a whole without an external ID or MFA.', ja: '外部 ID や MFA なしにアカウント全体として信頼されている外部アカウントはありません。' });
    }
    const accounts = open.map((g) => g.account).join(', ');
    return fail(
      {
        en: `Role ${role.name} can be assumed by any principal of outside account(s) ${accounts} without sts:ExternalId or MFA (statement ${open.flatMap((g) => g.via).join(', ')}). If this is a vendor's role, require the external ID the vendor issued.`,
        ja: `ロール ${role.name} は、外部アカウント ${accounts} の任意のプリンシパルから sts:ExternalId も MFA もなしに引き受けられます（ステートメント ${open.flatMap((g) => g.via).join('、')}）。ベンダー用のロールであれば、ベンダーが発行した外部 ID を必須にしてください。`,
      },
      { grants: open.map(grantEvidence) },
    );
  },
});
