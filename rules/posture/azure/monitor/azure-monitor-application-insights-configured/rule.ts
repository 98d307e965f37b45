import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type ApplicationInsightsConfig, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-monitor-application-insights-configured',
  services: ['monitor'],
  title: {
    en: 'Application Insights is configured in the subscription',
    ja: 'サブスクリプションで Application Insights を構成している',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.applicationInsights],
  requires: ['subscriptionId'],
  frameworks: {
    'cis-azure-6.0': ['6.1.3.1'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-12', 'SI-4'],
  },
  doc: {
    en: {
      description:
        'Checks that the subscription contains at least one Application Insights component, so applications can send requests, dependencies, exceptions and traces to Azure Monitor. Workspace-based components (with a Log Analytics workspace) are listed in the evidence; classic components were retired in 2024.',
      urgency:
        'Low urgency: application telemetry helps investigations and operations but does not close an exposure by itself. Instrument the applications of the subscription when you next work on their monitoring.',
      risk: 'Without application telemetry, an attack that works through the application (credential stuffing against a login page, injection attempts, abuse of an API) shows up nowhere in Azure: platform logs see only HTTP traffic volumes and management operations. Responders cannot tell which requests failed, which dependency calls were made, or where an exception trail began.',
      recommendation:
        'Create a workspace-based Application Insights resource for each application (connected to the central Log Analytics workspace) and instrument the application with the Azure Monitor OpenTelemetry distro or auto-instrumentation for App Service, Functions and AKS. Disable local (instrumentation key) authentication so that only Microsoft Entra ID-authenticated telemetry is accepted. A subscription that hosts no application (for example a connectivity hub) can accept this finding.',
      console: [
        'In the Azure portal, search for "Application Insights" and click "+ Create".',
        'Select the subscription and resource group, enter a name and region.',
        'Under "Workspace details", select the Log Analytics workspace to store the telemetry.',
        'Click "Review + create" > "Create", then connect your application (App Service and Functions: "Application Insights" blade of the app > "Turn on Application Insights").',
      ],
    },
    ja: {
      description:
        'サブスクリプションに Application Insights のコンポーネントが 1 つ以上あり、アプリケーションが要求、依存関係、例外、トレースを Azure Monitor に送れることを確認します。ワークスペース ベース（Log Analytics ワークスペースに接続）のコンポーネントは証跡に示します。クラシックのコンポーネントは 2024 年に廃止されました。',
      urgency:
        '緊急度は低めです。アプリケーションのテレメトリは調査や運用に役立ちますが、それ自体で露出を塞ぐものではありません。次にアプリケーションの監視に手を入れる際に組み込んでください。',
      risk: 'アプリケーションのテレメトリがないと、アプリケーションを経由する攻撃（ログイン画面へのクレデンシャル スタッフィング、インジェクションの試行、API の悪用）は Azure のどこにも現れません。プラットフォームのログに見えるのは HTTP の通信量と管理操作だけです。対応者は、どの要求が失敗したか、どの依存先が呼ばれたか、例外の連鎖がどこで始まったかを判別できません。',
      recommendation:
        'アプリケーションごとにワークスペース ベースの Application Insights リソースを（集約先の Log Analytics ワークスペースに接続して）作成し、Azure Monitor OpenTelemetry ディストリビューション、または App Service、Functions、AKS の自動インストルメンテーションで組み込んでください。Microsoft Entra ID で認証されたテレメトリだけを受け付けるよう、ローカル認証（インストルメンテーション キー）は無効にします。アプリケーションを持たないサブスクリプション（例: 接続ハブ）では、この指摘を許容して構いません。',
      console: [
        'Azure portal で「Application Insights」を検索し、「+ 作成」をクリックします。',
        'サブスクリプションとリソース グループを選択し、名前とリージョンを入力します。',
        '「ワークスペースの詳細」で、テレメトリを格納する Log Analytics ワークスペースを選択します。',
        '「確認および作成」>「作成」をクリックし、アプリケーションを接続します（App Service と Functions: アプリの「Application Insights」ブレード >「Application Insights を有効にする」）。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor app-insights component create \\',
      '  --app appi-orders --resource-group rg-app --location japaneast --kind web \\',
      '  --workspace /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-security',
    ].join('\n'),
    terraform: [
      'resource "azurerm_application_insights" "orders" {',
      '  name                = "appi-orders"',
      '  location            = azurerm_resource_group.app.location',
      '  resource_group_name = azurerm_resource_group.app.name',
      '  application_type    = "web"',
      '  workspace_id        = azurerm_log_analytics_workspace.security.id',
      '  local_authentication_disabled = true',
      '}',
    ].join('\n'),
    bicep: [
      'param location string = resourceGroup().location',
      'param workspaceId string',
      '',
      "resource appInsights 'Microsoft.Insights/components@2020-02-02' = {",
      "  name: 'appi-orders'",
      '  location: location',
      "  kind: 'web'",
      '  properties: {',
      "    Application_Type: 'web'",
      '    WorkspaceResourceId: workspaceId',
      '    DisableLocalAuth: true',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/app/app-insights-overview',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/app/create-workspace-resource',
  ],
  evaluate(subscription, ctx) {
    const components = ctx.resources<ApplicationInsightsConfig>(AZURE_TYPES.applicationInsights, { account: subscription.account });
    if (components.length === 0) {
      return fail({
        en: `Subscription ${subscription.name} has no Application Insights component: applications there send no telemetry to Azure Monitor.`,
        ja: `サブスクリプション ${subscription.name} には Application Insights のコンポーネントがなく、アプリケーションのテレメトリが Azure Monitor に送られていません。`,
      });
    }
    const workspaceBased = components.filter((c) => typeof c.config.workspaceResourceId === 'string' && c.config.workspaceResourceId !== '').map((c) => c.name);
    return pass(
      {
        en: `Subscription ${subscription.name} has ${components.length} Application Insights component(s): ${components.map((c) => c.name).join(', ')}.`,
        ja: `サブスクリプション ${subscription.name} には Application Insights のコンポーネントが ${components.length} 個あります: ${components.map((c) => c.name).join(', ')}。`,
      },
      { components: components.map((c) => c.name), workspaceBased, classic: components.map((c) => c.name).filter((n) => !workspaceBased.includes(n)) },
    );
  },
});
