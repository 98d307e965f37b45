import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-entra-integration',
  services: ['containerservice'],
  title: { en: 'AKS clusters use Microsoft Entra ID integration', ja: 'AKS クラスターで Microsoft Entra ID 統合が使われている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'aadProfile'],
  frameworks: { 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'AC-2'], 'pci-dss-4.0': ['8.2.1'] },
  doc: {
    en: {
      description: 'Checks that an AKS cluster has AKS-managed Microsoft Entra integration (aadProfile.managed), so that users sign in to the Kubernetes API with Entra ID, under MFA and Conditional Access, and access is granted to Entra groups (or with Azure RBAC for Kubernetes).',
      urgency: 'Plan the fix this sprint: without it, cluster access relies on certificates in kubeconfig files that cannot be tied to a person or revoked one by one.',
      risk: 'Without Entra integration, kubectl access uses client certificates downloaded with az aks get-credentials; copies spread across laptops and pipelines, bypass MFA, and stay valid until the cluster certificates are rotated.',
      recommendation: 'Enable AKS-managed Microsoft Entra integration with an admin group, preferably with Azure RBAC for Kubernetes authorization, then disable local accounts.',
      console: ['In the Azure portal, open "Kubernetes services" and select the cluster.', 'Under "Settings", select "Security configuration".', 'Set "Authentication and Authorization" to "Microsoft Entra ID authentication with Azure RBAC" (or with Kubernetes RBAC) and choose the cluster admin group.', 'Click "Save".'],
    },
    ja: {
      description: 'AKS クラスターで AKS マネージドの Microsoft Entra 統合 (aadProfile.managed) が有効であり、利用者が MFA と条件付きアクセスのもと Entra ID で Kubernetes API にサインインし、アクセスが Entra グループ (または Kubernetes 用 Azure RBAC) で付与されていることを確認します。',
      urgency: '今スプリント中に対応を計画してください。統合がないと、クラスターへのアクセスは個人に紐付けられず個別に失効もできない kubeconfig の証明書に依存します。',
      risk: 'Entra 統合がないと、kubectl のアクセスには az aks get-credentials でダウンロードしたクライアント証明書が使われます。その複製はノート PC やパイプラインに広がり、MFA を迂回し、クラスター証明書がローテーションされるまで有効です。',
      recommendation: '管理者グループを指定して AKS マネージドの Microsoft Entra 統合を有効にし、できれば認可に Kubernetes 用 Azure RBAC を使ったうえで、ローカル アカウントを無効にしてください。',
      console: ['Azure portal で「Kubernetes サービス」を開き、対象のクラスターを選択します。', '「設定」の「セキュリティ構成」を選択します。', '「認証と承認」を「Azure RBAC を使用した Microsoft Entra ID 認証」(または Kubernetes RBAC) にし、クラスター管理者グループを選択します。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az aks update --resource-group RG --name AKS --enable-aad --aad-admin-group-object-ids GROUP_OBJECT_ID --enable-azure-rbac',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  azure_active_directory_role_based_access_control {\n    azure_rbac_enabled     = true\n    admin_group_object_ids = [azuread_group.aks_admins.object_id]\n  }\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    aadProfile: {\n      managed: true\n      enableAzureRBAC: true\n      adminGroupObjectIDs: [ aksAdminsGroupId ]\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/aks/enable-authentication-microsoft-entra-id', 'https://learn.microsoft.com/azure/aks/manage-azure-rbac'],
  evaluate(cluster) {
    const aad = cluster.config.aadProfile;
    if (aad?.managed === true) return pass({ en: `AKS cluster ${cluster.name} uses Microsoft Entra integration${aad.enableAzureRbac ? ' with Azure RBAC' : ''}.`, ja: `AKS クラスター ${cluster.name} は Microsoft Entra 統合${aad.enableAzureRbac ? ' (Azure RBAC)' : ''}を使用しています。` }, { managed: true, enableAzureRbac: aad.enableAzureRbac ?? false });
    return fail({ en: `AKS cluster ${cluster.name} is not integrated with Microsoft Entra ID${aad ? ' (legacy integration)' : ''}.`, ja: `AKS クラスター ${cluster.name} は Microsoft Entra ID と統合されていません${aad ? ' (レガシー統合)' : ''}。` }, { aadProfile: !!aad, managed: aad?.managed ?? false });
  },
});
