import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const OPEN = new Set(['0.0.0.0/0', '0.0.0.0']);

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-api-server-restricted',
  services: ['containerservice'],
  title: { en: 'AKS API servers are private or limited to authorized IP ranges', ja: 'AKS の API サーバーがプライベートであるか、承認済み IP 範囲に制限されている' },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'apiServerAccessProfile', 'publicNetworkAccess'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-17'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description: 'Checks that the Kubernetes API server of an AKS cluster is not open to the whole internet: the cluster is private (enablePrivateCluster), public network access is Disabled, or authorizedIPRanges lists specific ranges (not 0.0.0.0/0).',
      urgency: 'Fix within days: an internet-facing API server is scanned continuously, and any leaked kubeconfig, token or API server vulnerability is usable from anywhere.',
      risk: 'With an open API server, the only protection of the cluster control plane is authentication; a leaked service account token or kubeconfig, or a future API server flaw, gives an attacker direct control from any network.',
      recommendation: 'Use a private cluster (or API server VNet integration) for production; otherwise set authorized IP ranges to the egress addresses of your admins, CI agents and VPN.',
      console: ['In the Azure portal, open "Kubernetes services" and select the cluster.', 'Under "Settings", select "Networking".', 'Tick "Set authorized IP ranges" and enter the allowed ranges (private clusters are chosen at creation).', 'Click "Save".'],
    },
    ja: {
      description: 'AKS クラスターの Kubernetes API サーバーがインターネット全体に公開されていないこと、つまりプライベート クラスター (enablePrivateCluster) であるか、パブリック ネットワーク アクセスが無効であるか、authorizedIPRanges に特定の範囲 (0.0.0.0/0 以外) が設定されていることを確認します。',
      urgency: '数日以内に対応してください。インターネットに公開された API サーバーは常にスキャンされ、漏えいした kubeconfig、トークン、API サーバーの脆弱性がどこからでも悪用できます。',
      risk: 'API サーバーが公開されていると、コントロール プレーンの保護は認証だけです。漏えいしたサービス アカウント トークンや kubeconfig、将来の API サーバーの欠陥により、攻撃者はどのネットワークからでもクラスターを直接制御できます。',
      recommendation: '本番ではプライベート クラスター (または API サーバーの VNet 統合) を使い、それ以外では承認済み IP 範囲を管理者、CI エージェント、VPN の送信元アドレスに設定してください。',
      console: ['Azure portal で「Kubernetes サービス」を開き、対象のクラスターを選択します。', '「設定」の「ネットワーク」を選択します。', '「承認された IP 範囲を設定する」をオンにし、許可する範囲を入力します (プライベート クラスターは作成時に選択します)。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az aks update --resource-group RG --name AKS --api-server-authorized-ip-ranges 203.0.113.0/28,198.51.100.10/32',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  api_server_access_profile {\n    authorized_ip_ranges = ["203.0.113.0/28"]\n  }\n  # or: private_cluster_enabled = true\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    apiServerAccessProfile: {\n      authorizedIPRanges: [ '203.0.113.0/28' ]\n      // or: enablePrivateCluster: true\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/aks/api-server-authorized-ip-ranges', 'https://learn.microsoft.com/azure/aks/private-clusters'],
  evaluate(cluster) {
    const profile = cluster.config.apiServerAccessProfile ?? {};
    if (profile.enablePrivateCluster === true) return pass({ en: `AKS cluster ${cluster.name} is a private cluster.`, ja: `AKS クラスター ${cluster.name} はプライベート クラスターです。` }, { privateCluster: true });
    if (cluster.config.publicNetworkAccess === 'Disabled') return pass({ en: `AKS cluster ${cluster.name} has public network access disabled.`, ja: `AKS クラスター ${cluster.name} のパブリック ネットワーク アクセスは無効です。` }, { publicNetworkAccess: 'Disabled' });
    const ranges = profile.authorizedIPRanges ?? [];
    const open = ranges.filter((r) => OPEN.has(r.trim()));
    if (ranges.length && !open.length) return pass({ en: `AKS cluster ${cluster.name} admits ${ranges.length} authorized IP ranges only.`, ja: `AKS クラスター ${cluster.name} は承認済み IP 範囲 ${ranges.length} 件のみを許可しています。` }, { authorizedIPRanges: ranges });
    return fail({ en: `The API server of AKS cluster ${cluster.name} is reachable from the whole internet.`, ja: `AKS クラスター ${cluster.name} の API サーバーにインターネット全体から到達できます。` }, { privateCluster: false, authorizedIPRanges: ranges });
  },
});
