import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as accountPublicAccessBlock } from './aws-s3-account-public-access-block/rule.js';
import { rule as accessLogging } from './aws-s3-bucket-access-logging-enabled/rule.js';
import { rule as aclsDisabled } from './aws-s3-bucket-acls-disabled/rule.js';
import { rule as eventNotifications } from './aws-s3-bucket-event-notifications/rule.js';
import { rule as kmsEncryption } from './aws-s3-bucket-kms-encryption/rule.js';
import { rule as lifecycle } from './aws-s3-bucket-lifecycle-configured/rule.js';
import { rule as mfaDelete } from './aws-s3-bucket-mfa-delete-enabled/rule.js';
import { rule as noPublicRead } from './aws-s3-bucket-no-public-read/rule.js';
import { rule as noPublicWrite } from './aws-s3-bucket-no-public-write/rule.js';
import { rule as objectLock } from './aws-s3-bucket-object-lock-enabled/rule.js';
import { rule as crossAccount } from './aws-s3-bucket-policy-cross-account-restricted/rule.js';
import { rule as bucketPublicAccessBlock } from './aws-s3-bucket-public-access-block/rule.js';
import { rule as requireTls } from './aws-s3-bucket-require-tls/rule.js';
import { rule as versionedLifecycle } from './aws-s3-bucket-versioned-lifecycle/rule.js';
import { rule as versioning } from './aws-s3-bucket-versioning-enabled/rule.js';
import { rule as dataClassification } from './aws-s3-data-classification/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  requireTls,
  mfaDelete,
  dataClassification,
  bucketPublicAccessBlock,
  accountPublicAccessBlock,
  noPublicRead,
  noPublicWrite,
  crossAccount,
  accessLogging,
  versionedLifecycle,
  eventNotifications,
  aclsDisabled,
  lifecycle,
  versioning,
  objectLock,
  kmsEncryption,
];
