import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type DatabricksWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-public-network-access-disabled',
  services: ['databricks'],
  title: {
    en: 'Azure Databricks workspaces have public network access disabled',
    ja: 'Azure Databricks ワークスペースのパブリック ネットワーク アクセスが無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  requires: ['id', 'publicNetworkAccess'],
  frameworks: { 'cis-azure-6.0': ['2.1.10'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that publicNetworkAccess is Disabled, so the workspace web application and REST APIs are reachable only through front-end private endpoints (Private Link). The property defaults to Enabled and ARM may leave it out; an absent value is treated as Enabled.',
      urgency: 'Plan within weeks: the workspace is still protected by Entra ID sign-in and, if configured, IP access lists, but any stolen token or personal access token works from anywhere until access is private.',
      risk: 'With public access, the workspace UI and APIs are open to the internet: phished sessions, leaked personal access tokens and service principal secrets can be used from any network to run code on clusters and read every table the workspace can reach.',
      recommendation:
        'Create front-end (databricks_ui_api) private endpoints and, for browser sign-in, a browser_authentication endpoint, then set "Allow Public Network Access" to Disabled (with required NSG rules set to "No Azure Databricks Rules" when back-end Private Link is used). Requires the Premium tier and VNet injection.',
      console: [
        'In the Azure portal, open the Azure Databricks workspace.',
        'Under "Settings", select "Networking".',
        'Set "Allow Public Network Access" to "Disabled" (after private endpoints are in place) and select "Save".',
      ],
    },
    ja: {
      description:
        'publicNetworkAccess が Disabled で、ワークスペースの Web アプリケーションと REST API にフロントエンドのプライベート エンドポイント（Private Link）経由でしか到達できないことを確認します。このプロパティの既定値は Enabled で、ARM が省略することもあるため、値がない場合は Enabled として扱います。',
      urgency: '数週間以内に計画してください。ワークスペースは Entra ID のサインインと、構成していれば IP アクセス リストで保護されていますが、アクセスをプライベートにするまで、盗まれたトークンや個人用アクセス トークンはどこからでも使えます。',
      risk: 'パブリック アクセスでは、ワークスペースの UI と API がインターネットに公開され、フィッシングされたセッション、漏えいした個人用アクセス トークンやサービス プリンシパルのシークレットが任意のネットワークから使われ、クラスターでのコード実行やワークスペースが到達できるすべてのテーブルの読み取りに悪用されます。',
      recommendation:
        'フロントエンド（databricks_ui_api）のプライベート エンドポイントと、ブラウザーでのサインイン用に browser_authentication のエンドポイントを作成したうえで、「パブリック ネットワーク アクセスを許可する」を無効にしてください（バックエンドの Private Link を使う場合は、必要な NSG 規則を「No Azure Databricks Rules」にします）。Premium レベルと VNet インジェクションが必要です。',
      console: [
        'Azure portal で Azure Databricks ワークスペースを開きます。',
        '「設定」の「ネットワーク」を選択します。',
        '（プライベート エンドポイントを用意したうえで）「パブリック ネットワーク アクセスを許可する」を「無効」にし、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az databricks workspace update --name WORKSPACE --resource-group RESOURCE_GROUP --public-network-access Disabled --required-nsg-rules NoAzureDatabricksRules',
    terraform: 'resource "azurerm_databricks_workspace" "example" {\n  # ...\n  sku                                   = "premium"\n  public_network_access_enabled         = false\n  network_security_group_rules_required = "NoAzureDatabricksRules"\n}',
    bicep: "resource workspace 'Microsoft.Databricks/workspaces@2024-05-01' = {\n  name: workspaceName\n  location: location\n  sku: { name: 'premium' }\n  properties: {\n    managedResourceGroupId: managedResourceGroupId\n    publicNetworkAccess: 'Disabled'\n    requiredNsgRules: 'NoAzureDatabricksRules'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/network/front-end/front-end-private-connect',
    'https://learn.microsoft.com/azure/databricks/security/network/classic/private-link',
  ],
  evaluate(ws) {
    const v = ws.config.publicNetworkAccess;
    if (String(v ?? '').toLowerCase() === 'disabled') {
      return pass({ en: `Databricks workspace ${ws.name} is reachable only through private endpoints.`, ja: `Databricks ワークスペース ${ws.name} にはプライベート エンドポイント経由でしか到達できません。` });
    }
    return fail(
      { en: `Databricks workspace ${ws.name} allows public network access to its web application and APIs${v ? '' : ' (not set: Enabled by default)'}.`, ja: `Databricks ワークスペース ${ws.name} は Web アプリケーションと API へのパブリック ネットワーク アクセスを許可しています${v ? '' : '（未設定のため既定の Enabled）'}。` },
      { publicNetworkAccess: v ?? null },
    );
  },
});
