import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-network-paas-network-security-perimeter',
  services: ['network'],
  title: {
    en: 'PaaS resources are protected by an Azure network security perimeter',
    ja: 'PaaS リソースが Azure ネットワーク セキュリティ境界で保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: {
    'cis-azure-6.0': ['7.16'],
    'mcsb-1.0': ['NS-2'],
    'nist-800-53-r5': ['AC-4', 'SC-7', 'SC-7(10)'],
  },
  doc: {
    en: {
      description:
        'Confirm that the PaaS resources that support it (storage accounts, Key Vault, Event Hubs, Azure SQL, Cosmos DB, Azure Monitor / Log Analytics, Azure AI services and others) are associated with a network security perimeter whose profiles allow only the inbound and outbound access they need, in Enforced mode. Which resources belong together and what access they need is a design decision, so this is a manual check.',
      urgency: 'Low urgency: plan the perimeters with the owners of the data services; start with Transition (learning) mode to see what traffic would be blocked.',
      risk: 'PaaS services are reachable on public endpoints by default. Without a perimeter, each resource\'s own firewall must be configured correctly, and a compromised identity or misconfigured resource can read data from, or exfiltrate data to, any public endpoint, including storage accounts in another tenant.',
      recommendation:
        'Create network security perimeters that group the PaaS resources of an application or data domain, add inbound rules for the subscriptions or IP ranges that must reach them and outbound rules for the FQDNs they must call, run them in Transition mode while reviewing the access logs, then switch to Enforced. Keep private endpoints for access from virtual networks.',
      console: [
        'In the Azure portal, search for "Network Security Perimeters" and click "Create".',
        'Add the PaaS resources to associate, and create a profile with the inbound (subscriptions, IP ranges) and outbound (FQDN) access rules they need.',
        'Start in Transition mode, review the perimeter access logs, then set the association access mode to Enforced.',
      ],
    },
    ja: {
      description:
        '対応する PaaS リソース（ストレージ アカウント、Key Vault、Event Hubs、Azure SQL、Cosmos DB、Azure Monitor / Log Analytics、Azure AI サービスなど）がネットワーク セキュリティ境界に関連付けられ、そのプロファイルで必要な受信・送信のアクセスのみが許可され、強制モードになっていることを確認します。どのリソースをまとめ、どのようなアクセスが必要かは設計上の判断であるため、手動での確認になります。',
      urgency: '緊急度は低めです。データ サービスの所有者と境界を計画し、まずは移行（学習）モードでどの通信がブロックされるかを確認してください。',
      risk: 'PaaS サービスは既定でパブリック エンドポイントから到達可能です。境界がないと各リソースのファイアウォールを個別に正しく設定する必要があり、侵害された ID や設定ミスのあるリソースによって、他のテナントのストレージ アカウントを含む任意のパブリック エンドポイントとの間でデータが読み取られたり持ち出されたりするおそれがあります。',
      recommendation:
        'アプリケーションやデータ領域ごとに PaaS リソースをまとめるネットワーク セキュリティ境界を作成し、到達が必要なサブスクリプションや IP 範囲の受信規則と、呼び出しが必要な FQDN の送信規則を追加します。アクセス ログを確認しながら移行モードで運用した後、強制モードに切り替えてください。仮想ネットワークからのアクセスにはプライベート エンドポイントを引き続き使用します。',
      console: [
        'Azure portal で「ネットワーク セキュリティ境界」を検索し、「作成」をクリックします。',
        '関連付ける PaaS リソースを追加し、必要な受信（サブスクリプション、IP 範囲）と送信（FQDN）のアクセス規則を持つプロファイルを作成します。',
        '移行モードで開始して境界のアクセス ログを確認し、関連付けのアクセス モードを「強制」に設定します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az network perimeter create --resource-group RG_NAME --name nsp-data --location LOCATION',
      'az network perimeter profile create --resource-group RG_NAME --perimeter-name nsp-data --name profile-data',
      'az network perimeter association create --resource-group RG_NAME --perimeter-name nsp-data --name assoc-st \\',
      '  --private-link-resource "{id:STORAGE_ACCOUNT_ID}" --profile "{id:PROFILE_ID}" --access-mode Learning',
    ].join('\n'),
    terraform: [
      'resource "azurerm_network_security_perimeter" "data" {',
      '  name                = "nsp-data"',
      '  location            = azurerm_resource_group.example.location',
      '  resource_group_name = azurerm_resource_group.example.name',
      '}',
      '',
      'resource "azurerm_network_security_perimeter_profile" "data" {',
      '  name                          = "profile-data"',
      '  network_security_perimeter_id = azurerm_network_security_perimeter.data.id',
      '}',
      '',
      'resource "azurerm_network_security_perimeter_association" "storage" {',
      '  name        = "assoc-st"',
      '  access_mode = "Enforced"',
      '  network_security_perimeter_profile_id = azurerm_network_security_perimeter_profile.data.id',
      '  resource_id = azurerm_storage_account.data.id',
      '}',
    ].join('\n'),
    bicep: [
      "resource nsp 'Microsoft.Network/networkSecurityPerimeters@2024-07-01' = {",
      "  name: 'nsp-data'",
      '  location: location',
      '}',
      '',
      "resource profile 'Microsoft.Network/networkSecurityPerimeters/profiles@2024-07-01' = {",
      '  parent: nsp',
      "  name: 'profile-data'",
      '  location: location',
      '}',
      '',
      "resource association 'Microsoft.Network/networkSecurityPerimeters/resourceAssociations@2024-07-01' = {",
      '  parent: nsp',
      "  name: 'assoc-st'",
      '  location: location',
      '  properties: {',
      "    accessMode: 'Enforced'",
      '    privateLinkResource: { id: storageAccount.id }',
      '    profile: { id: profile.id }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/private-link/network-security-perimeter-concepts', 'https://learn.microsoft.com/en-us/azure/private-link/create-network-security-perimeter-portal'],
});
