import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-opensource-databases-plan-on',
  plan: DEFENDER_PLANS.openSourceDatabases,
  label: { en: 'Open-source relational databases', ja: 'オープンソースのリレーショナル データベース' },
  title: {
    en: 'Microsoft Defender for open-source relational databases is on for the subscription',
    ja: 'サブスクリプションでオープンソースのリレーショナル データベース用 Microsoft Defender がオンになっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.7.2'], 'mcsb-1.0': ['LT-1', 'DP-2'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/quickstart-enable-database-protections'],
  doc: {
    en: {
      description:
        'Checks that the Defender for open-source relational databases plan (pricing OpenSourceRelationalDatabases) is set to Standard on the subscription. It covers Azure Database for PostgreSQL and MySQL flexible servers and alerts on brute-force logins, logins from unusual locations or principals, and suspicious database activity.',
      urgency: 'Fix within the month for subscriptions running PostgreSQL or MySQL servers, especially ones reachable from the internet: password guessing against them is constant.',
      risk: 'Without the plan, a password-spraying run against a publicly reachable PostgreSQL or MySQL server, or a successful login with stolen credentials from an unfamiliar country, produces no alert, and the attacker can dump or encrypt the database before anyone looks at the logs.',
      recommendation: 'Turn on Defender for open-source relational databases wherever PostgreSQL or MySQL flexible servers hold application data, and send the alerts to the SOC; combine it with Microsoft Entra authentication and private access.',
    },
    ja: {
      description:
        'サブスクリプションでオープンソースのリレーショナル データベース用 Defender プラン（価格名 OpenSourceRelationalDatabases）が Standard に設定されていることを確認します。Azure Database for PostgreSQL と MySQL のフレキシブル サーバーを対象に、ブルートフォースによるログイン、通常と異なる場所やプリンシパルからのログイン、不審なデータベース操作を通知します。',
      urgency: 'PostgreSQL や MySQL のサーバー、特にインターネットから到達できるサーバーがあるサブスクリプションでは、1 か月以内に対応してください。これらへのパスワード推測は絶えず行われています。',
      risk: 'このプランがないと、公開された PostgreSQL や MySQL のサーバーへのパスワード スプレー攻撃や、見慣れない国から盗まれた資格情報でのログイン成功があってもアラートは出ず、誰かがログを確認する前に攻撃者がデータベースを抜き出したり暗号化したりできます。',
      recommendation: 'PostgreSQL や MySQL のフレキシブル サーバーがアプリケーション データを保持するサブスクリプションでオープンソースのリレーショナル データベース用 Defender をオンにし、アラートを SOC に送ってください。Microsoft Entra 認証とプライベート アクセスも併用してください。',
    },
  },
});
