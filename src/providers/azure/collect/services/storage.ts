/**
 * Storage accounts (SDK `storageAccounts.list`), each with its blob service properties (soft
 * delete, versioning), file service properties (share soft delete, SMB settings) and its
 * containers' anonymous access level. Keys, SAS and connection strings are never read.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type StorageAccountConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { armParts, fieldsFor, pick, unsupported } from '../util.js';

const ACCOUNT_FIELDS = fieldsFor(AZURE_TYPES.storageAccount, [
  'id', 'name', 'kind', 'sku', 'creationTime', 'enableHttpsTrafficOnly', 'minimumTlsVersion', 'allowBlobPublicAccess', 'allowSharedKeyAccess', 'publicNetworkAccess',
  'networkRuleSet', 'encryption', 'keyPolicy', 'keyCreationTime', 'allowCrossTenantReplication', 'defaultToOAuthAuthentication', 'privateEndpointConnections',
  'sasPolicy', 'isHnsEnabled', 'immutableStorageWithVersioning',
]).filter((f) => !['blobService', 'fileService', 'containers'].includes(f));

/** Account kinds without a blob service / without a file service. */
const NO_BLOB = new Set(['FileStorage']);
const NO_FILE = new Set(['BlobStorage', 'BlockBlobStorage']);

export const collector: AzureServiceCollector = {
  service: 'storage',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.storageAccount],
  gatedBy: [AZURE_TYPES.storageAccount],
  async collect(ctx) {
    const { StorageManagementClient } = await import('@azure/arm-storage');
    const client = ctx.clients.arm(StorageManagementClient, ctx.scope.subscriptionId!);
    const accounts = await ctx.list('storage.storageAccounts.list', [AZURE_TYPES.storageAccount], () => client.storageAccounts.list());
    await mapPool(accounts ?? [], 4, async (a) => {
      if (!a.id || !a.name) return;
      const { resourceGroup, name, uid } = armParts(a.id);
      const errors: Record<string, string> = {};
      const config = pick<StorageAccountConfig & Record<string, unknown>>(a, ACCOUNT_FIELDS);
      const kind = a.kind ?? '';
      if (!NO_BLOB.has(kind)) {
        const blob = await ctx.detail(errors, uid, 'blobService', 'storage.blobServices.getServiceProperties', () => client.blobServices.getServiceProperties(resourceGroup, name), unsupported);
        if (blob) config.blobService = pick(blob, ['deleteRetentionPolicy', 'containerDeleteRetentionPolicy', 'isVersioningEnabled', 'changeFeed', 'restorePolicy', 'lastAccessTimeTrackingPolicy']);
        const containers = await ctx.detailList(errors, uid, 'containers', 'storage.blobContainers.list', () => client.blobContainers.list(resourceGroup, name), unsupported);
        if (containers) config.containers = containers.filter((c) => c.name).map((c) => ({ name: c.name!, ...(c.publicAccess ? { publicAccess: c.publicAccess } : {}) }));
      }
      if (!NO_FILE.has(kind)) {
        const file = await ctx.detail(errors, uid, 'fileService', 'storage.fileServices.getServiceProperties', () => client.fileServices.getServiceProperties(resourceGroup, name), unsupported);
        if (file) config.fileService = pick(file, ['shareDeleteRetentionPolicy', 'protocolSettings']);
      }
      ctx.emit({ uid: azureUid(uid), type: AZURE_TYPES.storageAccount, name: a.name, region: a.location, tags: a.tags, config, errors });
    });
  },
};
