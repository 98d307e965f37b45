import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-managed-identity',
  services: ['web'],
  title: { en: 'App Service apps use a managed identity', ja: 'App Service アプリでマネージド ID が使われている' },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'identity'],
  frameworks: { 'mcsb-1.0': ['IM-3'], 'nist-800-53-r5': ['IA-5', 'IA-2'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description: 'Checks that an App Service app or function app has a system-assigned or user-assigned managed identity, the way it should authenticate to databases, storage, Key Vault and other Azure services instead of stored secrets.',
      urgency: 'Low: an app without an identity is not exposed by that fact, but it almost always means connection strings and keys are stored in app settings.',
      risk: 'Apps without a managed identity authenticate with secrets kept in app settings or code. Those secrets are readable by anyone with access to the configuration or Kudu, are rarely rotated and keep working if leaked.',
      recommendation: 'Enable a managed identity, grant it only the roles it needs on the target resources, and replace stored connection strings and keys with identity-based connections and Key Vault references.',
      console: ['In the Azure portal, open "App Services" and select the app.', 'Under "Settings", select "Identity".', 'On the "System assigned" tab set "Status" to On (or add a user-assigned identity).', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリや関数アプリにシステム割り当てまたはユーザー割り当てのマネージド ID があることを確認します。データベース、ストレージ、Key Vault などの Azure サービスへの認証には、保存したシークレットではなくマネージド ID を使うべきです。',
      urgency: '低: ID がないこと自体で露出が生じるわけではありませんが、ほぼ確実に接続文字列やキーがアプリ設定に保存されています。',
      risk: 'マネージド ID のないアプリは、アプリ設定やコードに保存されたシークレットで認証します。それらは構成や Kudu にアクセスできる人なら誰でも読め、ほとんどローテーションされず、漏えいしても使え続けます。',
      recommendation: 'マネージド ID を有効にし、対象リソースに必要なロールだけを付与して、保存された接続文字列やキーを ID ベースの接続と Key Vault 参照に置き換えてください。',
      console: ['Azure portal で「App Services」を開き、対象のアプリを選択します。', '「設定」の「ID」を選択します。', '「システム割り当て済み」タブで「状態」をオンにします (またはユーザー割り当て ID を追加します)。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az webapp identity assign --resource-group RG --name APP\n# function apps:\naz functionapp identity assign --resource-group RG --name APP',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  identity {\n    type = "SystemAssigned"\n  }\n}',
    bicep: "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: appName\n  location: location\n  identity: {\n    type: 'SystemAssigned'\n  }\n  properties: {\n    serverFarmId: plan.id\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/overview-managed-identity'],
  evaluate(app) {
    const type = app.config.identity?.type ?? 'None';
    if (type !== 'None') return pass({ en: `App ${app.name} has a managed identity (${type}).`, ja: `アプリ ${app.name} にはマネージド ID があります (${type})。` }, { identityType: type });
    return fail({ en: `App ${app.name} has no managed identity.`, ja: `アプリ ${app.name} にマネージド ID がありません。` }, { identityType: type });
  },
});
