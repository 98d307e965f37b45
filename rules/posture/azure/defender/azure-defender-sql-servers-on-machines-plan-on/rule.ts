import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-sql-servers-on-machines-plan-on',
  plan: DEFENDER_PLANS.sqlServersOnMachines,
  label: { en: 'SQL servers on machines', ja: 'マシン上の SQL サーバー' },
  title: { en: 'Microsoft Defender for SQL servers on machines is on for the subscription', ja: 'サブスクリプションでマシン上の SQL サーバー用 Microsoft Defender がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.7.4'], 'mcsb-1.0': ['LT-1', 'DP-2'], 'nist-800-53-r5': ['SI-4', 'RA-5'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-usage', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction'],
  doc: {
    en: {
      description:
        'Checks that the Defender for SQL servers on machines plan (pricing SqlServerVirtualMachines) is set to Standard on the subscription. It extends vulnerability assessment and threat protection to SQL Server running on Azure VMs and Arc-enabled servers, which the Azure SQL plan does not cover.',
      urgency: 'Fix within the month for subscriptions running SQL Server on VMs: these instances are patched and monitored by you, and this plan is their only Defender for Cloud threat detection.',
      risk: 'Without the plan, brute-force attempts against the sa login, SQL injection through an application, or xp_cmdshell being used to run commands on the VM after a compromise produce no database-level alert, and missing SQL Server hardening is never assessed.',
      recommendation: 'Turn on Defender for SQL servers on machines where SQL Server runs on VMs or Arc-enabled servers, make sure the SQL IaaS extension or the Azure Monitor agent it relies on is deployed, and route its alerts to the SOC.',
    },
    ja: {
      description:
        'サブスクリプションでマシン上の SQL サーバー用 Defender プラン（価格名 SqlServerVirtualMachines）が Standard に設定されていることを確認します。Azure SQL のプランが対象としない、Azure VM や Arc 対応サーバーで動く SQL Server に脆弱性評価と脅威保護を提供します。',
      urgency: 'VM 上で SQL Server を運用しているサブスクリプションでは 1 か月以内に対応してください。これらのインスタンスは自社でパッチ適用と監視を行うもので、Defender for Cloud の脅威検出はこのプランだけです。',
      risk: 'このプランがないと、sa ログインへのブルートフォース、アプリケーション経由の SQL インジェクション、侵害後に xp_cmdshell で VM 上のコマンドを実行する操作があっても、データベース レベルのアラートは出ず、SQL Server の堅牢化の不足も評価されません。',
      recommendation: 'VM や Arc 対応サーバーで SQL Server を実行しているサブスクリプションでマシン上の SQL サーバー用 Defender をオンにし、必要な SQL IaaS 拡張機能または Azure Monitor エージェントが展開されていることを確認して、アラートを SOC に送ってください。',
    },
  },
});
