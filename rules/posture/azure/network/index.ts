import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as nsgRdpNotPublic } from './azure-network-nsg-rdp-not-public/rule.js';
import { rule as nsgSshNotPublic } from './azure-network-nsg-ssh-not-public/rule.js';
import { rule as nsgUdpNotPublic } from './azure-network-nsg-udp-not-public/rule.js';
import { rule as nsgHttpNotPublic } from './azure-network-nsg-http-not-public/rule.js';
import { rule as nsgAllPortsNotPublic } from './azure-network-nsg-all-ports-not-public/rule.js';
import { rule as nsgSensitivePortsNotPublic } from './azure-network-nsg-sensitive-ports-not-public/rule.js';
import { rule as nsgFlowLogRetention } from './azure-network-nsg-flow-log-retention/rule.js';
import { rule as vnetFlowLogRetention } from './azure-network-vnet-flow-log-retention/rule.js';
import { rule as watcherEnabled } from './azure-network-watcher-enabled/rule.js';
import { rule as publicIpPeriodicReview } from './azure-network-public-ip-periodic-review/rule.js';
import { rule as vpnP2sEntraAuthOnly } from './azure-network-vpn-p2s-entra-auth-only/rule.js';
import { rule as appgwWafEnabled } from './azure-network-appgw-waf-enabled/rule.js';
import { rule as subnetNsgAssociated } from './azure-network-subnet-nsg-associated/rule.js';
import { rule as appgwTls12 } from './azure-network-appgw-tls-1-2/rule.js';
import { rule as appgwHttp2Enabled } from './azure-network-appgw-http2-enabled/rule.js';
import { rule as wafRequestBodyInspection } from './azure-network-waf-request-body-inspection/rule.js';
import { rule as wafBotProtection } from './azure-network-waf-bot-protection/rule.js';
import { rule as wafPreventionMode } from './azure-network-waf-prevention-mode/rule.js';
import { rule as paasNetworkSecurityPerimeter } from './azure-network-paas-network-security-perimeter/rule.js';
import { rule as bastionHostExists } from './azure-network-bastion-host-exists/rule.js';
import { rule as vnetDdosProtection } from './azure-network-vnet-ddos-protection/rule.js';

/** Networking: NSGs (CIS 7.1–7.4, 7.11), flow logs and Network Watcher (7.5, 7.6, 7.8), VPN (7.9), Application Gateway and WAF (7.10, 7.12–7.15), Bastion (8.4.1), DDoS (8.5). */
export const rules: PostureRule[] = [
  nsgRdpNotPublic,
  nsgSshNotPublic,
  nsgUdpNotPublic,
  nsgHttpNotPublic,
  nsgAllPortsNotPublic,
  nsgSensitivePortsNotPublic,
  nsgFlowLogRetention,
  vnetFlowLogRetention,
  watcherEnabled,
  publicIpPeriodicReview,
  vpnP2sEntraAuthOnly,
  appgwWafEnabled,
  subnetNsgAssociated,
  appgwTls12,
  appgwHttp2Enabled,
  wafRequestBodyInspection,
  wafBotProtection,
  wafPreventionMode,
  paasNetworkSecurityPerimeter,
  bastionHostExists,
  vnetDdosProtection,
];
