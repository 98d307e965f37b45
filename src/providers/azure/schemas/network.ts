/** Config schemas of the network types (model/network.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const NETWORK_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Network/networkSecurityGroups': {
    id: 'string',
    name: 'string',
    // ARM returns [] for an NSG without custom rules: absent means not collected.
    securityRules: 'array',
    defaultSecurityRules: 'array?',
    subnets: 'array?',
    networkInterfaces: 'array?',
    flowLogs: 'array?',
  },
  'Microsoft.Network/networkWatchers': { id: 'string', name: 'string', location: 'string?', provisioningState: 'string?' },
  'Microsoft.Network/networkWatchers/flowLogs': {
    id: 'string',
    name: 'string',
    targetResourceId: 'string',
    storageId: 'string?',
    // ARM always returns both (retentionPolicy as { days: 0, enabled: false } when none was set).
    enabled: 'boolean',
    retentionPolicy: 'object',
    format: 'object?',
    flowAnalyticsConfiguration: 'object?',
  },
  'Microsoft.Network/publicIPAddresses': {
    id: 'string',
    name: 'string',
    ipAddress: 'string?',
    publicIPAllocationMethod: 'string?',
    ipConfiguration: 'object?',
    sku: 'object?',
    ddosSettings: 'object?',
  },
  'Microsoft.Network/virtualNetworks': {
    id: 'string',
    name: 'string',
    addressSpace: 'object?',
    subnets: 'array?',
    virtualNetworkPeerings: 'array?',
    enableDdosProtection: 'boolean?',
    ddosProtectionPlan: 'object?',
  },
  'Microsoft.Network/applicationGateways': {
    id: 'string',
    name: 'string',
    // ARM always returns the SKU (name and tier) of an application gateway.
    sku: 'object',
    webApplicationFirewallConfiguration: 'object?',
    firewallPolicy: 'object?',
    sslPolicy: 'object?',
    sslProfiles: 'array?',
    defaultPredefinedSslPolicy: 'string?',
    enableHttp2: 'boolean?',
    httpListeners: 'array?',
    listeners: 'array?',
    frontendIPConfigurations: 'array?',
  },
  'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies': {
    id: 'string',
    name: 'string',
    // Both are always returned (managedRules is required by the API).
    policySettings: 'object',
    managedRules: 'object',
    applicationGateways: 'array?',
    httpListeners: 'array?',
    pathBasedRules: 'array?',
  },
  'Microsoft.Network/bastionHosts': { id: 'string', name: 'string', sku: 'object?', ipConfigurations: 'array?', virtualNetwork: 'object?' },
  'Microsoft.Network/virtualNetworkGateways': {
    id: 'string',
    name: 'string',
    gatewayType: 'string?',
    vpnType: 'string?',
    sku: 'object?',
    vpnClientConfiguration: 'object?',
  },
};
