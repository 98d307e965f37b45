import { AZURE_TYPES, type MySqlFlexibleServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule } from '../../../../../src/model/rule.js';
import { evaluateFlexibleServerFirewall } from '../../sql/firewall.js';

export const rule = defineRule<MySqlFlexibleServerConfig>({
  id: 'azure-mysql-server-firewall-no-internet',
  services: ['mysql'],
  title: {
    en: 'MySQL flexible server firewalls admit neither the internet nor all of Azure',
    ja: 'MySQL フレキシブル サーバーのファイアウォールがインターネット全体や Azure 全体からの接続を許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.mysqlFlexibleServer],
  requires: ['id', 'network', 'firewallRules'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that a MySQL flexible server with public access has no firewall rule admitting 0.0.0.0–255.255.255.255 or a public range wider than a /16, and no 0.0.0.0–0.0.0.0 rule ("Allow public access from any Azure service within Azure to this server"). Servers with private access (VNet integration) or public access disabled pass.',
      urgency: 'Fix today: the MySQL port is reachable from the internet (or from any Azure tenant), and password-guessing bots scan for it continuously.',
      risk: "Anyone who can reach port 3306 can try the administrator login and other users' passwords; with the Azure-wide rule, any attacker renting an Azure VM can. A guessed or leaked password gives full access to every database on the server.",
      recommendation: 'Delete the wide rules and the Azure-wide rule, admit only the fixed addresses that need access, or move to private endpoints and disable public access. Prefer Microsoft Entra authentication and disable password authentication.',
      console: ['In the Azure portal, open "Azure Database for MySQL flexible servers" and select the server.', 'Under "Settings", select "Networking".', 'Delete the firewall rules covering the internet, clear "Allow public access from any Azure service within Azure to this server", or clear "Allow public access to this resource through the internet using a public IP address".', 'Click "Save".'],
    },
    ja: {
      description:
        'パブリック アクセスが有効な MySQL フレキシブル サーバーに、0.0.0.0～255.255.255.255 や /16 より広いパブリック範囲を許可するファイアウォール規則、および 0.0.0.0～0.0.0.0 の規則 (「Azure 内の任意の Azure サービスにこのサーバーへのパブリック アクセスを許可する」) がないことを確認します。プライベート アクセス (VNet 統合) またはパブリック アクセスが無効なサーバーは適合です。',
      urgency: '本日中に対応してください。MySQL のポートにインターネット (または任意の Azure テナント) から到達でき、パスワード推測ボットが常に探索しています。',
      risk: 'ポート 3306 に到達できる者は誰でも管理者ログインや他のユーザーのパスワードを試行できます。Azure 全体を許可する規則があれば、Azure VM を借りた攻撃者なら誰でも可能です。推測または漏えいしたパスワードでサーバー上の全データベースに完全にアクセスされます。',
      recommendation: '広い範囲の規則と Azure 全体を許可する規則を削除し、必要な固定アドレスのみを許可するか、プライベート エンドポイントに移行してパブリック アクセスを無効にしてください。Microsoft Entra 認証を優先し、パスワード認証を無効にします。',
      console: ['Azure portal で「Azure Database for MySQL フレキシブル サーバー」を開き、対象のサーバーを選択します。', '「設定」の「ネットワーク」を選択します。', 'インターネットを含むファイアウォール規則を削除し、「Azure 内の任意の Azure サービスにこのサーバーへのパブリック アクセスを許可する」をオフにするか、パブリック IP アドレスによるインターネット経由のパブリック アクセスをオフにします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az mysql flexible-server firewall-rule delete --resource-group RG --name SERVER --rule-name RULE_NAME --yes\n# or turn the public endpoint off:\naz resource update --ids SERVER_RESOURCE_ID --set properties.network.publicNetworkAccess=Disabled',
    terraform:
      '# Keep only narrow rules for the addresses that need access:\nresource "azurerm_mysql_flexible_server_firewall_rule" "office" {\n  name                = "office-egress"\n  resource_group_name = azurerm_resource_group.this.name\n  server_name         = azurerm_mysql_flexible_server.this.name\n  start_ip_address    = "203.0.113.10"\n  end_ip_address      = "203.0.113.10"\n}',
    bicep: "resource mysql 'Microsoft.DBforMySQL/flexibleServers@2023-12-30' = {\n  name: serverName\n  location: location\n  properties: {\n    network: {\n      publicNetworkAccess: 'Disabled'\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/mysql/flexible-server/concepts-networking-public', 'https://learn.microsoft.com/azure/mysql/flexible-server/how-to-manage-firewall-portal'],
  evaluate: (server) => evaluateFlexibleServerFirewall('MySQL', server),
});
