import { KMS_KEY_TYPE, type KmsKeyConfig } from '../../../../../src/providers/aws/model/kms.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';

const DAY = 86_400_000;

export const rule = defineRule<KmsKeyConfig>({
  id: 'aws-kms-key-not-pending-deletion',
  services: ['kms'],
  title: {
    en: 'KMS keys are not scheduled for deletion unintentionally',
    ja: 'KMS キーが意図せず削除予定になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [KMS_KEY_TYPE],
  requires: ['metadata', 'aliases'],
  frameworks: {
    fsbp: ['KMS.3'],
    'nist-800-53-r5': ['SC-12', 'SC-12(2)'],
  },
  doc: {
    en: {
      description:
        'Checks whether a customer managed KMS key is scheduled for deletion (PendingDeletion or PendingReplicaDeletion). Deletion happens automatically at the end of the 7–30 day waiting period.',
      urgency:
        'Act immediately: once the waiting period ends the key is gone for good, and so is every piece of data encrypted under it (databases, snapshots, S3 objects, secrets). Cancelling is one click until then.',
      risk: 'Deleting a KMS key makes all ciphertext produced under it permanently unrecoverable — AWS cannot help. Scheduling deletion is also a known destructive tactic: an attacker with kms:ScheduleKeyDeletion can render your backups useless (cryptographic ransom).',
      recommendation:
        'Confirm with the key owner whether deletion is intended and that no data still depends on the key (check CloudTrail for recent Decrypt calls and resources referencing the key). If in doubt, cancel the deletion and disable the key instead; restrict kms:ScheduleKeyDeletion to a break-glass role.',
      console: [
        'Open the AWS KMS console and choose "Customer managed keys".',
        'Select the key (status "Pending deletion").',
        'Choose "Key actions" → "Cancel key deletion"; the key returns as Disabled.',
        'If it is still needed, choose "Key actions" → Enable.',
      ],
    },
    ja: {
      description:
        'カスタマーマネージドの KMS キーが削除予定（PendingDeletion または PendingReplicaDeletion）になっていないかを確認します。削除は 7〜30 日の待機期間の終了時に自動的に実行されます。',
      urgency:
        '直ちに対応してください。待機期間が終わるとキーは完全に消え、そのキーで暗号化されたすべてのデータ（データベース、スナップショット、S3 オブジェクト、シークレット）も失われます。それまではワンクリックで取り消せます。',
      risk: 'KMS キーを削除すると、そのキーで生成された暗号文はすべて永久に復号できなくなり、AWS でも復旧できません。削除のスケジュールは破壊的な攻撃手法としても知られており、kms:ScheduleKeyDeletion を持つ攻撃者はバックアップを使えなくできます（暗号による身代金要求）。',
      recommendation:
        '削除が意図したものか、キーに依存するデータが残っていないか（CloudTrail の最近の Decrypt 呼び出しやキーを参照するリソース）をキーの所有者に確認してください。判断がつかない場合は削除を取り消し、代わりにキーを無効化してください。kms:ScheduleKeyDeletion は緊急用ロールに限定してください。',
      console: [
        'AWS KMS コンソールで「カスタマーマネージド型のキー」を選択します。',
        '対象のキー（ステータス「削除保留中」）を選択します。',
        '「キーのアクション」→「キーの削除をキャンセル」を選択します。キーは無効の状態に戻ります。',
        '引き続き必要な場合は「キーのアクション」→「有効化」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws kms cancel-key-deletion --key-id KEY_ID\n# The key comes back Disabled; re-enable it if it is still in use:\naws kms enable-key --key-id KEY_ID',
    terraform:
      '# Keep the key in Terraform and protect it from accidental destroy:\nresource "aws_kms_key" "this" {\n  description             = "orders database"\n  enable_key_rotation     = true\n  deletion_window_in_days = 30\n  lifecycle {\n    prevent_destroy = true\n  }\n}',
    cloudformation: 'Key:\n  Type: AWS::KMS::Key\n  DeletionPolicy: Retain\n  UpdateReplacePolicy: Retain\n  Properties:\n    EnableKeyRotation: true\n    PendingWindowInDays: 30',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-3',
  ],
  evaluate(key, ctx) {
    const m = key.config.metadata;
    if (!m) return notAssessed('The key metadata was not collected.');
    if (m.keyManager !== 'CUSTOMER') return notApplicable({ en: 'AWS managed keys cannot be deleted.', ja: 'AWS マネージドキーは削除できません。' });
    if (m.keyState !== 'PendingDeletion' && m.keyState !== 'PendingReplicaDeletion') {
      return pass({ en: `The key is not scheduled for deletion (state ${m.keyState}).`, ja: `キーは削除予定になっていません（状態: ${m.keyState}）。` });
    }
    const when = m.deletionDate ? new Date(m.deletionDate) : undefined;
    const days = when ? Math.max(0, Math.ceil((when.getTime() - ctx.now.getTime()) / DAY)) : undefined;
    const name = key.config.aliases[0] ?? m.keyId;
    return fail(
      when
        ? {
            en: `Key ${name} is scheduled for deletion on ${when.toISOString().slice(0, 10)} (${days} day(s) left).`,
            ja: `キー ${name} は ${when.toISOString().slice(0, 10)} に削除される予定です（残り ${days} 日）。`,
          }
        : { en: `Key ${name} is pending deletion.`, ja: `キー ${name} は削除保留中です。` },
      { keyState: m.keyState, deletionDate: m.deletionDate, daysLeft: days },
    );
  },
});
