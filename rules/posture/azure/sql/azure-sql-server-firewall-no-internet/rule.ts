import { AZURE_TYPES, type SqlServerConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { describeRules, internetOpenRules } from '../firewall.js';

export const rule = defineRule<SqlServerConfig>({
  id: 'azure-sql-server-firewall-no-internet',
  services: ['sql'],
  title: {
    en: 'Azure SQL server firewalls do not admit the whole internet',
    ja: 'Azure SQL サーバーのファイアウォールがインターネット全体からの接続を許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.sqlServer],
  requires: ['id', 'publicNetworkAccess', 'firewallRules'],
  frameworks: { 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['SC-7', 'AC-4'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that no server-level IP firewall rule of an Azure SQL server with public network access admits 0.0.0.0–255.255.255.255 or any public range wider than a /16 (65,536 addresses). Ranges inside private address space are ignored, as the public endpoint never sees them.',
      urgency: 'Fix today: the login endpoint of every database on the server is reachable from anywhere, and password-spraying of SQL logins starts within hours of exposure.',
      risk: 'Anyone on the internet can reach the TDS endpoint and try SQL logins. Weak or leaked passwords, or an unpatched authentication flaw, then give direct access to all databases on the server, without passing any network control.',
      recommendation:
        'Delete the wide rules and admit only the fixed egress addresses that need access, or better disable public network access and connect through private endpoints. Prefer Microsoft Entra authentication so that no password can be sprayed.',
      console: [
        'In the Azure portal, open "SQL servers" and select the server.',
        'Under "Security", select "Networking".',
        'In "Firewall rules", delete the rules whose range covers the internet (for example 0.0.0.0 – 255.255.255.255) and add only the addresses that need access.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'パブリック ネットワーク アクセスが有効な Azure SQL サーバーのサーバー レベル IP ファイアウォール規則に、0.0.0.0～255.255.255.255 や /16 (65,536 アドレス) より広いパブリック範囲を許可するものがないことを確認します。プライベート アドレス空間内の範囲はパブリック エンドポイントに届かないため対象外です。',
      urgency: '本日中に対応してください。サーバー上のすべてのデータベースのログイン エンドポイントにどこからでも到達でき、公開後数時間で SQL ログインへのパスワード スプレー攻撃が始まります。',
      risk: 'インターネット上の誰でも TDS エンドポイントに到達して SQL ログインを試せます。弱いパスワードや漏えいしたパスワード、未修正の認証の脆弱性があれば、ネットワーク制御を一切経ずにサーバー上の全データベースへ直接アクセスされます。',
      recommendation:
        '広い範囲の規則を削除し、アクセスが必要な固定の送信元アドレスだけを許可してください。可能であればパブリック ネットワーク アクセスを無効にしてプライベート エンドポイント経由で接続します。パスワードを狙われないよう Microsoft Entra 認証を優先してください。',
      console: [
        'Azure portal で「SQL サーバー」を開き、対象のサーバーを選択します。',
        '「セキュリティ」の「ネットワーク」を選択します。',
        '「ファイアウォール規則」で、インターネットを含む範囲 (例: 0.0.0.0 - 255.255.255.255) の規則を削除し、必要なアドレスのみを追加します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'az sql server firewall-rule delete --resource-group RG --server SERVER --name RULE_NAME\n# or remove the public endpoint altogether:\naz sql server update --resource-group RG --name SERVER --enable-public-network false',
    terraform:
      'resource "azurerm_mssql_firewall_rule" "office" {\n  name             = "office-egress"\n  server_id        = azurerm_mssql_server.this.id\n  start_ip_address = "203.0.113.10"\n  end_ip_address   = "203.0.113.10"\n}',
    bicep:
      "resource officeRule 'Microsoft.Sql/servers/firewallRules@2021-11-01' = {\n  parent: sqlServer\n  name: 'office-egress'\n  properties: {\n    startIpAddress: '203.0.113.10'\n    endIpAddress: '203.0.113.10'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/firewall-configure', 'https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings'],
  evaluate(server) {
    // ARM leaves publicNetworkAccess out on servers that never set it: Enabled.
    if (server.config.publicNetworkAccess === 'Disabled') {
      return pass({ en: `SQL server ${server.name} has public network access disabled; its IP firewall rules are not evaluated.`, ja: `SQL サーバー ${server.name} はパブリック ネットワーク アクセスが無効のため、IP ファイアウォール規則は評価されません。` }, { publicNetworkAccess: 'Disabled' });
    }
    const rules = server.config.firewallRules ?? [];
    const open = internetOpenRules(rules);
    if (open.length > 0) {
      return fail(
        { en: `SQL server ${server.name} admits the internet through firewall rules ${describeRules(open)}.`, ja: `SQL サーバー ${server.name} はファイアウォール規則 ${describeRules(open)} でインターネットからの接続を許可しています。` },
        { openRules: open },
      );
    }
    return pass({ en: `No firewall rule of SQL server ${server.name} admits the internet (${rules.length} rules).`, ja: `SQL サーバー ${server.name} にインターネットを許可するファイアウォール規則はありません (規則 ${rules.length} 件)。` }, { rules: rules.length });
  },
});
