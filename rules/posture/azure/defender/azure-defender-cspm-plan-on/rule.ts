import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-cspm-plan-on',
  plan: DEFENDER_PLANS.cspm,
  label: { en: 'Defender CSPM', ja: 'Defender CSPM' },
  title: { en: 'Microsoft Defender CSPM is on for the subscription', ja: 'サブスクリプションで Microsoft Defender CSPM がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['8.1.1.1'], 'mcsb-1.0': ['PV-1', 'LT-1'], 'nist-800-53-r5': ['CA-7', 'RA-5'], 'pci-dss-4.0': ['12.5.1'] },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-cloud-security-posture-management',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-cspm-plan',
  ],
  doc: {
    en: {
      description:
        'Checks that the Defender CSPM plan (pricing CloudPosture) is set to Standard on the subscription. The free foundational CSPM only lists recommendations; Defender CSPM adds attack path analysis, the cloud security explorer, agentless scanning of machines and containers, sensitive data discovery and governance rules.',
      urgency: 'Low urgency: this adds prioritisation and visibility rather than closing an exposure. Plan it with your cost owner, since it is billed per billable compute, database and storage resource.',
      risk: 'Without Defender CSPM the team sees a flat list of hundreds of recommendations and no attack paths, so the one internet-facing VM with a vulnerable package and a managed identity that can read a key vault looks no more urgent than a missing tag. Real exposure chains stay unnoticed until someone uses them.',
      recommendation:
        'Turn on Defender CSPM for production subscriptions (and ideally all of them, through a policy at the management group), keep its components (agentless scanning, sensitive data discovery, API posture) on, and route its attack paths to the team that owns remediation.',
    },
    ja: {
      description:
        'サブスクリプションで Defender CSPM プラン（価格名 CloudPosture）が Standard に設定されていることを確認します。無料の基本的な CSPM は推奨事項を一覧表示するだけですが、Defender CSPM では攻撃パス分析、クラウド セキュリティ エクスプローラー、マシンとコンテナーのエージェントレス スキャン、機密データの検出、ガバナンス ルールが利用できます。',
      urgency: '緊急度は低めです。露出を塞ぐものではなく、優先順位付けと可視性を高めるものです。課金対象のコンピューティング、データベース、ストレージ リソースごとに課金されるため、コスト責任者と相談して計画してください。',
      risk: 'Defender CSPM がないと、チームには数百件の推奨事項が平坦に並ぶだけで攻撃パスは表示されません。脆弱なパッケージを持ち、Key Vault を読み取れるマネージド ID を持つインターネット公開 VM も、タグの付け忘れと同じ重みに見えてしまい、実際の侵害経路は誰かに悪用されるまで気付かれません。',
      recommendation:
        '本番サブスクリプション（できれば管理グループへのポリシー割り当てによりすべてのサブスクリプション）で Defender CSPM をオンにし、コンポーネント（エージェントレス スキャン、機密データの検出、API の態勢管理）もオンのままにして、攻撃パスを修正担当チームに届けてください。',
    },
  },
});
