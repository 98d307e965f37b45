import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { fileServiceOf, isOutcome } from '../files.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-file-share-soft-delete',
  services: ['storage'],
  title: {
    en: 'Storage accounts have soft delete enabled for Azure file shares',
    ja: 'ストレージ アカウントで Azure ファイル共有の論理的な削除が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'fileService'],
  frameworks: { 'cis-azure-6.0': ['9.1.1'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CP-9', 'CP-10'] },
  doc: {
    en: {
      description:
        'Checks that soft delete for file shares (the file service\'s shareDeleteRetentionPolicy) is enabled with a retention of 1 to 365 days, so a deleted share, with its snapshots, can be undeleted. Applies to accounts with Azure Files (general-purpose v1/v2 and FileStorage); Blob-only kinds are not applicable.',
      urgency: 'Plan within weeks: deleting a share removes all its files and snapshots at once, and Azure Backup snapshots of the share are deleted with it.',
      risk: 'An operator error, a cleanup script or an attacker with Contributor rights can delete a whole file share (for example a department share or an FSLogix profile share) and, without soft delete, it cannot be recovered, including the share snapshots Azure Backup relies on.',
      recommendation:
        'Enable soft delete for file shares with a retention long enough to notice the loss (14 days or more is typical; Azure Backup requires it). Add a CanNotDelete lock on accounts holding important shares.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data storage", select "File shares".',
        'Next to "Soft delete", select the current setting, set "Soft delete for all file shares" to "Enabled" and choose the retention in days.',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ファイル共有の論理的な削除（ファイル サービスの shareDeleteRetentionPolicy）が 1～365 日の保持期間で有効で、削除された共有をスナップショットごと復元できることを確認します。Azure Files を持つアカウント（汎用 v1/v2 と FileStorage）が対象で、BLOB 専用の種類は対象外です。',
      urgency: '数週間以内に計画してください。共有を削除するとそのファイルとスナップショットがすべて一度に失われ、共有の Azure Backup スナップショットも一緒に削除されます。',
      risk: '操作ミス、クリーンアップ スクリプト、共同作成者の権限を持つ攻撃者によってファイル共有全体（部門の共有や FSLogix のプロファイル共有など）が削除されると、論理的な削除がなければ、Azure Backup が依存する共有スナップショットも含めて復元できません。',
      recommendation:
        '消失に気付けるだけの保持期間（一般的には 14 日以上。Azure Backup では必須）でファイル共有の論理的な削除を有効にしてください。重要な共有を持つアカウントには CanNotDelete ロックも設定します。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ ストレージ」の「ファイル共有」を選択します。',
        '「論理的な削除」の横にある現在の設定を選択し、「すべてのファイル共有の論理的な削除」を「有効」にして保持日数を選びます。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account file-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --enable-delete-retention true --delete-retention-days 14',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  share_properties {\n    retention_policy {\n      days = 14\n    }\n  }\n}',
    bicep: "resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    shareDeleteRetentionPolicy: {\n      enabled: true\n      days: 14\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/files/storage-files-prevent-file-share-deletion',
    'https://learn.microsoft.com/azure/storage/files/storage-files-enable-soft-delete',
  ],
  evaluate(account) {
    const fs = fileServiceOf(account);
    if (isOutcome(fs)) return fs;
    const policy = fs.shareDeleteRetentionPolicy;
    if (policy?.enabled === true) {
      return pass({ en: `Storage account ${account.name} keeps deleted file shares for ${policy.days ?? 7} days.`, ja: `ストレージ アカウント ${account.name} は削除されたファイル共有を ${policy.days ?? 7} 日間保持します。` }, { days: policy.days ?? null });
    }
    return fail({ en: `Storage account ${account.name} does not have soft delete enabled for file shares.`, ja: `ストレージ アカウント ${account.name} ではファイル共有の論理的な削除が有効になっていません。` }, { shareDeleteRetentionPolicy: policy ?? null });
  },
});
