import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const MODERN = new Set(['1.2', '1.3']);
/** Default of minTlsVersion and scmMinTlsVersion when the config leaves them out. */
const DEFAULT_TLS = '1.2';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-tls-1-2',
  services: ['web'],
  title: { en: 'App Service apps require TLS 1.2 or later, for the app and its SCM site', ja: 'App Service アプリとその SCM サイトで TLS 1.2 以上が必須になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'siteConfig'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description: 'Checks that the minimum inbound TLS version (minTlsVersion) of an App Service app and of its SCM (Kudu / deployment) site (scmMinTlsVersion) is 1.2 or 1.3. Both default to 1.2; a lower value was set on purpose, usually for an old client.',
      urgency: 'Plan the fix this sprint: exploiting TLS 1.0/1.1 needs a position on the path, but they are retired protocols that fail PCI DSS.',
      risk: 'Clients that negotiate TLS 1.0 or 1.1 use protocols with known weaknesses; an attacker on the path can downgrade and attack the session, including the SCM site where deployment credentials and source code travel.',
      recommendation: 'Set both minimum TLS versions to 1.2 (1.3 where every client supports it) after confirming no legitimate client still needs an older one.',
      console: ['In the Azure portal, open "App Services" and select the app.', 'Under "Settings", select "Configuration" > "General settings".', 'Set "Minimum Inbound TLS Version" and "SCM Minimum Inbound TLS Version" to 1.2 or higher.', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリの受信 TLS 最小バージョン (minTlsVersion) と SCM (Kudu / デプロイ) サイトの最小バージョン (scmMinTlsVersion) が 1.2 または 1.3 であることを確認します。どちらも既定値は 1.2 で、これより低い値は多くの場合古いクライアントのために意図的に設定されたものです。',
      urgency: '今スプリント中に対応を計画してください。TLS 1.0/1.1 の悪用には通信経路上の位置が必要ですが、廃止済みのプロトコルで PCI DSS に適合しません。',
      risk: 'TLS 1.0/1.1 でネゴシエートするクライアントは既知の弱点があるプロトコルを使います。経路上の攻撃者はダウングレードしてセッションを攻撃でき、デプロイ資格情報やソース コードが流れる SCM サイトも対象になります。',
      recommendation: '古いバージョンを必要とする正規のクライアントがないことを確認したうえで、両方の最小 TLS バージョンを 1.2 (全クライアントが対応していれば 1.3) に設定してください。',
      console: ['Azure portal で「App Services」を開き、対象のアプリを選択します。', '「設定」の「構成」>「全般設定」を選択します。', '「最小受信 TLS バージョン」と「SCM 最小受信 TLS バージョン」を 1.2 以上に設定します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az webapp config set --resource-group RG --name APP --min-tls-version 1.2\naz resource update --ids APP_RESOURCE_ID/config/web --set properties.scmMinTlsVersion=1.2',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  site_config {\n    minimum_tls_version     = "1.2"\n    scm_minimum_tls_version = "1.2"\n  }\n}',
    bicep: "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: appName\n  location: location\n  properties: {\n    serverFarmId: plan.id\n    siteConfig: {\n      minTlsVersion: '1.2'\n      scmMinTlsVersion: '1.2'\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/overview-tls', 'https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-tls-versions'],
  evaluate(app) {
    const site = app.config.siteConfig ?? {};
    const min = site.minTlsVersion ?? DEFAULT_TLS;
    const scm = site.scmMinTlsVersion ?? DEFAULT_TLS;
    const evidence = { minTlsVersion: min, scmMinTlsVersion: scm };
    const weak = [!MODERN.has(min) ? `app ${min}` : undefined, !MODERN.has(scm) ? `SCM ${scm}` : undefined].filter(Boolean);
    if (weak.length) {
      return fail({ en: `App ${app.name} accepts TLS older than 1.2 (${weak.join(', ')}).`, ja: `アプリ ${app.name} は TLS 1.2 未満を受け付けます (${weak.join(', ')})。` }, evidence);
    }
    return pass({ en: `App ${app.name} requires TLS ${min} (SCM ${scm}) or later.`, ja: `アプリ ${app.name} は TLS ${min} 以上 (SCM は ${scm} 以上) を必須としています。` }, evidence);
  },
});
