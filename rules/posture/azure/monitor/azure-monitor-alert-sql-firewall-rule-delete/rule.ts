import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-sql-firewall-rule-delete',
  cis: '6.1.2.8',
  operation: 'Microsoft.Sql/servers/firewallRules/delete',
  signal: 'Delete server firewall rule (Server Firewall Rule)',
  label: { en: 'deleting an Azure SQL server firewall rule', ja: 'Azure SQL サーバーのファイアウォール規則の削除' },
  severity: 'LOW',
  urgency: 'low',
  urgencyText: {
    en: 'Low urgency: deleting a rule narrows access rather than widening it; add the alert with the create/update one so the history of SQL network changes is complete.',
    ja: '緊急度は低めです。規則の削除はアクセスを広げるのではなく狭めるものです。SQL のネットワーク変更の履歴が漏れなく残るよう、作成・更新のアラートと一緒に追加してください。',
  },
  risk: {
    en: 'Deleting firewall rules rarely exposes a server, but it can cut applications off from their database, or be part of an attacker replacing rules and cleaning up after themselves. Without an alert, responders cannot see who changed SQL network access and when.',
    ja: 'ファイアウォール規則の削除でサーバーが公開されることはまれですが、アプリケーションがデータベースに接続できなくなったり、攻撃者が規則を差し替えて痕跡を消す一環であったりします。アラートがないと、誰がいつ SQL のネットワーク アクセスを変更したかを対応者が把握できません。',
  },
});
