import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';

/** The default and the maximum Key Vault allows. */
const MIN_DAYS = 90;

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-soft-delete-retention',
  services: ['keyvault'],
  title: { en: 'Key vaults keep deleted objects for 90 days (soft delete)', ja: 'キー コンテナーが削除されたオブジェクトを 90 日間保持する（論理的な削除）' },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'properties'],
  frameworks: { 'mcsb-1.0': ['DP-8', 'BR-2'], 'nist-800-53-r5': ['CP-9'], 'pci-dss-4.0': ['3.6.1'] },
  doc: {
    en: {
      description: `Checks that soft delete is on for each key vault and that its retention (softDeleteRetentionInDays) is ${MIN_DAYS} days, the default and maximum. ARM leaves the retention out when it holds the default (90 days). Retention is set when the vault is created and cannot be changed afterwards.`,
      urgency: 'Low urgency: it only matters after a deletion, and fixing it means recreating the vault; make sure new vaults keep the default and plan migration for critical vaults with short retention.',
      risk: 'With a short retention (7 days is allowed), a deleted vault, key or secret becomes unrecoverable one week later: a deletion during a holiday, by a script, or by an attacker covering their tracks may be noticed only after recovery is no longer possible, and data encrypted with a deleted key is lost.',
      recommendation: `Create vaults with soft delete retention of ${MIN_DAYS} days (the default) and purge protection. For an existing critical vault with shorter retention, create a new vault with the right settings, move keys and secrets (backup and restore within the same geography) and switch clients over.`,
      console: ['In the Azure portal, open the key vault and select Settings > Properties.', `Check "Days to retain deleted vaults"; if it is less than ${MIN_DAYS}, create a replacement vault with ${MIN_DAYS} days (it cannot be changed in place) and migrate its objects.`],
    },
    ja: {
      description: `各キー コンテナーで論理的な削除がオンで、保持期間 (softDeleteRetentionInDays) が既定かつ最大の ${MIN_DAYS} 日であることを確認します。既定値（90 日）のとき ARM は保持期間を返しません。保持期間はコンテナー作成時に設定され、後から変更できません。`,
      urgency: '緊急度は低めです。影響は削除が起きた後に限られ、修正にはコンテナーの再作成が必要です。新しいコンテナーは既定値のままにし、保持期間の短い重要なコンテナーは移行を計画してください。',
      risk: '保持期間が短いと（7 日も設定可能）、削除されたコンテナー、キー、シークレットは 1 週間後に復元できなくなります。休暇中の削除、スクリプトによる削除、痕跡を消すための攻撃者による削除が、復元できなくなってから気付かれる可能性があり、削除されたキーで暗号化されたデータは失われます。',
      recommendation: `コンテナーは論理的な削除の保持期間 ${MIN_DAYS} 日（既定値）と消去保護を有効にして作成してください。保持期間の短い既存の重要なコンテナーは、正しい設定で新しいコンテナーを作成し、キーとシークレットを移行（同じ地域内でのバックアップと復元）してからクライアントを切り替えてください。`,
      console: ['Azure portal でキー コンテナーを開き、「設定」>「プロパティ」を選択します。', `「削除されたコンテナーを保持する日数」を確認し、${MIN_DAYS} 日未満の場合は ${MIN_DAYS} 日の代替コンテナーを作成して（その場では変更できません）オブジェクトを移行します。`],
    },
  },
  remediation: {
    cli: `az keyvault create --resource-group <resource-group> --name <new-vault-name> --location japaneast --retention-days ${MIN_DAYS} --enable-purge-protection true --enable-rbac-authorization true`,
    terraform: `resource "azurerm_key_vault" "main" {\n  # ...\n  soft_delete_retention_days = ${MIN_DAYS}\n  purge_protection_enabled   = true\n}`,
    bicep: `resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  name: vaultName\n  location: location\n  properties: {\n    // ...\n    enableSoftDelete: true\n    softDeleteRetentionInDays: ${MIN_DAYS}\n    enablePurgeProtection: true\n  }\n}`,
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview', 'https://learn.microsoft.com/en-us/azure/key-vault/general/key-vault-recovery'],
  evaluate(v) {
    const { enableSoftDelete, softDeleteRetentionInDays } = v.config.properties;
    const days = softDeleteRetentionInDays ?? 90;
    const evidence = { enableSoftDelete: enableSoftDelete ?? true, softDeleteRetentionInDays: days };
    if (enableSoftDelete === false) {
      return fail({ en: `Key vault ${v.name} has soft delete turned off: deleted keys and secrets are gone at once.`, ja: `キー コンテナー ${v.name} は論理的な削除がオフで、削除したキーやシークレットは即座に失われます。` }, evidence);
    }
    if (days < MIN_DAYS) {
      return fail({ en: `Key vault ${v.name} keeps deleted objects for only ${days} days.`, ja: `キー コンテナー ${v.name} は削除されたオブジェクトを ${days} 日間しか保持しません。` }, evidence);
    }
    return pass({ en: `Key vault ${v.name} keeps deleted objects for ${days} days.`, ja: `キー コンテナー ${v.name} は削除されたオブジェクトを ${days} 日間保持します。` }, evidence);
  },
});
