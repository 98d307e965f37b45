import { EKS_CLUSTER_TYPE, EKS_VERSION_CALENDAR, type EksClusterConfig } from '../../../../../src/providers/aws/model/eks.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

const minor = (v: string) => {
  const m = /^(\d+)\.(\d+)/.exec(v);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : undefined;
};
const known = Object.keys(EKS_VERSION_CALENDAR).sort((a, b) => minor(a)! - minor(b)!);

export const rule = defineRule<EksClusterConfig>({
  id: 'aws-eks-supported-version',
  services: ['eks'],
  title: {
    en: 'EKS cluster runs a Kubernetes version in standard support',
    ja: 'EKS クラスターが標準サポート期間内の Kubernetes バージョンで稼働している',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [EKS_CLUSTER_TYPE],
  requires: ['version'],
  frameworks: {
    fsbp: ['EKS.2'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
  },
  doc: {
    en: {
      description: "Checks the cluster's Kubernetes minor version against the Amazon EKS release calendar at snapshot time: it fails once the version is past its end of standard support (in paid extended support) or past the end of extended support.",
      urgency: 'Plan the upgrade now: past standard support the cluster costs extra per hour and receives only critical patches, and at the end of extended support AWS upgrades the control plane automatically, which can break workloads that were not tested.',
      risk: 'Old Kubernetes versions keep known vulnerabilities in the API server and kubelet, and add-ons stop receiving fixes. A forced automatic upgrade at the end of extended support can remove deprecated APIs the applications still use and cause an outage.',
      recommendation: 'Upgrade one minor version at a time (control plane, then add-ons, then node groups) to a version in standard support, after checking deprecated APIs with EKS upgrade insights. Keep a regular upgrade cadence, e.g. every two releases, so clusters never leave standard support.',
      console: [
        'Open the Amazon EKS console, select the cluster and check the "Upgrade insights" tab for deprecated API usage.',
        'Choose "Upgrade now" and pick the next minor version.',
        'After the control plane upgrade, update the managed add-ons and then each node group.',
        'Repeat until the cluster runs a version in standard support.',
      ],
    },
    ja: {
      description: 'スナップショット時点の Amazon EKS リリースカレンダーと照らし合わせ、クラスターの Kubernetes マイナーバージョンを確認します。標準サポート終了日を過ぎている（有償の延長サポート中）場合、または延長サポート終了日を過ぎている場合に不合格とします。',
      urgency: '今すぐアップグレードを計画してください。標準サポートを過ぎると時間単位の追加料金がかかり、重大なパッチしか提供されません。延長サポート終了時には AWS がコントロールプレーンを自動アップグレードするため、未検証のワークロードが動かなくなるおそれがあります。',
      risk: '古い Kubernetes バージョンには API サーバーや kubelet の既知の脆弱性が残り、アドオンも修正が提供されなくなります。延長サポート終了時の強制的な自動アップグレードでは、アプリケーションがまだ使っている非推奨 API が削除され、障害につながる可能性があります。',
      recommendation: 'EKS のアップグレードインサイトで非推奨 API の利用を確認したうえで、マイナーバージョンを一つずつ（コントロールプレーン → アドオン → ノードグループの順に）標準サポート内のバージョンまで上げてください。2 リリースごとなど定期的なアップグレードサイクルを決め、標準サポートから外れないように運用してください。',
      console: [
        'Amazon EKS コンソールで対象クラスターを選択し、「アップグレードインサイト」タブで非推奨 API の利用を確認します。',
        '「今すぐアップグレード」を選択し、次のマイナーバージョンを選びます。',
        'コントロールプレーンのアップグレード後、マネージドアドオン、続いて各ノードグループを更新します。',
        '標準サポート内のバージョンになるまで繰り返します。',
      ],
    },
  },
  remediation: {
    cli: '# Upgrade one minor version at a time\naws eks update-cluster-version --name web-eks --kubernetes-version 1.27\naws eks wait cluster-active --name web-eks\n# then add-ons and node groups, e.g.:\naws eks update-nodegroup-version --cluster-name web-eks --nodegroup-name default',
    terraform: 'resource "aws_eks_cluster" "this" {\n  name     = "web-eks"\n  role_arn = aws_iam_role.cluster.arn\n  version  = "1.35" # raise one minor version per apply\n\n  upgrade_policy {\n    support_type = "STANDARD" # do not silently drift into paid extended support\n  }\n\n  vpc_config {\n    subnet_ids = var.private_subnet_ids\n  }\n}',
    cloudformation: 'Resources:\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: web-eks\n      Version: "1.35" # raise one minor version per update\n      RoleArn: !GetAtt ClusterRole.Arn\n      UpgradePolicy:\n        SupportType: STANDARD\n      ResourcesVpcConfig:\n        SubnetIds: !Ref PrivateSubnetIds',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-2',
  ],
  evaluate(cluster, ctx) {
    const version = cluster.config.version;
    const v = version ? minor(version) : undefined;
    if (!version || v === undefined) return notAssessed({ en: 'The cluster version was not reported.', ja: 'クラスターのバージョンが取得できませんでした。' });
    const key = `${Math.floor(v / 1000)}.${v % 1000}`;
    const entry = EKS_VERSION_CALENDAR[key];
    const now = ctx.now.toISOString().slice(0, 10);
    if (!entry) {
      if (v > minor(known[known.length - 1])!) {
        return pass({ en: `Kubernetes ${version} is newer than every version in mamori's release calendar.`, ja: `Kubernetes ${version} は mamori のリリースカレンダーのどのバージョンよりも新しいバージョンです。` }, { version });
      }
      return fail(
        { en: `Kubernetes ${version} is long past the end of EKS support.`, ja: `Kubernetes ${version} は EKS のサポート期間をとうに過ぎています。` },
        { version },
      );
    }
    const evidence = { version, ...entry, snapshotDate: now };
    if (now >= entry.endOfExtendedSupport) {
      return fail(
        {
          en: `Kubernetes ${version} reached the end of extended support on ${entry.endOfExtendedSupport}; it is unsupported and due for automatic upgrade.`,
          ja: `Kubernetes ${version} は ${entry.endOfExtendedSupport} に延長サポートが終了しており、サポート外で自動アップグレードの対象です。`,
        },
        evidence,
      );
    }
    if (now >= entry.endOfStandardSupport) {
      return fail(
        {
          en: `Kubernetes ${version} left standard support on ${entry.endOfStandardSupport} and runs in paid extended support until ${entry.endOfExtendedSupport}.`,
          ja: `Kubernetes ${version} は ${entry.endOfStandardSupport} に標準サポートが終了し、${entry.endOfExtendedSupport} までの有償の延長サポート期間中です。`,
        },
        evidence,
      );
    }
    return pass(
      { en: `Kubernetes ${version} is in standard support until ${entry.endOfStandardSupport}.`, ja: `Kubernetes ${version} は ${entry.endOfStandardSupport} まで標準サポート期間内です。` },
      evidence,
    );
  },
});
