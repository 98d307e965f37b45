import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { sensitiveTag } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-infrastructure-encryption',
  services: ['storage'],
  title: {
    en: 'Storage accounts use infrastructure (double) encryption',
    ja: 'ストレージ アカウントでインフラストラクチャ暗号化（二重暗号化）が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'encryption'],
  frameworks: { 'mcsb-1.0': ['DP-4'], 'nist-800-53-r5': ['SC-28', 'SC-28(1)'], 'pci-dss-4.0': ['3.5.1'] },
  doc: {
    en: {
      description:
        'Checks that encryption.requireInfrastructureEncryption is true, so data is encrypted twice at rest: by the storage service (with Microsoft- or customer-managed keys) and again at the infrastructure layer with a separate key and algorithm. It can only be chosen when the account is created.',
      urgency: 'Low urgency: data is already encrypted once; double encryption is a defence-in-depth requirement of some regulated workloads, and fixing it means migrating the data to a new account.',
      risk: 'If one encryption layer or its keys were compromised or misconfigured, data would be protected only by that single layer. Regulators or customers requiring double encryption at rest would find the account non-compliant.',
      recommendation:
        'For accounts holding regulated or highly sensitive data, create new accounts with infrastructure encryption enabled (and the built-in policy "Storage accounts should have infrastructure encryption"), then move the data (AzCopy, object replication). For other accounts, decide whether the requirement applies to you and accept the finding if not.',
      console: [
        'Infrastructure encryption cannot be turned on for an existing account.',
        'In the Azure portal, select "Create a resource" > "Storage account"; on the "Encryption" tab check "Enable infrastructure encryption".',
        'Create the account, copy the data with AzCopy or object replication, and switch clients to the new account.',
      ],
    },
    ja: {
      description:
        'encryption.requireInfrastructureEncryption が true で、データが保存時に 2 回暗号化される（ストレージ サービスによる Microsoft 管理キーまたは顧客管理キーでの暗号化に加え、インフラストラクチャ層で別のキーとアルゴリズムによる暗号化）ことを確認します。この設定はアカウントの作成時にしか選べません。',
      urgency: '緊急度は低めです。データはすでに 1 回暗号化されており、二重暗号化は一部の規制対象ワークロードが求める多層防御の要件です。修正にはデータを新しいアカウントへ移行する必要があります。',
      risk: '一方の暗号化層やそのキーが侵害されたり誤って構成されたりすると、データはその 1 層だけで保護されることになります。保存時の二重暗号化を求める規制当局や顧客からは、このアカウントは要件を満たさないと判断されます。',
      recommendation:
        '規制対象や機密性の高いデータを持つアカウントについては、インフラストラクチャ暗号化を有効にした新しいアカウントを作成し（組み込みポリシー「ストレージ アカウントにはインフラストラクチャ暗号化が必要」も活用します）、データを移行してください（AzCopy、オブジェクト レプリケーション）。それ以外のアカウントでは、この要件が自社に当てはまるかを判断し、当てはまらなければ結果を許容します。',
      console: [
        '既存のアカウントでインフラストラクチャ暗号化を有効にすることはできません。',
        'Azure portal で「リソースの作成」>「ストレージ アカウント」を選択し、「暗号化」タブで「インフラストラクチャ暗号化を有効にする」をオンにします。',
        'アカウントを作成し、AzCopy やオブジェクト レプリケーションでデータをコピーして、クライアントを新しいアカウントに切り替えます。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account create --name NEW_STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --location LOCATION \\\n  --sku Standard_GZRS --kind StorageV2 --require-infrastructure-encryption true',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  infrastructure_encryption_enabled = true # forces a new account\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GZRS' }\n  kind: 'StorageV2'\n  properties: {\n    encryption: {\n      requireInfrastructureEncryption: true\n      keySource: 'Microsoft.Storage'\n      services: {\n        blob: { enabled: true, keyType: 'Account' }\n        file: { enabled: true, keyType: 'Account' }\n      }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/infrastructure-encryption-enable',
    'https://learn.microsoft.com/azure/storage/common/storage-service-encryption',
  ],
  evaluate(account) {
    const on = account.config.encryption?.requireInfrastructureEncryption === true;
    const basis = sensitiveTag(account.tags);
    if (on) {
      return pass({ en: `Storage account ${account.name} encrypts data twice at rest (infrastructure encryption).`, ja: `ストレージ アカウント ${account.name} はデータを保存時に二重に暗号化しています（インフラストラクチャ暗号化）。` });
    }
    return fail(
      { en: `Storage account ${account.name} does not use infrastructure encryption${basis ? ` although it is tagged ${basis}` : ''}.`, ja: `ストレージ アカウント ${account.name} ではインフラストラクチャ暗号化が使われていません${basis ? `（${basis} とタグ付けされています）` : ''}。` },
      { requireInfrastructureEncryption: account.config.encryption?.requireInfrastructureEncryption ?? false, ...(basis ? { basis } : {}) },
    );
  },
});
