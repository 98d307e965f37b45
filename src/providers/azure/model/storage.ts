/** Storage accounts and Azure Databricks. Conventions: ./index.ts. */
import type { Workspace as DatabricksWorkspace } from '@azure/arm-databricks';
import type { BlobServiceProperties, FileServiceProperties, StorageAccount } from '@azure/arm-storage';

/**
 * `StorageAccount` as `storageAccounts.list` returns it. ARM leaves out many properties that hold
 * their default, and older accounts keep older defaults; the rules read an absent property as:
 * - `minimumTlsVersion`: TLS 1.0 (accounts created outside the portal before TLS 1.2 became the default);
 * - `allowBlobPublicAccess`: allowed (null meant "allowed" for accounts created before the late-2023
 *   default change; accounts created since get an explicit false);
 * - `allowSharedKeyAccess`: allowed (null is equivalent to true);
 * - `allowCrossTenantReplication`: allowed for accounts created before the December 2023 default change
 *   (new accounts get an explicit false);
 * - `defaultToOAuthAuthentication`: false; `publicNetworkAccess`: not disabled (network rules decide);
 * - `networkRuleSet`: default action Allow; `keyPolicy` / `sasPolicy`: none set;
 * - `keyCreationTime.key1/key2`: keys not regenerated since key creation times were first recorded.
 * Date fields (`keyCreationTime.*`, `creationTime`) are ISO-8601 strings in a snapshot.
 */
export type StorageAccountConfig = Pick<
  StorageAccount,
  | 'id'
  | 'name'
  | 'kind'
  | 'sku'
  | 'creationTime'
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
  | 'enableNfsV3'
  | 'immutableStorageWithVersioning'
> & {
  /**
   * mamori: the blob service's properties (soft delete, versioning), from `blobServices.getServiceProperties`
   * (`…/blobServices/default`); absent for accounts without a blob service (FileStorage) or when the call failed
   * (then `errors.blobService` says why).
   */
  blobService?: Pick<BlobServiceProperties, 'deleteRetentionPolicy' | 'containerDeleteRetentionPolicy' | 'isVersioningEnabled' | 'changeFeed' | 'restorePolicy'>;
  /**
   * mamori: the file service's properties (share soft delete, SMB protocol settings), from
   * `fileServices.getServiceProperties` (`…/fileServices/default`); absent for accounts without Azure Files
   * (BlobStorage, BlockBlobStorage) or when the call failed (then `errors.fileService` says why).
   */
  fileService?: Pick<FileServiceProperties, 'shareDeleteRetentionPolicy' | 'protocolSettings'>;
  /**
   * mamori: each blob container's name and anonymous access level (`None`, `Blob`, `Container`), from
   * `blobContainers.list` (`ListContainerItem.name`, `.publicAccess`); absent when the listing failed
   * (then `errors.containers` says why).
   */
  containers?: { name: string; publicAccess?: string }[];
};

/**
 * `Workspace` as `workspaces.listBySubscription` returns it. `parameters` holds the custom
 * parameters (`customVirtualNetworkId`, `customPublicSubnetName`, `customPrivateSubnetName`,
 * `enableNoPublicIp`, `requireInfrastructureEncryption`, `encryption`, each as `{ value }`);
 * `privateEndpointConnections[].properties.privateLinkServiceConnectionState.status` is
 * `Approved`, `Pending`, `Rejected` or `Disconnected`. `sku.name` is `standard`, `premium` or `trial`.
 */
export type DatabricksWorkspaceConfig = Pick<
  DatabricksWorkspace,
  'id' | 'name' | 'sku' | 'parameters' | 'publicNetworkAccess' | 'requiredNsgRules' | 'encryption' | 'privateEndpointConnections'
>;
