import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'aws-organizations-central-identity',
  services: ['organizations', 'iam'],
  title: {
    en: 'IAM users are managed centrally via identity federation or AWS Organizations for multi-account environments',
    ja: 'マルチアカウント環境で IAM ユーザーが ID フェデレーションまたは AWS Organizations により一元管理されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'cis-aws-3.0': ['1.21'] },
  doc: {
    en: {
      description: 'Confirm that people access the accounts of a multi-account environment through a central identity source (IAM Identity Center or an external IdP via SAML/OIDC) rather than through separate IAM users in each account. Whether remaining IAM users are justified needs a person to judge.',
      urgency: 'Plan over the coming months: moving people to federation is a project, but every per-account IAM user is a credential to rotate, review and remember to remove when someone leaves.',
      risk: 'Per-account IAM users multiply passwords and access keys; leavers keep access in accounts nobody remembers, and there is no single place to enforce MFA, see who has access where, or revoke it quickly during an incident.',
      recommendation: 'Enable IAM Identity Center in the organization (connected to your corporate IdP), grant access with permission sets, and remove human IAM users from member accounts. Keep IAM users only for documented exceptions.',
      console: [
        'In the management account, open IAM Identity Center and enable it for the organization.',
        'Connect the identity source (Active Directory or an external IdP) and create permission sets.',
        'Assign groups to accounts, then remove human IAM users from the member accounts.',
      ],
    },
    ja: {
      description: 'マルチアカウント環境で、人が各アカウントの個別の IAM ユーザーではなく、一元的な ID ソース（IAM Identity Center、または SAML/OIDC による外部 IdP）を通じてアクセスしていることを確認します。残っている IAM ユーザーが妥当かどうかは人の判断が必要です。',
      urgency: '今後数か月で計画してください。フェデレーションへの移行はプロジェクトになりますが、アカウントごとの IAM ユーザーはどれも、ローテーション・レビュー・退職時の削除が必要な認証情報です。',
      risk: 'アカウントごとの IAM ユーザーはパスワードやアクセスキーを増やし、退職者が誰も覚えていないアカウントにアクセスを持ち続けます。MFA の強制、誰がどこにアクセスできるかの把握、インシデント時の迅速な無効化を 1 か所で行えません。',
      recommendation: '組織で IAM Identity Center を有効化して社内 IdP と連携し、権限セットでアクセスを付与したうえで、メンバーアカウントから人用の IAM ユーザーを削除してください。IAM ユーザーは文書化された例外に限ります。',
      console: [
        '管理アカウントで IAM Identity Center を開き、組織で有効化します。',
        'ID ソース（Active Directory または外部 IdP）を接続し、権限セットを作成します。',
        'グループをアカウントに割り当て、その後メンバーアカウントから人用の IAM ユーザーを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws sso-admin list-instances\naws sso-admin create-permission-set --instance-arn <instance-arn> --name AdministratorAccess --session-duration PT4H\naws iam list-users --query "Users[].UserName"   # review the remaining IAM users per account',
    terraform: 'data "aws_ssoadmin_instances" "this" {}\n\nresource "aws_ssoadmin_permission_set" "readonly" {\n  name         = "ReadOnly"\n  instance_arn = tolist(data.aws_ssoadmin_instances.this.arns)[0]\n}',
    cloudformation: 'ReadOnlyPermissionSet:\n  Type: AWS::SSO::PermissionSet\n  Properties:\n    InstanceArn: arn:aws:sso:::instance/ssoins-xxxxxxxxxxxxxxxx\n    Name: ReadOnly\n    ManagedPolicies:\n      - arn:aws:iam::aws:policy/ReadOnlyAccess',
  },
  references: [
    'https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers.html',
  ],
});
