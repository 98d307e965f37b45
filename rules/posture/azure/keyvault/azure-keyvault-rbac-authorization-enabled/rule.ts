import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';
import { usesRbac } from '../vault.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-rbac-authorization-enabled',
  services: ['keyvault'],
  title: { en: 'Key vaults use the Azure RBAC permission model', ja: 'キー コンテナーが Azure RBAC のアクセス許可モデルを使用している' },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'cis-azure-6.0': ['8.3.6'], 'mcsb-1.0': ['PA-7'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1', '7.2.2'] },
  doc: {
    en: {
      description:
        'Checks that each key vault uses Azure role-based access control for its data plane (enableRbacAuthorization true) instead of vault access policies. ARM leaves the property out on vaults that use access policies.',
      urgency: 'Plan the migration: switching models removes every access policy at once, so map the existing permissions to roles first; the exposure it closes (unmanaged, unreviewed data-plane grants) grows over time rather than being an open door today.',
      risk: 'Access policies sit outside Azure RBAC: they are not visible in role assignment reviews, cannot be made just-in-time with Privileged Identity Management, cannot be scoped to a single secret, and anyone with Contributor on the vault can grant themselves full access to every secret by editing a policy.',
      recommendation: 'Migrate each vault to the Azure RBAC model: assign Key Vault Secrets User / Crypto User / Certificates Officer and similar roles (per vault or per object) that match the current access policies, then switch the permission model, and manage administrator roles through PIM. Create new vaults with RBAC.',
      console: ['In the Azure portal, open the key vault and select Settings > Access configuration.', 'Under "Permission model", select "Azure role-based access control" (after assigning the equivalent roles under Access control (IAM)).', 'Click "Apply".'],
    },
    ja: {
      description:
        '各キー コンテナーのデータ プレーンが、コンテナーのアクセス ポリシーではなく Azure ロールベースのアクセス制御を使用している (enableRbacAuthorization が true) ことを確認します。アクセス ポリシーを使用するコンテナーでは、ARM はこのプロパティを返しません。',
      urgency: '移行を計画してください。モデルを切り替えるとすべてのアクセス ポリシーが一度に無効になるため、先に既存の権限をロールに対応付ける必要があります。これで塞がれる露出（管理もレビューもされないデータ プレーンの権限）は、今すぐ開いている扉というより時間とともに大きくなるものです。',
      risk: 'アクセス ポリシーは Azure RBAC の外にあります。ロール割り当てのレビューに現れず、Privileged Identity Management による Just-In-Time 化も、特定のシークレット単位のスコープ指定もできません。また、コンテナーの共同作成者であれば誰でも、ポリシーを編集して自分にすべてのシークレットへのフル アクセスを付与できます。',
      recommendation: '各コンテナーを Azure RBAC モデルへ移行してください。現在のアクセス ポリシーに相当する「キー コンテナー シークレット ユーザー」「キー コンテナー暗号化ユーザー」「キー コンテナー証明書責任者」などのロールを（コンテナー単位またはオブジェクト単位で）割り当ててからアクセス許可モデルを切り替え、管理者ロールは PIM で管理します。新しいコンテナーは RBAC で作成してください。',
      console: ['Azure portal でキー コンテナーを開き、「設定」>「アクセス構成」を選択します。', '（「アクセス制御 (IAM)」で同等のロールを割り当てた後に）「アクセス許可モデル」で「Azure ロールベースのアクセス制御」を選択します。', '「適用」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az keyvault update --resource-group <resource-group> --name <vault-name> --enable-rbac-authorization true',
    terraform: 'resource "azurerm_key_vault" "main" {\n  # ...\n  enable_rbac_authorization = true # rbac_authorization_enabled in azurerm 4.x\n}\n\nresource "azurerm_role_assignment" "app_secrets" {\n  scope                = azurerm_key_vault.main.id\n  role_definition_name = "Key Vault Secrets User"\n  principal_id         = azurerm_user_assigned_identity.app.principal_id\n}',
    bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: vaultName\n  location: location\n  properties: {\n    // ...\n    enableRbacAuthorization: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide', 'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration'],
  evaluate(v) {
    const policies = v.config.properties.accessPolicies?.length ?? 0;
    return usesRbac(v.config)
      ? pass({ en: `Key vault ${v.name} uses Azure RBAC for data-plane access.`, ja: `キー コンテナー ${v.name} はデータ プレーンのアクセスに Azure RBAC を使用しています。` }, { enableRbacAuthorization: true })
      : fail(
          { en: `Key vault ${v.name} uses vault access policies (${policies} entries) instead of Azure RBAC.`, ja: `キー コンテナー ${v.name} は Azure RBAC ではなくコンテナーのアクセス ポリシー（${policies} 件）を使用しています。` },
          { enableRbacAuthorization: v.config.properties.enableRbacAuthorization ?? false, accessPolicies: policies },
        );
  },
});
