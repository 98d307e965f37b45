import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-purge-protection-enabled',
  services: ['keyvault'],
  title: { en: 'Key vaults have purge protection enabled', ja: 'キー コンテナーで消去保護が有効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'cis-azure-6.0': ['8.3.5'], 'mcsb-1.0': ['DP-8', 'BR-2'], 'nist-800-53-r5': ['CP-9', 'SC-12'], 'pci-dss-4.0': ['3.6.1'] },
  doc: {
    en: {
      description:
        'Checks that purge protection (enablePurgeProtection) is on for each key vault, so a deleted vault, key, secret or certificate cannot be purged before its soft-delete retention period ends, not even by an administrator. ARM leaves the property out when it was never turned on.',
      urgency: 'Fix within the month: it cannot be undone once set, so plan it, but until then one privileged mistake or one malicious administrator can destroy keys that encrypt your data for good.',
      risk: 'Without purge protection, someone with enough rights (an attacker with a stolen admin token, a ransomware operator, or a script bug) can delete and immediately purge the vault or a customer-managed key; every storage account, disk or database encrypted with it becomes unreadable permanently and the secrets that services need are gone.',
      recommendation: 'Enable purge protection on every vault that holds keys for encryption at rest or secrets that production depends on (it is required for customer-managed keys in most services). Note that it cannot be disabled afterwards and that purge-protected vault names stay reserved during retention.',
      console: ['In the Azure portal, open the key vault and select Settings > Properties.', 'Under "Purge protection", select "Enable purge protection (enforce a mandatory retention period for deleted vaults and vault objects)".', 'Click "Save".'],
    },
    ja: {
      description:
        '各キー コンテナーで消去保護 (enablePurgeProtection) がオンで、削除されたコンテナー、キー、シークレット、証明書を、論理的な削除の保持期間が終わるまで管理者であっても完全に消去できないことを確認します。一度もオンにしていない場合、ARM はこのプロパティを返しません。',
      urgency: '1 か月以内に対応してください。一度設定すると元に戻せないため計画が必要ですが、それまでは特権を持つ 1 回の誤操作や悪意ある管理者 1 人で、データを暗号化しているキーが永久に失われ得ます。',
      risk: '消去保護がないと、十分な権限を持つ者（盗んだ管理者トークンを持つ攻撃者、ランサムウェアの運用者、スクリプトの不具合）がコンテナーやカスタマー マネージド キーを削除して即座に消去できます。そのキーで暗号化されたストレージ アカウント、ディスク、データベースは永久に読めなくなり、サービスが必要とするシークレットも失われます。',
      recommendation: '保存時の暗号化に使うキーや本番が依存するシークレットを保持するすべてのコンテナーで消去保護を有効にしてください（多くのサービスでカスタマー マネージド キーの要件です）。後から無効にできないこと、保持期間中は消去保護されたコンテナー名が予約されたままになることに注意してください。',
      console: ['Azure portal でキー コンテナーを開き、「設定」>「プロパティ」を選択します。', '「消去保護」で「消去保護を有効にする (削除されたコンテナーとコンテナー オブジェクトに必須の保持期間を適用する)」を選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az keyvault update --resource-group <resource-group> --name <vault-name> --enable-purge-protection true',
    terraform: 'resource "azurerm_key_vault" "main" {\n  # ...\n  purge_protection_enabled   = true\n  soft_delete_retention_days = 90\n}',
    bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: vaultName\n  location: location\n  properties: {\n    // ...\n    enableSoftDelete: true\n    softDeleteRetentionInDays: 90\n    enablePurgeProtection: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview', 'https://learn.microsoft.com/en-us/azure/key-vault/general/key-vault-recovery'],
  evaluate(v) {
    const on = v.config.properties.enablePurgeProtection === true;
    const evidence = { enablePurgeProtection: v.config.properties.enablePurgeProtection ?? null, softDeleteRetentionInDays: v.config.properties.softDeleteRetentionInDays ?? 90 };
    return on
      ? pass({ en: `Key vault ${v.name} has purge protection enabled.`, ja: `キー コンテナー ${v.name} は消去保護が有効です。` }, evidence)
      : fail({ en: `Key vault ${v.name} does not have purge protection: it and its keys can be purged right after deletion.`, ja: `キー コンテナー ${v.name} には消去保護がなく、削除直後にコンテナーとキーを完全に消去できます。` }, evidence);
  },
});
