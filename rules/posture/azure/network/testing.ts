/** Fixture builders for the network rules. */
import type { SecurityRule } from '@azure/arm-network';
import {
  AZURE_TYPES,
  type ApplicationGatewayConfig,
  type BastionHostConfig,
  type FlowLogConfig,
  type NetworkSecurityGroupConfig,
  type NetworkWatcherConfig,
  type VirtualNetworkConfig,
  type VirtualNetworkGatewayConfig,
  type WafPolicyConfig,
} from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, azureResource, LOCATION, SUBSCRIPTION } from '../testing.js';

export const nsgId = (name: string, subscription?: string) => armId(AZURE_TYPES.networkSecurityGroup, name, { subscription });
export const vnetId = (name: string, subscription?: string, resourceGroup?: string) => armId(AZURE_TYPES.virtualNetwork, name, { subscription, resourceGroup });
export const appGatewayId = (name: string) => armId(AZURE_TYPES.applicationGateway, name);
export const wafPolicyId = (name: string) => armId(AZURE_TYPES.wafPolicy, name);
export const uidOf = (id: string) => id.toLowerCase();

/** An inbound rule; defaults: Allow, Tcp, from any source port to any destination. */
export function inbound(name: string, priority: number, rule: Partial<SecurityRule> = {}): SecurityRule {
  return {
    name,
    priority,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourcePortRange: '*',
    sourceAddressPrefix: '*',
    sourceAddressPrefixes: [],
    destinationAddressPrefix: '*',
    destinationAddressPrefixes: [],
    destinationPortRanges: [],
    provisioningState: 'Succeeded',
    ...rule,
  };
}

/** A network security group with `rules` as its custom rules, associated with one subnet unless `config` says otherwise. */
export function nsg(name: string, rules: SecurityRule[], config: Partial<NetworkSecurityGroupConfig> = {}, errors?: Record<string, string>): Resource {
  return armResource<NetworkSecurityGroupConfig>(
    AZURE_TYPES.networkSecurityGroup,
    name,
    { securityRules: rules, subnets: [{ id: `${vnetId('vnet-app')}/subnets/snet-web` }], ...config },
    { errors },
  );
}

/** A virtual network in LOCATION with the given subnets (each `{ name, nsg? }`). */
export function vnet(
  name: string,
  subnets: { name: string; nsg?: string }[] = [],
  config: Partial<VirtualNetworkConfig> = {},
  extra: { region?: string; subscription?: string; resourceGroup?: string } = {},
): Resource {
  const id = vnetId(name, extra.subscription, extra.resourceGroup);
  return armResource<VirtualNetworkConfig>(
    AZURE_TYPES.virtualNetwork,
    name,
    {
      addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
      subnets: subnets.map((s, i) => ({
        id: `${id}/subnets/${s.name}`,
        name: s.name,
        addressPrefix: `10.10.${i}.0/24`,
        ...(s.nsg ? { networkSecurityGroup: { id: nsgId(s.nsg, extra.subscription) } } : {}),
      })),
      virtualNetworkPeerings: [],
      enableDdosProtection: false,
      ...config,
    },
    { region: extra.region ?? LOCATION, subscription: extra.subscription, resourceGroup: extra.resourceGroup },
  );
}

/** The Network Watcher of a region (in NetworkWatcherRG, as Azure creates it). */
export function watcher(region: string, config: Partial<NetworkWatcherConfig> = {}, subscription = SUBSCRIPTION): Resource {
  return armResource<NetworkWatcherConfig>(
    AZURE_TYPES.networkWatcher,
    `NetworkWatcher_${region}`,
    { location: region, provisioningState: 'Succeeded', ...config },
    { region, subscription, resourceGroup: 'NetworkWatcherRG' },
  );
}

export const flowLogId = (name: string, region = LOCATION) =>
  `${armId(AZURE_TYPES.networkWatcher, `NetworkWatcher_${region}`, { resourceGroup: 'NetworkWatcherRG' })}/flowLogs/${name}`;

/** A flow log of the LOCATION watcher, enabled with 90-day retention unless `config` says otherwise. */
export function flowLog(name: string, targetResourceId: string, config: Partial<FlowLogConfig> = {}): Resource {
  const id = flowLogId(name);
  return azureResource<FlowLogConfig>({
    type: AZURE_TYPES.flowLog,
    uid: id,
    name,
    config: {
      id,
      name,
      targetResourceId,
      storageId: armId('Microsoft.Storage/storageAccounts', 'stflowlogs'),
      enabled: true,
      retentionPolicy: { days: 90, enabled: true },
      format: { type: 'JSON', version: 2 },
      ...config,
    },
  });
}

/** A WAF_v2 application gateway with one HTTPS listener and the 2022 predefined TLS policy. */
export function appGateway(name: string, config: Partial<ApplicationGatewayConfig> = {}): Resource {
  const id = appGatewayId(name);
  return armResource<ApplicationGatewayConfig>(AZURE_TYPES.applicationGateway, name, {
    sku: { name: 'WAF_v2', tier: 'WAF_v2', family: 'Generation_1' },
    sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101' },
    defaultPredefinedSslPolicy: 'AppGwSslPolicy20220101',
    enableHttp2: true,
    httpListeners: [{ id: `${id}/httpListeners/https-listener`, name: 'https-listener', protocol: 'Https' }],
    ...config,
  });
}

/** A WAF policy in Prevention mode with OWASP 3.2 and the bot manager rule set, attached to `agw-web`. */
export function wafPolicy(name: string, config: Partial<WafPolicyConfig> = {}): Resource {
  return armResource<WafPolicyConfig>(AZURE_TYPES.wafPolicy, name, {
    policySettings: { state: 'Enabled', mode: 'Prevention', requestBodyCheck: true, maxRequestBodySizeInKb: 128, fileUploadLimitInMb: 100 },
    managedRules: {
      managedRuleSets: [
        { ruleSetType: 'OWASP', ruleSetVersion: '3.2' },
        { ruleSetType: 'Microsoft_BotManagerRuleSet', ruleSetVersion: '1.0' },
      ],
    },
    applicationGateways: [{ id: appGatewayId('agw-web') }],
    ...config,
  });
}

/** A Basic-SKU Bastion host in `network`'s AzureBastionSubnet. */
export function bastion(name: string, network: string, extra: { subscription?: string; resourceGroup?: string } = {}): Resource {
  return armResource<BastionHostConfig>(
    AZURE_TYPES.bastionHost,
    name,
    {
      sku: { name: 'Basic' },
      ipConfigurations: [{ name: 'IpConf', subnet: { id: `${vnetId(network, extra.subscription, extra.resourceGroup)}/subnets/AzureBastionSubnet` } }],
    },
    extra,
  );
}

/** A route-based VPN gateway without point-to-site unless `config` adds it. */
export function vpnGateway(name: string, config: Partial<VirtualNetworkGatewayConfig> = {}): Resource {
  return armResource<VirtualNetworkGatewayConfig>(AZURE_TYPES.virtualNetworkGateway, name, {
    gatewayType: 'Vpn',
    vpnType: 'RouteBased',
    sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' },
    ...config,
  });
}
