import { fullAdminStatements, MANAGED_POLICY_TYPE, type ManagedPolicyConfig } from '../../../../../src/providers/aws/model/iam.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<ManagedPolicyConfig>({
  id: 'aws-iam-policy-no-full-admin',
  services: ['iam'],
  title: {
    en: 'Customer managed IAM policies do not allow full "*:*" administrative privileges',
    ja: 'カスタマー管理 IAM ポリシーが "*:*" の完全な管理者権限を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [MANAGED_POLICY_TYPE],
  requires: ['document', 'attachmentCount', 'awsManaged', 'permissionsBoundaryUsageCount'],
  frameworks: {
    'cis-aws-3.0': ['1.16'],
    fsbp: ['IAM.1'],
    'nist-800-53-r5': ['AC-2', 'AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-5', 'AC-6', 'AC-6(10)', 'AC-6(2)', 'AC-6(3)'],
    'pci-dss-3.2.1': ['7.2.1'],
  },
  doc: {
    en: {
      description: 'Checks the default version of each customer managed policy for a statement with "Effect": "Allow", "Action": "*" and "Resource": "*". AWS managed policies are out of scope (see aws-iam-identity-no-full-admin for who holds them).',
      urgency: 'Fix this week: any principal this policy is attached to today, or tomorrow by copy-paste, becomes a full administrator of the account.',
      risk: 'A home-made "allow everything" policy grants full control: whoever compromises an identity that carries it (a leaked key, an SSRF on an instance role) can disable logging, create backdoor users and read or delete all data. Such policies also tend to be reused far beyond their original purpose.',
      recommendation: 'Replace "*" with the actions and resources the principals actually need (IAM Access Analyzer can generate a policy from CloudTrail activity). If full administration is genuinely needed, use the AWS managed AdministratorAccess on a tightly controlled role with MFA, not a custom copy.',
      console: [
        'Open the IAM console → "Policies", filter "Customer managed", and open the policy.',
        'Choose "Entities attached" to see who is affected.',
        'Choose "Edit", replace the "*" action/resource statement with specific actions and ARNs, and save as the default version.',
      ],
    },
    ja: {
      description: '各カスタマー管理ポリシーのデフォルトバージョンに、"Effect": "Allow"、"Action": "*"、"Resource": "*" のステートメントがないかを確認します。AWS 管理ポリシーは対象外です（それを誰が持っているかは aws-iam-identity-no-full-admin で確認します）。',
      urgency: '今週中に対応してください。このポリシーが現在付与されている、あるいは今後コピーされて付与されるすべてのプリンシパルが、アカウントの完全な管理者になります。',
      risk: '自作の「すべて許可」ポリシーはアカウントの完全な制御権を与えます。これを持つ ID（漏えいしたキー、SSRF で奪われたインスタンスロールなど）を侵害した攻撃者は、ログの無効化、バックドアユーザーの作成、全データの閲覧・削除が可能になります。こうしたポリシーは本来の目的を超えて使い回されがちです。',
      recommendation: '"*" を、プリンシパルが実際に必要とするアクションとリソースに置き換えてください（IAM Access Analyzer で CloudTrail のアクティビティからポリシーを生成できます）。本当に完全な管理権限が必要な場合は、自作のコピーではなく AWS 管理の AdministratorAccess を、MFA 必須の厳格に管理されたロールにのみ付与してください。',
      console: [
        'IAM コンソール →「ポリシー」で「カスタマー管理」に絞り込み、対象ポリシーを開きます。',
        '「アタッチされたエンティティ」で影響を受けるプリンシパルを確認します。',
        '「編集」で "*" のステートメントを具体的なアクションと ARN に置き換え、デフォルトバージョンとして保存します。',
      ],
    },
  },
  remediation: {
    cli: '# Publish a least-privilege version as the new default (a policy keeps at most 5 versions):\naws iam create-policy-version --policy-arn <policy-arn> \\\n  --policy-document file://least-privilege.json --set-as-default\n# Generate a starting point from real activity with IAM Access Analyzer policy generation:\naws accessanalyzer start-policy-generation --policy-generation-details principalArn=<role-arn> \\\n  --cloud-trail-details \'{"trails":[{"cloudTrailArn":"<trail-arn>","allRegions":true}],"accessRole":"<access-role-arn>","startTime":"2026-10-01T00:00:00Z"}\'',
    terraform: 'data "aws_iam_policy_document" "app" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject"]\n    resources = ["arn:aws:s3:::my-app-bucket/*"]\n  }\n}\n\nresource "aws_iam_policy" "app" {\n  name   = "app-least-privilege"\n  policy = data.aws_iam_policy_document.app.json\n}',
    cloudformation: 'AppPolicy:\n  Type: AWS::IAM::ManagedPolicy\n  Properties:\n    ManagedPolicyName: app-least-privilege\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject]\n          Resource: arn:aws:s3:::my-app-bucket/*',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-1',
  ],
  evaluate(policy) {
    if (policy.config.awsManaged) return notApplicable({ en: 'AWS managed policy (IAM.1 covers customer managed policies).', ja: 'AWS 管理ポリシーです（IAM.1 の対象はカスタマー管理ポリシーです）。' });
    if (policy.config.attachmentCount === 0 && policy.config.permissionsBoundaryUsageCount > 0) {
      return notApplicable({ en: 'Policy is used only as a permissions boundary.', ja: 'このポリシーは権限境界としてのみ使われています。' });
    }
    if (policy.config.document === undefined) return notAssessed('The policy document was not collected.');
    const admin = fullAdminStatements(policy.config.document);
    if (!admin.length) return pass({ en: 'Policy does not allow "*" on "*".', ja: 'ポリシーは "*" に対する "*" を許可していません。' });
    return fail(
      {
        en: `Policy ${policy.name} allows Action "*" on Resource "*" (attached to ${policy.config.attachmentCount} entities).`,
        ja: `ポリシー ${policy.name} が Resource "*" に対して Action "*" を許可しています（${policy.config.attachmentCount} 個のエンティティに付与）。`,
      },
      { statements: admin, attachmentCount: policy.config.attachmentCount },
    );
  },
});
