import { USER_TYPE, type IamUserConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<IamUserConfig>({
  id: 'aws-iam-user-no-direct-policies',
  services: ['iam'],
  title: {
    en: 'IAM users receive permissions only through groups (no policies attached to users)',
    ja: 'IAM ユーザーへの権限付与がグループ経由のみである（ユーザーに直接ポリシーが付与されていない）',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [USER_TYPE],
  requires: ['policies', 'attachedPolicies', 'inlinePolicies'],
  frameworks: {
    'cis-aws-3.0': ['1.15'],
    fsbp: ['IAM.2'],
    'nist-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6', 'AC-6(3)'],
    'pci-dss-3.2.1': ['7.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that no managed or inline policy is attached directly to an IAM user; users should get permissions from groups (or by assuming roles).',
      urgency: 'Low urgency on its own, but review the attached policies now: a directly attached policy is often an ad-hoc grant (sometimes administrator access) that nobody reviews.',
      risk: 'Permissions attached user by user are hard to see and to review, so excess privileges pile up and survive role changes; a compromised user then carries permissions no group-level review would have allowed.',
      recommendation: 'Create groups per job function, attach the policies to the groups, add users to the groups, and detach the policies (and delete inline policies) from the users. For people, prefer IAM Identity Center permission sets.',
      console: [
        'Open the IAM console → "User groups" → "Create group"; attach the needed policies to the group.',
        'Add the user to the group.',
        'On the user\'s "Permissions" tab, remove the directly attached and inline policies.',
      ],
    },
    ja: {
      description: 'IAM ユーザーに管理ポリシーやインラインポリシーが直接付与されていないことを確認します。ユーザーの権限はグループ（またはロールの引き受け）を通じて付与するべきです。',
      urgency: 'これ単体の緊急度は低いですが、付与されているポリシーの内容はすぐに確認してください。直接付与されたポリシーは、誰もレビューしていない場当たり的な権限（ときには管理者権限）であることが多いためです。',
      risk: 'ユーザーごとに付与された権限は把握・レビューしにくく、過剰な権限が積み重なって異動後も残ります。そのユーザーが侵害されると、グループ単位のレビューなら許可されなかったはずの権限まで悪用されます。',
      recommendation: '職務ごとにグループを作成してポリシーをグループに付与し、ユーザーをグループに追加したうえで、ユーザーから直接付与のポリシーを外し、インラインポリシーを削除してください。人のアクセスには IAM Identity Center の権限セットを推奨します。',
      console: [
        'IAM コンソール →「ユーザーグループ」→「グループを作成」で、必要なポリシーをグループに付与します。',
        'ユーザーをそのグループに追加します。',
        'ユーザーの「許可」タブで、直接付与されたポリシーとインラインポリシーを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam list-attached-user-policies --user-name <user>\naws iam list-user-policies --user-name <user>\naws iam create-group --group-name <group>\naws iam attach-group-policy --group-name <group> --policy-arn <policy-arn>\naws iam add-user-to-group --group-name <group> --user-name <user>\naws iam detach-user-policy --user-name <user> --policy-arn <policy-arn>\naws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
    terraform: 'resource "aws_iam_group" "operators" {\n  name = "operators"\n}\n\nresource "aws_iam_group_policy_attachment" "operators" {\n  group      = aws_iam_group.operators.name\n  policy_arn = aws_iam_policy.operators.arn\n}\n\nresource "aws_iam_user_group_membership" "alice" {\n  user   = aws_iam_user.alice.name\n  groups = [aws_iam_group.operators.name]\n}\n# and remove aws_iam_user_policy / aws_iam_user_policy_attachment resources for the user',
    cloudformation: 'OperatorsGroup:\n  Type: AWS::IAM::Group\n  Properties:\n    GroupName: operators\n    ManagedPolicyArns:\n      - !Ref OperatorsPolicy\nAlice:\n  Type: AWS::IAM::User\n  Properties:\n    UserName: alice\n    Groups: [!Ref OperatorsGroup]\n    # no ManagedPolicyArns / Policies on the user',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-2',
  ],
  evaluate(user) {
    const { attachedPolicies, inlinePolicies } = user.config;
    if (attachedPolicies === undefined || inlinePolicies === undefined) return notAssessed('User policies were not collected.');
    const names = [...attachedPolicies.map((p) => p.policyName), ...inlinePolicies.map((p) => `${p.policyName} (inline)`)];
    return names.length
      ? fail(
          { en: `User ${user.name} has policies attached directly: ${names.join(', ')}.`, ja: `ユーザー ${user.name} にポリシーが直接付与されています: ${names.join('、')}。` },
          { attachedPolicies: attachedPolicies.map((p) => p.policyArn), inlinePolicies: inlinePolicies.map((p) => p.policyName) },
        )
      : pass({ en: 'User has no directly attached or inline policies.', ja: 'ユーザーに直接付与されたポリシーやインラインポリシーはありません。' });
  },
});
