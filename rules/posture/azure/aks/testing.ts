/** Fixture builders for the AKS rules. */
import { AZURE_TYPES, type AksClusterConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource, TENANT } from '../testing.js';

export const aksUid = (name: string) => armId(AZURE_TYPES.aksCluster, name).toLowerCase();
export const WORKSPACE_ID = armId('Microsoft.OperationalInsights/workspaces', 'log-security');

export function aksCluster(name: string, config: Partial<AksClusterConfig> = {}): Resource {
  return armResource<AksClusterConfig>(AZURE_TYPES.aksCluster, name, {
    kubernetesVersion: '1.31.2',
    enableRbac: true,
    aadProfile: { managed: true, enableAzureRbac: true, tenantID: TENANT, adminGroupObjectIDs: ['5d3c1a2b-8e7f-4a6b-9c0d-1e2f3a4b5c6d'] },
    disableLocalAccounts: true,
    apiServerAccessProfile: { enablePrivateCluster: true },
    networkProfile: { networkPlugin: 'azure', networkPolicy: 'cilium', networkDataplane: 'cilium' },
    securityProfile: { defender: { logAnalyticsWorkspaceResourceId: WORKSPACE_ID, securityMonitoring: { enabled: true } } },
    addonProfiles: { azurepolicy: { enabled: true } },
    autoUpgradeProfile: { upgradeChannel: 'stable', nodeOSUpgradeChannel: 'NodeImage' },
    ...config,
  });
}
