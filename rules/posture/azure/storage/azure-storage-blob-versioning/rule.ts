import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { notCollected } from '../account.js';

/** Kinds that support blob versioning: general-purpose v2, premium block blob and legacy Blob storage. */
const VERSIONING_KINDS = new Set(['storagev2', 'blockblobstorage', 'blobstorage']);

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-blob-versioning',
  services: ['storage'],
  title: {
    en: 'Storage accounts have blob versioning enabled',
    ja: 'ストレージ アカウントで BLOB のバージョン管理が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'isHnsEnabled', 'enableNfsV3', 'blobService'],
  frameworks: { 'cis-azure-6.0': ['9.2.3'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CP-9', 'SI-7'] },
  doc: {
    en: {
      description:
        'Checks that blob versioning (isVersioningEnabled) is on, so every overwrite or delete keeps the previous version of the blob. Not applicable where Azure does not support versioning: accounts with a hierarchical namespace (Data Lake Storage), NFS 3.0-enabled accounts, general-purpose v1 and FileStorage accounts.',
      urgency: 'Low urgency: it is a level 2 recommendation that adds recovery points; blob soft delete already covers deletions for a while.',
      risk: 'Without versioning, an application bug or ransomware that overwrites blobs in place (rather than deleting them) destroys the previous content; soft delete keeps overwritten data only as snapshots for its retention period.',
      recommendation:
        'Enable versioning on accounts holding data you would need to roll back, and add a lifecycle management rule that deletes versions older than your recovery window to control cost. For Data Lake accounts, use soft delete and backups instead.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data management", select "Data protection".',
        'Under "Tracking", check "Enable versioning for blobs" and choose to keep all versions or delete them after a number of days.',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'BLOB のバージョン管理（isVersioningEnabled）が有効で、上書きや削除のたびに以前のバージョンが保持されることを確認します。Azure がバージョン管理をサポートしていないアカウント（階層型名前空間 (Data Lake Storage) のアカウント、NFS 3.0 を有効にしたアカウント、汎用 v1 と FileStorage のアカウント）は対象外です。',
      urgency: '緊急度は低めです。復旧ポイントを増やすレベル 2 の推奨事項で、削除については BLOB の論理的な削除が一定期間カバーします。',
      risk: 'バージョン管理がないと、BLOB を削除せずにその場で上書きするアプリケーションの不具合やランサムウェアによって以前の内容が失われます。論理的な削除では、上書きされたデータは保持期間中のスナップショットとしてしか残りません。',
      recommendation:
        'ロールバックが必要になりうるデータを持つアカウントでバージョン管理を有効にし、コストを抑えるため復旧期間より古いバージョンを削除するライフサイクル管理ルールを追加してください。Data Lake のアカウントでは、代わりに論理的な削除とバックアップを使います。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ管理」の「データ保護」を選択します。',
        '「追跡」で「BLOB のバージョン管理を有効にする」をオンにし、すべてのバージョンを保持するか、一定日数後に削除するかを選びます。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account blob-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --enable-versioning true',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  blob_properties {\n    versioning_enabled = true\n  }\n}',
    bicep: "resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    isVersioningEnabled: true\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/versioning-overview',
    'https://learn.microsoft.com/azure/storage/blobs/versioning-enable',
  ],
  evaluate(account) {
    const c = account.config;
    const kind = String(c.kind ?? '');
    if (!VERSIONING_KINDS.has(kind.toLowerCase())) {
      return notApplicable({ en: `Blob versioning is not supported on ${kind} accounts such as ${account.name}.`, ja: `${account.name} のような ${kind} アカウントでは BLOB のバージョン管理はサポートされていません。` });
    }
    if (c.isHnsEnabled === true || c.enableNfsV3 === true) {
      const what = c.isHnsEnabled === true ? 'a hierarchical namespace (Data Lake Storage)' : 'NFS 3.0';
      const whatJa = c.isHnsEnabled === true ? '階層型名前空間（Data Lake Storage）' : 'NFS 3.0';
      return notApplicable({ en: `Storage account ${account.name} uses ${what}, which does not support blob versioning.`, ja: `ストレージ アカウント ${account.name} は${whatJa}を使用しており、BLOB のバージョン管理をサポートしていません。` });
    }
    if (!c.blobService) return notAssessed(notCollected('blob service properties', 'BLOB サービスのプロパティ', account.name));
    if (c.blobService.isVersioningEnabled === true) {
      return pass({ en: `Storage account ${account.name} keeps previous versions of blobs.`, ja: `ストレージ アカウント ${account.name} は BLOB の以前のバージョンを保持します。` });
    }
    return fail({ en: `Storage account ${account.name} does not have blob versioning enabled.`, ja: `ストレージ アカウント ${account.name} では BLOB のバージョン管理が有効になっていません。` }, { isVersioningEnabled: c.blobService.isVersioningEnabled ?? false });
  },
});
