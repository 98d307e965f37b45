import { KMS_KEY_TYPE, type KmsKeyConfig } from '../../../../../src/providers/aws/model/kms.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<KmsKeyConfig>({
  id: 'aws-kms-key-rotation-enabled',
  services: ['kms'],
  title: {
    en: 'Rotation is enabled for customer-created symmetric KMS keys',
    ja: 'お客様が作成した対称 KMS キーでローテーションが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [KMS_KEY_TYPE],
  requires: ['metadata', 'rotation', 'aliases'],
  frameworks: {
    'cis-aws-3.0': ['3.6'],
    fsbp: ['KMS.4'],
    'nist-800-53-r5': ['SC-12', 'SC-12(2)', 'SC-28(3)'],
    'pci-dss-3.2.1': ['3.6.4'],
    'pci-dss-4.0': ['3.7.4'],
  },
  doc: {
    en: {
      description:
        'Checks that automatic key rotation is enabled for customer managed symmetric encryption keys with KMS-generated key material. AWS managed keys, asymmetric/HMAC keys, imported or custom key store keys, and keys pending deletion are not applicable.',
      urgency:
        'Fix within weeks: rotation is transparent to applications (old material stays available for decryption) and limits how much data any single key material protects; it is also a common audit requirement.',
      risk: 'Without rotation, one key material protects all data encrypted under the key for its whole life. If that material were ever exposed, or cryptoperiod requirements (PCI DSS, internal policy) apply, all past and future data under the key is affected and audits fail.',
      recommendation:
        'Enable automatic rotation on the key (default every 365 days; a period between 90 and 2560 days can be chosen). For keys with imported material, rotate manually by creating a new key and repointing the alias.',
      console: [
        'Open the AWS KMS console and choose "Customer managed keys".',
        'Select the key and open the "Key rotation" tab.',
        'Select "Automatically rotate this KMS key every year" (optionally set the rotation period) and choose Save.',
      ],
    },
    ja: {
      description:
        'KMS で生成されたキーマテリアルを持つカスタマーマネージドの対称暗号化キーで、自動キーローテーションが有効かを確認します。AWS マネージドキー、非対称/HMAC キー、インポートまたはカスタムキーストアのキー、削除保留中のキーは対象外です。',
      urgency:
        '数週間以内に対応してください。ローテーションはアプリケーションに影響せず（旧マテリアルは復号用に保持されます）、1 つのキーマテリアルが保護するデータ量を抑えられます。監査でもよく求められる要件です。',
      risk: 'ローテーションしないと、キーの存続期間中ずっと 1 つのキーマテリアルがすべてのデータを保護します。そのマテリアルが露出した場合や、暗号期間の要件（PCI DSS、社内規程）がある場合、キーで暗号化された過去・将来のすべてのデータが影響を受け、監査にも通りません。',
      recommendation:
        'キーの自動ローテーションを有効にしてください（既定は 365 日ごと、90〜2560 日の範囲で指定可能）。インポートしたキーマテリアルのキーは、新しいキーを作成してエイリアスを付け替える手動ローテーションを行ってください。',
      console: [
        'AWS KMS コンソールで「カスタマーマネージド型のキー」を選択します。',
        '対象のキーを選び、「キーのローテーション」タブを開きます。',
        '「この KMS キーを毎年自動的にローテーションする」を選択し（必要に応じてローテーション期間を指定）、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws kms enable-key-rotation --key-id KEY_ID --rotation-period-in-days 365\naws kms get-key-rotation-status --key-id KEY_ID',
    terraform: 'resource "aws_kms_key" "this" {\n  description             = "orders database"\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
    cloudformation: 'Key:\n  Type: AWS::KMS::Key\n  Properties:\n    Description: orders database\n    EnableKeyRotation: true\n    RotationPeriodInDays: 365',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
  ],
  evaluate(key) {
    const m = key.config.metadata;
    if (!m) return notAssessed('The key metadata was not collected.');
    if (m.keyManager !== 'CUSTOMER') return notApplicable({ en: 'AWS managed key (AWS rotates it every year).', ja: 'AWS マネージドキーです（AWS が毎年ローテーションします）。' });
    if (m.keySpec !== 'SYMMETRIC_DEFAULT') return notApplicable({ en: `Key spec ${m.keySpec} does not support automatic rotation.`, ja: `キー仕様 ${m.keySpec} は自動ローテーションに対応していません。` });
    if (m.origin !== 'AWS_KMS') return notApplicable({ en: `Key material origin ${m.origin} does not support automatic rotation.`, ja: `キーマテリアルのオリジン ${m.origin} は自動ローテーションに対応していません。` });
    if (m.keyState !== 'Enabled' && m.keyState !== 'Disabled') return notApplicable({ en: `Key state is ${m.keyState}.`, ja: `キーの状態は ${m.keyState} です。` });
    const rotation = key.config.rotation;
    if (!rotation) return notAssessed('The rotation status was not collected.');
    if (rotation.enabled) {
      return pass(
        { en: `Automatic rotation is enabled${rotation.rotationPeriodInDays ? ` (every ${rotation.rotationPeriodInDays} days)` : ''}.`, ja: `自動ローテーションは有効です${rotation.rotationPeriodInDays ? `（${rotation.rotationPeriodInDays} 日ごと）` : ''}。` },
        { rotation },
      );
    }
    return fail({ en: 'Automatic key rotation is disabled.', ja: '自動キーローテーションが無効です。' }, { aliases: key.config.aliases });
  },
});
