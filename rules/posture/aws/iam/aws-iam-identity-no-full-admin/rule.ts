import { GROUP_TYPE, MANAGED_POLICY_TYPE, ROLE_TYPE, USER_TYPE, type IamRoleConfig, type PolicyHolderConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { fullAdminGrants } from '../shared.js';

export const rule = defineRule<PolicyHolderConfig & Partial<Pick<IamRoleConfig, 'serviceLinked'>>>({
  id: 'aws-iam-identity-no-full-admin',
  services: ['iam'],
  title: {
    en: 'No IAM user, group or role has a policy allowing full "*:*" administrative privileges attached',
    ja: '"*:*" の完全な管理者権限を許可するポリシーが IAM ユーザー・グループ・ロールに付与されていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [USER_TYPE, GROUP_TYPE, ROLE_TYPE],
  reads: [MANAGED_POLICY_TYPE],
  requires: ['policies', 'attachedPolicies', 'inlinePolicies', 'serviceLinked'],
  frameworks: {
    'cis-aws-3.0': ['1.16'],
  },
  doc: {
    en: {
      description: 'Checks every IAM user, group and role for attached policies that allow "*" on "*": the AWS managed AdministratorAccess, a customer managed policy with such a statement, or an inline policy with one. Service-linked roles are skipped.',
      urgency: 'Review this week: each full administrator identity is a path to total account takeover, so the number of them should be small, known and protected with MFA.',
      risk: 'Compromising any one of these identities (a phished user, a leaked key, an instance role reached through SSRF or a web shell) gives the attacker everything: disabling CloudTrail and GuardDuty, creating backdoor users, reading and deleting all data.',
      recommendation: 'Keep full administrator access on a small number of roles assumed with MFA (or Identity Center permission sets); give users, applications and instance roles least-privilege policies. Remove AdministratorAccess and inline "*:*" statements from users and workload roles.',
      console: [
        'Open the IAM console → "Policies" → "AdministratorAccess" → "Entities attached" to list holders.',
        'For each user, group or role, open "Permissions" and detach the policy or delete the inline statement.',
        'Grant a scoped policy instead (IAM Access Analyzer policy generation helps to build it from real activity).',
      ],
    },
    ja: {
      description: 'すべての IAM ユーザー・グループ・ロールについて、"*" に対する "*" を許可するポリシー（AWS 管理の AdministratorAccess、そのようなステートメントを含むカスタマー管理ポリシーまたはインラインポリシー）が付与されていないかを確認します。サービスリンクロールは対象外です。',
      urgency: '今週中に見直してください。完全な管理者権限を持つ ID はどれもアカウント乗っ取りへの経路になるため、その数は少なく、把握され、MFA で保護されているべきです。',
      risk: 'これらの ID のどれか 1 つ（フィッシングされたユーザー、漏えいしたキー、SSRF や Web シェル経由で到達したインスタンスロールなど）が侵害されるだけで、CloudTrail や GuardDuty の無効化、バックドアユーザーの作成、全データの閲覧・削除など、攻撃者はすべてを行えます。',
      recommendation: '完全な管理者権限は MFA 付きで引き受ける少数のロール（または Identity Center の権限セット）に限定し、ユーザー、アプリケーション、インスタンスロールには最小権限のポリシーを付与してください。ユーザーやワークロード用ロールから AdministratorAccess とインラインの "*:*" ステートメントを外します。',
      console: [
        'IAM コンソール →「ポリシー」→「AdministratorAccess」→「アタッチされたエンティティ」で保有者を一覧します。',
        '各ユーザー・グループ・ロールの「許可」でポリシーをデタッチするか、インラインのステートメントを削除します。',
        '代わりに範囲を絞ったポリシーを付与します（IAM Access Analyzer のポリシー生成で実際の利用状況から作成できます）。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-entities-for-policy --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-user-policy  --user-name <user> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-role-policy  --role-name <role> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam detach-group-policy --group-name <group> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess\naws iam delete-role-policy  --role-name <role> --policy-name <inline-policy>',
    terraform: '# Grant a scoped policy instead of AdministratorAccess:\nresource "aws_iam_role_policy_attachment" "app" {\n  role       = aws_iam_role.app.name\n  policy_arn = aws_iam_policy.app_least_privilege.arn\n}\n# and delete aws_iam_*_policy_attachment blocks whose policy_arn is\n# "arn:aws:iam::aws:policy/AdministratorAccess" for users and workload roles',
    cloudformation: 'AppRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { Service: ec2.amazonaws.com }\n          Action: sts:AssumeRole\n    ManagedPolicyArns:\n      - !Ref AppLeastPrivilegePolicy   # not arn:aws:iam::aws:policy/AdministratorAccess',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
  ],
  evaluate(identity, ctx) {
    if (identity.config.serviceLinked) return notApplicable({ en: 'Service-linked role managed by an AWS service.', ja: 'AWS サービスが管理するサービスリンクロールです。' });
    if (identity.config.attachedPolicies === undefined || identity.config.inlinePolicies === undefined) return notAssessed('Policies were not collected.');
    const grants = fullAdminGrants(identity, ctx);
    const kind = identity.type.split('::').pop()!.toLowerCase();
    const kindJa = { user: 'ユーザー', group: 'グループ', role: 'ロール' }[kind] ?? kind;
    return grants.length
      ? fail(
          { en: `${kind} ${identity.name} has full "*:*" administrator access through ${grants.join(', ')}.`, ja: `${kindJa} ${identity.name} が ${grants.join('、')} により "*:*" の完全な管理者権限を持っています。` },
          { policies: grants },
        )
      : pass({ en: 'No attached or inline policy allows "*" on "*".', ja: '"*" に対する "*" を許可する付与済みポリシー・インラインポリシーはありません。' });
  },
});
