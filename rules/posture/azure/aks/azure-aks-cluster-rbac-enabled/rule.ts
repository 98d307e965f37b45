import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-rbac-enabled',
  services: ['containerservice'],
  title: { en: 'AKS clusters have Kubernetes RBAC enabled', ja: 'AKS クラスターで Kubernetes RBAC が有効になっている' },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'enableRbac'],
  frameworks: { 'mcsb-1.0': ['PA-7'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description: 'Checks that Kubernetes role-based access control (enableRBAC) is on for an AKS cluster. Without it every authenticated identity, including every pod service account, has full control of the cluster.',
      urgency: 'Fix within days, by rebuilding: RBAC cannot be turned on for an existing cluster, and without it any foothold in a pod is a foothold on the whole cluster.',
      risk: 'Without RBAC, any user or workload that can authenticate to the API server can read every secret, deploy privileged pods and take over the nodes; there is no way to give a team or a service account less than cluster-admin.',
      recommendation: 'Create a new cluster with Kubernetes RBAC (the default) and Microsoft Entra integration, migrate the workloads and delete the old cluster.',
      console: ['In the Azure portal, open "Kubernetes services" and select the cluster.', 'Under "Settings", select "Security configuration" and check "Authentication and Authorization".', 'If Kubernetes RBAC is disabled, create a replacement cluster with "Microsoft Entra ID authentication with Azure RBAC" or "Kubernetes RBAC" and migrate the workloads.'],
    },
    ja: {
      description: 'AKS クラスターで Kubernetes のロールベースのアクセス制御 (enableRBAC) が有効であることを確認します。無効だと、すべてのポッドのサービス アカウントを含む認証済みのあらゆる ID がクラスターを完全に制御できます。',
      urgency: '再構築により数日以内に対応してください。既存のクラスターで RBAC を有効にすることはできず、無効のままではポッド 1 つへの侵入がクラスター全体への侵入になります。',
      risk: 'RBAC がないと、API サーバーに認証できるユーザーやワークロードは誰でもすべてのシークレットを読み取り、特権ポッドをデプロイしてノードを乗っ取れます。チームやサービス アカウントに cluster-admin より小さな権限を与える手段がありません。',
      recommendation: 'Kubernetes RBAC (既定) と Microsoft Entra 統合を有効にした新しいクラスターを作成し、ワークロードを移行して古いクラスターを削除してください。',
      console: ['Azure portal で「Kubernetes サービス」を開き、対象のクラスターを選択します。', '「設定」の「セキュリティ構成」を選択し、「認証と承認」を確認します。', 'Kubernetes RBAC が無効であれば、「Azure RBAC を使用した Microsoft Entra ID 認証」または「Kubernetes RBAC」で代替クラスターを作成し、ワークロードを移行します。'],
    },
  },
  remediation: {
    cli: '# RBAC cannot be enabled in place: create a replacement cluster (RBAC is the default) and migrate.\naz aks create --resource-group RG --name AKS_NEW --enable-aad --enable-azure-rbac --disable-local-accounts',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  role_based_access_control_enabled = true\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    enableRBAC: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/aks/concepts-identity', 'https://learn.microsoft.com/azure/aks/azure-ad-rbac'],
  evaluate(cluster) {
    if (cluster.config.enableRbac === true) return pass({ en: `AKS cluster ${cluster.name} has Kubernetes RBAC enabled.`, ja: `AKS クラスター ${cluster.name} で Kubernetes RBAC が有効です。` });
    return fail({ en: `AKS cluster ${cluster.name} has Kubernetes RBAC disabled.`, ja: `AKS クラスター ${cluster.name} で Kubernetes RBAC が無効です。` }, { enableRbac: cluster.config.enableRbac });
  },
});
