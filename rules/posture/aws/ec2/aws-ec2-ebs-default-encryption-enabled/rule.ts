import { REGIONAL_SETTINGS_TYPE, type RegionalSettingsConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<RegionalSettingsConfig>({
  id: 'aws-ec2-ebs-default-encryption-enabled',
  services: ['ec2'],
  title: {
    en: 'EBS encryption by default is enabled in every region',
    ja: 'すべてのリージョンで EBS のデフォルト暗号化が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [REGIONAL_SETTINGS_TYPE],
  requires: ['ebsEncryptionByDefault'],
  frameworks: {
    'cis-aws-3.0': ['2.2.1'],
    fsbp: ['EC2.7'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that the account setting "EBS encryption by default" is on in the region, so every new EBS volume and snapshot copy is encrypted automatically.',
      urgency: 'Plan the change within weeks: it only affects volumes created afterwards and has no impact on running workloads, but every day it stays off new unencrypted volumes can appear.',
      risk: 'Without the default, any launch template, script or console user that forgets the "encrypted" flag creates a plaintext volume. Its snapshots can then be shared or copied to another account and read without any KMS permission, and the data is not protected at rest as most compliance regimes require.',
      recommendation: 'Enable EBS encryption by default in every region you use (also regions you do not use, to catch surprises), optionally with a customer managed KMS key. Then replace existing unencrypted volumes by snapshotting, copying the snapshot with encryption and restoring.',
      console: [
        'Open the EC2 console and select the region.',
        'On the EC2 Dashboard, choose "Account attributes" → "Data protection and security".',
        'Under "EBS encryption", choose "Manage", select "Enable", pick the default KMS key and choose "Update EBS encryption".',
        'Repeat for every region.',
      ],
    },
    ja: {
      description: 'リージョンのアカウント設定「EBS のデフォルト暗号化」が有効で、新しく作成される EBS ボリュームとスナップショットのコピーが自動的に暗号化されるかを確認します。',
      urgency: '数週間以内に計画して対応してください。変更後に作成されるボリュームにのみ影響し、稼働中のワークロードへの影響はありませんが、無効のままだと暗号化されていないボリュームが作られ続けます。',
      risk: 'デフォルト暗号化がないと、暗号化フラグを指定し忘れた起動テンプレート・スクリプト・コンソール操作によって平文のボリュームが作成されます。そのスナップショットは KMS の権限なしで他アカウントへ共有・コピーして読み取ることができ、多くのコンプライアンス要件が求める保管時の保護も満たせません。',
      recommendation: '利用しているすべてのリージョン（想定外の利用に備えて未使用のリージョンも）で EBS のデフォルト暗号化を有効にしてください。必要に応じてカスタマー管理の KMS キーを指定します。既存の暗号化されていないボリュームは、スナップショットを暗号化付きでコピーして復元し、置き換えてください。',
      console: [
        'EC2 コンソールを開き、対象のリージョンを選択します。',
        'EC2 ダッシュボードで「アカウントの属性」→「データ保護とセキュリティ」を選択します。',
        '「EBS 暗号化」の「管理」を選び、「有効化」にチェックしてデフォルトの KMS キーを選択し、「EBS 暗号化を更新」を選択します。',
        'すべてのリージョンで同じ操作を繰り返します。',
      ],
    },
  },
  remediation: {
    cli: 'for r in $(aws ec2 describe-regions --query "Regions[].RegionName" --output text); do\n  aws ec2 enable-ebs-encryption-by-default --region "$r"\ndone',
    terraform: 'resource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}\n\n# Optional: use a customer managed key\n# resource "aws_ebs_default_kms_key" "this" {\n#   key_arn = aws_kms_key.ebs.arn\n# }',
    cloudformation: '# EBS encryption by default has no CloudFormation resource; enforce it with an AWS Config rule\nEbsEncryptionByDefault:\n  Type: AWS::Config::ConfigRule\n  Properties:\n    ConfigRuleName: ec2-ebs-encryption-by-default\n    Source:\n      Owner: AWS\n      SourceIdentifier: EC2_EBS_ENCRYPTION_BY_DEFAULT',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
  ],
  evaluate(settings) {
    const enabled = settings.config.ebsEncryptionByDefault;
    if (enabled === undefined) return notAssessed({ en: 'EBS encryption by default was not collected.', ja: 'EBS のデフォルト暗号化の設定を取得できませんでした。' });
    return enabled
      ? pass({ en: `EBS encryption by default is enabled in ${settings.region}.`, ja: `${settings.region} で EBS のデフォルト暗号化は有効です。` })
      : fail(
          { en: `EBS encryption by default is disabled in ${settings.region}.`, ja: `${settings.region} で EBS のデフォルト暗号化が無効です。` },
          { ebsEncryptionByDefault: false },
        );
  },
});
