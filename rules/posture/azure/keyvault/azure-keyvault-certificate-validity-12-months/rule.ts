import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';
import { enabledItems, names } from '../vault.js';

const MAX_MONTHS = 12;

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-certificate-validity-12-months',
  services: ['keyvault'],
  title: { en: 'Key Vault certificates are issued for 12 months or less', ja: 'Key Vault の証明書の有効期間が 12 か月以下になっている' },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'certificates'],
  frameworks: { 'cis-azure-6.0': ['8.3.11'], 'mcsb-1.0': ['DP-7'], 'nist-800-53-r5': ['SC-12'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that the issuance policy of every enabled certificate in each key vault sets a validity period (validityInMonths) of 12 months or less. Certificates are read from the Key Vault data plane (certificate policies); vaults whose certificates could not be read are not assessed.',
      urgency: 'Low urgency: shortening validity takes effect at the next renewal; set the policy now so renewals happen on a routine schedule.',
      risk: 'A long-lived certificate whose private key leaks (from a build server, a backup or an exported PFX) lets an attacker impersonate the service or decrypt captured traffic until the certificate expires, possibly years later; long validity also means renewal is a rare, manual and error-prone event, so outages from expired certificates are more likely.',
      recommendation: 'Set "Validity Period (in months)" to 12 or less in each certificate\'s issuance policy, with auto-renewal at a percentage of lifetime (for example 80%) where the issuer is integrated, and enforce it with the Azure Policy "Certificates should have the specified maximum validity period". Public TLS certificates are moving to much shorter lifetimes, so automate renewal.',
      console: ['In the Azure portal, open the key vault and select Objects > Certificates, then a certificate.', 'Click "Issuance Policy".', 'Set "Validity Period (in months)" to 12 or less and click "Save".', 'Repeat for every certificate.'],
    },
    ja: {
      description:
        '各キー コンテナーの有効なすべての証明書について、発行ポリシーの有効期間 (validityInMonths) が 12 か月以下であることを確認します。証明書は Key Vault のデータ プレーン（証明書ポリシー）から読み取ります。証明書を読み取れなかったコンテナーは評価しません。',
      urgency: '緊急度は低めです。有効期間の短縮は次回の更新時に反映されます。更新が定期的な作業になるよう、今のうちにポリシーを設定してください。',
      risk: '有効期間の長い証明書の秘密キーが（ビルド サーバー、バックアップ、エクスポートされた PFX などから）漏えいすると、攻撃者は証明書が失効するまで、場合によっては何年も、サービスになりすましたり傍受した通信を復号したりできます。有効期間が長いと更新がまれで手作業になり誤りやすいため、期限切れによる障害も起こりやすくなります。',
      recommendation: '各証明書の発行ポリシーで「有効期間 (月数)」を 12 以下に設定し、発行者と統合されている場合は有効期間の一定割合（例: 80%）での自動更新を設定してください。Azure Policy「証明書の有効期間は指定した最大値以下にする必要がある」で強制してください。公開 TLS 証明書の有効期間はさらに短くなっていくため、更新を自動化してください。',
      console: ['Azure portal でキー コンテナーを開き、「オブジェクト」>「証明書」から証明書を選択します。', '「発行ポリシー」をクリックします。', '「有効期間 (月数)」を 12 以下に設定して「保存」をクリックします。', 'すべての証明書で繰り返します。'],
    },
  },
  remediation: {
    cli: 'az keyvault certificate get-default-policy > policy.json\n# edit x509CertificateProperties.validityInMonths to 12 (or less), then:\naz keyvault certificate set-attributes --vault-name <vault-name> --name <certificate-name> --policy @policy.json',
    terraform: 'resource "azurerm_key_vault_certificate" "api" {\n  name         = "api-contoso-com"\n  key_vault_id = azurerm_key_vault.main.id\n\n  certificate_policy {\n    issuer_parameters { name = "Self" }\n    key_properties {\n      exportable = false\n      key_type   = "RSA"\n      key_size   = 2048\n      reuse_key  = false\n    }\n    lifetime_action {\n      action { action_type = "AutoRenew" }\n      trigger { lifetime_percentage = 80 }\n    }\n    secret_properties { content_type = "application/x-pkcs12" }\n    x509_certificate_properties {\n      subject            = "CN=api.contoso.com"\n      validity_in_months = 12\n      key_usage          = ["digitalSignature", "keyEncipherment"]\n    }\n  }\n}',
    bicep: "// Certificates and their policies live in the Key Vault data plane, which Bicep cannot set.\n// Enforce the maximum validity with Azure Policy instead:\nresource maxValidity 'Microsoft.Authorization/policyAssignments@2024-04-01' = {\n  name: 'kv-cert-max-validity'\n  properties: {\n    policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/0a075868-4c26-42ef-914c-5bc007359560'\n    parameters: {\n      maximumValidityInMonths: { value: 12 }\n      effect: { value: 'Deny' }\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/certificates/about-certificates', 'https://learn.microsoft.com/en-us/azure/key-vault/certificates/overview-renew-certificate'],
  evaluate(v) {
    const certificates = v.config.certificates;
    if (!certificates) {
      return notAssessed({ en: `The certificates of key vault ${v.name} were not collected (data plane not reachable or not permitted).`, ja: `キー コンテナー ${v.name} の証明書が収集されていません（データ プレーンに到達できないか、権限がありません）。` });
    }
    const enabled = enabledItems(certificates);
    if (enabled.length === 0) return notApplicable({ en: `Key vault ${v.name} has no enabled certificates.`, ja: `キー コンテナー ${v.name} には有効な証明書がありません。` }, { certificates: certificates.length });
    const tooLong = enabled.filter((c) => typeof c.validityInMonths === 'number' && c.validityInMonths > MAX_MONTHS);
    const unknown = enabled.filter((c) => typeof c.validityInMonths !== 'number');
    if (tooLong.length) {
      const list = tooLong.slice(0, 20).map((c) => `${c.name} (${c.validityInMonths})`);
      return fail(
        { en: `${tooLong.length} certificate(s) in key vault ${v.name} are issued for more than ${MAX_MONTHS} months: ${list.join(', ')}.`, ja: `キー コンテナー ${v.name} の証明書 ${tooLong.length} 件の有効期間が ${MAX_MONTHS} か月を超えています: ${list.join('、')}。` },
        { overLimit: tooLong.slice(0, 20).map((c) => ({ name: c.name, validityInMonths: c.validityInMonths })), overLimitCount: tooLong.length, enabled: enabled.length },
      );
    }
    if (unknown.length) {
      return notAssessed(
        { en: `The issuance policy of ${unknown.length} certificate(s) in key vault ${v.name} could not be read: ${names(unknown).join(', ')}.`, ja: `キー コンテナー ${v.name} の証明書 ${unknown.length} 件の発行ポリシーを読み取れませんでした: ${names(unknown).join('、')}。` },
        { policyUnknown: names(unknown) },
      );
    }
    return pass({ en: `All ${enabled.length} enabled certificates in key vault ${v.name} are issued for ${MAX_MONTHS} months or less.`, ja: `キー コンテナー ${v.name} の有効な証明書 ${enabled.length} 件はすべて有効期間が ${MAX_MONTHS} か月以下です。` }, { enabled: enabled.length });
  },
});
