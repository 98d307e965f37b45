import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-cmk',
  services: ['databricks'],
  title: {
    en: "Critical Databricks data is encrypted with customer-managed keys",
    ja: "Databricks の重要なデータが顧客管理キーで暗号化されている",
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['2.1.8'], 'mcsb-1.0': ['DP-5'], 'nist-800-53-r5': ['SC-12', 'SC-28(1)'] },
  doc: {
    en: {
      description: "For workspaces that process critical or regulated data, confirm that customer-managed keys from Key Vault or Managed HSM encrypt the managed services data (notebooks, secrets, queries), the managed disks of clusters and, where needed, the DBFS root storage. The workspace's encryption and parameters.encryption properties show what is configured; deciding which workspaces need it is a judgement, so this is a manual check.",
      urgency: "Low urgency: data is already encrypted with Microsoft-managed keys; customer-managed keys add revocation and key custody for regulated workloads.",
      risk: "Without customer-managed keys you cannot cut off access to workspace data by revoking a key, demonstrate key custody to auditors, or separate key administration from workspace administration, which some regulations and contracts require.",
      recommendation: "For critical workspaces (Premium tier), configure customer-managed keys for managed services and managed disks (with automatic key rotation), and for DBFS root if it stores data; keep the keys in a Key Vault with purge protection and restricted access.",
      console: [
        "In the Azure portal, open the Azure Databricks workspace and select \"Encryption\" under \"Settings\".",
        "Check whether customer-managed keys are configured for managed services, managed disks and DBFS root.",
        "For workspaces that need them, select the key vault and key for each, then select \"Save\"."
      ],
    },
    ja: {
      description: "重要なデータや規制対象のデータを処理するワークスペースについて、Key Vault または Managed HSM の顧客管理キーが、マネージド サービスのデータ（ノートブック、シークレット、クエリ）、クラスターのマネージド ディスク、必要に応じて DBFS ルートのストレージを暗号化していることを確認します。構成内容はワークスペースの encryption と parameters.encryption のプロパティで確認できますが、どのワークスペースに必要かは判断を要するため、手動での確認になります。",
      urgency: "緊急度は低めです。データはすでに Microsoft 管理キーで暗号化されており、顧客管理キーは規制対象のワークロードに失効とキーの管理を加えるものです。",
      risk: "顧客管理キーがないと、キーの失効でワークスペースのデータへのアクセスを断つことも、監査人にキーの管理を示すことも、キーの管理とワークスペースの管理を分けることもできず、一部の規制や契約の要件を満たせません。",
      recommendation: "重要なワークスペース（Premium レベル）では、マネージド サービスとマネージド ディスクに顧客管理キーを（キーの自動ローテーション付きで）構成し、DBFS ルートにデータを保存する場合はそちらにも構成してください。キーは消去保護を有効にし、アクセスを制限した Key Vault に保管します。",
      console: [
        "Azure portal で Azure Databricks ワークスペースを開き、「設定」の「暗号化」を選択します。",
        "マネージド サービス、マネージド ディスク、DBFS ルートに顧客管理キーが構成されているか確認します。",
        "必要なワークスペースでは、それぞれのキー コンテナーとキーを選択し、「保存」を選択します。"
      ],
    },
  },
  remediation: {
    cli: "az databricks workspace update --name WORKSPACE --resource-group RESOURCE_GROUP \\\n  --enable-managed-services-cmk true --managed-services-key-source Microsoft.Keyvault \\\n  --managed-services-key-vault https://KEYVAULT.vault.azure.net --managed-services-key-name KEY --managed-services-key-version KEY_VERSION",
    terraform: "resource \"azurerm_databricks_workspace\" \"example\" {\n  # ...\n  sku                                 = \"premium\"\n  managed_services_cmk_key_vault_key_id = azurerm_key_vault_key.dbw.id\n  managed_disk_cmk_key_vault_key_id     = azurerm_key_vault_key.dbw.id\n  managed_disk_cmk_rotation_to_latest_version_enabled = true\n}",
    bicep: "resource workspace 'Microsoft.Databricks/workspaces@2024-05-01' = {\n  name: workspaceName\n  location: location\n  sku: { name: 'premium' }\n  properties: {\n    managedResourceGroupId: managedResourceGroupId\n    encryption: {\n      entities: {\n        managedServices: {\n          keySource: 'Microsoft.Keyvault'\n          keyVaultProperties: { keyVaultUri: keyVaultUri, keyName: keyName, keyVersion: keyVersion }\n        }\n      }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys',
    'https://learn.microsoft.com/azure/databricks/security/keys/cmk-managed-services-azure/customer-managed-key-managed-services-azure',
  ],
});
