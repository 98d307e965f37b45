/**
 * Config shapes of Amazon ECR resources in the snapshot (contract between the ecr collector and
 * the ecr rules). Field names follow the ECR API (camelCase).
 */

/** uid: repositoryArn. Relationship `encrypted-with` → KMS key when encryptionType is KMS/KMS_DSSE. */
export const ECR_REPOSITORY_TYPE = 'AWS::ECR::Repository';

/**
 * The registry's scanning configuration (one per account and region; CloudFormation type
 * AWS::ECR::RegistryScanningConfiguration has no ARN, so the uid is mamori-made:
 * `arn:<partition>:mamori:<region>:<account>:ecr-registry-scanning`).
 */
export const ECR_REGISTRY_SCANNING_TYPE = 'AWS::ECR::RegistryScanningConfiguration';
export const ecrRegistryScanningUid = (account: string, region: string, partition = 'aws') =>
  `arn:${partition}:mamori:${region}:${account}:ecr-registry-scanning`;

export interface EcrRepositoryConfig {
  repositoryName: string;
  registryId?: string;
  repositoryUri?: string;
  createdAt?: string;
  /** MUTABLE, IMMUTABLE, IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION. */
  imageTagMutability?: string;
  /** Tag filters exempt from the mutability setting (…_WITH_EXCLUSION modes). */
  imageTagMutabilityExclusionFilters?: { filter: string; filterType: string }[];
  /** Repository-level imageScanningConfiguration.scanOnPush (used with BASIC registry scanning). */
  scanOnPush: boolean;
  encryptionConfiguration: { encryptionType: string; kmsKey?: string };
  /**
   * KMS DescribeKey KeyManager of the repository's key: CUSTOMER or AWS (the aws/ecr managed key).
   * null when the repository is AES256-encrypted; absent when not collected (errors.kmsKeyManager).
   */
  kmsKeyManager?: 'CUSTOMER' | 'AWS' | null;
  /** GetRepositoryPolicy, parsed. null: no repository policy. Absent: not collected (errors.policy). */
  policy?: Record<string, unknown> | null;
  /** GetLifecyclePolicy, parsed lifecycle policy. null: none. Absent: not collected (errors.lifecyclePolicy). */
  lifecyclePolicy?: { rules?: unknown[] } | null;
}

export interface EcrRegistryScanningConfig {
  /** BASIC or ENHANCED (Amazon Inspector). */
  scanType: string;
  rules: { scanFrequency: string; repositoryFilters: { filter: string; filterType: string }[] }[];
}
