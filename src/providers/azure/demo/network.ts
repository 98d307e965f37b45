/**
 * Networking: virtual networks (a data subnet without an NSG, no DDoS plan), NSGs (the dev jump box
 * open to RDP and SSH from the internet, the app tier closed), Network Watcher in Japan East only,
 * flow logs (one kept for a week), public IPs, the storefront's application gateway with a WAF policy
 * in detection mode, a Bastion host in production and a point-to-site VPN with certificate auth.
 */
import { AZURE_TYPES } from '../model/index.js';
import { armId, type AzureDemoBuilder } from './builder.js';
import { AZURE_DEMO } from './scenario.js';

const { prod, dev, names, region, drRegion } = AZURE_DEMO;
const T = AZURE_TYPES;

const P = prod.subscriptionId;
const D = dev.subscriptionId;
const NET = 'rg-shop-prod-network';

export const NSG = {
  web: armId(P, NET, T.networkSecurityGroup, 'nsg-shop-web'),
  app: armId(P, NET, T.networkSecurityGroup, names.appNsg),
  jump: armId(D, 'rg-shop-dev', T.networkSecurityGroup, 'nsg-shop-dev-jump'),
};
export const VNET = {
  prod: armId(P, NET, T.virtualNetwork, 'vnet-shop-prod'),
  prodDr: armId(P, 'rg-shop-prod-dr', T.virtualNetwork, 'vnet-shop-prod-dr'),
  dev: armId(D, 'rg-shop-dev', T.virtualNetwork, 'vnet-shop-dev'),
};
export const subnetId = (vnet: string, subnet: string) => `${vnet}/subnets/${subnet}`;
export const NIC = {
  web: armId(P, 'rg-shop-prod-web', 'Microsoft.Network/networkInterfaces', 'nic-vm-shop-web-01'),
  batch: armId(P, 'rg-shop-prod-app', 'Microsoft.Network/networkInterfaces', `nic-${names.batchVm}`),
  jump: armId(D, 'rg-shop-dev', 'Microsoft.Network/networkInterfaces', 'nic-vm-shop-jump-01'),
};
const FLOW_LOG_STORAGE = armId(P, 'rg-contoso-logging', T.storageAccount, 'stcontosoflowlogs');

interface Rule {
  name: string;
  priority: number;
  direction?: 'Inbound' | 'Outbound';
  access?: 'Allow' | 'Deny';
  protocol: string;
  source: string;
  ports: string | string[];
  destination?: string;
}

const DEFAULT_RULES = (nsg: string) =>
  [
    ['AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
    ['AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'],
    ['DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'],
    ['AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
    ['AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'],
    ['DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*'],
  ].map(([name, priority, direction, access, source, destination]) => ({
    id: `${nsg}/defaultSecurityRules/${name}`,
    name,
    protocol: '*',
    sourcePortRange: '*',
    destinationPortRange: '*',
    sourceAddressPrefix: source,
    destinationAddressPrefix: destination,
    access,
    priority,
    direction,
    provisioningState: 'Succeeded',
  }));

function securityRule(nsg: string, r: Rule) {
  return {
    id: `${nsg}/securityRules/${r.name}`,
    name: r.name,
    protocol: r.protocol,
    sourcePortRange: '*',
    ...(Array.isArray(r.ports) ? { destinationPortRanges: r.ports } : { destinationPortRange: r.ports }),
    sourceAddressPrefix: r.source,
    destinationAddressPrefix: r.destination ?? '*',
    access: r.access ?? 'Allow',
    priority: r.priority,
    direction: r.direction ?? 'Inbound',
    provisioningState: 'Succeeded',
  };
}

function addNsgs(demo: AzureDemoBuilder): void {
  const nsgs: { id: string; sub: string; rg: string; name: string; rules: Rule[]; subnets?: string[]; nics?: string[]; flowLogs?: string[] }[] = [
    {
      id: NSG.web,
      sub: P,
      rg: NET,
      name: 'nsg-shop-web',
      // The application gateway subnet: HTTPS and HTTP (redirect) from the internet, the gateway manager ports Azure requires.
      rules: [
        { name: 'Allow-HTTPS-Internet', priority: 100, protocol: 'Tcp', source: 'Internet', ports: '443' },
        { name: 'Allow-HTTP-Redirect', priority: 110, protocol: 'Tcp', source: 'Internet', ports: '80' },
        { name: 'Allow-GatewayManager', priority: 120, protocol: 'Tcp', source: 'GatewayManager', ports: '65200-65535' },
      ],
      subnets: [subnetId(VNET.prod, 'snet-appgw')],
      flowLogs: [armId(P, 'NetworkWatcherRG', T.networkWatcher, 'NetworkWatcher_japaneast') + '/flowLogs/fl-nsg-shop-web'],
    },
    {
      id: NSG.app,
      sub: P,
      rg: NET,
      name: names.appNsg,
      // The app tier: only from the web tier, nothing from the internet.
      rules: [
        { name: 'Allow-Web-To-App', priority: 100, protocol: 'Tcp', source: '10.10.1.0/24', ports: ['8080', '8443'] },
        { name: 'Allow-Bastion-RDP-SSH', priority: 110, protocol: 'Tcp', source: '10.10.250.0/26', ports: '3389' },
        { name: 'Deny-Internet-Inbound', priority: 4000, protocol: '*', source: 'Internet', ports: '*', access: 'Deny' },
      ],
      subnets: [subnetId(VNET.prod, 'snet-app'), subnetId(VNET.prod, 'snet-web')],
    },
    {
      id: NSG.jump,
      sub: D,
      rg: 'rg-shop-dev',
      name: 'nsg-shop-dev-jump',
      // "Temporary" rules for the partner's developers, added in 2025.
      rules: [
        { name: 'RDP', priority: 300, protocol: 'Tcp', source: '*', ports: '3389' },
        { name: 'SSH', priority: 310, protocol: 'Tcp', source: 'Internet', ports: '22' },
        { name: 'Allow-Dev-Tools', priority: 320, protocol: '*', source: '0.0.0.0/0', ports: '8000-9000' },
        { name: 'Allow-Syslog-UDP', priority: 330, protocol: 'Udp', source: '*', ports: '514' },
      ],
      nics: [NIC.jump],
    },
  ];
  for (const n of nsgs) {
    demo.arm({
      subscriptionId: n.sub,
      resourceGroup: n.rg,
      type: T.networkSecurityGroup,
      name: n.name,
      region,
      tags: { environment: n.sub === P ? 'production' : 'development' },
      config: {
        securityRules: n.rules.map((r) => securityRule(n.id, r)),
        defaultSecurityRules: DEFAULT_RULES(n.id),
        ...(n.subnets ? { subnets: n.subnets.map((id) => ({ id })) } : {}),
        ...(n.nics ? { networkInterfaces: n.nics.map((id) => ({ id })) } : {}),
        ...(n.flowLogs ? { flowLogs: n.flowLogs.map((id) => ({ id })) } : {}),
      },
    });
  }
}

function addVirtualNetworks(demo: AzureDemoBuilder): void {
  const subnet = (vnet: string, name: string, prefix: string, nsg?: string, extra: Record<string, unknown> = {}) => ({
    id: subnetId(vnet, name),
    name,
    addressPrefix: prefix,
    ...(nsg ? { networkSecurityGroup: { id: nsg } } : {}),
    privateEndpointNetworkPolicies: 'Disabled',
    ...extra,
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: NET,
    type: T.virtualNetwork,
    name: 'vnet-shop-prod',
    region,
    tags: { environment: 'production' },
    config: {
      addressSpace: { addressPrefixes: ['10.10.0.0/16'] },
      subnets: [
        subnet(VNET.prod, 'snet-web', '10.10.1.0/24', NSG.app),
        subnet(VNET.prod, 'snet-app', '10.10.2.0/24', NSG.app),
        // Private endpoints of the data tier: created by the DBA team without an NSG.
        subnet(VNET.prod, 'snet-data', '10.10.3.0/24'),
        subnet(VNET.prod, 'snet-appgw', '10.10.10.0/24', NSG.web),
        subnet(VNET.prod, 'snet-databricks-public', '10.10.20.0/24', NSG.app, { delegations: [{ name: 'databricks', serviceName: 'Microsoft.Databricks/workspaces' }] }),
        subnet(VNET.prod, 'snet-databricks-private', '10.10.21.0/24', NSG.app, { delegations: [{ name: 'databricks', serviceName: 'Microsoft.Databricks/workspaces' }] }),
        subnet(VNET.prod, 'AzureBastionSubnet', '10.10.250.0/26'),
        subnet(VNET.prod, 'GatewaySubnet', '10.10.255.0/27'),
      ],
      virtualNetworkPeerings: [{ id: `${VNET.prod}/virtualNetworkPeerings/to-dr`, name: 'to-dr', remoteVirtualNetwork: { id: VNET.prodDr }, peeringState: 'Connected' }],
      enableDdosProtection: false,
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-dr',
    type: T.virtualNetwork,
    name: 'vnet-shop-prod-dr',
    region: drRegion,
    tags: { environment: 'production' },
    config: {
      addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
      subnets: [subnet(VNET.prodDr, 'snet-app-dr', '10.20.2.0/24', undefined)],
      virtualNetworkPeerings: [{ id: `${VNET.prodDr}/virtualNetworkPeerings/to-prod`, name: 'to-prod', remoteVirtualNetwork: { id: VNET.prod }, peeringState: 'Connected' }],
      enableDdosProtection: true,
      ddosProtectionPlan: { id: armId(P, NET, 'Microsoft.Network/ddosProtectionPlans', 'ddos-contoso') },
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.virtualNetwork,
    name: 'vnet-shop-dev',
    region,
    tags: { environment: 'development' },
    config: {
      addressSpace: { addressPrefixes: ['10.50.0.0/16'] },
      subnets: [subnet(VNET.dev, 'snet-dev', '10.50.1.0/24', NSG.jump)],
      virtualNetworkPeerings: [],
      enableDdosProtection: false,
    },
  });
}

function addWatchersAndFlowLogs(demo: AzureDemoBuilder): void {
  // Network Watcher is enabled where ARM created it automatically: Japan East only (production has a network in Japan West too).
  for (const sub of [P, D]) {
    demo.arm({ subscriptionId: sub, resourceGroup: 'NetworkWatcherRG', type: T.networkWatcher, name: 'NetworkWatcher_japaneast', region, config: { location: region, provisioningState: 'Succeeded' } });
  }
  const watcher = (sub: string) => armId(sub, 'NetworkWatcherRG', T.networkWatcher, 'NetworkWatcher_japaneast');
  const flowLogs = [
    // The NSG flow log of the web tier keeps a week of records.
    { sub: P, name: 'fl-nsg-shop-web', target: NSG.web, days: 7, enabled: true, storage: FLOW_LOG_STORAGE, version: 2 },
    { sub: P, name: 'fl-vnet-shop-prod', target: VNET.prod, days: 90, enabled: true, storage: FLOW_LOG_STORAGE, version: 2, analytics: true },
    { sub: D, name: 'fl-vnet-shop-dev', target: VNET.dev, days: 30, enabled: true, storage: armId(D, 'rg-shop-dev', T.storageAccount, 'stshopdevscratch'), version: 2 },
  ];
  for (const f of flowLogs) {
    const id = `${watcher(f.sub)}/flowLogs/${f.name}`;
    demo.add({
      uid: id,
      type: T.flowLog,
      name: f.name,
      account: f.sub,
      region,
      config: {
        id,
        name: f.name,
        targetResourceId: f.target,
        storageId: f.storage,
        enabled: f.enabled,
        retentionPolicy: { days: f.days, enabled: true },
        format: { type: 'JSON', version: f.version },
        ...(f.analytics ? { flowAnalyticsConfiguration: { networkWatcherFlowAnalyticsConfiguration: { enabled: true, workspaceResourceId: armId(P, 'rg-contoso-logging', T.logAnalyticsWorkspace, names.workspace), trafficAnalyticsInterval: 10 } } } : {}),
      },
    });
  }
}

export const PUBLIC_IPS = {
  appgw: armId(P, NET, T.publicIpAddress, 'pip-agw-shop-prod'),
  bastion: armId(P, NET, T.publicIpAddress, 'pip-bas-shop-prod'),
  vpn: armId(P, NET, T.publicIpAddress, 'pip-vgw-shop-prod'),
  jump: armId(D, 'rg-shop-dev', T.publicIpAddress, 'pip-vm-shop-jump-01'),
};

function addPublicIps(demo: AzureDemoBuilder): void {
  const ips: [string, string, string, string, string, string][] = [
    [P, NET, 'pip-agw-shop-prod', '20.18.74.21', 'Standard', `${armId(P, NET, T.applicationGateway, 'agw-shop-prod')}/frontendIPConfigurations/appGwPublicFrontendIp`],
    [P, NET, 'pip-bas-shop-prod', '20.18.74.60', 'Standard', `${armId(P, NET, T.bastionHost, 'bas-shop-prod')}/bastionHostIpConfigurations/IpConf`],
    [P, NET, 'pip-vgw-shop-prod', '20.18.75.3', 'Standard', `${armId(P, NET, T.virtualNetworkGateway, 'vgw-shop-prod')}/ipConfigurations/default`],
    [D, 'rg-shop-dev', 'pip-vm-shop-jump-01', '20.27.190.45', 'Basic', `${NIC.jump}/ipConfigurations/ipconfig1`],
  ];
  for (const [sub, rg, name, ip, sku, attached] of ips) {
    demo.arm({
      subscriptionId: sub,
      resourceGroup: rg,
      type: T.publicIpAddress,
      name,
      region,
      config: { ipAddress: ip, publicIPAllocationMethod: sku === 'Basic' ? 'Dynamic' : 'Static', ipConfiguration: { id: attached }, sku: { name: sku, tier: 'Regional' }, ...(sku === 'Standard' ? { ddosSettings: { protectionMode: 'VirtualNetworkInherited' } } : {}) },
    });
  }
}

export const WAF_POLICY = armId(P, NET, T.wafPolicy, 'waf-shop-prod');

function addGateways(demo: AzureDemoBuilder): void {
  const agw = armId(P, NET, T.applicationGateway, 'agw-shop-prod');
  demo.arm({
    subscriptionId: P,
    resourceGroup: NET,
    type: T.applicationGateway,
    name: 'agw-shop-prod',
    region,
    tags: { environment: 'production' },
    config: {
      sku: { name: 'WAF_v2', tier: 'WAF_v2', capacity: 2 },
      firewallPolicy: { id: WAF_POLICY },
      sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20220101' },
      enableHttp2: true,
      frontendIPConfigurations: [{ id: `${agw}/frontendIPConfigurations/appGwPublicFrontendIp`, name: 'appGwPublicFrontendIp', publicIPAddress: { id: PUBLIC_IPS.appgw } }],
      httpListeners: [
        { id: `${agw}/httpListeners/https-shop`, name: 'https-shop', protocol: 'Https', hostName: 'shop.contoso.com', frontendIPConfiguration: { id: `${agw}/frontendIPConfigurations/appGwPublicFrontendIp` } },
        { id: `${agw}/httpListeners/http-redirect`, name: 'http-redirect', protocol: 'Http', hostName: 'shop.contoso.com', frontendIPConfiguration: { id: `${agw}/frontendIPConfigurations/appGwPublicFrontendIp` } },
      ],
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: NET,
    type: T.wafPolicy,
    name: 'waf-shop-prod',
    region,
    config: {
      // Switched to Detection during the 2025 sale "to stop false positives" and never switched back.
      policySettings: { state: 'Enabled', mode: 'Detection', requestBodyCheck: true, maxRequestBodySizeInKb: 128, fileUploadLimitInMb: 100 },
      managedRules: { managedRuleSets: [{ ruleSetType: 'OWASP', ruleSetVersion: '3.2', ruleGroupOverrides: [] }], exclusions: [] },
      applicationGateways: [{ id: agw }],
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: NET,
    type: T.bastionHost,
    name: 'bas-shop-prod',
    region,
    config: { sku: { name: 'Standard' }, ipConfigurations: [{ id: `${armId(P, NET, T.bastionHost, 'bas-shop-prod')}/bastionHostIpConfigurations/IpConf`, name: 'IpConf', subnet: { id: subnetId(VNET.prod, 'AzureBastionSubnet') }, publicIPAddress: { id: PUBLIC_IPS.bastion } }] },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: NET,
    type: T.virtualNetworkGateway,
    name: 'vgw-shop-prod',
    region,
    config: {
      gatewayType: 'Vpn',
      vpnType: 'RouteBased',
      sku: { name: 'VpnGw2AZ', tier: 'VpnGw2AZ' },
      // Point-to-site for the operations team: still accepts the certificates issued in 2024 beside Entra ID.
      vpnClientConfiguration: { vpnClientAddressPool: { addressPrefixes: ['172.16.200.0/24'] }, vpnClientProtocols: ['OpenVPN'], vpnAuthenticationTypes: ['Certificate', 'AAD'], aadTenant: `https://login.microsoftonline.com/${AZURE_DEMO.tenantId}/`, aadAudience: 'c632b3df-fb67-4d84-bdcf-b95ad541b5c8', aadIssuer: `https://sts.windows.net/${AZURE_DEMO.tenantId}/` },
    },
  });
}

export function addNetwork(demo: AzureDemoBuilder): void {
  addNsgs(demo);
  addVirtualNetworks(demo);
  addWatchersAndFlowLogs(demo);
  addPublicIps(demo);
  addGateways(demo);
}
