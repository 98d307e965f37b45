import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-https-only',
  services: ['web'],
  title: { en: 'App Service apps accept HTTPS only', ja: 'App Service アプリが HTTPS のみを受け付ける' },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'httpsOnly', 'kind'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description: 'Checks that "HTTPS Only" (httpsOnly) is on for an App Service app or function app, so that plain-HTTP requests are redirected to HTTPS. Left out, it is off.',
      urgency: 'Fix within days: the switch is one click and harmless for browsers, while plain HTTP exposes session cookies and tokens on every untrusted network.',
      risk: 'Requests over HTTP carry cookies, bearer tokens, form data and function keys in clear text; anyone on the same Wi-Fi or on the path can capture them and hijack sessions, or inject content into the responses.',
      recommendation: 'Turn on HTTPS Only (and HSTS in the application). For function apps, make sure callers use the https:// URL.',
      console: ['In the Azure portal, open "App Services" (or "Function App") and select the app.', 'Under "Settings", select "Configuration" > "General settings".', 'Set "HTTPS Only" to On.', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリや関数アプリで「HTTPS のみ」(httpsOnly) がオンであり、HTTP の要求が HTTPS にリダイレクトされることを確認します。省略時はオフです。',
      urgency: '数日以内に対応してください。設定はワンクリックでブラウザーへの影響もなく、HTTP のままでは信頼できないネットワークでセッション Cookie やトークンが露出します。',
      risk: 'HTTP の要求では Cookie、ベアラー トークン、フォーム データ、関数キーが平文で送られます。同じ Wi-Fi や経路上の誰でもそれらを取得してセッションを乗っ取ったり、応答にコンテンツを注入したりできます。',
      recommendation: '「HTTPS のみ」をオンにし、アプリケーションで HSTS も有効にしてください。関数アプリでは呼び出し元が https:// の URL を使っていることを確認します。',
      console: ['Azure portal で「App Services」(または「関数アプリ」) を開き、対象のアプリを選択します。', '「設定」の「構成」>「全般設定」を選択します。', '「HTTPS のみ」をオンにします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az webapp update --resource-group RG --name APP --https-only true\n# function apps:\naz functionapp update --resource-group RG --name APP --set httpsOnly=true',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  https_only = true\n}',
    bicep: "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: appName\n  location: location\n  properties: {\n    serverFarmId: plan.id\n    httpsOnly: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/configure-ssl-bindings#enforce-https'],
  evaluate(app) {
    if (app.config.httpsOnly === true) return pass({ en: `App ${app.name} accepts HTTPS only.`, ja: `アプリ ${app.name} は HTTPS のみを受け付けます。` });
    return fail({ en: `App ${app.name} accepts plain HTTP.`, ja: `アプリ ${app.name} は HTTP を受け付けます。` }, { httpsOnly: app.config.httpsOnly ?? false, kind: app.config.kind });
  },
});
