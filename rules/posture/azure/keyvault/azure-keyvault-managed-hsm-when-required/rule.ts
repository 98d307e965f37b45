import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-keyvault-managed-hsm-when-required',
  services: ['keyvault'],
  title: { en: 'Azure Key Vault Managed HSM is used where keys require FIPS 140 Level 3 single-tenant HSMs', ja: 'FIPS 140 レベル 3 のシングルテナント HSM が必要なキーに Azure Key Vault Managed HSM を使用している' },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['8.3.10'], 'mcsb-1.0': ['DP-6'], 'nist-800-53-r5': ['SC-12', 'SC-13'], 'pci-dss-4.0': ['3.6.1'] },
  doc: {
    en: {
      description:
        'Confirm that keys which regulation, contracts or your own key management policy require to live in a dedicated, single-tenant, FIPS 140-3 Level 3 validated HSM (for example payment keys, keys for sovereign or highly regulated data) are kept in Azure Key Vault Managed HSM rather than in standard or premium key vaults. Which keys need this is a policy decision, so this is checked by hand.',
      urgency: 'Low urgency unless an audit requires it: it changes where keys live, not whether they are exposed today.',
      risk: 'Keys that must be held in a dedicated HSM but sit in a multi-tenant vault put certifications and contracts at risk (findings in PCI DSS, FISC or sovereign-cloud audits), and the organisation does not control the security domain that protects them.',
      recommendation: 'Classify keys by the protection they require; for those needing a dedicated HSM, create a Managed HSM (with at least three security-domain key holders), activate it by downloading the security domain, migrate or create the keys there with local RBAC, and keep the security domain files offline.',
      console: ['In the Azure portal, search for "Azure Key Vault Managed HSMs" and check which HSM pools exist and which keys they hold.', 'Compare them with the list of keys your policy requires to be in a dedicated HSM.', 'If one is needed, click "+ Create", then activate it by downloading the security domain (CLI: az keyvault security-domain download).'],
    },
    ja: {
      description:
        '規制、契約、または自社の鍵管理方針により、専用のシングルテナントで FIPS 140-3 レベル 3 認定の HSM に保持すべきキー（決済用のキー、ソブリンまたは高度に規制されたデータのキーなど）が、Standard や Premium のキー コンテナーではなく Azure Key Vault Managed HSM に保管されていることを確認します。どのキーが該当するかは方針の判断によるため、手動で確認します。',
      urgency: '監査で求められていない限り緊急度は低めです。キーの保管場所を変えるもので、今の露出の有無を変えるものではありません。',
      risk: '専用 HSM に保持すべきキーがマルチテナントのコンテナーにあると、認証や契約が危うくなり（PCI DSS、FISC、ソブリン クラウドの監査での指摘）、キーを保護するセキュリティ ドメインを組織が管理できません。',
      recommendation: 'キーを必要な保護の水準で分類し、専用 HSM が必要なものについては Managed HSM を作成して（セキュリティ ドメインのキー保持者を 3 名以上）、セキュリティ ドメインをダウンロードしてアクティブ化し、ローカル RBAC でキーを移行または作成してください。セキュリティ ドメインのファイルはオフラインで保管してください。',
      console: ['Azure portal で「Azure Key Vault Managed HSM」を検索し、存在する HSM プールと保持しているキーを確認します。', '自社の方針で専用 HSM に保持すべきとされるキーの一覧と照合します。', '必要な場合は「+ 作成」をクリックし、セキュリティ ドメインをダウンロードしてアクティブ化します（CLI: az keyvault security-domain download）。'],
    },
  },
  remediation: {
    cli: 'az keyvault create --hsm-name <hsm-name> --resource-group <resource-group> --location japaneast --administrators $(az ad signed-in-user show --query id -o tsv) --retention-days 90\naz keyvault security-domain download --hsm-name <hsm-name> --sd-wrapping-keys cert1.cer cert2.cer cert3.cer --sd-quorum 2 --security-domain-file <hsm-name>-SD.json',
    terraform: 'resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {\n  name                       = "hsm-payments"\n  resource_group_name        = azurerm_resource_group.keys.name\n  location                   = azurerm_resource_group.keys.location\n  sku_name                   = "Standard_B1"\n  tenant_id                  = data.azurerm_client_config.current.tenant_id\n  admin_object_ids           = [data.azurerm_client_config.current.object_id]\n  purge_protection_enabled   = true\n  soft_delete_retention_days = 90\n}',
    bicep: "resource hsm 'Microsoft.KeyVault/managedHSMs@2023-07-01' = {\n  name: 'hsm-payments'\n  location: location\n  sku: { family: 'B', name: 'Standard_B1' }\n  properties: {\n    tenantId: tenant().tenantId\n    initialAdminObjectIds: [ adminObjectId ]\n    enablePurgeProtection: true\n    softDeleteRetentionInDays: 90\n    publicNetworkAccess: 'Disabled'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/managed-hsm/overview', 'https://learn.microsoft.com/en-us/azure/security/fundamentals/key-management-choose'],
});
