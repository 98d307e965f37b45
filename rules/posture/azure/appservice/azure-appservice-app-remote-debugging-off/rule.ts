import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-remote-debugging-off',
  services: ['web'],
  title: { en: 'App Service apps have remote debugging turned off', ja: 'App Service アプリでリモート デバッグが無効になっている' },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'siteConfig'],
  frameworks: { 'mcsb-1.0': ['PV-2'], 'nist-800-53-r5': ['CM-7', 'CM-6'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description: 'Checks that remote debugging (remoteDebuggingEnabled) is off on an App Service app. It is off by default and Azure turns it off again after 48 hours, so an enabled one was switched on recently for troubleshooting.',
      urgency: 'Fix within days: remote debugging opens extra inbound ports to a debugger that can read memory and change running code.',
      risk: 'An attached debugger can inspect secrets in memory, alter variables and execute code inside the production process. The extra listening ports widen the attack surface for as long as the setting stays on.',
      recommendation: 'Turn remote debugging off; debug in a staging slot or locally, and use Application Insights and log streaming for production troubleshooting.',
      console: ['In the Azure portal, open "App Services" and select the app.', 'Under "Settings", select "Configuration" > "General settings".', 'Set "Remote debugging" to Off.', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリでリモート デバッグ (remoteDebuggingEnabled) が無効であることを確認します。既定で無効であり、有効にしても 48 時間後に Azure が無効に戻すため、有効なものは最近トラブルシューティングのためにオンにされたものです。',
      urgency: '数日以内に対応してください。リモート デバッグはメモリの読み取りや実行中のコードの変更ができるデバッガー向けに、追加の受信ポートを開きます。',
      risk: 'アタッチされたデバッガーはメモリ上のシークレットを調べ、変数を変更し、本番プロセス内でコードを実行できます。設定がオンの間は追加の待ち受けポートにより攻撃対象領域が広がります。',
      recommendation: 'リモート デバッグを無効にしてください。デバッグはステージング スロットやローカルで行い、本番のトラブルシューティングには Application Insights とログ ストリームを使います。',
      console: ['Azure portal で「App Services」を開き、対象のアプリを選択します。', '「設定」の「構成」>「全般設定」を選択します。', '「リモート デバッグ」をオフにします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az webapp config set --resource-group RG --name APP --remote-debugging-enabled false',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  site_config {\n    remote_debugging_enabled = false\n  }\n}',
    bicep: "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: appName\n  location: location\n  properties: {\n    serverFarmId: plan.id\n    siteConfig: {\n      remoteDebuggingEnabled: false\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/configure-common#configure-general-settings'],
  evaluate(app) {
    // Left out: off (the default).
    if (app.config.siteConfig?.remoteDebuggingEnabled === true) {
      return fail({ en: `App ${app.name} has remote debugging on.`, ja: `アプリ ${app.name} でリモート デバッグが有効です。` }, { remoteDebuggingEnabled: true });
    }
    return pass({ en: `App ${app.name} has remote debugging off.`, ja: `アプリ ${app.name} のリモート デバッグは無効です。` }, { remoteDebuggingEnabled: false });
  },
});
