import { MANAGED_POLICY_TYPE, serviceWildcardActions, type ManagedPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<ManagedPolicyConfig>({
  id: 'aws-iam-policy-no-service-wildcard',
  services: ['iam'],
  title: {
    en: 'Customer managed IAM policies do not allow wildcard actions for services',
    ja: 'カスタマー管理 IAM ポリシーがサービスのワイルドカードアクションを許可していない',
  },
  severity: 'LOW',
  urgency: 'medium',
  resourceTypes: [MANAGED_POLICY_TYPE],
  requires: ['document', 'attachmentCount', 'awsManaged', 'permissionsBoundaryUsageCount'],
  frameworks: {
    fsbp: ['IAM.21'],
    'nist-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
  },
  doc: {
    en: {
      description: 'Checks customer managed policies for Allow statements whose Action is a whole service ("s3:*", "iam:*") or "*", or that use NotAction with such a wildcard. Prefix wildcards such as "ec2:Describe*" are fine.',
      urgency: 'Address within the month: a service wildcard is not full admin, but for services like iam, kms or s3 it includes destructive and privilege-escalating actions nobody intended to grant.',
      risk: '"iam:*" lets a holder grant itself administrator access; "s3:*" includes DeleteBucket and PutBucketPolicy (making data public); "kms:*" includes ScheduleKeyDeletion. A compromised principal with such a policy can escalate or destroy far beyond its job.',
      recommendation: 'List the specific actions the principal needs (or prefix wildcards such as "s3:Get*"), scoped to specific resource ARNs. Use IAM Access Analyzer policy generation or last-accessed information to find the actions actually used.',
      console: [
        'Open the IAM console → "Policies", filter "Customer managed", open the policy.',
        'Use "Access Advisor" on attached roles/users to see which service actions are used.',
        'Choose "Edit", replace "service:*" with the specific actions, and save.',
      ],
    },
    ja: {
      description: 'カスタマー管理ポリシーに、Action がサービス全体（"s3:*"、"iam:*"）や "*" である Allow ステートメント、またはそうしたワイルドカードを NotAction で使うステートメントがないかを確認します。"ec2:Describe*" のような前方一致のワイルドカードは問題ありません。',
      urgency: '1 か月以内に対応してください。サービスのワイルドカードは完全な管理者権限ではありませんが、iam、kms、s3 などでは意図していない破壊的操作や権限昇格の操作まで含みます。',
      risk: '"iam:*" があれば自分自身に管理者権限を付与できます。"s3:*" には DeleteBucket や PutBucketPolicy（データの公開）が、"kms:*" には ScheduleKeyDeletion が含まれます。このポリシーを持つプリンシパルが侵害されると、本来の役割をはるかに超えた権限昇格や破壊が可能になります。',
      recommendation: 'プリンシパルに必要な具体的アクション（または "s3:Get*" のような前方一致）を列挙し、特定のリソース ARN に限定してください。IAM Access Analyzer のポリシー生成や最終アクセス情報で、実際に使われているアクションを確認できます。',
      console: [
        'IAM コンソール →「ポリシー」で「カスタマー管理」に絞り込み、対象ポリシーを開きます。',
        '付与先のロールやユーザーの「アクセスアドバイザー」で、実際に使われているサービスアクションを確認します。',
        '「編集」で "service:*" を具体的なアクションに置き換えて保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws iam get-policy-version --policy-arn <policy-arn> --version-id $(aws iam get-policy --policy-arn <policy-arn> --query Policy.DefaultVersionId --output text)\n# Which actions of the service were used recently?\naws iam generate-service-last-accessed-details --arn <role-or-user-arn> --granularity ACTION_LEVEL\naws iam create-policy-version --policy-arn <policy-arn> --policy-document file://scoped.json --set-as-default',
    terraform: 'data "aws_iam_policy_document" "deploy" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]   # not "s3:*"\n    resources = ["arn:aws:s3:::artifacts-bucket", "arn:aws:s3:::artifacts-bucket/*"]\n  }\n}\n\nresource "aws_iam_policy" "deploy" {\n  name   = "deploy"\n  policy = data.aws_iam_policy_document.deploy.json\n}',
    cloudformation: 'DeployPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject, s3:ListBucket]\n          Resource:\n            - arn:aws:s3:::artifacts-bucket\n            - arn:aws:s3:::artifacts-bucket/*',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
  ],
  evaluate(policy) {
    if (policy.config.awsManaged) return notApplicable({ en: 'AWS managed policy (IAM.21 covers customer managed policies).', ja: 'AWS 管理ポリシーです（IAM.21 の対象はカスタマー管理ポリシーです）。' });
    if (policy.config.attachmentCount === 0 && policy.config.permissionsBoundaryUsageCount > 0) {
      return notApplicable({ en: 'Policy is used only as a permissions boundary.', ja: 'このポリシーは権限境界としてのみ使われています。' });
    }
    if (policy.config.document === undefined) return notAssessed('The policy document was not collected.');
    const wild = serviceWildcardActions(policy.config.document);
    return wild.length
      ? fail({ en: `Policy ${policy.name} allows wildcard actions: ${wild.join(', ')}.`, ja: `ポリシー ${policy.name} がワイルドカードアクションを許可しています: ${wild.join('、')}。` }, { actions: wild })
      : pass({ en: 'Policy allows no service-wide wildcard actions.', ja: 'ポリシーはサービス全体のワイルドカードアクションを許可していません。' });
  },
});
