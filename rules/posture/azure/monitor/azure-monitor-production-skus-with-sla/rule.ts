import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-production-skus-with-sla',
  services: ['resources'],
  title: {
    en: 'Production resources needing monitoring and an SLA do not use Basic, Free or Consumption SKUs',
    ja: '監視と SLA が必要な本番リソースで Basic、Free、Consumption の SKU を使用していない',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-azure-6.0': ['6.1.5'],
    'nist-800-53-r5': ['CP-2', 'SI-4'],
  },
  doc: {
    en: {
      description:
        'Confirm that production resources which need monitoring and a service-level agreement (public IP addresses, load balancers, VPN and application gateways, Azure Cache for Redis, SQL databases, API Management, App Service plans and similar) use Standard or higher SKUs rather than Basic, Free or Consumption tiers. Whether a resource is production and needs an SLA is known only to its owners, so this is a manual check.',
      urgency:
        'Low urgency: lower tiers are rarely an immediate exposure, but they lack features (zone redundancy, private endpoints, diagnostic categories, WAF) that production depends on; plan upgrades with the next capacity review.',
      risk: 'Basic SKUs often have no SLA and fewer monitoring and security features: a Basic load balancer or public IP cannot be zone-redundant and has no security-by-default, Basic tiers of several services cannot use private endpoints, and Free tiers have no guaranteed capacity. A production outage then has no support commitment, and monitoring has gaps where diagnostic categories are unavailable.',
      recommendation:
        'List production resources with Azure Resource Graph (for example: resources | where sku.name in~ ("Basic", "Free") or sku.tier in~ ("Basic", "Free", "Consumption")), confirm with owners which need an SLA, and migrate them to Standard or higher (Basic public IPs and load balancers are retired in September 2025 and must be upgraded anyway). Use Azure Policy to deny Basic SKUs in production subscriptions.',
      console: [
        'In the Azure portal, open "Resource Graph Explorer" and query resources whose sku.name or sku.tier is Basic, Free or Consumption.',
        'Filter the results to production subscriptions or resources tagged as production.',
        'For each resource that needs an SLA, open it and use "Configuration" / "Scale up" / "Upgrade" to move to a Standard or higher tier.',
      ],
    },
    ja: {
      description:
        '監視とサービス レベル アグリーメント（SLA）が必要な本番リソース（パブリック IP アドレス、ロード バランサー、VPN ゲートウェイやアプリケーション ゲートウェイ、Azure Cache for Redis、SQL データベース、API Management、App Service プランなど）が、Basic、Free、Consumption ではなく Standard 以上の SKU を使用していることを確認します。リソースが本番か、SLA が必要かは所有者にしか分からないため、手動での確認になります。',
      urgency:
        '緊急度は低めです。下位の SKU がすぐに露出につながることはまれですが、本番が必要とする機能（ゾーン冗長、プライベート エンドポイント、診断カテゴリ、WAF）が欠けています。次回の容量見直しでアップグレードを計画してください。',
      risk: 'Basic の SKU には SLA がないことが多く、監視とセキュリティの機能も限られます。Basic のロード バランサーやパブリック IP はゾーン冗長にできず既定でセキュアでもなく、いくつかのサービスの Basic レベルはプライベート エンドポイントを使えず、Free レベルには容量の保証がありません。本番で障害が起きてもサポートの確約がなく、診断カテゴリがない部分では監視にも穴が開きます。',
      recommendation:
        'Azure Resource Graph で本番リソースを一覧し（例: resources | where sku.name in~ ("Basic", "Free") or sku.tier in~ ("Basic", "Free", "Consumption")）、SLA が必要なものを所有者と確認したうえで Standard 以上に移行してください（Basic のパブリック IP とロード バランサーは 2025 年 9 月に廃止されており、いずれにせよアップグレードが必要です）。本番のサブスクリプションでは Azure Policy で Basic の SKU を拒否することを推奨します。',
      console: [
        'Azure portal で「Resource Graph エクスプローラー」を開き、sku.name または sku.tier が Basic、Free、Consumption のリソースをクエリします。',
        '結果を本番のサブスクリプション、または本番のタグが付いたリソースに絞り込みます。',
        'SLA が必要な各リソースを開き、「構成」「スケール アップ」「アップグレード」などで Standard 以上のレベルに移行します。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/governance/resource-graph/overview',
    'https://learn.microsoft.com/en-us/azure/virtual-network/ip-services/public-ip-basic-upgrade-guidance',
    'https://learn.microsoft.com/en-us/azure/load-balancer/load-balancer-basic-upgrade-guidance',
  ],
});
