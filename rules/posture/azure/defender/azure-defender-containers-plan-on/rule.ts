import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-containers-plan-on',
  plan: DEFENDER_PLANS.containers,
  label: { en: 'Containers', ja: 'コンテナー' },
  components: ['ContainerRegistriesVulnerabilityAssessments', 'AgentlessDiscoveryForKubernetes', 'AgentlessVmScanning', 'ContainerSensor'],
  title: { en: 'Microsoft Defender for Containers is on with all its components', ja: 'Microsoft Defender for Containers がすべてのコンポーネントとともにオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.4.1'], 'mcsb-1.0': ['LT-1', 'PV-5'], 'nist-800-53-r5': ['SI-4', 'RA-5'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/tutorial-enable-containers-azure'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Containers plan (pricing Containers) is set to Standard and that its components are on: registry vulnerability assessment, agentless discovery for Kubernetes, agentless scanning, and the Defender sensor that detects runtime threats in AKS clusters. The plan counts as on only with full monitoring coverage.',
      urgency: 'Fix within the month: clusters run many internet-facing workloads built from third-party images, and a plan without its sensor gives no runtime detection even though it is billed.',
      risk: 'Without the plan (or without its sensor), a container started from a vulnerable image can be exploited, spawn a shell, mine cryptocurrency or reach the cluster API with its service account token without any alert, and images with known critical CVEs are pushed to production unnoticed.',
      recommendation:
        'Turn on Defender for Containers with every component, let Defender for Cloud deploy the Defender sensor and Azure Policy add-on to AKS clusters (or deploy them through your cluster pipeline), and fix the image vulnerabilities it reports before deployment.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Containers プラン（価格名 Containers）が Standard に設定され、そのコンポーネント（レジストリの脆弱性評価、Kubernetes のエージェントレス検出、エージェントレス スキャン、AKS クラスターの実行時の脅威を検出する Defender センサー）がオンであることを確認します。監視範囲が完全な場合にのみオンとみなします。',
      urgency: '1 か月以内に対応してください。クラスターではサードパーティのイメージから作られたインターネット公開ワークロードが多数動いており、センサーのないプランは課金されても実行時の検出を行いません。',
      risk: 'プラン（またはセンサー）がないと、脆弱なイメージから起動したコンテナーが悪用され、シェルを起動したり、暗号通貨をマイニングしたり、サービス アカウント トークンでクラスター API にアクセスしたりしてもアラートは出ず、既知の重大な CVE を含むイメージが気付かれないまま本番に送られます。',
      recommendation:
        'すべてのコンポーネントとともに Defender for Containers をオンにし、Defender センサーと Azure Policy アドオンを AKS クラスターに Defender for Cloud から展開（またはクラスターのパイプラインで展開）して、報告されたイメージの脆弱性をデプロイ前に修正してください。',
    },
  },
});
