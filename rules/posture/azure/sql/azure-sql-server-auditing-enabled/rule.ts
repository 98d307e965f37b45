import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

/** Audit logs kept in a storage account for fewer days than this are too short for an investigation. */
const MIN_RETENTION_DAYS = 90;

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-auditing-enabled',
  services: ['sql'],
  title: {
    en: 'Azure SQL servers have auditing enabled, keeping logs for at least 90 days',
    ja: 'Azure SQL サーバーで監査が有効になっており、ログが 90 日以上保持されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'auditing'],
  frameworks: { 'mcsb-1.0': ['LT-3'], 'nist-800-53-r5': ['AU-2', 'AU-11', 'AU-12'], 'pci-dss-4.0': ['10.2.1', '10.5.1'] },
  doc: {
    en: {
      description:
        'Checks that server-level auditing of an Azure SQL logical server is Enabled and, when it writes to a storage account, that the retention is unlimited (0) or at least 90 days. Audit logs sent only to a Log Analytics workspace or an event hub keep the retention of that destination.',
      urgency: 'Plan the fix this sprint: nothing is exposed by itself, but without audit records a breach or a misuse of the database cannot be investigated afterwards.',
      risk: 'Without auditing there is no record of who logged in, from where, and which queries read or changed data. A stolen login, a SQL injection that dumps tables or an administrator exporting data leaves no trace, and a short retention erases the trail before a slow attack is even noticed.',
      recommendation:
        'Enable auditing at the server level (it then covers every database), send it to a Log Analytics workspace for querying and alerting, and keep storage-account copies for 90 days or more (0 keeps them forever).',
      console: [
        'In the Azure portal, open "SQL servers" and select the server.',
        'Under "Security", select "Auditing".',
        'Turn on "Enable Azure SQL Auditing" and choose Log Analytics (and/or Storage with "Retention (Days)" 90 or more).',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Azure SQL 論理サーバーのサーバー レベル監査が有効であり、ストレージ アカウントに書き込む場合は保持期間が無制限 (0) または 90 日以上であることを確認します。Log Analytics ワークスペースやイベント ハブのみに送る監査ログは、送信先の保持期間に従います。',
      urgency: '今スプリント中に対応を計画してください。これ自体で何かが露出するわけではありませんが、監査記録がなければデータベースの侵害や不正利用を後から調査できません。',
      risk: '監査がないと、誰がどこからログインし、どのクエリがデータを読み取り・変更したかの記録が残りません。盗まれたログイン、テーブルを抜き出す SQL インジェクション、管理者によるデータの持ち出しが痕跡なく行われ、保持期間が短ければ時間をかけた攻撃に気付く前に証跡が消えます。',
      recommendation:
        'サーバー レベルで監査を有効にし (すべてのデータベースが対象になります)、クエリやアラートのために Log Analytics ワークスペースへ送信してください。ストレージ アカウントに保存する場合は保持期間を 90 日以上 (0 は無期限) にします。',
      console: [
        'Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。',
        '「セキュリティ」の「監査」を選択します。',
        '「Azure SQL 監査を有効にする」をオンにし、Log Analytics (またはストレージと 90 日以上の「保持期間 (日)」) を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az sql server audit-policy update --resource-group RG --name SERVER --state Enabled \\\n  --log-analytics-target-state Enabled --log-analytics-workspace-resource-id WORKSPACE_ID \\\n  --blob-storage-target-state Enabled --storage-account STORAGE_ACCOUNT --retention-days 90',
    terraform:
      'resource "azurerm_mssql_server_extended_auditing_policy" "this" {\n  server_id              = azurerm_mssql_server.this.id\n  storage_endpoint       = azurerm_storage_account.audit.primary_blob_endpoint\n  retention_in_days      = 90\n  log_monitoring_enabled = true\n}',
    bicep:
      "resource auditing 'Microsoft.Sql/servers/auditingSettings@2021-11-01' = {\n  parent: sqlServer\n  name: 'default'\n  properties: {\n    state: 'Enabled'\n    isAzureMonitorTargetEnabled: true\n    storageEndpoint: auditStorage.properties.primaryEndpoints.blob\n    retentionDays: 90\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/auditing-overview', 'https://learn.microsoft.com/azure/azure-sql/database/auditing-setup'],
  evaluate(server) {
    const auditing = server.config.auditing ?? {};
    if (auditing.state !== 'Enabled') {
      return fail({ en: `Auditing is off on SQL server ${server.name}.`, ja: `SQL サーバー ${server.name} の監査が無効です。` }, { state: auditing.state ?? null });
    }
    const toStorage = !!auditing.storageEndpoint;
    // ARM leaves retentionDays out (or 0) for unlimited retention.
    const retentionDays = auditing.retentionDays ?? 0;
    const evidence = { storage: toStorage, azureMonitor: auditing.isAzureMonitorTargetEnabled ?? false, retentionDays };
    if (toStorage && retentionDays > 0 && retentionDays < MIN_RETENTION_DAYS) {
      return fail(
        { en: `SQL server ${server.name} keeps audit logs in storage for only ${retentionDays} days (at least ${MIN_RETENTION_DAYS} expected).`, ja: `SQL サーバー ${server.name} はストレージの監査ログを ${retentionDays} 日しか保持していません (${MIN_RETENTION_DAYS} 日以上が必要です)。` },
        evidence,
      );
    }
    return pass(
      toStorage
        ? { en: `SQL server ${server.name} is audited, keeping storage logs ${retentionDays === 0 ? 'without limit' : `for ${retentionDays} days`}.`, ja: `SQL サーバー ${server.name} は監査されており、ストレージのログを${retentionDays === 0 ? '無期限' : ` ${retentionDays} 日間`}保持しています。` }
        : { en: `SQL server ${server.name} is audited to Log Analytics or Event Hubs (retention set there).`, ja: `SQL サーバー ${server.name} は Log Analytics または Event Hubs に監査されています (保持期間は送信先で設定)。` },
      evidence,
    );
  },
});
