import { AZURE_TYPES, type MySqlFlexibleServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<MySqlFlexibleServerConfig>({
  id: 'azure-mysql-server-audit-log-enabled',
  services: ['mysql'],
  title: {
    en: 'MySQL flexible servers have audit logging of connections enabled',
    ja: 'MySQL フレキシブル サーバーで接続の監査ログが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.mysqlFlexibleServer],
  requires: ['id', 'configurations'],
  frameworks: { 'mcsb-1.0': ['LT-3'], 'nist-800-53-r5': ['AU-2', 'AU-12'], 'pci-dss-4.0': ['10.2.1'] },
  doc: {
    en: {
      description: 'Checks that the server parameter audit_log_enabled of an Azure Database for MySQL flexible server is ON and that audit_log_events includes CONNECTION (or is left at its default, CONNECTION). Audit logs still need a diagnostic setting (MySqlAuditLogs) to leave the server.',
      urgency: 'Plan the fix this sprint: nothing is exposed, but logins, failed logins and administrative statements leave no trace without it.',
      risk: 'Without an audit log, password guessing, logins from unexpected clients and privilege changes go unrecorded, and an incident cannot be scoped: you cannot tell which account connected when, or what it changed.',
      recommendation: 'Set audit_log_enabled to ON, keep CONNECTION in audit_log_events (add DDL and DCL for changes of schema and privileges), and send the MySqlAuditLogs category to a Log Analytics workspace with a diagnostic setting.',
      console: ['In the Azure portal, open "Azure Database for MySQL flexible servers" and select the server.', 'Under "Settings", select "Server parameters".', 'Set "audit_log_enabled" to ON and select CONNECTION (and DDL, DCL) in "audit_log_events".', 'Click "Save", then add a diagnostic setting for "MySQL Audit Logs" under "Monitoring" > "Diagnostic settings".'],
    },
    ja: {
      description: 'Azure Database for MySQL フレキシブル サーバーのサーバー パラメーター audit_log_enabled が ON であり、audit_log_events に CONNECTION が含まれる (または既定値の CONNECTION のまま) ことを確認します。監査ログをサーバー外に送るには、さらに診断設定 (MySqlAuditLogs) が必要です。',
      urgency: '今スプリント中に対応を計画してください。何かが露出するわけではありませんが、監査ログがないとログイン、ログイン失敗、管理操作の痕跡が残りません。',
      risk: '監査ログがないと、パスワード推測、想定外のクライアントからのログイン、権限変更が記録されず、インシデント時にどのアカウントがいつ接続し何を変更したかを特定できません。',
      recommendation: 'audit_log_enabled を ON にし、audit_log_events に CONNECTION を残して (スキーマや権限の変更には DDL と DCL を追加)、診断設定で MySqlAuditLogs カテゴリを Log Analytics ワークスペースに送信してください。',
      console: ['Azure portal で「Azure Database for MySQL フレキシブル サーバー」を開き、対象のサーバーを選択します。', '「設定」の「サーバー パラメーター」を選択します。', '「audit_log_enabled」を ON にし、「audit_log_events」で CONNECTION (と DDL、DCL) を選択します。', '「保存」をクリックし、「監視」>「診断設定」で「MySQL Audit Logs」の診断設定を追加します。'],
    },
  },
  remediation: {
    cli: 'az mysql flexible-server parameter set --resource-group RG --server-name SERVER --name audit_log_enabled --value ON\naz mysql flexible-server parameter set --resource-group RG --server-name SERVER --name audit_log_events --value CONNECTION,DDL,DCL',
    terraform: 'resource "azurerm_mysql_flexible_server_configuration" "audit_log" {\n  name                = "audit_log_enabled"\n  resource_group_name = azurerm_resource_group.this.name\n  server_name         = azurerm_mysql_flexible_server.this.name\n  value               = "ON"\n}',
    bicep: "resource auditLog 'Microsoft.DBforMySQL/flexibleServers/configurations@2023-12-30' = {\n  parent: mysql\n  name: 'audit_log_enabled'\n  properties: { value: 'ON', source: 'user-override' }\n}",
  },
  references: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-audit-logs', 'https://learn.microsoft.com/azure/mysql/flexible-server/tutorial-configure-audit'],
  evaluate(server) {
    const params = server.config.configurations ?? {};
    const enabled = params.audit_log_enabled;
    if (enabled === undefined) {
      return notAssessed({ en: `The audit parameters of MySQL server ${server.name} were not collected.`, ja: `MySQL サーバー ${server.name} の監査パラメーターが収集されていません。` });
    }
    // Default of audit_log_events: CONNECTION.
    const events = params.audit_log_events ?? 'CONNECTION';
    const evidence = { audit_log_enabled: enabled, audit_log_events: events };
    if (enabled.toUpperCase() !== 'ON') {
      return fail({ en: `MySQL server ${server.name} has audit logging off.`, ja: `MySQL サーバー ${server.name} の監査ログが無効です。` }, evidence);
    }
    const logged = events.split(',').map((e) => e.trim().toUpperCase());
    if (!logged.includes('CONNECTION') && !logged.includes('ALL')) {
      return fail({ en: `MySQL server ${server.name} audits ${events} but not CONNECTION events.`, ja: `MySQL サーバー ${server.name} は ${events} を監査していますが、CONNECTION イベントを監査していません。` }, evidence);
    }
    return pass({ en: `MySQL server ${server.name} audits ${events}.`, ja: `MySQL サーバー ${server.name} は ${events} を監査しています。` }, evidence);
  },
});
