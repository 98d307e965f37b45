/** Fixture builders for the Databricks rules: a premium, VNet-injected, private workspace, overridden per fixture. */
import { AZURE_TYPES, type DatabricksWorkspaceConfig, type DiagnosticSettingConfig, type VirtualNetworkConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, azureResource, SUBSCRIPTION } from '../testing.js';

export const workspaceUid = (name: string) => armId(AZURE_TYPES.databricksWorkspace, name).toLowerCase();
export const VNET_ID = armId(AZURE_TYPES.virtualNetwork, 'vnet-databricks', { resourceGroup: 'rg-network' });
export const NSG_ID = armId(AZURE_TYPES.networkSecurityGroup, 'nsg-databricks', { resourceGroup: 'rg-network' });
export const LAW_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-monitor/providers/Microsoft.OperationalInsights/workspaces/law-security`;

export const SECURE_WORKSPACE: Partial<DatabricksWorkspaceConfig> = {
  sku: { name: 'premium' },
  parameters: {
    customVirtualNetworkId: { type: 'String', value: VNET_ID },
    customPublicSubnetName: { type: 'String', value: 'snet-dbw-host' },
    customPrivateSubnetName: { type: 'String', value: 'snet-dbw-container' },
    enableNoPublicIp: { type: 'Bool', value: true },
    prepareEncryption: { type: 'Bool', value: false },
    requireInfrastructureEncryption: { type: 'Bool', value: false },
  },
  publicNetworkAccess: 'Disabled',
  requiredNsgRules: 'NoAzureDatabricksRules',
  privateEndpointConnections: [
    {
      id: `${armId(AZURE_TYPES.databricksWorkspace, 'dbw-analytics')}/privateEndpointConnections/pe-dbw-ui.5c2a`,
      name: 'pe-dbw-ui.5c2a',
      properties: { groupIds: ['databricks_ui_api'], privateLinkServiceConnectionState: { status: 'Approved', description: 'Auto-approved' } },
    },
  ],
} as Partial<DatabricksWorkspaceConfig>;

/** A standard-tier workspace deployed with the defaults of 2022: managed VNet, public IPs, public access. */
export const DEFAULT_WORKSPACE: Partial<DatabricksWorkspaceConfig> = {
  sku: { name: 'standard' },
  parameters: {
    enableNoPublicIp: { type: 'Bool', value: false },
    prepareEncryption: { type: 'Bool', value: false },
    requireInfrastructureEncryption: { type: 'Bool', value: false },
  },
} as Partial<DatabricksWorkspaceConfig>;

export function workspace(name: string, config: Partial<DatabricksWorkspaceConfig> = {}, extra: { base?: Partial<DatabricksWorkspaceConfig>; tags?: Record<string, string> } = {}): Resource {
  return armResource<DatabricksWorkspaceConfig>(AZURE_TYPES.databricksWorkspace, name, { ...(extra.base ?? SECURE_WORKSPACE), ...config }, { tags: extra.tags ?? {} });
}

export const defaultWorkspace = (name: string, config: Partial<DatabricksWorkspaceConfig> = {}) => workspace(name, config, { base: DEFAULT_WORKSPACE });

/** The injected VNet; each subnet name maps to its NSG id (or null for none). */
export function vnet(subnets: Record<string, string | null>): Resource {
  return armResource<VirtualNetworkConfig>(
    AZURE_TYPES.virtualNetwork,
    'vnet-databricks',
    {
      addressSpace: { addressPrefixes: ['10.20.0.0/16'] },
      subnets: Object.entries(subnets).map(([name, nsg]) => ({ id: `${VNET_ID}/subnets/${name}`, name, ...(nsg ? { networkSecurityGroup: { id: nsg } } : {}) })),
    },
    { resourceGroup: 'rg-network' },
  );
}

export function diagnosticSetting(target: string, config: Partial<DiagnosticSettingConfig> = {}): Resource {
  const id = `${target}/providers/microsoft.insights/diagnosticSettings/to-law`;
  return azureResource<DiagnosticSettingConfig>({
    type: AZURE_TYPES.diagnosticSetting,
    uid: id,
    config: { id, name: 'to-law', targetResourceId: target.toLowerCase(), workspaceId: LAW_ID, logs: [{ categoryGroup: 'allLogs', enabled: true }], ...config },
  });
}
