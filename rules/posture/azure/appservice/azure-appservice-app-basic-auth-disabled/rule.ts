import { AZURE_TYPES, type WebAppConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<WebAppConfig>({
  id: 'azure-appservice-app-basic-auth-disabled',
  services: ['web'],
  title: { en: 'App Service apps have basic-auth publishing credentials disabled for FTP and SCM', ja: 'App Service アプリで FTP と SCM の基本認証発行資格情報が無効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.webApp],
  requires: ['id', 'basicPublishingCredentials'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'IA-5'], 'pci-dss-4.0': ['8.2.2'] },
  doc: {
    en: {
      description: 'Checks that basic authentication with publishing credentials is disabled on an App Service app for both FTP and the SCM site (Kudu, Web Deploy): the basicPublishingCredentialsPolicies ftp and scm have allow set to false.',
      urgency: 'Plan the fix this sprint: publishing credentials are static passwords that let whoever holds them deploy code to production.',
      risk: "Publishing profiles (user name and password) are downloaded to laptops, pasted into CI variables and shared in chats. Anyone holding one can push code or read the site's files and app settings through Kudu, without MFA and without Entra ID sign-in logs.",
      recommendation: 'Deploy with Entra ID (GitHub Actions with OpenID Connect, Azure Pipelines service connections, az webapp deploy), then turn off FTP and SCM basic authentication; enforce with the built-in Azure Policy definitions for App Service local authentication.',
      console: ['In the Azure portal, open "App Services" and select the app.', 'Under "Settings", select "Configuration" > "General settings".', 'Set "SCM Basic Auth Publishing Credentials" and "FTP Basic Auth Publishing Credentials" to Off.', 'Click "Save".'],
    },
    ja: {
      description: 'App Service アプリで、FTP と SCM サイト (Kudu、Web Deploy) の両方について発行資格情報による基本認証が無効 (basicPublishingCredentialsPolicies の ftp と scm の allow が false) であることを確認します。',
      urgency: '今スプリント中に対応を計画してください。発行資格情報は、持っている人なら誰でも本番にコードをデプロイできる固定パスワードです。',
      risk: '発行プロファイル (ユーザー名とパスワード) はノート PC にダウンロードされ、CI の変数に貼り付けられ、チャットで共有されがちです。保持者は誰でも Kudu 経由でコードをプッシュしたり、サイトのファイルやアプリ設定を読み取ったりでき、MFA も Entra ID のサインイン ログも経由しません。',
      recommendation: 'Entra ID でデプロイ (OpenID Connect を使う GitHub Actions、Azure Pipelines のサービス接続、az webapp deploy) したうえで、FTP と SCM の基本認証をオフにし、App Service のローカル認証に関する組み込み Azure Policy で強制してください。',
      console: ['Azure portal で「App Services」を開き、対象のアプリを選択します。', '「設定」の「構成」>「全般設定」を選択します。', '「SCM 基本認証発行資格情報」と「FTP 基本認証発行資格情報」をオフにします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az resource update --resource-group RG --namespace Microsoft.Web --resource-type basicPublishingCredentialsPolicies --parent sites/APP --name ftp --set properties.allow=false\naz resource update --resource-group RG --namespace Microsoft.Web --resource-type basicPublishingCredentialsPolicies --parent sites/APP --name scm --set properties.allow=false',
    terraform: 'resource "azurerm_linux_web_app" "this" {\n  # ...\n  ftp_publish_basic_authentication_enabled       = false\n  webdeploy_publish_basic_authentication_enabled = false\n}',
    bicep: "resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {\n  parent: app\n  name: 'ftp'\n  properties: { allow: false }\n}\n\nresource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {\n  parent: app\n  name: 'scm'\n  properties: { allow: false }\n}",
  },
  references: ['https://learn.microsoft.com/azure/app-service/configure-basic-auth-disable'],
  evaluate(app) {
    const creds = app.config.basicPublishingCredentials ?? {};
    // A policy the API did not return is treated as allowed (the default for apps created before 2024).
    const allowed = [creds.ftp !== false ? 'FTP' : undefined, creds.scm !== false ? 'SCM' : undefined].filter(Boolean);
    const evidence = { ftp: creds.ftp ?? null, scm: creds.scm ?? null };
    if (allowed.length) return fail({ en: `App ${app.name} allows basic-auth publishing credentials for ${allowed.join(' and ')}.`, ja: `アプリ ${app.name} は ${allowed.join(' と ')} で基本認証の発行資格情報を許可しています。` }, evidence);
    return pass({ en: `App ${app.name} has basic-auth publishing credentials disabled for FTP and SCM.`, ja: `アプリ ${app.name} は FTP と SCM の基本認証発行資格情報が無効です。` }, evidence);
  },
});
