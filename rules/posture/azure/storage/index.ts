import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as accessKeysRegenerated } from './azure-storage-access-keys-regenerated/rule.js';
import { rule as accountDeleteLock } from './azure-storage-account-delete-lock/rule.js';
import { rule as blobAnonymousAccessDisabled } from './azure-storage-blob-anonymous-access-disabled/rule.js';
import { rule as blobSoftDelete } from './azure-storage-blob-soft-delete/rule.js';
import { rule as blobVersioning } from './azure-storage-blob-versioning/rule.js';
import { rule as cmkSensitiveData } from './azure-storage-cmk-sensitive-data/rule.js';
import { rule as containerAnonymousAccess } from './azure-storage-container-anonymous-access/rule.js';
import { rule as containerSoftDelete } from './azure-storage-container-soft-delete/rule.js';
import { rule as crossTenantReplicationDisabled } from './azure-storage-cross-tenant-replication-disabled/rule.js';
import { rule as defaultNetworkAccessDeny } from './azure-storage-default-network-access-deny/rule.js';
import { rule as defaultToEntraAuthorization } from './azure-storage-default-to-entra-authorization/rule.js';
import { rule as deleteLocks } from './azure-storage-delete-locks/rule.js';
import { rule as fileShareSoftDelete } from './azure-storage-file-share-soft-delete/rule.js';
import { rule as geoRedundantCritical } from './azure-storage-geo-redundant-critical/rule.js';
import { rule as infrastructureEncryption } from './azure-storage-infrastructure-encryption/rule.js';
import { rule as keyRotationReminder } from './azure-storage-key-rotation-reminder/rule.js';
import { rule as minimumTls12 } from './azure-storage-minimum-tls-1-2/rule.js';
import { rule as privateEndpoint } from './azure-storage-private-endpoint/rule.js';
import { rule as publicNetworkAccessDisabled } from './azure-storage-public-network-access-disabled/rule.js';
import { rule as readonlyLocks } from './azure-storage-readonly-locks/rule.js';
import { rule as sasExpirationPolicy } from './azure-storage-sas-expiration-policy/rule.js';
import { rule as secureTransferRequired } from './azure-storage-secure-transfer-required/rule.js';
import { rule as sharedKeyAccessDisabled } from './azure-storage-shared-key-access-disabled/rule.js';
import { rule as smbChannelEncryption } from './azure-storage-smb-channel-encryption/rule.js';
import { rule as smbProtocolVersion } from './azure-storage-smb-protocol-version/rule.js';
import { rule as trustedServicesBypass } from './azure-storage-trusted-services-bypass/rule.js';

export const rules: PostureRule[] = [
  accessKeysRegenerated,
  accountDeleteLock,
  blobAnonymousAccessDisabled,
  blobSoftDelete,
  blobVersioning,
  cmkSensitiveData,
  containerAnonymousAccess,
  containerSoftDelete,
  crossTenantReplicationDisabled,
  defaultNetworkAccessDeny,
  defaultToEntraAuthorization,
  deleteLocks,
  fileShareSoftDelete,
  geoRedundantCritical,
  infrastructureEncryption,
  keyRotationReminder,
  minimumTls12,
  privateEndpoint,
  publicNetworkAccessDisabled,
  readonlyLocks,
  sasExpirationPolicy,
  secureTransferRequired,
  sharedKeyAccessDisabled,
  smbChannelEncryption,
  smbProtocolVersion,
  trustedServicesBypass,
];
