import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type DatabricksWorkspaceConfig } from '../../../../../src/providers/azure/model/index.js';
import { param } from '../workspace.js';

export const rule = defineRule<DatabricksWorkspaceConfig>({
  id: 'azure-databricks-no-public-ip',
  services: ['databricks'],
  title: {
    en: "Azure Databricks workspaces use secure cluster connectivity ('No Public IP')",
    ja: 'Azure Databricks ワークスペースでセキュア クラスター接続（No Public IP）が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.databricksWorkspace],
  requires: ['id', 'parameters'],
  frameworks: { 'cis-azure-6.0': ['2.1.9'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'SC-7(5)'], 'pci-dss-4.0': ['1.3.1', '1.4.2'] },
  doc: {
    en: {
      description:
        'Checks that parameters.enableNoPublicIp is true, so cluster nodes get no public IP addresses and open no inbound ports; clusters reach the control plane through an outbound relay instead. Workspaces deployed before it became the default (API 2024-05-01) report false, and a workspace that does not report the parameter is treated as having public IPs.',
      urgency: 'Act within days: every running cluster node is directly addressable from the internet while this is off.',
      risk: 'Each driver and worker VM gets a public IP with inbound management ports open to the Databricks control plane, which enlarges the attack surface of every cluster, lets a compromised node be reached directly, and makes it impossible to keep cluster egress on private routes.',
      recommendation:
        'Enable secure cluster connectivity (No Public IP). For VNet-injected workspaces, add a NAT gateway or a firewall for egress first; for managed-VNet workspaces Azure creates a NAT gateway. The setting can be changed on an existing workspace; running clusters must be restarted.',
      console: [
        'In the Azure portal, open the Azure Databricks workspace.',
        'Under "Settings", select "Networking".',
        'Set "Deploy Azure Databricks workspace with Secure Cluster Connectivity (No Public IP)" to "Yes" and select "Save".',
        'Restart running clusters.',
      ],
    },
    ja: {
      description:
        'parameters.enableNoPublicIp が true で、クラスター ノードにパブリック IP アドレスが割り当てられず受信ポートも開かない（クラスターは送信方向のリレーでコントロール プレーンに接続する）ことを確認します。これが既定になる前（API 2024-05-01 より前）にデプロイされたワークスペースは false を返し、このパラメーターを返さないワークスペースはパブリック IP を持つものとして扱います。',
      urgency: '数日以内に対応してください。無効の間は、稼働中のすべてのクラスター ノードにインターネットから直接アドレス指定できます。',
      risk: 'ドライバーとワーカーの各 VM にパブリック IP が割り当てられ、Databricks のコントロール プレーン向けの管理用受信ポートが開くため、すべてのクラスターの攻撃対象領域が広がり、侵害されたノードに直接到達でき、クラスターの送信通信をプライベートな経路に留めることもできません。',
      recommendation:
        'セキュア クラスター接続（No Public IP）を有効にしてください。VNet インジェクションのワークスペースでは先に送信用の NAT ゲートウェイまたはファイアウォールを追加し、管理対象 VNet のワークスペースでは Azure が NAT ゲートウェイを作成します。既存のワークスペースでも変更でき、稼働中のクラスターは再起動が必要です。',
      console: [
        'Azure portal で Azure Databricks ワークスペースを開きます。',
        '「設定」の「ネットワーク」を選択します。',
        '「セキュリティで保護されたクラスター接続 (パブリック IP なし) で Azure Databricks ワークスペースをデプロイする」を「はい」にし、「保存」を選択します。',
        '稼働中のクラスターを再起動します。',
      ],
    },
  },
  remediation: {
    cli: 'az databricks workspace update --name WORKSPACE --resource-group RESOURCE_GROUP --enable-no-public-ip true',
    terraform: 'resource "azurerm_databricks_workspace" "example" {\n  # ...\n  custom_parameters {\n    no_public_ip = true\n  }\n}',
    bicep: "resource workspace 'Microsoft.Databricks/workspaces@2024-05-01' = {\n  name: workspaceName\n  location: location\n  sku: { name: 'premium' }\n  properties: {\n    managedResourceGroupId: managedResourceGroupId\n    parameters: {\n      enableNoPublicIp: { value: true }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/network/classic/secure-cluster-connectivity',
    'https://learn.microsoft.com/azure/databricks/security/network/classic/update-workspaces',
  ],
  evaluate(ws) {
    const v = param(ws.config, 'enableNoPublicIp');
    if (v === true) {
      return pass({ en: `Databricks workspace ${ws.name} runs clusters without public IP addresses.`, ja: `Databricks ワークスペース ${ws.name} はパブリック IP アドレスなしでクラスターを実行しています。` });
    }
    return fail(
      v === false
        ? { en: `Databricks workspace ${ws.name} gives its cluster nodes public IP addresses (No Public IP is disabled).`, ja: `Databricks ワークスペース ${ws.name} はクラスター ノードにパブリック IP アドレスを割り当てています（No Public IP が無効）。` }
        : { en: `Databricks workspace ${ws.name} does not report No Public IP, so its clusters are assumed to have public IP addresses.`, ja: `Databricks ワークスペース ${ws.name} は No Public IP を返していないため、クラスターにパブリック IP アドレスがあるものとみなします。` },
      { enableNoPublicIp: v ?? null },
    );
  },
});
