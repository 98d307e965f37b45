import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const ENGINES = new Set(['azure', 'calico', 'cilium']);

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-network-policy',
  services: ['containerservice'],
  title: { en: 'AKS clusters have a network policy engine', ja: 'AKS クラスターにネットワーク ポリシー エンジンが構成されている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'networkProfile'],
  frameworks: { 'mcsb-1.0': ['NS-1'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1'] },
  doc: {
    en: {
      description: 'Checks that an AKS cluster has a network policy engine (networkProfile.networkPolicy azure, calico or cilium). Without one, Kubernetes NetworkPolicy objects are accepted but not enforced, and every pod can reach every other pod.',
      urgency: 'Plan the fix this sprint: it is needed before any segmentation between workloads can work; the engine is usually chosen at creation.',
      risk: 'With a flat pod network, one compromised container can reach the databases, internal APIs and admin endpoints of every other workload in the cluster, and move laterally without crossing any control.',
      recommendation: 'Enable a network policy engine (Azure CNI powered by Cilium for new clusters), then apply default-deny NetworkPolicies per namespace and allow only the flows each workload needs.',
      console: ['In the Azure portal, open "Kubernetes services" and select the cluster.', 'Under "Settings", select "Networking" and check "Network policy".', 'If it is "None", enable a network policy engine (az aks update --network-policy, or recreate the cluster) and apply NetworkPolicies.'],
    },
    ja: {
      description: 'AKS クラスターにネットワーク ポリシー エンジン (networkProfile.networkPolicy が azure、calico、cilium のいずれか) があることを確認します。エンジンがないと Kubernetes の NetworkPolicy オブジェクトは受け付けられても適用されず、すべてのポッドが相互に通信できます。',
      urgency: '今スプリント中に対応を計画してください。ワークロード間のセグメンテーションの前提であり、エンジンは通常クラスター作成時に選択します。',
      risk: 'ポッド ネットワークがフラットだと、侵害されたコンテナー 1 つからクラスター内の他のすべてのワークロードのデータベース、内部 API、管理エンドポイントに到達でき、何の制御も経ずに横展開されます。',
      recommendation: 'ネットワーク ポリシー エンジンを有効にし (新しいクラスターでは Azure CNI Powered by Cilium)、名前空間ごとに既定拒否の NetworkPolicy を適用して、各ワークロードに必要な通信だけを許可してください。',
      console: ['Azure portal で「Kubernetes サービス」を開き、対象のクラスターを選択します。', '「設定」の「ネットワーク」を選択し、「ネットワーク ポリシー」を確認します。', '「なし」の場合は、ネットワーク ポリシー エンジンを有効にし (az aks update --network-policy またはクラスターの再作成)、NetworkPolicy を適用します。'],
    },
  },
  remediation: {
    cli: 'az aks update --resource-group RG --name AKS --network-policy azure',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  network_profile {\n    network_plugin      = "azure"\n    network_data_plane  = "cilium"\n    network_policy      = "cilium"\n  }\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    networkProfile: {\n      networkPlugin: 'azure'\n      networkDataplane: 'cilium'\n      networkPolicy: 'cilium'\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/aks/use-network-policies', 'https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium'],
  evaluate(cluster) {
    const policy = cluster.config.networkProfile?.networkPolicy ?? 'none';
    if (ENGINES.has(policy.toLowerCase())) return pass({ en: `AKS cluster ${cluster.name} enforces network policies (${policy}).`, ja: `AKS クラスター ${cluster.name} はネットワーク ポリシーを適用しています (${policy})。` }, { networkPolicy: policy });
    return fail({ en: `AKS cluster ${cluster.name} has no network policy engine.`, ja: `AKS クラスター ${cluster.name} にネットワーク ポリシー エンジンがありません。` }, { networkPolicy: policy, networkPlugin: cluster.config.networkProfile?.networkPlugin });
  },
});
