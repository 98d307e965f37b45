/** Networking. Conventions: ./index.ts. */
import type { ApplicationGateway, BastionHost, FlowLog, NetworkSecurityGroup, NetworkWatcher, PublicIPAddress, VirtualNetwork, WebApplicationFirewallPolicy } from '@azure/arm-network';

export type NetworkSecurityGroupConfig = Pick<NetworkSecurityGroup, 'id' | 'name' | 'securityRules' | 'defaultSecurityRules' | 'subnets' | 'networkInterfaces' | 'flowLogs'>;
export type NetworkWatcherConfig = Pick<NetworkWatcher, 'id' | 'name' | 'location' | 'provisioningState'>;
export type FlowLogConfig = Pick<FlowLog, 'id' | 'name' | 'targetResourceId' | 'storageId' | 'enabled' | 'retentionPolicy' | 'format' | 'flowAnalyticsConfiguration'>;
export type PublicIpAddressConfig = Pick<PublicIPAddress, 'id' | 'name' | 'ipAddress' | 'publicIPAllocationMethod' | 'ipConfiguration' | 'sku' | 'ddosSettings'>;
export type VirtualNetworkConfig = Pick<VirtualNetwork, 'id' | 'name' | 'addressSpace' | 'subnets' | 'enableDdosProtection' | 'ddosProtectionPlan'>;
export type ApplicationGatewayConfig = Pick<ApplicationGateway, 'id' | 'name' | 'sku' | 'webApplicationFirewallConfiguration' | 'firewallPolicy' | 'sslPolicy' | 'httpListeners' | 'frontendIPConfigurations'>;
export type WafPolicyConfig = Pick<WebApplicationFirewallPolicy, 'id' | 'name' | 'policySettings' | 'managedRules' | 'applicationGateways'>;
export type BastionHostConfig = Pick<BastionHost, 'id' | 'name' | 'sku' | 'ipConfigurations'>;
