import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasBlobService, notCollected } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-container-soft-delete',
  services: ['storage'],
  title: {
    en: 'Storage accounts have soft delete enabled for containers',
    ja: 'ストレージ アカウントでコンテナーの論理的な削除が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'blobService'],
  frameworks: { 'cis-azure-6.0': ['9.2.2'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CP-9', 'CP-10'] },
  doc: {
    en: {
      description:
        'Checks that container soft delete (the blob service\'s containerDeleteRetentionPolicy) is enabled, so a deleted container and all its blobs can be restored during the retention period. Premium FileStorage accounts, which have no blob service, are not applicable.',
      urgency: 'Plan within weeks: deleting one container removes every blob in it at once, and blob soft delete does not bring a deleted container back.',
      risk: 'One call (a cleanup script, a Terraform destroy, a compromised identity with Contributor rights on the container) permanently removes a whole container of data.',
      recommendation:
        'Enable container soft delete with a retention at least as long as the blob soft delete retention (7 to 30 days is common). Combine it with a CanNotDelete lock on the account and RBAC that keeps data-plane delete rights narrow.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data management", select "Data protection".',
        'Under "Recovery", check "Enable soft delete for containers" and set "Keep deleted containers for (in days)".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'コンテナーの論理的な削除（BLOB サービスの containerDeleteRetentionPolicy）が有効で、削除されたコンテナーとその中のすべての BLOB を保持期間中に復元できることを確認します。BLOB サービスのない Premium FileStorage アカウントは対象外です。',
      urgency: '数週間以内に計画してください。コンテナーを 1 つ削除するとその中のすべての BLOB が一度に失われ、BLOB の論理的な削除では削除されたコンテナーは戻りません。',
      risk: '1 回の呼び出し（クリーンアップ スクリプト、Terraform の destroy、コンテナーに共同作成者の権限を持つ侵害された ID）で、コンテナー 1 つ分のデータが完全に失われます。',
      recommendation:
        'BLOB の論理的な削除の保持期間以上（7～30 日が一般的）の保持期間でコンテナーの論理的な削除を有効にしてください。アカウントへの CanNotDelete ロックや、データ プレーンの削除権限を絞った RBAC と組み合わせます。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ管理」の「データ保護」を選択します。',
        '「復旧」で「コンテナーの論理的な削除を有効にする」をオンにし、「削除されたコンテナーを保持する期間 (日)」を設定します。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account blob-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --enable-container-delete-retention true --container-delete-retention-days 14',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  blob_properties {\n    container_delete_retention_policy {\n      days = 14\n    }\n  }\n}',
    bicep: "resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    containerDeleteRetentionPolicy: {\n      enabled: true\n      days: 14\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/soft-delete-container-overview',
    'https://learn.microsoft.com/azure/storage/blobs/data-protection-overview',
  ],
  evaluate(account) {
    const c = account.config;
    if (!hasBlobService(c)) {
      return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no blob containers.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、BLOB コンテナーがありません。` });
    }
    if (!c.blobService) return notAssessed(notCollected('blob service properties', 'BLOB サービスのプロパティ', account.name));
    const policy = c.blobService.containerDeleteRetentionPolicy;
    if (policy?.enabled === true) {
      return pass({ en: `Storage account ${account.name} keeps deleted containers for ${policy.days ?? 7} days.`, ja: `ストレージ アカウント ${account.name} は削除されたコンテナーを ${policy.days ?? 7} 日間保持します。` }, { days: policy.days ?? null });
    }
    return fail({ en: `Storage account ${account.name} does not have soft delete enabled for containers.`, ja: `ストレージ アカウント ${account.name} ではコンテナーの論理的な削除が有効になっていません。` }, { containerDeleteRetentionPolicy: policy ?? null });
  },
});
