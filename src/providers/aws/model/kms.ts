/**
 * Config shapes of AWS KMS resources in the snapshot (the contract between the KMS collector and
 * the KMS rules; other areas link to keys by their ARN, e.g. trail → KMS key, bucket → KMS key).
 * Never holds key material or plaintext: only metadata, rotation status and the key policy.
 */
import type { PolicyDocument } from './s3.js';

/** CloudFormation type of a KMS key; uid is the key ARN, region the key's region. */
export const KMS_KEY_TYPE = 'AWS::KMS::Key';
/** Used only for collection errors of ListAliases (aliases are stored on the key's config). */
export const KMS_ALIAS_TYPE = 'AWS::KMS::Alias';

export const kmsKeyArn = (account: string, region: string, keyId: string, partition = 'aws') =>
  `arn:${partition}:kms:${region}:${account}:key/${keyId}`;

/** Trimmed DescribeKey KeyMetadata. */
export interface KmsKeyMetadata {
  keyId: string;
  arn: string;
  description?: string;
  /** CUSTOMER or AWS. */
  keyManager: string;
  /** SYMMETRIC_DEFAULT, RSA_2048, HMAC_256, ... */
  keySpec: string;
  /** ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT. */
  keyUsage: string;
  /** Enabled, Disabled, PendingDeletion, PendingReplicaDeletion, PendingImport, Unavailable, ... */
  keyState: string;
  /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: string;
  enabled: boolean;
  creationDate?: string;
  /** Set when the key is scheduled for deletion. */
  deletionDate?: string;
  pendingDeletionWindowInDays?: number;
  multiRegion?: boolean;
}

/** AWS::KMS::Key */
export interface KmsKeyConfig {
  metadata?: KmsKeyMetadata;
  /**
   * GetKeyRotationStatus, collected for customer managed symmetric AWS_KMS-origin keys that are
   * Enabled or Disabled; null = not applicable to this key (so not asked).
   */
  rotation?: { enabled: boolean; rotationPeriodInDays?: number } | null;
  /** The default key policy, parsed (customer managed keys only; null for AWS managed keys). */
  policy?: PolicyDocument | null;
  /** Alias names pointing at this key (alias/...). */
  aliases: string[];
}
