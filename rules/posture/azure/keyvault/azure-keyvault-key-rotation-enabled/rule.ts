import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';
import { enabledItems, names } from '../vault.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-key-rotation-enabled',
  services: ['keyvault'],
  title: { en: 'Key Vault keys have automatic rotation enabled', ja: 'Key Vault のキーで自動ローテーションが有効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'keys'],
  frameworks: { 'cis-azure-6.0': ['8.3.9'], 'mcsb-1.0': ['DP-6'], 'nist-800-53-r5': ['SC-12'], 'pci-dss-4.0': ['3.7.4'] },
  doc: {
    en: {
      description:
        'Checks that every enabled key in each key vault has a rotation policy with a Rotate lifetime action, so Key Vault creates a new key version on schedule (for example every year) and services that follow the latest version (storage, disks, SQL with customer-managed keys) pick it up without downtime.',
      urgency: 'Fix within the month: without automatic rotation, keys are rotated only when someone remembers, which in practice means never.',
      risk: 'A key that is never rotated protects an ever-growing amount of data with the same material: if it is exposed (exported, logged, or used by a compromised identity), everything ever encrypted with it is at risk, and cryptoperiod requirements (NIST SP 800-57, PCI DSS 3.7.4) are not met.',
      recommendation: 'Give each key a rotation policy: rotate a set time after creation (for example P1Y, or P2Y at most), set an expiry longer than the rotation interval, and optionally a Notify action before expiry. Use versionless key URIs in the services that consume the key so they follow new versions automatically.',
      console: ['In the Azure portal, open the key vault and select Objects > Keys, then a key.', 'Click "Rotation policy".', 'Set "Enable auto rotation" to Enabled, choose the rotation time after creation and the expiry time, and click "Save".', 'Repeat for every key.'],
    },
    ja: {
      description:
        '各キー コンテナーの有効なすべてのキーに、Rotate のライフタイム アクションを持つローテーション ポリシーがあり、Key Vault が予定どおり（例: 毎年）新しいキー バージョンを作成して、最新バージョンに追従するサービス（カスタマー マネージド キーを使うストレージ、ディスク、SQL など）が停止なしに切り替えられることを確認します。',
      urgency: '1 か月以内に対応してください。自動ローテーションがなければ、キーは誰かが思い出したときにしかローテーションされず、実際にはまず行われません。',
      risk: 'ローテーションされないキーは、増え続けるデータを同じ鍵素材で保護し続けます。キーが露出すれば（エクスポート、ログへの記録、侵害された ID による使用）、それで暗号化されたすべてのデータが危険にさらされ、暗号期間の要件（NIST SP 800-57、PCI DSS 3.7.4）も満たせません。',
      recommendation: '各キーにローテーション ポリシーを設定してください。作成後の一定期間（例: P1Y、長くても P2Y）でローテーションし、有効期限はローテーション間隔より長くして、必要に応じて期限前の Notify アクションも設定します。キーを使うサービスではバージョンなしのキー URI を使い、新しいバージョンに自動で追従させてください。',
      console: ['Azure portal でキー コンテナーを開き、「オブジェクト」>「キー」からキーを選択します。', '「ローテーション ポリシー」をクリックします。', '「自動ローテーションを有効にする」を「有効」にし、作成後のローテーション時間と有効期限を選択して「保存」をクリックします。', 'すべてのキーで繰り返します。'],
    },
  },
  remediation: {
    cli: 'cat > policy.json <<\'JSON\'\n{"lifetimeActions":[{"trigger":{"timeAfterCreate":"P1Y"},"action":{"type":"Rotate"}},{"trigger":{"timeBeforeExpiry":"P30D"},"action":{"type":"Notify"}}],"attributes":{"expiryTime":"P2Y"}}\nJSON\naz keyvault key rotation-policy update --vault-name <vault-name> --name <key-name> --value policy.json',
    terraform: 'resource "azurerm_key_vault_key" "cmk" {\n  name         = "cmk-storage"\n  key_vault_id = azurerm_key_vault.main.id\n  key_type     = "RSA-HSM"\n  key_size     = 3072\n  key_opts     = ["wrapKey", "unwrapKey"]\n\n  rotation_policy {\n    automatic {\n      time_after_creation = "P1Y"\n    }\n    expire_after         = "P2Y"\n    notify_before_expiry = "P30D"\n  }\n}',
    bicep: "resource key 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {\n  parent: vault\n  name: 'cmk-storage'\n  properties: {\n    kty: 'RSA-HSM'\n    keySize: 3072\n    rotationPolicy: {\n      attributes: { expiryTime: 'P2Y' }\n      lifetimeActions: [\n        { trigger: { timeAfterCreate: 'P1Y' }, action: { type: 'rotate' } }\n        { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }\n      ]\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation', 'https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview#update-the-key-version'],
  evaluate(v) {
    const keys = v.config.keys;
    if (!keys) return notAssessed({ en: `The keys of key vault ${v.name} were not collected.`, ja: `キー コンテナー ${v.name} のキーが収集されていません。` });
    const enabled = enabledItems(keys);
    if (enabled.length === 0) return notApplicable({ en: `Key vault ${v.name} has no enabled keys.`, ja: `キー コンテナー ${v.name} には有効なキーがありません。` }, { keys: keys.length });
    const notRotated = enabled.filter((k) => k.rotationEnabled === false);
    const unknown = enabled.filter((k) => k.rotationEnabled === undefined);
    if (notRotated.length) {
      return fail(
        { en: `${notRotated.length} of ${enabled.length} enabled keys in key vault ${v.name} have no automatic rotation: ${names(notRotated).join(', ')}.`, ja: `キー コンテナー ${v.name} の有効なキー ${enabled.length} 件のうち ${notRotated.length} 件に自動ローテーションがありません: ${names(notRotated).join('、')}。` },
        { withoutRotation: names(notRotated), withoutRotationCount: notRotated.length, enabled: enabled.length, rotationUnknown: unknown.length },
      );
    }
    if (unknown.length) {
      return notAssessed(
        { en: `The rotation policy of ${unknown.length} key(s) in key vault ${v.name} could not be read: ${names(unknown).join(', ')}.`, ja: `キー コンテナー ${v.name} のキー ${unknown.length} 件のローテーション ポリシーを読み取れませんでした: ${names(unknown).join('、')}。` },
        { rotationUnknown: names(unknown) },
      );
    }
    return pass({ en: `All ${enabled.length} enabled keys in key vault ${v.name} rotate automatically.`, ja: `キー コンテナー ${v.name} の有効なキー ${enabled.length} 件はすべて自動でローテーションされます。` }, { enabled: enabled.length });
  },
});
