import { AZURE_TYPES, type CosmosDbAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<CosmosDbAccountConfig>({
  id: 'azure-cosmosdb-account-local-auth-disabled',
  services: ['cosmosdb'],
  title: {
    en: 'Cosmos DB accounts have key-based (local) authentication disabled',
    ja: 'Cosmos DB アカウントでキーベース (ローカル) 認証が無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.cosmosDbAccount],
  requires: ['id', 'disableLocalAuth'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'AC-3'], 'pci-dss-4.0': ['8.2.2'] },
  doc: {
    en: {
      description: 'Checks that disableLocalAuth is true on an Azure Cosmos DB account, so that data-plane requests must use Microsoft Entra ID and Cosmos DB role-based access control instead of the account primary and secondary keys. Left out, local authentication is allowed.',
      urgency: 'Plan the fix this sprint, after moving applications to managed identities: account keys are full-access, never-expiring secrets.',
      risk: 'An account key grants read, write and delete on every database and container and cannot be scoped or tied to a person. Keys copied into code or tickets keep working until rotated, and requests made with them cannot be attributed to anyone.',
      recommendation: 'Assign Cosmos DB built-in data roles to managed identities and users, change the applications to use Entra ID tokens, then set disableLocalAuth to true (not possible in the portal for all APIs: use CLI, Bicep or Terraform).',
      console: ['In the Azure portal, open "Azure Cosmos DB" and select the account.', 'Under "Settings", open "Keys" to confirm which applications still use keys and move them to Entra ID.', 'Set disableLocalAuth with Azure CLI, Bicep or Terraform (the portal has no switch for every API).'],
    },
    ja: {
      description: 'Azure Cosmos DB アカウントで disableLocalAuth が true であり、データ プレーンの要求にアカウントのプライマリ キーやセカンダリ キーではなく Microsoft Entra ID と Cosmos DB のロールベースのアクセス制御が必須になっていることを確認します。省略時はローカル認証が許可されます。',
      urgency: 'アプリケーションをマネージド ID に移行したうえで、今スプリント中に対応を計画してください。アカウント キーはフル アクセスで期限のないシークレットです。',
      risk: 'アカウント キーはすべてのデータベースとコンテナーの読み取り・書き込み・削除を許可し、範囲の限定も個人との紐付けもできません。コードやチケットにコピーされたキーはローテーションまで使え続け、キーによる要求は誰が行ったか特定できません。',
      recommendation: 'マネージド ID や利用者に Cosmos DB の組み込みデータ ロールを割り当て、アプリケーションを Entra ID トークンの利用に変更したうえで、disableLocalAuth を true に設定してください (すべての API でポータルから設定できるわけではないため、CLI、Bicep、Terraform を使います)。',
      console: ['Azure portal で「Azure Cosmos DB」を開き、対象のアカウントを選択します。', '「設定」の「キー」でまだキーを使っているアプリケーションを確認し、Entra ID に移行します。', 'Azure CLI、Bicep、Terraform で disableLocalAuth を設定します (ポータルにはすべての API 向けのスイッチがありません)。'],
    },
  },
  remediation: {
    cli: 'az resource update --resource-group RG --name ACCOUNT --resource-type Microsoft.DocumentDB/databaseAccounts --set properties.disableLocalAuth=true',
    terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  # ...\n  local_authentication_disabled = true\n}',
    bicep: "resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  name: accountName\n  location: location\n  properties: {\n    databaseAccountOfferType: 'Standard'\n    locations: [ { locationName: location } ]\n    disableLocalAuth: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/cosmos-db/how-to-setup-rbac', 'https://learn.microsoft.com/azure/cosmos-db/security/how-to-disable-key-based-authentication'],
  evaluate(account) {
    if (account.config.disableLocalAuth === true) {
      return pass({ en: `Cosmos DB account ${account.name} accepts Microsoft Entra ID only.`, ja: `Cosmos DB アカウント ${account.name} は Microsoft Entra ID のみを受け付けます。` });
    }
    return fail({ en: `Cosmos DB account ${account.name} accepts its account keys.`, ja: `Cosmos DB アカウント ${account.name} はアカウント キーによる認証を受け付けます。` }, { disableLocalAuth: account.config.disableLocalAuth ?? false });
  },
});
