/**
 * "Every enabled key / secret has an expiration date", split like the CIS benchmark by permission
 * model (RBAC vaults and access-policy vaults are separate recommendations): one factory, four rules.
 */
import { defineRule, fail, notApplicable, notAssessed, pass, type AutomatedRule } from '../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../src/providers/azure/model/index.js';
import { enabledItems, names, usesRbac } from './vault.js';

type Kind = 'keys' | 'secrets';
type Model = 'rbac' | 'accessPolicy';

const KIND = {
  keys: { en: 'key', ja: 'キー', jaObjects: 'キー', portal: 'Keys', portalJa: 'キー', cli: 'az keyvault key set-attributes --vault-name <vault-name> --name <key-name> --expires 2027-03-31T00:00:00Z' },
  secrets: { en: 'secret', ja: 'シークレット', jaObjects: 'シークレット', portal: 'Secrets', portalJa: 'シークレット', cli: 'az keyvault secret set-attributes --vault-name <vault-name> --name <secret-name> --expires 2027-03-31T00:00:00Z' },
} as const;
const MODEL = {
  rbac: { en: 'Azure RBAC', ja: 'Azure RBAC', role: { keys: 'Key Vault Crypto Officer', secrets: 'Key Vault Secrets Officer' } },
  accessPolicy: { en: 'access policies (legacy)', ja: 'アクセス ポリシー（レガシ）', role: { keys: 'an access policy with the key Update permission', secrets: 'an access policy with the secret Set permission' } },
} as const;

export function expiryRule(spec: { id: string; kind: Kind; model: Model; cis: string }): AutomatedRule<KeyVaultConfig> {
  const { kind, model } = spec;
  const k = KIND[kind];
  const m = MODEL[model];
  const isKeys = kind === 'keys';
  return defineRule<KeyVaultConfig>({
    id: spec.id,
    services: ['keyvault'],
    title: {
      en: `Every enabled ${k.en} in Key Vaults using ${m.en} has an expiration date`,
      ja: `${m.ja}を使用する Key Vault で、有効なすべての${k.ja}に有効期限が設定されている`,
    },
    severity: 'MEDIUM',
    urgency: 'medium',
    resourceTypes: [AZURE_TYPES.keyVault],
    requires: ['id', 'properties', kind],
    frameworks: {
      'cis-azure-6.0': [spec.cis],
      'mcsb-1.0': ['DP-6'],
      'nist-800-53-r5': isKeys ? ['SC-12'] : ['SC-12', 'IA-5'],
      'pci-dss-4.0': isKeys ? ['3.7.4'] : ['8.6.3'],
    },
    doc: {
      en: {
        description: `Checks that every enabled ${k.en} stored in a key vault whose permission model is ${m.en} has an expiration date (the exp attribute). ${model === 'rbac' ? 'Vaults that use access policies' : 'Vaults that use Azure RBAC'} are covered by the companion rule and are not applicable here. Certificate-backed (managed) ${kind} inherit the certificate's expiry.`,
        urgency: `Fix within the month: a ${k.en} without expiry is never forced through rotation, so the oldest ${kind} are usually the ones that leaked long ago.`,
        risk: isKeys
          ? 'A key that never expires can be used for encryption and signing indefinitely: if it was exported, copied into a config file or exposed through an overly broad role, whoever holds it keeps decrypting data and signing tokens, and nothing ever prompts its replacement.'
          : 'A secret that never expires (a database password, a storage key, a client secret) stays valid in the vault and usually at the source system for years: when it leaks through a log, a repository or a departed engineer, it keeps working, and nothing ever prompts its rotation.',
        recommendation: `Set an expiration date on every enabled ${k.en} in line with your rotation period (for example 1 year for keys, 90 days to 1 year for secrets), rotate before expiry (key rotation policies, or secret rotation with Event Grid near-expiry events), and enforce it for new ${kind} with the Azure Policy "${isKeys ? 'Key Vault keys should have an expiration date' : 'Key Vault secrets should have an expiration date'}" in Deny mode.`,
        console: [
          `In the Azure portal, open the key vault and select Objects > ${k.portal}.`,
          `For each enabled ${k.en} whose Expiration date is empty, open its current version, set "Set expiration date" with a date, and click "Save".`,
          `Changing ${kind} needs ${m.role[kind]} on the vault.`,
        ],
      },
      ja: {
        description: `アクセス許可モデルが${m.ja}のキー コンテナーに保存された、有効なすべての${k.ja}に有効期限（exp 属性）が設定されていることを確認します。${model === 'rbac' ? 'アクセス ポリシーを使用するコンテナー' : 'Azure RBAC を使用するコンテナー'}は対になるルールで確認するため、このルールでは対象外です。証明書に紐づく（マネージドの）${k.ja}は証明書の有効期限を引き継ぎます。`,
        urgency: `1 か月以内に対応してください。有効期限のない${k.ja}はローテーションを強制されることがなく、最も古い${k.jaObjects}ほどずっと前に漏えいしている可能性が高くなります。`,
        risk: isKeys
          ? '有効期限のないキーは暗号化や署名に無期限に使えます。エクスポートされたり、構成ファイルにコピーされたり、広すぎるロールで公開されたりしていれば、保持者はデータの復号やトークンの署名を続けられ、置き換えを促すものは何もありません。'
          : '有効期限のないシークレット（データベースのパスワード、ストレージのキー、クライアント シークレットなど）は、コンテナー内でも多くの場合は接続先のシステムでも何年も有効なままです。ログやリポジトリ、退職者を通じて漏えいしても使え続け、ローテーションを促すものは何もありません。',
        recommendation: `有効なすべての${k.ja}に、ローテーション周期に合わせた有効期限（例: キーは 1 年、シークレットは 90 日から 1 年）を設定し、期限前にローテーションしてください（キーはローテーション ポリシー、シークレットは Event Grid の期限間近イベントを使ったローテーション）。新しい${k.ja}には Azure Policy「${isKeys ? 'Key Vault キーには有効期限が必要である' : 'Key Vault シークレットには有効期限が必要である'}」を拒否 (Deny) モードで適用してください。`,
        console: [
          `Azure portal でキー コンテナーを開き、「オブジェクト」>「${k.portalJa}」を選択します。`,
          `有効期限が空の有効な${k.ja}ごとに現在のバージョンを開き、「有効期限を設定する」で日付を設定して「保存」をクリックします。`,
          `${k.jaObjects}の変更には、コンテナーに対する${model === 'rbac' ? `「${m.role[kind]}」ロール` : `${isKeys ? 'キーの更新' : 'シークレットの設定'}アクセス許可を含むアクセス ポリシー`}が必要です。`,
        ],
      },
    },
    remediation: {
      cli: k.cli,
      terraform: isKeys
        ? 'resource "azurerm_key_vault_key" "data" {\n  name            = "data-key"\n  key_vault_id    = azurerm_key_vault.main.id\n  key_type        = "RSA-HSM"\n  key_size        = 3072\n  key_opts        = ["wrapKey", "unwrapKey"]\n  expiration_date = "2027-03-31T00:00:00Z"\n}'
        : 'resource "azurerm_key_vault_secret" "db_password" {\n  name            = "db-password"\n  value           = var.db_password\n  key_vault_id    = azurerm_key_vault.main.id\n  expiration_date = "2027-03-31T00:00:00Z"\n}',
      bicep: isKeys
        ? "resource key 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {\n  parent: vault\n  name: 'data-key'\n  properties: {\n    kty: 'RSA-HSM'\n    keySize: 3072\n    attributes: {\n      enabled: true\n      exp: 1806451200 // 2027-03-31T00:00:00Z, seconds since the epoch\n    }\n  }\n}"
        : "resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  parent: vault\n  name: 'db-password'\n  properties: {\n    value: dbPassword\n    attributes: {\n      enabled: true\n      exp: 1806451200 // 2027-03-31T00:00:00Z, seconds since the epoch\n    }\n  }\n}",
    },
    references: [
      'https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates',
      isKeys ? 'https://learn.microsoft.com/en-us/azure/key-vault/keys/about-keys' : 'https://learn.microsoft.com/en-us/azure/key-vault/secrets/about-secrets',
      'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration',
    ],
    evaluate(v) {
      const rbac = usesRbac(v.config);
      if (rbac !== (model === 'rbac')) {
        return notApplicable(
          { en: `Key vault ${v.name} uses ${rbac ? 'Azure RBAC' : 'access policies'}; this rule covers vaults using ${m.en}.`, ja: `キー コンテナー ${v.name} は${rbac ? ' Azure RBAC ' : 'アクセス ポリシー'}を使用しています。このルールの対象は${m.ja}を使用するコンテナーです。` },
          { enableRbacAuthorization: rbac },
        );
      }
      const items = v.config[kind];
      if (!items) {
        return notAssessed({ en: `The ${kind} of key vault ${v.name} were not collected.`, ja: `キー コンテナー ${v.name} の${k.jaObjects}が収集されていません。` });
      }
      const enabled = enabledItems(items);
      if (enabled.length === 0) {
        return notApplicable({ en: `Key vault ${v.name} has no enabled ${kind}.`, ja: `キー コンテナー ${v.name} には有効な${k.jaObjects}がありません。` }, { [kind]: items.length });
      }
      const noExpiry = enabled.filter((i) => !i.expires);
      if (noExpiry.length) {
        return fail(
          { en: `${noExpiry.length} of ${enabled.length} enabled ${kind} in key vault ${v.name} never expire: ${names(noExpiry).join(', ')}.`, ja: `キー コンテナー ${v.name} の有効な${k.jaObjects} ${enabled.length} 件のうち ${noExpiry.length} 件に有効期限がありません: ${names(noExpiry).join('、')}。` },
          { withoutExpiry: names(noExpiry), withoutExpiryCount: noExpiry.length, enabled: enabled.length },
        );
      }
      return pass(
        { en: `All ${enabled.length} enabled ${kind} in key vault ${v.name} have an expiration date.`, ja: `キー コンテナー ${v.name} の有効な${k.jaObjects} ${enabled.length} 件すべてに有効期限が設定されています。` },
        { enabled: enabled.length },
      );
    },
  });
}
