import type { RuleFixture } from '../../../../../src/model/rule.js';
import { AZURE_TYPES } from '../../../../../src/providers/azure/model/index.js';
import { armId, TENANT } from '../../testing.js';
import { uidOf, vpnGateway } from '../testing.js';

const target = (name: string) => uidOf(armId(AZURE_TYPES.virtualNetworkGateway, name));
const pool = { addressPrefixes: ['172.16.201.0/24'] };
const entra = {
  aadTenant: `https://login.microsoftonline.com/${TENANT}/`,
  aadAudience: 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8',
  aadIssuer: `https://sts.windows.net/${TENANT}/`,
};
const rootCert = { name: 'P2SRootCert', publicCertData: 'MIIC5zCCAc+gAwIBAgIQ' };

export const fixtures: RuleFixture[] = [
  {
    name: 'certificate authentication',
    expect: 'FAIL',
    target: target('vpngw-cert'),
    resources: [vpnGateway('vpngw-cert', { vpnClientConfiguration: { vpnClientAddressPool: pool, vpnClientProtocols: ['IkeV2', 'OpenVPN'], vpnAuthenticationTypes: ['Certificate'], vpnClientRootCertificates: [rootCert] } })],
  },
  {
    name: 'Entra ID and certificate together',
    expect: 'FAIL',
    target: target('vpngw-mixed'),
    resources: [
      vpnGateway('vpngw-mixed', { vpnClientConfiguration: { vpnClientAddressPool: pool, vpnClientProtocols: ['OpenVPN'], vpnAuthenticationTypes: ['AAD', 'Certificate'], vpnClientRootCertificates: [rootCert], ...entra } }),
    ],
  },
  {
    name: 'older gateway with root certificates and no vpnAuthenticationTypes',
    expect: 'FAIL',
    target: target('vpngw-legacy'),
    resources: [vpnGateway('vpngw-legacy', { vpnClientConfiguration: { vpnClientAddressPool: pool, vpnClientProtocols: ['SSTP'], vpnClientRootCertificates: [rootCert] } })],
  },
  {
    name: 'Entra ID only',
    expect: 'PASS',
    target: target('vpngw-entra'),
    resources: [vpnGateway('vpngw-entra', { vpnClientConfiguration: { vpnClientAddressPool: pool, vpnClientProtocols: ['OpenVPN'], vpnAuthenticationTypes: ['AAD'], ...entra } })],
  },
  { name: 'site-to-site only', expect: 'NOT_APPLICABLE', target: target('vpngw-s2s'), resources: [vpnGateway('vpngw-s2s')] },
  { name: 'ExpressRoute gateway', expect: 'NOT_APPLICABLE', target: target('ergw'), resources: [vpnGateway('ergw', { gatewayType: 'ExpressRoute', vpnType: undefined, sku: { name: 'ErGw1AZ', tier: 'ErGw1AZ' } })] },
];
