/**
 * Networking (SDK `@azure/arm-network`): network security groups, network watchers and their flow
 * logs, public IP addresses, virtual networks, application gateways, WAF policies, Bastion hosts
 * and virtual network gateways. Each listing is skipped when Resource Graph says the subscription
 * has none of its type; network watchers are always listed (rules need to know where none exists).
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid } from '../../model/index.js';
import type { AzureCollectContext, AzureServiceCollector } from '../types.js';
import { fieldsFor, nameOf, pick, resourceGroupOf } from '../util.js';
import { idsOfType } from './common.js';

const T = AZURE_TYPES;

const FIELDS: Record<string, string[]> = {
  [T.networkSecurityGroup]: fieldsFor(T.networkSecurityGroup, ['id', 'name', 'securityRules', 'defaultSecurityRules', 'subnets', 'networkInterfaces', 'flowLogs']),
  [T.networkWatcher]: fieldsFor(T.networkWatcher, ['id', 'name', 'location', 'provisioningState']),
  [T.flowLog]: fieldsFor(T.flowLog, ['id', 'name', 'targetResourceId', 'storageId', 'enabled', 'retentionPolicy', 'format', 'flowAnalyticsConfiguration']),
  [T.publicIpAddress]: fieldsFor(T.publicIpAddress, ['id', 'name', 'ipAddress', 'publicIPAllocationMethod', 'ipConfiguration', 'sku', 'ddosSettings']),
  [T.virtualNetwork]: fieldsFor(T.virtualNetwork, ['id', 'name', 'addressSpace', 'subnets', 'enableDdosProtection', 'ddosProtectionPlan']),
  [T.applicationGateway]: fieldsFor(T.applicationGateway, ['id', 'name', 'sku', 'webApplicationFirewallConfiguration', 'firewallPolicy', 'sslPolicy', 'httpListeners', 'frontendIPConfigurations']),
  [T.wafPolicy]: fieldsFor(T.wafPolicy, ['id', 'name', 'policySettings', 'managedRules', 'applicationGateways']),
  [T.bastionHost]: fieldsFor(T.bastionHost, ['id', 'name', 'sku', 'ipConfigurations']),
  [T.virtualNetworkGateway]: fieldsFor(T.virtualNetworkGateway, ['id', 'name', 'gatewayType', 'vpnType', 'sku', 'vpnClientConfiguration']),
};

/** Fields that may carry secrets in a network resource and are never copied (VPN RADIUS secrets, certificate data). */
const DROP = new Set(['radiusServerSecret', 'sslCertificates', 'authenticationCertificates', 'trustedRootCertificates', 'trustedClientCertificates']);

function emitAll(ctx: AzureCollectContext, type: string, items: { id?: string; name?: string; location?: string; tags?: Record<string, string> }[] | undefined) {
  for (const item of items ?? []) {
    if (!item.id || !item.name) continue;
    const config = pick<Record<string, unknown>>(item, FIELDS[type].filter((f) => !DROP.has(f)));
    if (type === T.virtualNetworkGateway && config.vpnClientConfiguration) {
      const vpn = { ...(config.vpnClientConfiguration as Record<string, unknown>) };
      delete vpn.radiusServerSecret;
      delete vpn.radiusServers;
      delete vpn.vpnClientRootCertificates;
      config.vpnClientConfiguration = vpn;
    }
    ctx.emit({ uid: azureUid(item.id), type, name: item.name, region: item.location, tags: item.tags, config });
  }
}

export const collector: AzureServiceCollector = {
  service: 'network',
  scopes: ['subscription'],
  resourceTypes: [T.networkSecurityGroup, T.networkWatcher, T.flowLog, T.publicIpAddress, T.virtualNetwork, T.applicationGateway, T.wafPolicy, T.bastionHost, T.virtualNetworkGateway],
  gatedBy: [T.networkSecurityGroup, T.networkWatcher, T.publicIpAddress, T.virtualNetwork, T.applicationGateway, T.wafPolicy, T.bastionHost, T.virtualNetworkGateway],
  async collect(ctx) {
    const { NetworkManagementClient } = await import('@azure/arm-network');
    const client = ctx.clients.arm(NetworkManagementClient, ctx.scope.subscriptionId!);
    const tasks: Promise<void>[] = [];
    const listing = <I>(type: string, operation: string, fn: () => AsyncIterable<I>) => {
      if (!ctx.has(type)) return;
      tasks.push(ctx.list(operation, [type], fn).then((items) => emitAll(ctx, type, items as never)));
    };
    listing(T.networkSecurityGroup, 'network.networkSecurityGroups.listAll', () => client.networkSecurityGroups.listAll());
    listing(T.publicIpAddress, 'network.publicIPAddresses.listAll', () => client.publicIPAddresses.listAll());
    listing(T.virtualNetwork, 'network.virtualNetworks.listAll', () => client.virtualNetworks.listAll());
    listing(T.applicationGateway, 'network.applicationGateways.listAll', () => client.applicationGateways.listAll());
    listing(T.wafPolicy, 'network.webApplicationFirewallPolicies.listAll', () => client.webApplicationFirewallPolicies.listAll());
    listing(T.bastionHost, 'network.bastionHosts.list', () => client.bastionHosts.list());
    // Network watchers with their flow logs (flow logs are listed per watcher).
    tasks.push(
      (async () => {
        const watchers = await ctx.list('network.networkWatchers.listAll', [T.networkWatcher, T.flowLog], () => client.networkWatchers.listAll());
        emitAll(ctx, T.networkWatcher, watchers);
        await mapPool(watchers ?? [], 4, async (w) => {
          if (!w.id || !w.name) return;
          const logs = await ctx.list(`network.flowLogs.list`, [T.flowLog], () => client.flowLogs.list(resourceGroupOf(w.id!), w.name!));
          emitAll(ctx, T.flowLog, logs);
        });
      })(),
    );
    // Virtual network gateways have no subscription-wide listing: read each one the inventory names.
    if (ctx.has(T.virtualNetworkGateway)) {
      tasks.push(
        (async () => {
          const ids = await idsOfType(ctx, T.virtualNetworkGateway, [T.virtualNetworkGateway]);
          const gateways: Awaited<ReturnType<typeof client.virtualNetworkGateways.get>>[] = [];
          await mapPool(ids ?? [], 4, async (g) => {
            // A gateway that cannot be read is a gap in the listing (recorded for the type), not a half-empty resource.
            const gw = await ctx.get('network.virtualNetworkGateways.get', [T.virtualNetworkGateway], () => client.virtualNetworkGateways.get(resourceGroupOf(g.id), nameOf(g.id)));
            if (gw) gateways.push(gw);
          });
          emitAll(ctx, T.virtualNetworkGateway, gateways);
        })(),
      );
    }
    await Promise.all(tasks);
  },
};
