import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { sensitiveTag } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-cmk-sensitive-data',
  services: ['storage'],
  title: {
    en: 'Storage accounts holding sensitive data are encrypted with customer-managed keys',
    ja: '機密データを持つストレージ アカウントが顧客管理キーで暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'encryption'],
  frameworks: { 'mcsb-1.0': ['DP-5'], 'nist-800-53-r5': ['SC-12', 'SC-28(1)'], 'pci-dss-4.0': ['3.5.1', '3.6.1'] },
  doc: {
    en: {
      description:
        'For storage accounts tagged as holding sensitive or critical data (data-classification confidential, restricted or pii, or mamori:criticality high or critical), checks that encryption.keySource is Microsoft.Keyvault, i.e. data is encrypted with a customer-managed key in Key Vault or Managed HSM. Untagged accounts are not applicable: Microsoft-managed keys are adequate for most data, and which data needs key control is a classification decision.',
      urgency: 'Plan within weeks: data is encrypted either way; customer-managed keys add control (revocation, rotation, separation of duties) that regulated data usually requires.',
      risk: 'With Microsoft-managed keys you cannot revoke access to the data by disabling the key, prove key custody to an auditor, or separate key administrators from storage administrators; a policy or contract requiring customer-controlled keys is not met.',
      recommendation:
        'Create a key in Key Vault (soft delete and purge protection on), grant the account\'s managed identity "Key Vault Crypto Service Encryption User", and switch the account\'s encryption to the customer-managed key with automatic key version updates. Tag accounts with data-classification so this rule knows which ones to hold to it.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Security + networking", select "Encryption".',
        'Choose "Customer-managed keys", select the key vault and key (or enter a key URI), choose the identity, and select "Save".',
      ],
    },
    ja: {
      description:
        '機密または重要なデータを持つとタグ付けされたストレージ アカウント（data-classification が confidential、restricted、pii、または mamori:criticality が high、critical）について、encryption.keySource が Microsoft.Keyvault、つまりデータが Key Vault または Managed HSM の顧客管理キーで暗号化されていることを確認します。ほとんどのデータには Microsoft 管理キーで十分で、どのデータにキーの管理が必要かは分類の判断であるため、タグのないアカウントは対象外です。',
      urgency: '数週間以内に計画してください。データはどちらでも暗号化されていますが、顧客管理キーは規制対象のデータで通常求められる管理（失効、ローテーション、職務の分離）を加えます。',
      risk: 'Microsoft 管理キーでは、キーを無効にしてデータへのアクセスを取り消すことも、監査人にキーの管理を証明することも、キーの管理者とストレージの管理者を分けることもできず、顧客管理キーを求めるポリシーや契約を満たせません。',
      recommendation:
        'Key Vault にキーを作成し（論理的な削除と消去保護を有効にします）、アカウントのマネージド ID に「Key Vault Crypto Service Encryption User」を付与して、キー バージョンの自動更新を有効にした顧客管理キーにアカウントの暗号化を切り替えてください。このルールが対象を判断できるよう、アカウントに data-classification のタグを付けます。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「セキュリティとネットワーク」の「暗号化」を選択します。',
        '「カスタマー マネージド キー」を選び、キー コンテナーとキー（またはキー URI）、ID を選択して「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP \\\n  --encryption-key-source Microsoft.Keyvault --encryption-key-vault https://KEYVAULT.vault.azure.net \\\n  --encryption-key-name KEY_NAME --encryption-key-version ""  # empty version: rotate automatically',
    terraform: 'resource "azurerm_storage_account_customer_managed_key" "example" {\n  storage_account_id = azurerm_storage_account.example.id\n  key_vault_id       = azurerm_key_vault.example.id\n  key_name           = azurerm_key_vault_key.storage.name\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GZRS' }\n  kind: 'StorageV2'\n  identity: { type: 'SystemAssigned' }\n  properties: {\n    encryption: {\n      keySource: 'Microsoft.Keyvault'\n      keyvaultproperties: {\n        keyvaulturi: keyVault.properties.vaultUri\n        keyname: 'storage-cmk'\n      }\n      services: { blob: { enabled: true }, file: { enabled: true } }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview',
    'https://learn.microsoft.com/azure/storage/common/customer-managed-keys-configure-existing-account',
  ],
  evaluate(account) {
    const basis = sensitiveTag(account.tags);
    if (!basis) {
      return notApplicable({
        en: `Storage account ${account.name} is not tagged as holding sensitive or critical data (data-classification or mamori:criticality).`,
        ja: `ストレージ アカウント ${account.name} は機密または重要なデータを持つとタグ付けされていません（data-classification または mamori:criticality）。`,
      });
    }
    const source = account.config.encryption?.keySource ?? 'Microsoft.Storage';
    if (source.toLowerCase() === 'microsoft.keyvault') {
      const kv = account.config.encryption?.keyVaultProperties;
      return pass({ en: `Storage account ${account.name} (${basis}) is encrypted with customer-managed key ${kv?.keyName ?? ''}.`, ja: `ストレージ アカウント ${account.name}（${basis}）は顧客管理キー ${kv?.keyName ?? ''} で暗号化されています。` }, { keySource: source, keyVaultUri: kv?.keyVaultUri, keyName: kv?.keyName, basis });
    }
    return fail(
      { en: `Storage account ${account.name} is tagged ${basis} but encrypted with Microsoft-managed keys.`, ja: `ストレージ アカウント ${account.name} は ${basis} とタグ付けされていますが、Microsoft 管理キーで暗号化されています。` },
      { keySource: source, basis },
    );
  },
});
