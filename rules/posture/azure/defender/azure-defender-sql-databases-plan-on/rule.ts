import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-sql-databases-plan-on',
  plan: DEFENDER_PLANS.sqlDatabases,
  label: { en: 'Azure SQL Databases', ja: 'Azure SQL データベース' },
  title: { en: 'Microsoft Defender for Azure SQL Databases is on for the subscription', ja: 'サブスクリプションで Azure SQL データベース用 Microsoft Defender がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.7.3'], 'mcsb-1.0': ['LT-1', 'DP-2'], 'nist-800-53-r5': ['SI-4', 'RA-5'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/azure-sql/database/azure-defender-for-sql', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Azure SQL Databases plan (pricing SqlServers) is set to Standard on the subscription. It covers Azure SQL Database, SQL Managed Instance and Azure Synapse dedicated pools with vulnerability assessment and Advanced Threat Protection (SQL injection, brute force, anomalous access and exfiltration alerts).',
      urgency: 'Fix within the month for subscriptions with SQL databases: they usually hold the most sensitive business data, and injection or credential abuse against them is otherwise silent.',
      risk: 'Without the plan, a SQL injection flaw in an application can be used to read whole tables, and a stolen SQL login can export the database from an unusual location, without any alert; misconfigurations such as excessive permissions or missing auditing are not assessed either.',
      recommendation: 'Turn on Defender for Azure SQL Databases for subscriptions that host Azure SQL or SQL Managed Instance, review the vulnerability assessment findings, and route the Advanced Threat Protection alerts to the SOC.',
    },
    ja: {
      description:
        'サブスクリプションで Azure SQL データベース用 Defender プラン（価格名 SqlServers）が Standard に設定されていることを確認します。Azure SQL Database、SQL Managed Instance、Azure Synapse の専用プールを対象に、脆弱性評価と Advanced Threat Protection（SQL インジェクション、ブルートフォース、異常なアクセスやデータ持ち出しのアラート）を提供します。',
      urgency: 'SQL データベースがあるサブスクリプションでは 1 か月以内に対応してください。SQL データベースは通常最も機密性の高い業務データを保持しており、インジェクションや資格情報の悪用はこのプランがなければ検知されません。',
      risk: 'このプランがないと、アプリケーションの SQL インジェクションの欠陥を使ってテーブル全体を読み取られても、盗まれた SQL ログインで通常と異なる場所からデータベースをエクスポートされても、アラートは出ません。過剰な権限や監査の欠如といった構成の問題も評価されません。',
      recommendation: 'Azure SQL や SQL Managed Instance をホストするサブスクリプションで Azure SQL データベース用 Defender をオンにし、脆弱性評価の結果を確認して、Advanced Threat Protection のアラートを SOC に送ってください。',
    },
  },
});
