import { TRAIL_TYPE, type TrailConfig } from '../../../../../src/providers/aws/model/cloudtrail.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<TrailConfig>({
  id: 'aws-cloudtrail-kms-encryption-enabled',
  services: ['cloudtrail'],
  title: {
    en: 'CloudTrail logs are encrypted at rest with a KMS key (SSE-KMS)',
    ja: 'CloudTrail のログが KMS キー（SSE-KMS）で保存時暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [TRAIL_TYPE],
  requires: ['kmsKeyId'],
  frameworks: {
    'cis-aws-3.0': ['3.5'],
    fsbp: ['CloudTrail.2'],
    'nist-800-53-r5': ['AU-9', 'CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
    'pci-dss-3.2.1': ['3.4'],
  },
  doc: {
    en: {
      description: 'Checks that the trail encrypts its log files with a customer managed KMS key (KmsKeyId is set) rather than only the default SSE-S3.',
      urgency:
        'Fix within the month: the logs are already encrypted with SSE-S3, but anyone who can read the bucket can read them; SSE-KMS adds a second, separately audited permission.',
      risk:
        'CloudTrail logs describe your whole environment: account ids, role names, resource ARNs, source IPs and error messages that reveal what is misconfigured. With SSE-S3 only, a bucket policy mistake or a stolen role with s3:GetObject is enough to read them all; with SSE-KMS the reader also needs kms:Decrypt on the key, and every decryption is itself logged.',
      recommendation:
        'Create a symmetric customer managed KMS key whose key policy lets cloudtrail.amazonaws.com encrypt (with the aws:SourceArn condition) and lets only your log readers decrypt, enable rotation, and set it as the trail\'s SSE-KMS key.',
      console: [
        'Open the CloudTrail console, choose Trails and the trail, then Edit under General details.',
        'For Log file SSE-KMS encryption choose Enabled.',
        'Choose an existing customer managed key (same Region as the bucket) or create a new one, then Save changes.',
        'If delivery fails afterwards, add the CloudTrail statements to the key policy as described in the CloudTrail user guide.',
      ],
    },
    ja: {
      description: '証跡がログファイルを既定の SSE-S3 だけでなく、カスタマー管理の KMS キーで暗号化しているか（KmsKeyId が設定されているか）を確認します。',
      urgency:
        '今月中に対応してください。ログは SSE-S3 で暗号化済みですが、バケットを読める人なら誰でも中身を読めます。SSE-KMS にすると、別途監査される 2 つ目の権限が必要になります。',
      risk:
        'CloudTrail のログには、アカウント ID、ロール名、リソース ARN、送信元 IP、設定ミスを示すエラーメッセージなど、環境全体の情報が含まれます。SSE-S3 だけでは、バケットポリシーのミスや s3:GetObject を持つロールの窃取だけで全ログを読まれます。SSE-KMS ならキーの kms:Decrypt も必要になり、復号のたびに記録が残ります。',
      recommendation:
        'cloudtrail.amazonaws.com に（aws:SourceArn 条件付きで）暗号化を許可し、ログの閲覧者だけに復号を許可するキーポリシーを持つ対称カスタマー管理 KMS キーを作成し、ローテーションを有効にして証跡の SSE-KMS キーに設定してください。',
      console: [
        'CloudTrail コンソールで「証跡」から対象の証跡を選び、「全般的な詳細」の「編集」を選択します。',
        '「ログファイルの SSE-KMS 暗号化」を「有効」にします。',
        '既存のカスタマー管理キー（バケットと同じリージョン）を選ぶか新規作成し、「変更の保存」を選択します。',
        'その後に配信が失敗する場合は、CloudTrail ユーザーガイドに従ってキーポリシーに CloudTrail 用のステートメントを追加します。',
      ],
    },
  },
  remediation: {
    cli: 'aws cloudtrail update-trail --name <trail-name> --kms-key-id arn:aws:kms:<region>:<account-id>:key/<key-id>',
    terraform:
      'resource "aws_kms_key" "trail" {\n  description         = "CloudTrail log encryption"\n  enable_key_rotation = true\n  policy              = data.aws_iam_policy_document.trail_key.json # allow cloudtrail.amazonaws.com to GenerateDataKey*\n}\n\nresource "aws_cloudtrail" "main" {\n  # ...\n  kms_key_id = aws_kms_key.trail.arn\n}',
    cloudformation:
      'TrailKey:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true\n    KeyPolicy: # allow cloudtrail.amazonaws.com kms:GenerateDataKey* with aws:SourceArn condition\n      Version: "2012-10-17"\n      Statement: []\nTrail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    # ...\n    KMSKeyId: !GetAtt TrailKey.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
  ],
  evaluate(trail) {
    return trail.config.kmsKeyId
      ? pass({ en: `Trail ${trail.name} uses SSE-KMS.`, ja: `証跡 ${trail.name} は SSE-KMS を使用しています。` }, { kmsKeyId: trail.config.kmsKeyId })
      : fail({
          en: `Trail ${trail.name} has no KMS key: its logs are only SSE-S3 encrypted.`,
          ja: `証跡 ${trail.name} に KMS キーが設定されておらず、ログは SSE-S3 でのみ暗号化されています。`,
        });
  },
});
