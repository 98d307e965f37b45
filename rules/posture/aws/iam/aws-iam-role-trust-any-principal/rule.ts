import { asList, ROLE_TYPE, statements, type IamRoleConfig, type PolicyStatement } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

/** Condition keys that tie a wildcard principal to known callers. */
const RESTRICTING_KEYS = [
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
];

const assumes = (s: PolicyStatement) => asList(s.Action).some((a) => a === '*' || /^sts:(\*|Assume)/i.test(a));

/** Condition values for keys matching `test`, flattened; wildcard-only values ("*") do not restrict. */
function restrictingValues(s: PolicyStatement, test: (key: string) => boolean): string[] {
  const out: string[] = [];
  for (const block of Object.values(s.Condition ?? {})) {
    for (const [k, v] of Object.entries(block)) {
      if (!test(k.toLowerCase())) continue;
      for (const value of Array.isArray(v) ? v : [v]) if (typeof value === 'string' && value.replace(/[*?]/g, '').replace(/^repo:$/, '') !== '') out.push(value);
    }
  }
  return out;
}

interface Problem {
  en: string;
  ja: string;
  statement: PolicyStatement;
}

export function trustProblems(doc: IamRoleConfig['assumeRolePolicy']): Problem[] {
  const problems: Problem[] = [];
  for (const s of statements(doc)) {
    if (s.Effect !== 'Allow' || !assumes(s)) continue;
    const p = s.Principal;
    const awsPrincipals = p === '*' ? ['*'] : asList(p?.AWS);
    if (awsPrincipals.some((a) => a === '*' || /^arn:[^:]+:iam::\*:/.test(a))) {
      if (!restrictingValues(s, (k) => RESTRICTING_KEYS.includes(k)).length) {
        problems.push({
          en: 'trusts any AWS principal ("*") without an aws:PrincipalOrgID / aws:PrincipalAccount / aws:PrincipalArn condition',
          ja: '任意の AWS プリンシパル（"*"）を、aws:PrincipalOrgID・aws:PrincipalAccount・aws:PrincipalArn などの条件なしに信頼しています',
          statement: s,
        });
      }
    }
    const federated = p === '*' ? [] : asList(p?.Federated);
    for (const f of federated) {
      if (!/token\.actions\.githubusercontent\.com/.test(f)) continue;
      if (!restrictingValues(s, (k) => k === 'token.actions.githubusercontent.com:sub').length) {
        problems.push({
          en: 'trusts GitHub Actions OIDC without restricting token.actions.githubusercontent.com:sub to your repositories (any GitHub repository can assume it)',
          ja: 'GitHub Actions の OIDC を、token.actions.githubusercontent.com:sub を自組織のリポジトリに限定せずに信頼しています（任意の GitHub リポジトリから引き受け可能です）',
          statement: s,
        });
      }
    }
  }
  return problems;
}

export const rule = defineRule<IamRoleConfig>({
  id: 'aws-iam-role-trust-any-principal',
  services: ['iam'],
  title: {
    en: 'IAM role trust policies do not allow any principal to assume the role',
    ja: 'IAM ロールの信頼ポリシーが任意のプリンシパルによる引き受けを許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [ROLE_TYPE],
  requires: ['assumeRolePolicy', 'serviceLinked'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6'],
  },
  doc: {
    en: {
      description: 'Checks role trust policies (AssumeRolePolicyDocument) for Allow statements that let "*" (every AWS account) assume the role without a condition tying it to your organization, account or specific principals, and for GitHub Actions OIDC trusts without a "sub" condition.',
      urgency: 'Fix today: such a role can be assumed by anyone with an AWS account (or any GitHub repository), from the internet, right now; its permissions are effectively public.',
      risk: 'An attacker who learns or guesses the role ARN (role names are often predictable, and ARNs appear in logs, templates and error messages) calls sts:AssumeRole from their own account and receives temporary credentials with all of the role\'s permissions. For OIDC trusts, a workflow in any public repository can do the same.',
      recommendation: 'Replace "*" with the exact account or role ARNs that need access, or keep "*" only together with a condition such as aws:PrincipalOrgID = <your org id>. For third parties, trust their account and require sts:ExternalId. For GitHub Actions, add a StringEquals/StringLike condition on token.actions.githubusercontent.com:sub for your repositories and token.actions.githubusercontent.com:aud = sts.amazonaws.com.',
      console: [
        'Open the IAM console → "Roles", select the role, and open the "Trust relationships" tab.',
        'Choose "Edit trust policy".',
        'Replace the "*" principal with specific account/role ARNs, or add a Condition (aws:PrincipalOrgID, or token.actions.githubusercontent.com:sub for GitHub OIDC), and save.',
        'Check CloudTrail for AssumeRole calls on this role from unexpected accounts.',
      ],
    },
    ja: {
      description: 'ロールの信頼ポリシー（AssumeRolePolicyDocument）に、"*"（すべての AWS アカウント）による引き受けを、自組織・自アカウント・特定プリンシパルに限定する条件なしで許可する Allow ステートメントがないか、また "sub" 条件のない GitHub Actions OIDC の信頼がないかを確認します。',
      urgency: '本日中に対応してください。このロールはインターネット上の AWS アカウントを持つ誰でも（または任意の GitHub リポジトリから）今すぐ引き受けられ、その権限は事実上公開されています。',
      risk: '攻撃者はロール ARN（ロール名は推測しやすく、ARN はログ、テンプレート、エラーメッセージにも現れます）を知るだけで、自分のアカウントから sts:AssumeRole を呼び出し、ロールの全権限を持つ一時認証情報を入手できます。OIDC の信頼では、任意の公開リポジトリのワークフローから同じことができます。',
      recommendation: '"*" をアクセスが必要なアカウントやロールの ARN に置き換えるか、"*" を残す場合は aws:PrincipalOrgID = <自組織の ID> などの条件を必ず付けてください。外部の事業者には相手のアカウントを信頼し、sts:ExternalId を必須にします。GitHub Actions では token.actions.githubusercontent.com:sub を自組織のリポジトリに限定する StringEquals/StringLike 条件と、token.actions.githubusercontent.com:aud = sts.amazonaws.com の条件を追加します。',
      console: [
        'IAM コンソール →「ロール」で対象ロールを選び、「信頼関係」タブを開きます。',
        '「信頼ポリシーを編集」を選びます。',
        '"*" のプリンシパルを特定のアカウント/ロール ARN に置き換えるか、Condition（aws:PrincipalOrgID、GitHub OIDC では token.actions.githubusercontent.com:sub）を追加して保存します。',
        'CloudTrail で、想定外のアカウントからこのロールへの AssumeRole 呼び出しがないかを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam get-role --role-name <role> --query Role.AssumeRolePolicyDocument\ncat > trust.json <<\'JSON\'\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Principal": { "AWS": "*" },\n    "Action": "sts:AssumeRole",\n    "Condition": { "StringEquals": { "aws:PrincipalOrgID": "o-xxxxxxxxxx" } }\n  }]\n}\nJSON\naws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
    terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::111122223333:role/deployer"]   # not "*"\n    }\n  }\n}\n\nresource "aws_iam_role" "cross_account" {\n  name               = "cross-account-deploy"\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}\n\n# GitHub Actions OIDC: always pin the repository\ndata "aws_iam_policy_document" "github" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principals {\n      type        = "Federated"\n      identifiers = [aws_iam_openid_connect_provider.github.arn]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "token.actions.githubusercontent.com:aud"\n      values   = ["sts.amazonaws.com"]\n    }\n    condition {\n      test     = "StringLike"\n      variable = "token.actions.githubusercontent.com:sub"\n      values   = ["repo:my-org/my-repo:ref:refs/heads/main"]\n    }\n  }\n}',
    cloudformation: 'CrossAccountRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal:\n            AWS: arn:aws:iam::111122223333:role/deployer   # not "*"\n          Action: sts:AssumeRole\n        - Effect: Allow\n          Principal:\n            Federated: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com\n          Action: sts:AssumeRoleWithWebIdentity\n          Condition:\n            StringEquals:\n              token.actions.githubusercontent.com:aud: sts.amazonaws.com\n            StringLike:\n              token.actions.githubusercontent.com:sub: repo:my-org/my-repo:ref:refs/heads/main',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub',
  ],
  evaluate(role) {
    if (role.config.serviceLinked) return notApplicable({ en: 'Service-linked role managed by an AWS service.', ja: 'AWS サービスが管理するサービスリンクロールです。' });
    if (role.config.assumeRolePolicy === null) return notAssessed('The trust policy could not be parsed.');
    const problems = trustProblems(role.config.assumeRolePolicy);
    if (!problems.length) return pass({ en: 'Trust policy names specific principals or restricts "*" with conditions.', ja: '信頼ポリシーは特定のプリンシパルを指定しているか、"*" を条件で制限しています。' });
    return fail(
      { en: `Role ${role.name} ${problems.map((p) => p.en).join('; ')}.`, ja: `ロール ${role.name} は${problems.map((p) => p.ja).join('。また、')}。` },
      { statements: problems.map((p) => p.statement) },
    );
  },
});
