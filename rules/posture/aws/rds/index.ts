import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as instanceStorageEncrypted } from './aws-rds-instance-storage-encrypted/rule.js';
import { rule as instanceAutoMinorVersionUpgrade } from './aws-rds-instance-auto-minor-version-upgrade/rule.js';
import { rule as instanceNotPubliclyAccessible } from './aws-rds-instance-not-publicly-accessible/rule.js';
import { rule as instanceMultiAz } from './aws-rds-instance-multi-az/rule.js';
import { rule as instanceEnhancedMonitoring } from './aws-rds-instance-enhanced-monitoring/rule.js';
import { rule as instanceDeletionProtection } from './aws-rds-instance-deletion-protection/rule.js';
import { rule as instanceLogsToCloudwatch } from './aws-rds-instance-logs-to-cloudwatch/rule.js';
import { rule as instanceIamAuthentication } from './aws-rds-instance-iam-authentication/rule.js';
import { rule as instanceBackupsEnabled } from './aws-rds-instance-backups-enabled/rule.js';
import { rule as instanceCopyTagsToSnapshots } from './aws-rds-instance-copy-tags-to-snapshots/rule.js';
import { rule as clusterDeletionProtection } from './aws-rds-cluster-deletion-protection/rule.js';
import { rule as clusterIamAuthentication } from './aws-rds-cluster-iam-authentication/rule.js';
import { rule as clusterEncrypted } from './aws-rds-cluster-encrypted/rule.js';
import { rule as clusterMultiAz } from './aws-rds-cluster-multi-az/rule.js';
import { rule as clusterBacktracking } from './aws-rds-cluster-backtracking/rule.js';
import { rule as clusterCopyTagsToSnapshots } from './aws-rds-cluster-copy-tags-to-snapshots/rule.js';
import { rule as snapshotNotPublic } from './aws-rds-snapshot-not-public/rule.js';
import { rule as snapshotEncrypted } from './aws-rds-snapshot-encrypted/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  instanceStorageEncrypted,
  instanceAutoMinorVersionUpgrade,
  instanceNotPubliclyAccessible,
  instanceMultiAz,
  instanceEnhancedMonitoring,
  instanceDeletionProtection,
  instanceLogsToCloudwatch,
  instanceIamAuthentication,
  instanceBackupsEnabled,
  instanceCopyTagsToSnapshots,
  clusterDeletionProtection,
  clusterIamAuthentication,
  clusterEncrypted,
  clusterMultiAz,
  clusterBacktracking,
  clusterCopyTagsToSnapshots,
  snapshotNotPublic,
  snapshotEncrypted,
];
