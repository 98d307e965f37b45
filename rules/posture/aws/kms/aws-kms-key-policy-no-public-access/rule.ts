import { KMS_KEY_TYPE, type KmsKeyConfig } from '../../../../../src/providers/aws/model/kms.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { asArray, describeStatement, publicAllowStatements, statements } from '../../s3/policy.js';

export const rule = defineRule<KmsKeyConfig>({
  id: 'aws-kms-key-policy-no-public-access',
  services: ['kms'],
  title: {
    en: 'KMS key policies do not allow public access',
    ja: 'KMS キーポリシーがパブリックアクセスを許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [KMS_KEY_TYPE],
  requires: ['metadata', 'policy'],
  frameworks: {
    fsbp: ['KMS.5'],
  },
  doc: {
    en: {
      description:
        'Checks that no Allow statement of a customer managed key\'s key policy grants access to Principal "*" (or {"AWS": "*"}) without a condition that pins the caller to known accounts or organisations (kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalOrgID, aws:SourceAccount, aws:SourceVpce ...).',
      urgency:
        'Fix immediately: a public key policy lets any AWS account use the key, and the key is what protects your encrypted data, snapshots and secrets.',
      risk: 'Any principal in any AWS account can call the allowed operations on the key: decrypt data or snapshots shared or exfiltrated from your account, re-encrypt, create grants, or (with kms:*) change the policy and schedule the key for deletion.',
      recommendation:
        'Replace "Principal": "*" with the specific account root or roles that need the key, or add conditions such as "kms:CallerAccount" / "aws:PrincipalOrgID" with fixed values. Keep the default statement that gives the owning account (arn:aws:iam::ACCOUNT_ID:root) control, and use grants for service integrations.',
      console: [
        'Open the AWS KMS console and choose "Customer managed keys".',
        'Select the key and open the "Key policy" tab; choose "Switch to policy view" and Edit.',
        'Change statements with "Principal": "*" to name specific principals, or add a restricting condition.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description:
        'カスタマーマネージドキーのキーポリシーに、呼び出し元を既知のアカウントや組織に限定する条件（kms:CallerAccount、aws:PrincipalAccount、aws:PrincipalOrgID、aws:SourceAccount、aws:SourceVpce など）なしで Principal "*"（または {"AWS": "*"}）にアクセスを許可する Allow ステートメントがないかを確認します。',
      urgency:
        '直ちに対応してください。公開されたキーポリシーではどの AWS アカウントでもキーを使用でき、そのキーこそが暗号化データ・スナップショット・シークレットを守るものだからです。',
      risk: 'どの AWS アカウントのプリンシパルでも、許可された操作をキーに対して実行できます。共有または持ち出されたデータやスナップショットの復号、再暗号化、グラントの作成、（kms:* の場合）ポリシーの変更やキーの削除スケジュールまで可能になります。',
      recommendation:
        '"Principal": "*" を、キーを必要とするアカウントのルートまたは特定のロールに置き換えるか、"kms:CallerAccount" や "aws:PrincipalOrgID" などの固定値の条件を追加してください。所有アカウント（arn:aws:iam::ACCOUNT_ID:root）に管理を委ねる既定のステートメントは残し、サービス連携にはグラントを使用してください。',
      console: [
        'AWS KMS コンソールで「カスタマーマネージド型のキー」を選択します。',
        '対象のキーの「キーポリシー」タブを開き、「ポリシービューへの切り替え」から「編集」を選択します。',
        '"Principal": "*" のステートメントを特定のプリンシパルに変更するか、制限する条件を追加します。',
        '「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws kms get-key-policy --key-id KEY_ID --policy-name default --query Policy --output text > key-policy.json\n# Edit key-policy.json: replace "Principal": "*" with specific principals or add a kms:CallerAccount condition\naws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://key-policy.json',
    terraform:
      'data "aws_caller_identity" "current" {}\n\ndata "aws_iam_policy_document" "key" {\n  statement {\n    sid       = "EnableIAMUserPermissions"\n    actions   = ["kms:*"]\n    resources = ["*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n    }\n  }\n}\n\nresource "aws_kms_key" "this" {\n  enable_key_rotation = true\n  policy              = data.aws_iam_policy_document.key.json\n}',
    cloudformation:
      "Key:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true\n    KeyPolicy:\n      Version: '2012-10-17'\n      Statement:\n        - Sid: EnableIAMUserPermissions\n          Effect: Allow\n          Principal:\n            AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'\n          Action: 'kms:*'\n          Resource: '*'",
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-5',
  ],
  evaluate(key) {
    const m = key.config.metadata;
    if (!m) return notAssessed('The key metadata was not collected.');
    if (m.keyManager !== 'CUSTOMER') return notApplicable({ en: 'AWS managed key (its policy is managed by AWS).', ja: 'AWS マネージドキーです（ポリシーは AWS が管理します）。' });
    const policy = key.config.policy;
    if (!policy) return notAssessed('The key policy was not collected.');
    const all = statements(policy);
    const open = publicAllowStatements(policy).map((s) => `${describeStatement(s, all.indexOf(s))} (${asArray(s.Action ?? s.NotAction).join(', ')})`);
    if (open.length === 0) return pass({ en: 'No key policy statement allows access to everyone.', ja: '誰にでもアクセスを許可するキーポリシーのステートメントはありません。' });
    return fail(
      {
        en: `The key policy allows Principal "*" without a restricting condition: ${open.join('; ')}.`,
        ja: `キーポリシーが制限条件なしで Principal "*" を許可しています: ${open.join('; ')}。`,
      },
      { statements: open },
    );
  },
});
