import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-cosmosdb-plan-on',
  plan: DEFENDER_PLANS.cosmosDb,
  label: { en: 'Azure Cosmos DB', ja: 'Azure Cosmos DB' },
  title: { en: 'Microsoft Defender for Azure Cosmos DB is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for Azure Cosmos DB がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.7.1'], 'mcsb-1.0': ['LT-1', 'DP-2'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-defender-for-cosmos', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/quickstart-enable-database-protections'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Azure Cosmos DB plan (pricing CosmosDbs) is set to Standard on the subscription. It analyses requests to Cosmos DB accounts and alerts on potential SQL injection, access from suspicious locations or with leaked keys, and unusual data extraction.',
      urgency: 'Fix within the month for subscriptions with Cosmos DB accounts holding application data: these accounts are reachable with a single primary key, and abuse of that key is otherwise invisible.',
      risk: 'Without the plan, an attacker holding a leaked account key (from a repository, a pipeline log or a compromised app) can dump every container from anywhere allowed by the network settings, and injection through the application query layer goes unnoticed, because nothing compares the requests with the account\'s normal use.',
      recommendation: 'Turn on Defender for Azure Cosmos DB wherever Cosmos DB holds business or personal data, prefer Microsoft Entra ID (role-based) data access over account keys, and send the alerts to the SOC.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Azure Cosmos DB プラン（価格名 CosmosDbs）が Standard に設定されていることを確認します。Cosmos DB アカウントへの要求を分析し、SQL インジェクションの可能性、不審な場所や漏えいしたキーによるアクセス、異常なデータ取得を通知します。',
      urgency: 'アプリケーション データを保持する Cosmos DB アカウントがあるサブスクリプションでは、1 か月以内に対応してください。これらのアカウントには 1 つのプライマリ キーでアクセスでき、そのキーの悪用はこのプランがなければ見えません。',
      risk: 'このプランがないと、リポジトリ、パイプラインのログ、侵害されたアプリなどから漏えいしたアカウント キーを持つ攻撃者が、ネットワーク設定で許可された任意の場所からすべてのコンテナーのデータを抜き出せます。アプリのクエリ層を通じたインジェクションも、要求を通常の利用と比較する仕組みがないため気付かれません。',
      recommendation: '業務データや個人データを保持する Cosmos DB があるサブスクリプションで Defender for Azure Cosmos DB をオンにし、データ アクセスにはアカウント キーより Microsoft Entra ID（ロールベース）を使い、アラートを SOC に送ってください。',
    },
  },
});
