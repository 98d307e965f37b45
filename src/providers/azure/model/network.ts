/** Networking. Conventions: ./index.ts. */
import type {
  ApplicationGateway,
  BastionHost,
  FlowLog,
  NetworkSecurityGroup,
  NetworkWatcher,
  PublicIPAddress,
  VirtualNetwork,
  VirtualNetworkGateway,
  WebApplicationFirewallPolicy,
} from '@azure/arm-network';

/**
 * `securityRules` is always present (ARM returns `[]` for an NSG without custom rules);
 * `subnets` / `networkInterfaces` list what the NSG is associated with (left out when nothing is).
 */
export type NetworkSecurityGroupConfig = Pick<NetworkSecurityGroup, 'id' | 'name' | 'securityRules' | 'defaultSecurityRules' | 'subnets' | 'networkInterfaces' | 'flowLogs'>;
export type NetworkWatcherConfig = Pick<NetworkWatcher, 'id' | 'name' | 'location' | 'provisioningState'>;
/**
 * A Network Watcher flow log (`networkWatchers/<watcher>/flowLogs/<name>`). `targetResourceId` is an
 * NSG (NSG flow logs, retiring) or a virtual network, subnet or network interface (VNet flow logs).
 * ARM always returns `enabled` and `retentionPolicy` (`{ days: 0, enabled: false }` when none was set).
 */
export type FlowLogConfig = Pick<FlowLog, 'id' | 'name' | 'targetResourceId' | 'storageId' | 'enabled' | 'retentionPolicy' | 'format' | 'flowAnalyticsConfiguration'>;
export type PublicIpAddressConfig = Pick<PublicIPAddress, 'id' | 'name' | 'ipAddress' | 'publicIPAllocationMethod' | 'ipConfiguration' | 'sku' | 'ddosSettings'>;
/** `subnets[].networkSecurityGroup.id` names each subnet's NSG; `virtualNetworkPeerings[].remoteVirtualNetwork.id` the peered networks. */
export type VirtualNetworkConfig = Pick<VirtualNetwork, 'id' | 'name' | 'addressSpace' | 'subnets' | 'virtualNetworkPeerings' | 'enableDdosProtection' | 'ddosProtectionPlan'>;
/**
 * `sslProfiles[].sslPolicy` override `sslPolicy` for the listeners that use them; when `sslPolicy`
 * is left out the gateway runs `defaultPredefinedSslPolicy` (which depends on the API version it was
 * created with). `enableHttp2` is left out when false.
 */
export type ApplicationGatewayConfig = Pick<
  ApplicationGateway,
  | 'id'
  | 'name'
  | 'sku'
  | 'webApplicationFirewallConfiguration'
  | 'firewallPolicy'
  | 'sslPolicy'
  | 'sslProfiles'
  | 'defaultPredefinedSslPolicy'
  | 'enableHttp2'
  | 'httpListeners'
  | 'listeners'
  | 'frontendIPConfigurations'
>;
/** An Application Gateway WAF policy; `applicationGateways`, `httpListeners` and `pathBasedRules` are what it is attached to. */
export type WafPolicyConfig = Pick<WebApplicationFirewallPolicy, 'id' | 'name' | 'policySettings' | 'managedRules' | 'applicationGateways' | 'httpListeners' | 'pathBasedRules'>;
/** `ipConfigurations[].subnet.id` is the AzureBastionSubnet of the hosting network; the Developer SKU names it in `virtualNetwork` instead. */
export type BastionHostConfig = Pick<BastionHost, 'id' | 'name' | 'sku' | 'ipConfigurations' | 'virtualNetwork'>;
/**
 * A VPN or ExpressRoute gateway (`AZURE_TYPES.virtualNetworkGateway`). `vpnClientConfiguration` is the
 * point-to-site configuration (absent, or without an address pool, when P2S is not set up). The
 * collector drops `vpnClientConfiguration.radiusServerSecret` and `radiusServers[].radiusServerSecret`
 * (ARM no longer returns them, and they are secrets).
 */
export type VirtualNetworkGatewayConfig = Pick<VirtualNetworkGateway, 'id' | 'name' | 'gatewayType' | 'vpnType' | 'sku' | 'vpnClientConfiguration'>;
