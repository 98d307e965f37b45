import type { ApplicationGatewaySslPolicy } from '@azure/arm-network';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type ApplicationGatewayConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasTlsListener } from '../appgw.js';

/** Minimum TLS version of each predefined policy (Application Gateway TLS policy overview). */
export const PREDEFINED_MIN_VERSION: Readonly<Record<string, string>> = {
  AppGwSslPolicy20150501: 'TLSv1_0',
  AppGwSslPolicy20170401: 'TLSv1_1',
  AppGwSslPolicy20170401S: 'TLSv1_2',
  AppGwSslPolicy20220101: 'TLSv1_2',
  AppGwSslPolicy20220101S: 'TLSv1_2',
};
const ORDER = ['TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];

/** The lowest TLS version a policy accepts; undefined when it cannot be told. */
export function minimumVersion(policy: ApplicationGatewaySslPolicy): string | undefined {
  if (policy.policyType === 'Predefined' || (!policy.policyType && policy.policyName)) return policy.policyName ? PREDEFINED_MIN_VERSION[policy.policyName] : undefined;
  if (policy.minProtocolVersion) return policy.minProtocolVersion;
  // A custom (v1) policy, or one that only lists disabled protocols: the lowest version not disabled.
  const disabled = new Set(policy.disabledSslProtocols ?? []);
  if (policy.policyType === 'Custom' || disabled.size) return ORDER.find((v) => !disabled.has(v as never));
  return undefined;
}

const atLeast12 = (v: string | undefined) => v !== undefined && ORDER.indexOf(v) >= ORDER.indexOf('TLSv1_2');

export const rule = defineRule<ApplicationGatewayConfig>({
  id: 'azure-network-appgw-tls-1-2',
  services: ['network'],
  title: {
    en: 'Application gateways accept TLS 1.2 or later only',
    ja: 'Application Gateway が TLS 1.2 以降のみを受け付ける',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.applicationGateway],
  requires: ['id', 'sslPolicy', 'defaultPredefinedSslPolicy', 'sslProfiles', 'httpListeners', 'listeners'],
  frameworks: {
    'cis-azure-6.0': ['7.12'],
    'mcsb-1.0': ['DP-3'],
    'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'],
    'pci-dss-4.0': ['4.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks that the TLS policy of the application gateway, and of each of its SSL profiles, has a minimum protocol version of TLS 1.2 or later: the predefined policies AppGwSslPolicy20170401S, AppGwSslPolicy20220101 and AppGwSslPolicy20220101S, or a custom policy with minProtocolVersion TLSv1_2 or TLSv1_3. When no policy is set, the default of the API version the gateway was created with applies (AppGwSslPolicy20150501, TLS 1.0, before 2023-02-01). Gateways without HTTPS or TLS listeners are not applicable.',
      urgency: 'Fix within the month: Microsoft ended TLS 1.0 and 1.1 support on Application Gateway on 31 August 2025, and PCI DSS and most baselines forbid them.',
      risk: 'TLS 1.0 and 1.1 rely on weak constructions (CBC padding, SHA-1 handshakes) with known attacks such as BEAST and downgrade attacks. Accepting them lets outdated or manipulated clients negotiate connections whose traffic, session cookies and credentials can be exposed.',
      recommendation:
        'Select the predefined policy AppGwSslPolicy20220101S (or AppGwSslPolicy20220101), or a CustomV2 policy with minimum version TLSv1_2, on the gateway and on every SSL profile. Clients that only speak TLS 1.0/1.1 are now unsupported by Azure anyway.',
      console: [
        'In the Azure portal, open "Application gateways" and select the gateway.',
        'Under "Settings", open "Listeners" and select "Listener TLS certificates" / the default TLS policy.',
        'Choose "Predefined" with AppGwSslPolicy20220101S (or Custom with minimum protocol version TLSv1_2) and save.',
        'Under "SSL settings", repeat for every SSL profile that sets its own policy.',
      ],
    },
    ja: {
      description:
        'Application Gateway とその各 SSL プロファイルの TLS ポリシーで、最小プロトコル バージョンが TLS 1.2 以降であることを確認します。対象は定義済みポリシー AppGwSslPolicy20170401S、AppGwSslPolicy20220101、AppGwSslPolicy20220101S、または minProtocolVersion が TLSv1_2 か TLSv1_3 のカスタム ポリシーです。ポリシーが設定されていない場合は、ゲートウェイ作成時の API バージョンの既定値が適用されます（2023-02-01 より前は AppGwSslPolicy20150501、TLS 1.0）。HTTPS や TLS のリスナーがないゲートウェイは対象外です。',
      urgency: '1 か月以内に対応してください。Microsoft は 2025 年 8 月 31 日に Application Gateway での TLS 1.0 と 1.1 のサポートを終了しており、PCI DSS をはじめ多くの基準でも禁止されています。',
      risk: 'TLS 1.0 と 1.1 は脆弱な仕組み（CBC のパディング、SHA-1 のハンドシェイク）に依存しており、BEAST やダウングレード攻撃などの既知の攻撃があります。これらを受け付けると、古いクライアントや改ざんされたクライアントとの間で、通信内容、セッション Cookie、資格情報が漏れうる接続が確立されるおそれがあります。',
      recommendation:
        'ゲートウェイとすべての SSL プロファイルで、定義済みポリシー AppGwSslPolicy20220101S（または AppGwSslPolicy20220101）か、最小バージョンが TLSv1_2 の CustomV2 ポリシーを選択してください。TLS 1.0/1.1 しか使えないクライアントは、いずれにせよ Azure でサポートされなくなっています。',
      console: [
        'Azure portal で「アプリケーション ゲートウェイ」を開き、対象のゲートウェイを選択します。',
        '「設定」の「リスナー」を開き、既定の TLS ポリシーを選択します。',
        '「定義済み」で AppGwSslPolicy20220101S を選ぶ（または「カスタム」で最小プロトコル バージョンを TLSv1_2 にする）して保存します。',
        '「SSL 設定」で、独自のポリシーを設定している各 SSL プロファイルについても同様に変更します。',
      ],
    },
  },
  remediation: {
    cli: 'az network application-gateway ssl-policy set --resource-group RG_NAME --gateway-name AGW_NAME --policy-type Predefined --name AppGwSslPolicy20220101S',
    terraform: [
      'resource "azurerm_application_gateway" "web" {',
      '  # ...',
      '  ssl_policy {',
      '    policy_type = "Predefined"',
      '    policy_name = "AppGwSslPolicy20220101S"',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource appGateway 'Microsoft.Network/applicationGateways@2024-05-01' = {",
      '  name: gatewayName',
      '  location: location',
      '  properties: {',
      '    // ...',
      "    sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101S' }",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-ssl-policy-overview',
    'https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-tls-version-retirement',
  ],
  evaluate(resource) {
    const gw = resource.config;
    if (!hasTlsListener(gw)) {
      return notApplicable({ en: `Application gateway ${resource.name} has no HTTPS or TLS listener.`, ja: `Application Gateway ${resource.name} には HTTPS や TLS のリスナーがありません。` });
    }
    const gatewayPolicy: ApplicationGatewaySslPolicy | undefined = gw.sslPolicy && Object.keys(gw.sslPolicy).length ? gw.sslPolicy : gw.defaultPredefinedSslPolicy ? { policyType: 'Predefined', policyName: gw.defaultPredefinedSslPolicy } : undefined;
    if (!gatewayPolicy) {
      return notAssessed({ en: `The TLS policy of application gateway ${resource.name} is not set and its default is unknown.`, ja: `Application Gateway ${resource.name} の TLS ポリシーが設定されておらず、既定値も不明です。` });
    }
    const policies = [
      { scope: 'gateway', policy: gatewayPolicy },
      ...(gw.sslProfiles ?? []).filter((p) => p.sslPolicy && Object.keys(p.sslPolicy).length).map((p) => ({ scope: `SSL profile ${p.name}`, policy: p.sslPolicy! })),
    ];
    const checked = policies.map(({ scope, policy }) => ({ scope, policy: policy.policyName ?? policy.policyType ?? 'custom', minProtocolVersion: minimumVersion(policy) }));
    const weak = checked.filter((c) => !atLeast12(c.minProtocolVersion));
    if (!weak.length) {
      return pass({ en: `Application gateway ${resource.name} accepts TLS 1.2 or later only.`, ja: `Application Gateway ${resource.name} は TLS 1.2 以降のみを受け付けます。` }, { policies: checked });
    }
    const list = weak.map((w) => `${w.scope}: ${w.policy} (minimum ${w.minProtocolVersion ?? 'unknown'})`).join('; ');
    return fail({ en: `Application gateway ${resource.name} accepts TLS versions below 1.2: ${list}.`, ja: `Application Gateway ${resource.name} は 1.2 より前の TLS バージョンを受け付けます: ${list}。` }, { policies: checked });
  },
});
