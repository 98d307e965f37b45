import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-appservice-plan-on',
  plan: DEFENDER_PLANS.appServices,
  label: { en: 'App Service', ja: 'App Service' },
  title: { en: 'Microsoft Defender for App Service is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for App Service がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.6.1'], 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['6.4.2', '11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-app-service-introduction'],
  doc: {
    en: {
      description:
        'Checks that the Defender for App Service plan (pricing AppServices) is set to Standard on the subscription. It watches the App Service instances and their management plane for attacks such as scanning for vulnerable pages, web shells, suspicious process execution in the sandbox, and dangling DNS entries that allow subdomain takeover.',
      urgency: 'Fix within the month: web apps are internet-facing by design and are probed continuously; this plan is how you learn that one of them is being exploited.',
      risk: 'Without the plan, an attacker who finds an injection flaw in a web app can drop a web shell, run commands in the app\'s sandbox and read its connection strings and managed identity tokens, and a deleted app whose DNS record still points at azurewebsites.net can be claimed by someone else to serve content under your domain, all without an alert.',
      recommendation: 'Turn on Defender for App Service for every subscription that hosts web apps or functions on App Service plans, and send its alerts to the SOC together with the other Defender for Cloud alerts.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for App Service プラン（価格名 AppServices）が Standard に設定されていることを確認します。App Service のインスタンスとその管理プレーンを監視し、脆弱なページの探索、Web シェル、サンドボックス内の不審なプロセス実行、サブドメイン乗っ取りを許す宙に浮いた DNS エントリなどの攻撃を検出します。',
      urgency: '1 か月以内に対応してください。Web アプリは設計上インターネットに公開されて常に探索されており、そのいずれかが悪用されていることを知る手段がこのプランです。',
      risk: 'このプランがないと、Web アプリのインジェクションの欠陥を見つけた攻撃者が Web シェルを置き、アプリのサンドボックスでコマンドを実行して接続文字列やマネージド ID のトークンを読み取れます。また、削除済みのアプリを指したままの DNS レコードを第三者に取得され、自社ドメインでコンテンツを配信されても、アラートは出ません。',
      recommendation: 'App Service プランで Web アプリや関数をホストするすべてのサブスクリプションで Defender for App Service をオンにし、他の Defender for Cloud のアラートと同様に SOC へ送ってください。',
    },
  },
});
