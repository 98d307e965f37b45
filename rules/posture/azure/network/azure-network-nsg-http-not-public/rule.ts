import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures, restrictRuleRemediation, RESTRICT_RULE_CONSOLE } from '../nsg.js';

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-http-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow HTTP(S) (TCP 80 / 443) from the internet unless intended',
    ja: 'ネットワーク セキュリティ グループ (NSG) が意図せずインターネットからの HTTP(S) (TCP 80 / 443) を許可していない',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'cis-azure-6.0': ['7.4'],
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'CM-7', 'SC-7'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no inbound security rule of the NSG lets TCP 80 or 443 in from the whole internet (source *, Internet, 0.0.0.0/0, ::/0 or prefixes adding up to it), after taking into account Deny rules of higher priority. Web ports are often public on purpose, so each finding is a prompt to confirm that the resource is a public web endpoint and that it sits behind a WAF.',
      urgency: 'Low urgency: review the listed rules in regular maintenance. Raise it when the NSG protects VMs that are not meant to serve the public, such as admin consoles or internal APIs.',
      risk: 'Web ports opened directly on VMs expose the web server, its admin pages and any framework vulnerability to internet-wide scanning, without the request filtering of a web application firewall. Internal tools published this way are a common way into a network.',
      recommendation:
        'Publish web applications through Azure Application Gateway with WAF or Azure Front Door, and allow 80/443 on the backends only from those (the GatewayManager / AzureFrontDoor.Backend service tags or the gateway subnet). Restrict or remove rules that open web ports of VMs that are not public endpoints.',
      console: RESTRICT_RULE_CONSOLE.en,
    },
    ja: {
      description:
        'NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0、またはそれらに相当するプレフィックスの組み合わせ）からの TCP 80 または 443 を許可していないことを確認します。優先度の高い拒否規則も考慮します。Web ポートは意図的に公開されることも多いため、検出結果ごとに、そのリソースが公開 Web エンドポイントであり WAF の背後にあることを確認してください。',
      urgency: '緊急度は低めです。定期的なメンテナンスで一覧の規則を確認してください。管理コンソールや内部 API など、公開を意図しない VM を保護する NSG の場合は優先度を上げてください。',
      risk: 'VM で直接開いた Web ポートは、Web サーバー、その管理ページ、フレームワークの脆弱性を、Web アプリケーション ファイアウォールによる要求のフィルタリングなしにインターネット全体のスキャンにさらします。この方法で公開された内部ツールは、ネットワークへの侵入口としてよく使われます。',
      recommendation:
        'Web アプリケーションは WAF 付きの Azure Application Gateway または Azure Front Door 経由で公開し、バックエンドの 80/443 はそれら（GatewayManager / AzureFrontDoor.Backend サービス タグやゲートウェイのサブネット）からのみ許可してください。公開エンドポイントでない VM の Web ポートを開く規則は制限または削除します。',
      console: RESTRICT_RULE_CONSOLE.ja,
    },
  },
  remediation: restrictRuleRemediation('AllowHttpsFromFrontDoor', 'Tcp', '443'),
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview',
  ],
  evaluate(resource) {
    const exposures = internetExposures(resource.config.securityRules!, ['tcp'], [
      { lo: 80, hi: 80 },
      { lo: 443, hi: 443 },
    ]);
    return exposureOutcome(resource, exposures, { en: 'HTTP(S) (TCP 80/443)', ja: 'HTTP(S) (TCP 80/443)' });
  },
});
