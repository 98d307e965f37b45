import { AZURE_TYPES, type AksClusterConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<AksClusterConfig>({
  id: 'azure-aks-cluster-defender-enabled',
  services: ['containerservice'],
  title: { en: 'AKS clusters run the Microsoft Defender for Containers sensor', ja: 'AKS クラスターで Microsoft Defender for Containers センサーが有効になっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.aksCluster],
  requires: ['id', 'securityProfile'],
  frameworks: { 'mcsb-1.0': ['LT-1'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description: 'Checks that the Defender profile (securityProfile.defender.securityMonitoring.enabled) is on for an AKS cluster: the Defender sensor that sends runtime events of the nodes and containers to Microsoft Defender for Containers.',
      urgency: 'Plan the fix this sprint: without the sensor, attacks inside the cluster (crypto-miners, reverse shells, privilege escalation from a container) raise no runtime alert.',
      risk: 'Defender for Containers without the sensor only sees the control plane; a compromised container that runs a miner, opens a reverse shell or escapes to the node goes undetected.',
      recommendation: 'Enable the Defender for Containers plan on the subscription with automatic sensor provisioning, or enable the Defender profile on the cluster, pointing it at the security Log Analytics workspace.',
      console: ['In the Azure portal, open "Microsoft Defender for Cloud" > "Environment settings" and select the subscription.', 'Open "Containers" > "Settings" and turn on "Defender sensor".', 'Click "Continue" and "Save" (or run az aks update --enable-defender on the cluster).'],
    },
    ja: {
      description: 'AKS クラスターで Defender プロファイル (securityProfile.defender.securityMonitoring.enabled) が有効であること、つまりノードとコンテナーの実行時イベントを Microsoft Defender for Containers に送る Defender センサーが動作していることを確認します。',
      urgency: '今スプリント中に対応を計画してください。センサーがないと、クラスター内の攻撃 (暗号通貨マイナー、リバース シェル、コンテナーからの権限昇格) で実行時アラートが発生しません。',
      risk: 'センサーのない Defender for Containers はコントロール プレーンしか見えません。マイナーを実行したり、リバース シェルを開いたり、ノードへ脱出したりする侵害されたコンテナーは検出されません。',
      recommendation: 'サブスクリプションで Defender for Containers プランとセンサーの自動プロビジョニングを有効にするか、クラスターで Defender プロファイルを有効にして、セキュリティ用の Log Analytics ワークスペースを指定してください。',
      console: ['Azure portal で「Microsoft Defender for Cloud」>「環境設定」を開き、サブスクリプションを選択します。', '「コンテナー」>「設定」で「Defender センサー」をオンにします。', '「続行」と「保存」をクリックします (またはクラスターで az aks update --enable-defender を実行します)。'],
    },
  },
  remediation: {
    cli: 'az aks update --resource-group RG --name AKS --enable-defender --defender-config defender.json # {"logAnalyticsWorkspaceResourceId": "WORKSPACE_ID"}',
    terraform: 'resource "azurerm_kubernetes_cluster" "this" {\n  # ...\n  microsoft_defender {\n    log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id\n  }\n}',
    bicep: "resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {\n  name: clusterName\n  location: location\n  properties: {\n    securityProfile: {\n      defender: {\n        logAnalyticsWorkspaceResourceId: workspace.id\n        securityMonitoring: { enabled: true }\n      }\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-enable', 'https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction'],
  evaluate(cluster) {
    const defender = cluster.config.securityProfile?.defender;
    if (defender?.securityMonitoring?.enabled === true) return pass({ en: `AKS cluster ${cluster.name} runs the Defender sensor.`, ja: `AKS クラスター ${cluster.name} で Defender センサーが動作しています。` }, { workspace: defender.logAnalyticsWorkspaceResourceId });
    return fail({ en: `AKS cluster ${cluster.name} does not run the Defender sensor.`, ja: `AKS クラスター ${cluster.name} で Defender センサーが動作していません。` }, { securityMonitoring: defender?.securityMonitoring?.enabled ?? false });
  },
});
