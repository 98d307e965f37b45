/** AKS managed clusters (SDK `@azure/arm-containerservice`). Credentials (kubeconfigs, service principal secrets) are never read. */
import { AZURE_TYPES } from '../../model/index.js';
import { listingCollector } from './simple.js';

export const collector = listingCollector({
  service: 'containerservice',
  type: AZURE_TYPES.aksCluster,
  operation: 'containerservice.managedClusters.list',
  model: ['id', 'name', 'kubernetesVersion', 'enableRbac', 'aadProfile', 'apiServerAccessProfile', 'networkProfile', 'addonProfiles', 'disableLocalAccounts', 'securityProfile', 'autoUpgradeProfile', 'agentPoolProfiles', 'identity', 'privateFqdn'],
  list: async (ctx) => {
    const { ContainerServiceClient } = await import('@azure/arm-containerservice');
    const client = ctx.clients.arm(ContainerServiceClient, ctx.scope.subscriptionId!);
    return () => client.managedClusters.list();
  },
  trim: (config) => {
    // windowsProfile / linuxProfile / servicePrincipalProfile are not copied (not in the field list); addon configs keep only their keys' values that are settings.
    delete config.windowsProfile;
    delete config.servicePrincipalProfile;
  },
});
