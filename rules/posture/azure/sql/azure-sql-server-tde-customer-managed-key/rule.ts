import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-tde-customer-managed-key',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers protect TDE with a customer-managed key',
    ja: 'Azure SQL サーバーの TDE 保護機能にカスタマー マネージド キーが使われている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'encryptionProtector'],
  frameworks: { 'mcsb-1.0': ['DP-5'], 'nist-800-53-r5': ['SC-12', 'SC-28'], 'pci-dss-4.0': ['3.6.1'] },
  doc: {
    en: {
      description: 'Checks that the transparent data encryption (TDE) protector of the Azure SQL logical server is a key in Azure Key Vault or Managed HSM (serverKeyType AzureKeyVault) rather than the service-managed key. This is a level-2 control for data whose owner requires control of the key.',
      urgency: 'Low: data is encrypted at rest either way; the customer-managed key adds control (revocation, rotation, separation of duties), which matters where regulation or contracts require it.',
      risk: 'With a service-managed key you cannot revoke access to the data by disabling a key, prove key custody to an auditor, or separate the duties of key administrators from database administrators.',
      recommendation: 'Where the data classification requires it, create a key in Key Vault (with purge protection), grant the server identity get, wrapKey and unwrapKey, and set it as the TDE protector with automatic rotation.',
      console: ['In the Azure portal, open "SQL servers" and select the server.', 'Under "Security", select "Transparent data encryption".', 'Select "Customer-managed key", choose the key vault and key, and tick "Auto-rotate key".', 'Click "Save".'],
    },
    ja: {
      description: 'Azure SQL 論理サーバーの Transparent Data Encryption (TDE) 保護機能が、サービス マネージド キーではなく Azure Key Vault または Managed HSM のキー (serverKeyType が AzureKeyVault) であることを確認します。キーの管理権を求められるデータ向けのレベル 2 の管理策です。',
      urgency: '低: どちらの場合も保存データは暗号化されています。カスタマー マネージド キーは失効、ローテーション、職務分離といった管理性を加えるもので、規制や契約で求められる場合に重要です。',
      risk: 'サービス マネージド キーでは、キーを無効化してデータへのアクセスを止めることも、監査人にキーの管理を証明することも、キー管理者とデータベース管理者の職務を分離することもできません。',
      recommendation: 'データ分類上必要な場合は、Key Vault (消去保護を有効化) にキーを作成し、サーバーの ID に get、wrapKey、unwrapKey を付与して、自動ローテーション付きで TDE 保護機能に設定してください。',
      console: ['Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。', '「セキュリティ」の「Transparent Data Encryption」を選択します。', '「カスタマー マネージド キー」を選択し、キー コンテナーとキーを選んで「キーの自動ローテーション」をオンにします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql server key create --resource-group RG --server SERVER --kid KEY_URI\naz sql server tde-key set --resource-group RG --server SERVER --server-key-type AzureKeyVault --kid KEY_URI --auto-rotation-enabled true',
    terraform: 'resource "azurerm_mssql_server_transparent_data_encryption" "this" {\n  server_id             = azurerm_mssql_server.this.id\n  key_vault_key_id      = azurerm_key_vault_key.tde.id\n  auto_rotation_enabled = true\n}',
    bicep:
      "resource protector 'Microsoft.Sql/servers/encryptionProtector@2021-11-01' = {\n  parent: sqlServer\n  name: 'current'\n  properties: {\n    serverKeyType: 'AzureKeyVault'\n    serverKeyName: serverKeyName // <vault>_<key>_<version>, created as Microsoft.Sql/servers/keys\n    autoRotationEnabled: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-byok-overview'],
  evaluate(server) {
    const protector = server.config.encryptionProtector ?? {};
    if (protector.serverKeyType === 'AzureKeyVault') {
      return pass({ en: `SQL server ${server.name} protects TDE with a customer-managed key.`, ja: `SQL サーバー ${server.name} は TDE をカスタマー マネージド キーで保護しています。` }, { serverKeyType: protector.serverKeyType, autoRotationEnabled: protector.autoRotationEnabled ?? false });
    }
    return fail({ en: `SQL server ${server.name} protects TDE with the service-managed key.`, ja: `SQL サーバー ${server.name} は TDE をサービス マネージド キーで保護しています。` }, { serverKeyType: protector.serverKeyType ?? null });
  },
});
