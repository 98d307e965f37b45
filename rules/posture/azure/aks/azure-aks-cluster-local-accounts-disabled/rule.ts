import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-local-accounts-disabled',
  services: ['containerservice'],
  title: { en: 'AKS clusters have local accounts disabled', ja: 'AKS クラスターでローカル アカウントが無効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'disableLocalAccounts'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['AC-2', 'IA-2'], 'pci-dss-4.0': ['8.2.2'] },
  doc: {
    en: {
      description: 'Checks that disableLocalAccounts is true on an AKS cluster, so that the static cluster-admin credential (az aks get-credentials --admin) cannot be issued and all access goes through Microsoft Entra ID. Left out, local accounts are enabled.',
      urgency: 'Plan the fix this sprint, once Entra integration is in place: the local admin credential is a shared, full-control secret.',
      risk: 'Anyone with the Azure role that lists cluster admin credentials gets a cluster-admin kubeconfig that bypasses Entra ID, MFA and Kubernetes RBAC bindings and cannot be revoked without rotating the cluster certificates.',
      recommendation: 'Enable AKS-managed Microsoft Entra integration first, then disable local accounts; use Entra groups (and Privileged Identity Management) for break-glass access.',
      console: ['In the Azure portal, open "Kubernetes services" and select the cluster.', 'Under "Settings", select "Security configuration".', 'Under "Authentication and Authorization", tick "Disable local accounts" (requires Microsoft Entra integration).', 'Click "Save".'],
    },
    ja: {
      description: 'AKS クラスターで disableLocalAccounts が true であり、固定の cluster-admin 資格情報 (az aks get-credentials --admin) を発行できず、すべてのアクセスが Microsoft Entra ID を経由することを確認します。省略時はローカル アカウントが有効です。',
      urgency: 'Entra 統合を済ませたうえで、今スプリント中に対応を計画してください。ローカル管理者の資格情報は共有されるフル コントロールのシークレットです。',
      risk: 'クラスター管理者資格情報を一覧表示できる Azure ロールを持つ者は誰でも、Entra ID、MFA、Kubernetes RBAC のバインドを迂回する cluster-admin の kubeconfig を入手でき、クラスター証明書をローテーションしない限り失効できません。',
      recommendation: '先に AKS マネージドの Microsoft Entra 統合を有効にし、その後ローカル アカウントを無効にしてください。緊急時のアクセスには Entra グループ (と Privileged Identity Management) を使います。',
      console: ['Azure portal で「Kubernetes サービス」を開き、対象のクラスターを選択します。', '「設定」の「セキュリティ構成」を選択します。', '「認証と承認」で「ローカル アカウントを無効にする」をオンにします (Microsoft Entra 統合が必要です)。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az aks update --resource-group RG --name AKS --disable-local-accounts',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  local_account_disabled = true\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    disableLocalAccounts: true\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/aks/manage-local-accounts-managed-azure-ad'],
  evaluate(cluster) {
    if (cluster.config.disableLocalAccounts === true) return pass({ en: `AKS cluster ${cluster.name} has local accounts disabled.`, ja: `AKS クラスター ${cluster.name} のローカル アカウントは無効です。` });
    return fail({ en: `AKS cluster ${cluster.name} can issue local cluster-admin credentials.`, ja: `AKS クラスター ${cluster.name} はローカルの cluster-admin 資格情報を発行できます。` }, { disableLocalAccounts: cluster.config.disableLocalAccounts ?? false });
  },
});
