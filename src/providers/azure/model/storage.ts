/** Storage accounts and Azure Databricks. Conventions: ./index.ts. */
import type { Workspace as DatabricksWorkspace } from '@azure/arm-databricks';
import type { BlobServiceProperties, FileServiceProperties, StorageAccount } from '@azure/arm-storage';

export type StorageAccountConfig = Pick<
  StorageAccount,
  | 'id'
  | 'name'
  | 'kind'
  | 'sku'
  | 'enableHttpsTrafficOnly'
  | 'minimumTlsVersion'
  | 'allowBlobPublicAccess'
  | 'allowSharedKeyAccess'
  | 'publicNetworkAccess'
  | 'networkRuleSet'
  | 'encryption'
  | 'keyPolicy'
  | 'keyCreationTime'
  | 'allowCrossTenantReplication'
  | 'defaultToOAuthAuthentication'
  | 'privateEndpointConnections'
  | 'sasPolicy'
  | 'isHnsEnabled'
  | 'immutableStorageWithVersioning'
> & {
  /** mamori: the blob service's properties (soft delete, versioning). */
  blobService?: Pick<BlobServiceProperties, 'deleteRetentionPolicy' | 'containerDeleteRetentionPolicy' | 'isVersioningEnabled' | 'changeFeed' | 'restorePolicy'>;
  /** mamori: the file service's properties (share soft delete, SMB protocol settings). */
  fileService?: Pick<FileServiceProperties, 'shareDeleteRetentionPolicy' | 'protocolSettings'>;
  /** mamori: each container's name and anonymous access level (`None`, `Blob`, `Container`). */
  containers?: { name: string; publicAccess?: string }[];
};


export type DatabricksWorkspaceConfig = Pick<DatabricksWorkspace, 'id' | 'name' | 'sku' | 'parameters' | 'publicNetworkAccess' | 'requiredNsgRules' | 'encryption' | 'privateEndpointConnections'>;
