import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-ftp-disabled',
  services: ['web'],
  title: { en: 'App Service apps do not allow plain FTP deployment', ja: 'App Service アプリで暗号化されていない FTP によるデプロイが許可されていない' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'siteConfig'],
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'CM-7'], 'pci-dss-4.0': ['4.2.1', '2.2.4'] },
  doc: {
    en: {
      description: 'Checks that the FTP state (ftpsState) of an App Service app is Disabled or FtpsOnly. AllAllowed, which is also assumed when the setting is left out, accepts unencrypted FTP.',
      urgency: 'Plan the fix this sprint: plain FTP sends deployment credentials and code in clear text whenever someone uses it.',
      risk: 'A developer or tool deploying over plain FTP exposes the publishing user name and password and the site content to anyone on the path; with those credentials an attacker can replace the application code.',
      recommendation: 'Set FTP state to Disabled (deploy with Zip deploy, GitHub Actions or Azure Pipelines using Entra ID), or to FtpsOnly if FTP is still needed.',
      console: ['In the Azure portal, open "App Services" and select the app.', 'Under "Settings", select "Configuration" > "General settings".', 'Set "FTP state" to "Disabled" (or "FTPS only").', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリの FTP 状態 (ftpsState) が Disabled または FtpsOnly であることを確認します。AllAllowed (設定が省略された場合もこれとみなします) は暗号化されていない FTP を受け付けます。',
      urgency: '今スプリント中に対応を計画してください。FTP が使われるたびに、デプロイ資格情報とコードが平文で送信されます。',
      risk: '開発者やツールが FTP でデプロイすると、発行ユーザー名とパスワード、サイトのコンテンツが経路上の誰にでも見えます。その資格情報があれば攻撃者はアプリケーションのコードを置き換えられます。',
      recommendation: 'FTP 状態を Disabled にし (Entra ID を使う Zip デプロイ、GitHub Actions、Azure Pipelines でデプロイ)、FTP がまだ必要な場合は FtpsOnly にしてください。',
      console: ['Azure portal で「App Services」を開き、対象のアプリを選択します。', '「設定」の「構成」>「全般設定」を選択します。', '「FTP の状態」を「無効」(または「FTPS のみ」) にします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az webapp config set --resource-group RG --name APP --ftps-state Disabled',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  site_config {\n    ftps_state = "Disabled"\n  }\n}',
    bicep: "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: appName\n  location: location\n  properties: {\n    serverFarmId: plan.id\n    siteConfig: {\n      ftpsState: 'Disabled'\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/deploy-ftp#enforce-ftps'],
  evaluate(app) {
    const state = app.config.siteConfig?.ftpsState ?? 'AllAllowed';
    if (state === 'Disabled' || state === 'FtpsOnly') return pass({ en: `App ${app.name} has FTP state ${state}.`, ja: `アプリ ${app.name} の FTP 状態は ${state} です。` }, { ftpsState: state });
    return fail({ en: `App ${app.name} accepts unencrypted FTP (FTP state ${state}).`, ja: `アプリ ${app.name} は暗号化されていない FTP を受け付けます (FTP 状態: ${state})。` }, { ftpsState: state });
  },
});
