import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-sql-firewall-rule-create-update',
  cis: '6.1.2.7',
  operation: 'Microsoft.Sql/servers/firewallRules/write',
  signal: 'Create/Update server firewall rule (Server Firewall Rule)',
  label: { en: 'creating or updating an Azure SQL server firewall rule', ja: 'Azure SQL サーバーのファイアウォール規則の作成・更新' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: a widened firewall rule exposes a database immediately; the alert turns a silent exposure into a same-day review.',
    ja: '緊急度は中程度です。範囲の広いファイアウォール規則はデータベースを即座に公開します。このアラートにより、気付かれない公開を当日中のレビューに変えられます。',
  },
  risk: {
    en: 'A rule such as 0.0.0.0-255.255.255.255, or one for an unknown address, opens the SQL server to password guessing and data theft from anywhere; the "Allow Azure services" rule (0.0.0.0) opens it to every Azure customer. Without an alert such a rule stays until the next review.',
    ja: '0.0.0.0-255.255.255.255 のような規則や、不明なアドレスへの規則は、SQL サーバーをあらゆる場所からのパスワード推測やデータ窃取にさらします。「Azure サービスを許可」（0.0.0.0）の規則は Azure の全利用者に開放します。アラートがないと、こうした規則は次回のレビューまで残ります。',
  },
});
