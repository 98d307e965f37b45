import { AZURE_TYPES, type PricingConfig, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-defender-enabled',
  services: ['sql'],
  title: {
    en: 'Microsoft Defender for SQL protects Azure SQL servers',
    ja: 'Azure SQL サーバーが Microsoft Defender for SQL で保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.sqlServer],
  reads: [AZURE_TYPES.pricing],
  requires: ['id', 'securityAlertPolicy'],
  frameworks: { 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4', 'SI-4(5)'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description:
        "Checks that Microsoft Defender for SQL (advanced threat protection) covers the Azure SQL logical server: enabled on the server itself, or through the subscription's Defender for Cloud plan 'Azure SQL Databases' (pricing SqlServers at Standard).",
      urgency: 'Fix within days: without it, SQL injection, brute force and data exfiltration against the server raise no alert at all.',
      risk: 'Attacks on a database look like ordinary queries. Without Defender for SQL nobody is told about a SQL injection in a web app, a login from an unusual location, a password-guessing run or an unusual export, and the first sign of a breach is the data appearing elsewhere.',
      recommendation: 'Enable the Defender for Cloud plan for Azure SQL Databases on the subscription (it covers every server, present and future), or at least enable Microsoft Defender for SQL on this server, and route its alerts to the SOC.',
      console: ['In the Azure portal, open "Microsoft Defender for Cloud" > "Environment settings" and select the subscription.', 'Turn on the "Databases" plan and, under "Select types", turn on "Azure SQL Databases".', 'Click "Save". (Per server: open the SQL server > "Security" > "Microsoft Defender for Cloud" > "Enable Microsoft Defender for SQL".)'],
    },
    ja: {
      description:
        'Azure SQL 論理サーバーが Microsoft Defender for SQL (Advanced Threat Protection) で保護されていることを確認します。サーバー自体で有効になっているか、サブスクリプションの Defender for Cloud プラン「Azure SQL Databases」(価格 SqlServers が Standard) で保護されていれば適合です。',
      urgency: '数日以内に対応してください。無効のままでは、サーバーへの SQL インジェクション、ブルート フォース、データ持ち出しが一切アラートになりません。',
      risk: 'データベースへの攻撃は通常のクエリに見えます。Defender for SQL がないと、Web アプリ経由の SQL インジェクション、普段と異なる場所からのログイン、パスワード推測、異常なエクスポートに誰も気付かず、侵害の最初の兆候はデータが外部に出回ることになります。',
      recommendation: 'サブスクリプションで Azure SQL Databases 向けの Defender for Cloud プランを有効にする (既存・将来のすべてのサーバーが対象) か、少なくともこのサーバーで Microsoft Defender for SQL を有効にし、アラートを SOC に連携してください。',
      console: ['Azure portal で「Microsoft Defender for Cloud」>「環境設定」を開き、サブスクリプションを選択します。', '「データベース」プランをオンにし、「種類の選択」で「Azure SQL Databases」をオンにします。', '「保存」をクリックします (サーバー単位の場合: SQL サーバー >「セキュリティ」>「Microsoft Defender for Cloud」>「Microsoft Defender for SQL を有効にする」)。'],
    },
  },
  remediation: {
    cli: 'az security pricing create --name SqlServers --tier Standard\n# or per server:\naz sql server advanced-threat-protection-setting update --resource-group RG --name SERVER --state Enabled',
    terraform: 'resource "azurerm_security_center_subscription_pricing" "sql" {\n  tier          = "Standard"\n  resource_type = "SqlServers"\n}',
    bicep: "targetScope = 'subscription'\n\nresource defenderForSql 'Microsoft.Security/pricings@2024-01-01' = {\n  name: 'SqlServers'\n  properties: {\n    pricingTier: 'Standard'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-sql-introduction', 'https://learn.microsoft.com/azure/azure-sql/database/azure-defender-for-sql'],
  evaluate(server, ctx) {
    const state = server.config.securityAlertPolicy?.state;
    if (state === 'Enabled') {
      return pass({ en: `Microsoft Defender for SQL is enabled on SQL server ${server.name}.`, ja: `SQL サーバー ${server.name} で Microsoft Defender for SQL が有効です。` }, { serverState: state });
    }
    const plan = ctx.resources<PricingConfig>(AZURE_TYPES.pricing, { account: server.account }).find((p) => p.config.name?.toLowerCase() === 'sqlservers');
    if (plan?.config.pricingTier === 'Standard') {
      return pass({ en: `SQL server ${server.name} is covered by the subscription's Defender for SQL plan.`, ja: `SQL サーバー ${server.name} はサブスクリプションの Defender for SQL プランで保護されています。` }, { serverState: state ?? null, subscriptionPlan: 'Standard' });
    }
    return fail(
      { en: `Microsoft Defender for SQL does not protect SQL server ${server.name} (server setting ${state ?? 'not set'}, subscription plan ${plan?.config.pricingTier ?? 'not found'}).`, ja: `SQL サーバー ${server.name} は Microsoft Defender for SQL で保護されていません (サーバー設定: ${state ?? '未設定'}、サブスクリプション プラン: ${plan?.config.pricingTier ?? 'なし'})。` },
      { serverState: state ?? null, subscriptionPlan: plan?.config.pricingTier ?? null },
    );
  },
});
