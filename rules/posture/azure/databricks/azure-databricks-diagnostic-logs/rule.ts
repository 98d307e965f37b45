import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type DatabricksWorkspaceConfig, type DiagnosticSettingConfig } from '../../../../../src/providers/azure/model/index.js';
import { skuName } from '../workspace.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-diagnostic-logs',
  services: ['databricks', 'monitor'],
  title: {
    en: 'Azure Databricks workspaces deliver diagnostic (audit) logs',
    ja: 'Azure Databricks ワークスペースが診断ログ（監査ログ）を配信している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  reads: [AZURE_TYPES.diagnosticSetting],
  requires: ['id', 'sku'],
  frameworks: { 'cis-azure-6.0': ['2.1.7'], 'mcsb-1.0': ['LT-3'], 'nist-800-53-r5': ['AU-2', 'AU-12'], 'pci-dss-4.0': ['10.2.1'] },
  doc: {
    en: {
      description:
        'Checks that a diagnostic setting on the workspace sends at least one enabled log category (or category group such as allLogs or audit) to a Log Analytics workspace, storage account, event hub or partner destination. Databricks diagnostic logs require the Premium tier.',
      urgency: 'Plan within weeks: nothing is exposed by the gap itself, but without these logs you cannot investigate misuse of the workspace or alert on it, and past activity is lost for good.',
      risk: 'Sign-ins, token creation, permission changes, cluster and job runs, notebook commands and secret access are not recorded outside the workspace; an attacker using a stolen token leaves no trail your SOC can search.',
      recommendation:
        'Create a diagnostic setting with the allLogs category group (or at least accounts, clusters, jobs, notebook, secrets, workspace and unityCatalog) sent to your central Log Analytics workspace, and deploy it with Azure Policy (DeployIfNotExists) for new workspaces. Upgrade Standard workspaces to Premium.',
      console: [
        'In the Azure portal, open the Azure Databricks workspace.',
        'Under "Monitoring", select "Diagnostic settings" and then "+ Add diagnostic setting".',
        'Select "allLogs" (or the needed categories), choose "Send to Log Analytics workspace" and the workspace.',
        'Enter a name and select "Save".',
      ],
    },
    ja: {
      description:
        'ワークスペースの診断設定が、有効なログ カテゴリ（または allLogs や audit などのカテゴリ グループ）を 1 つ以上、Log Analytics ワークスペース、ストレージ アカウント、イベント ハブ、パートナーの宛先のいずれかに送信していることを確認します。Databricks の診断ログには Premium レベルが必要です。',
      urgency: '数週間以内に計画してください。この不備自体で何かが露出するわけではありませんが、ログがないとワークスペースの不正利用を調査したりアラートを出したりできず、過去の操作は二度と取り戻せません。',
      risk: 'サインイン、トークンの作成、権限の変更、クラスターとジョブの実行、ノートブックのコマンド、シークレットへのアクセスがワークスペースの外に記録されず、盗まれたトークンを使う攻撃者は SOC が検索できる痕跡を残しません。',
      recommendation:
        'allLogs カテゴリ グループ（または少なくとも accounts、clusters、jobs、notebook、secrets、workspace、unityCatalog）を中央の Log Analytics ワークスペースに送る診断設定を作成し、新しいワークスペースには Azure Policy（DeployIfNotExists）で展開してください。Standard のワークスペースは Premium にアップグレードします。',
      console: [
        'Azure portal で Azure Databricks ワークスペースを開きます。',
        '「監視」の「診断設定」を選択し、「+ 診断設定を追加する」を選択します。',
        '「allLogs」（または必要なカテゴリ）を選び、「Log Analytics ワークスペースへの送信」と送信先のワークスペースを選択します。',
        '名前を入力して「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az monitor diagnostic-settings create --name to-law --resource WORKSPACE_RESOURCE_ID \\\n  --workspace LOG_ANALYTICS_WORKSPACE_ID --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
    terraform: 'resource "azurerm_monitor_diagnostic_setting" "dbw" {\n  name                       = "to-law"\n  target_resource_id         = azurerm_databricks_workspace.example.id\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id\n\n  enabled_log {\n    category_group = "allLogs"\n  }\n}',
    bicep: "resource dbwDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {\n  name: 'to-law'\n  scope: workspace\n  properties: {\n    workspaceId: logAnalyticsWorkspaceId\n    logs: [\n      { categoryGroup: 'allLogs', enabled: true }\n    ]\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/admin/account-settings/audit-log-delivery',
    'https://learn.microsoft.com/azure/databricks/admin/account-settings/audit-logs',
  ],
  evaluate(ws, ctx) {
    const settings = ctx
      .resources<DiagnosticSettingConfig>(AZURE_TYPES.diagnosticSetting, { account: ws.account })
      .filter((d) => String(d.config.targetResourceId ?? '').toLowerCase() === ws.uid);
    const delivering = settings.filter((d) => {
      const c = d.config;
      const destination = c.workspaceId || c.storageAccountId || c.eventHubAuthorizationRuleId || (c as { marketplacePartnerId?: string }).marketplacePartnerId;
      return destination && (c.logs ?? []).some((l) => l.enabled);
    });
    if (delivering.length) {
      const logs = [...new Set(delivering.flatMap((d) => (d.config.logs ?? []).filter((l) => l.enabled).map((l) => l.categoryGroup ?? l.category ?? '')))].filter(Boolean);
      return pass({ en: `Databricks workspace ${ws.name} delivers logs (${logs.join(', ')}) through ${delivering.map((d) => d.config.name ?? d.name).join(', ')}.`, ja: `Databricks ワークスペース ${ws.name} は ${delivering.map((d) => d.config.name ?? d.name).join('、')} でログ（${logs.join(', ')}）を配信しています。` }, { settings: delivering.map((d) => d.config.name ?? d.name), logs });
    }
    const premium = skuName(ws.config) === 'premium';
    return fail(
      premium
        ? { en: `Databricks workspace ${ws.name} has no diagnostic setting delivering its logs${settings.length ? ` (${settings.length} setting(s) send no enabled log category)` : ''}.`, ja: `Databricks ワークスペース ${ws.name} にはログを配信する診断設定がありません${settings.length ? `（${settings.length} 件の設定は有効なログ カテゴリを送信していません）` : ''}。` }
        : { en: `Databricks workspace ${ws.name} delivers no diagnostic logs; its ${ws.config.sku?.name ?? 'unknown'} tier does not support them (Premium is required).`, ja: `Databricks ワークスペース ${ws.name} は診断ログを配信していません。${ws.config.sku?.name ?? '不明な'} レベルでは利用できません（Premium が必要です）。` },
      { settings: settings.length, sku: ws.config.sku?.name ?? null },
    );
  },
});
