import type { VpnClientConfiguration } from '@azure/arm-network';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type VirtualNetworkGatewayConfig } from '../../../../../src/providers/azure/model/index.js';

/**
 * The authentication types a point-to-site configuration accepts: `vpnAuthenticationTypes`, or for
 * gateways configured before that property existed, what the configuration holds (root
 * certificates, RADIUS servers, an Entra ID tenant).
 */
export function p2sAuthenticationTypes(p2s: VpnClientConfiguration): string[] {
  if (p2s.vpnAuthenticationTypes?.length) return [...new Set(p2s.vpnAuthenticationTypes)];
  const types: string[] = [];
  if (p2s.vpnClientRootCertificates?.length) types.push('Certificate');
  if (p2s.radiusServerAddress || p2s.radiusServers?.length) types.push('Radius');
  if (p2s.aadTenant) types.push('AAD');
  return types;
}

export const rule = defineRule<VirtualNetworkGatewayConfig>({
  id: 'azure-network-vpn-p2s-entra-auth-only',
  services: ['network'],
  title: {
    en: 'VPN gateway point-to-site connections authenticate with Microsoft Entra ID only',
    ja: 'VPN ゲートウェイのポイント対サイト接続が Microsoft Entra ID のみで認証されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.virtualNetworkGateway],
  requires: ['id', 'gatewayType', 'vpnClientConfiguration'],
  frameworks: {
    'cis-azure-6.0': ['7.9'],
    'mcsb-1.0': ['IM-1'],
    'nist-800-53-r5': ['AC-17', 'IA-2', 'IA-2(1)', 'IA-2(2)'],
    'pci-dss-4.0': ['8.4.3'],
  },
  doc: {
    en: {
      description:
        'Checks that a VPN gateway with a point-to-site (P2S) configuration accepts only Microsoft Entra ID authentication (AAD, labelled "Azure Active Directory" in the portal), not certificates or RADIUS. Gateways without point-to-site, and ExpressRoute gateways, are not applicable.',
      urgency: 'Fix within the month: every remote user who can connect lands inside your network, so the sign-in should carry MFA and Conditional Access.',
      risk: 'Certificate authentication lets anyone holding a client certificate and its key (copied from a laptop, a backup or a departed employee) connect from anywhere, with no MFA, device check or sign-in risk evaluation, and revocation depends on someone maintaining the revoked list. RADIUS moves that trust to a server you must operate and protect yourself.',
      recommendation:
        'Switch the point-to-site configuration to Microsoft Entra ID authentication (OpenVPN tunnel type, the Microsoft-registered Azure VPN Client app), require MFA and a compliant device through Conditional Access, then remove certificate and RADIUS authentication and the root certificates.',
      console: [
        'In the Azure portal, open "Virtual network gateways" and select the gateway.',
        'Under "Settings", open "Point-to-site configuration".',
        'Set "Tunnel type" to OpenVPN (SSL) and "Authentication type" to "Azure Active Directory" only, and enter the tenant, audience and issuer values.',
        'Clear the other authentication types and the root certificates, then click "Save" and distribute the new Azure VPN Client profile.',
      ],
    },
    ja: {
      description:
        'ポイント対サイト (P2S) 構成を持つ VPN ゲートウェイが、証明書や RADIUS ではなく Microsoft Entra ID による認証（AAD、ポータル上の表記は「Azure Active Directory」）のみを受け付けることを確認します。ポイント対サイトのないゲートウェイと ExpressRoute ゲートウェイは対象外です。',
      urgency: '1 か月以内に対応してください。接続できるリモート ユーザーは全員ネットワーク内部に入るため、サインインには MFA と条件付きアクセスを適用すべきです。',
      risk: '証明書認証では、クライアント証明書とその鍵を持つ人なら誰でも（ノート PC、バックアップ、退職者から複製されたものでも）どこからでも接続でき、MFA、デバイスの確認、サインイン リスクの評価は行われません。失効も誰かが失効リストを管理していることが前提です。RADIUS の場合は、その信頼を自社で運用・保護するサーバーに委ねることになります。',
      recommendation:
        'ポイント対サイト構成を Microsoft Entra ID 認証（トンネルの種類は OpenVPN、Microsoft 登録済みの Azure VPN Client アプリ）に切り替え、条件付きアクセスで MFA と準拠デバイスを必須にしてから、証明書と RADIUS の認証およびルート証明書を削除してください。',
      console: [
        'Azure portal で「仮想ネットワーク ゲートウェイ」を開き、対象のゲートウェイを選択します。',
        '「設定」の「ポイント対サイトの構成」を開きます。',
        '「トンネルの種類」を OpenVPN (SSL) に、「認証の種類」を「Azure Active Directory」のみに設定し、テナント、対象ユーザー、発行者の値を入力します。',
        '他の認証の種類とルート証明書を削除して「保存」をクリックし、新しい Azure VPN Client のプロファイルを配布します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az network vnet-gateway update --resource-group RG_NAME --name GATEWAY_NAME \\',
      '  --vpn-auth-type AAD --client-protocol OpenVPN \\',
      '  --aad-tenant https://login.microsoftonline.com/TENANT_ID/ \\',
      '  --aad-audience c632b3df-fb67-4d84-bdcf-b95ad541b5c8 \\',
      '  --aad-issuer https://sts.windows.net/TENANT_ID/',
    ].join('\n'),
    terraform: [
      'resource "azurerm_virtual_network_gateway" "vpn" {',
      '  # ...',
      '  vpn_client_configuration {',
      '    address_space        = ["172.16.201.0/24"]',
      '    vpn_client_protocols = ["OpenVPN"]',
      '    vpn_auth_types       = ["AAD"]',
      '    aad_tenant           = "https://login.microsoftonline.com/${var.tenant_id}/"',
      '    aad_audience         = "c632b3df-fb67-4d84-bdcf-b95ad541b5c8"',
      '    aad_issuer           = "https://sts.windows.net/${var.tenant_id}/"',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "resource vpnGateway 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {",
      '  name: gatewayName',
      '  location: location',
      '  properties: {',
      '    // ...',
      '    vpnClientConfiguration: {',
      "      vpnClientAddressPool: { addressPrefixes: [ '172.16.201.0/24' ] }",
      "      vpnClientProtocols: [ 'OpenVPN' ]",
      "      vpnAuthenticationTypes: [ 'AAD' ]",
      "      aadTenant: '${environment().authentication.loginEndpoint}${tenant().tenantId}/'",
      "      aadAudience: 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8'",
      "      aadIssuer: 'https://sts.windows.net/${tenant().tenantId}/'",
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/vpn-gateway/point-to-site-entra-gateway',
    'https://learn.microsoft.com/en-us/azure/vpn-gateway/point-to-site-about',
  ],
  evaluate(resource) {
    const gw = resource.config;
    if (gw.gatewayType && gw.gatewayType !== 'Vpn') {
      return notApplicable({ en: `${resource.name} is an ${gw.gatewayType} gateway, not a VPN gateway.`, ja: `${resource.name} は VPN ゲートウェイではなく ${gw.gatewayType} ゲートウェイです。` });
    }
    const p2s = gw.vpnClientConfiguration;
    const pool = p2s?.vpnClientAddressPool?.addressPrefixes ?? [];
    if (!p2s || !pool.length) {
      return notApplicable({ en: `VPN gateway ${resource.name} has no point-to-site configuration.`, ja: `VPN ゲートウェイ ${resource.name} にはポイント対サイト構成がありません。` });
    }
    const types = p2sAuthenticationTypes(p2s);
    const evidence = { authenticationTypes: types, tunnelTypes: p2s.vpnClientProtocols ?? [], rootCertificates: p2s.vpnClientRootCertificates?.length ?? 0 };
    if (types.length === 1 && types[0] === 'AAD') {
      return pass({ en: `Point-to-site on ${resource.name} authenticates with Microsoft Entra ID only.`, ja: `${resource.name} のポイント対サイトは Microsoft Entra ID のみで認証しています。` }, evidence);
    }
    const other = types.filter((t) => t !== 'AAD');
    const what = other.length ? other.join(', ') : 'no recognisable authentication type';
    return fail(
      {
        en: `Point-to-site on ${resource.name} accepts ${what}${types.includes('AAD') ? ' in addition to Microsoft Entra ID' : ''}.`,
        ja: `${resource.name} のポイント対サイトは${types.includes('AAD') ? ' Microsoft Entra ID に加えて' : ''} ${other.length ? other.join('、') : '判別できない認証の種類'} を受け付けています。`,
      },
      evidence,
    );
  },
});

