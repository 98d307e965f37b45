import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasBlobService, notCollected } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-blob-soft-delete',
  services: ['storage'],
  title: {
    en: 'Storage accounts have soft delete enabled for blobs',
    ja: 'ストレージ アカウントで BLOB の論理的な削除が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'blobService'],
  frameworks: { 'cis-azure-6.0': ['9.2.1'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CP-9', 'CP-10'] },
  doc: {
    en: {
      description:
        'Checks that blob soft delete (the blob service\'s deleteRetentionPolicy) is enabled, so deleted or overwritten blobs, snapshots and versions are kept for the retention period (1 to 365 days) and can be restored. Premium FileStorage accounts, which have no blob service, are not applicable.',
      urgency: 'Plan within weeks: nothing is exposed, but until it is on, a single mistaken or malicious delete is permanent.',
      risk: 'A script with a wrong prefix, a compromised key or a ransomware operator can delete or overwrite blobs, and without soft delete the data is gone immediately; Azure support cannot restore it.',
      recommendation:
        'Enable soft delete for blobs with a retention that covers how long it takes you to notice a loss (7 to 30 days is common), together with container soft delete and, where supported, versioning. Keep "allow permanent delete" off.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data management", select "Data protection".',
        'Under "Recovery", check "Enable soft delete for blobs" and set "Keep deleted blobs for (in days)".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'BLOB の論理的な削除（BLOB サービスの deleteRetentionPolicy）が有効で、削除または上書きされた BLOB、スナップショット、バージョンが保持期間（1～365 日）のあいだ残り、復元できることを確認します。BLOB サービスのない Premium FileStorage アカウントは対象外です。',
      urgency: '数週間以内に計画してください。何かが露出しているわけではありませんが、有効にするまでは、誤操作や悪意による 1 回の削除が取り返しのつかないものになります。',
      risk: 'プレフィックスを誤ったスクリプト、侵害されたキー、ランサムウェアの攻撃者が BLOB を削除・上書きすると、論理的な削除がなければデータはただちに失われ、Azure サポートでも復元できません。',
      recommendation:
        'データの消失に気付くまでの期間をカバーする保持期間（7～30 日が一般的）で BLOB の論理的な削除を有効にし、コンテナーの論理的な削除や、対応していればバージョン管理も併せて有効にしてください。「完全な削除を許可する」はオフのままにします。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ管理」の「データ保護」を選択します。',
        '「復旧」で「BLOB の論理的な削除を有効にする」をオンにし、「削除された BLOB を保持する期間 (日)」を設定します。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account blob-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --enable-delete-retention true --delete-retention-days 14',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  blob_properties {\n    delete_retention_policy {\n      days = 14\n    }\n  }\n}',
    bicep: "resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    deleteRetentionPolicy: {\n      enabled: true\n      days: 14\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/soft-delete-blob-overview',
    'https://learn.microsoft.com/azure/storage/blobs/data-protection-overview',
  ],
  evaluate(account) {
    const c = account.config;
    if (!hasBlobService(c)) {
      return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no blob service.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、BLOB サービスがありません。` });
    }
    if (!c.blobService) return notAssessed(notCollected('blob service properties', 'BLOB サービスのプロパティ', account.name));
    const policy = c.blobService.deleteRetentionPolicy;
    if (policy?.enabled === true) {
      return pass({ en: `Storage account ${account.name} keeps deleted blobs for ${policy.days ?? 7} days.`, ja: `ストレージ アカウント ${account.name} は削除された BLOB を ${policy.days ?? 7} 日間保持します。` }, { days: policy.days ?? null, allowPermanentDelete: policy.allowPermanentDelete ?? false });
    }
    return fail({ en: `Storage account ${account.name} does not have soft delete enabled for blobs.`, ja: `ストレージ アカウント ${account.name} では BLOB の論理的な削除が有効になっていません。` }, { deleteRetentionPolicy: policy ?? null });
  },
});
