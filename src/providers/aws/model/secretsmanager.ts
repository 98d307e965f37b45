/**
 * Config shapes of AWS Secrets Manager resources in the snapshot. Only metadata is collected
 * (ListSecrets) plus the resource policy (GetResourcePolicy): the collector never asks for a secret
 * value (no GetSecretValue, no BatchGetSecretValue).
 *
 * - AWS::SecretsManager::Secret (regional) uid: the secret ARN. Relationships: `encrypted-by` →
 *   the KMS key (when not the aws/secretsmanager default key), `rotated-by` → the rotation Lambda.
 */
import type { PolicyDocument } from './s3.js';

export const SECRET_TYPE = 'AWS::SecretsManager::Secret';

export interface SecretConfig {
  name: string;
  description?: string;
  /** Customer managed key (ARN or id as returned); null when the secret uses the aws/secretsmanager key. */
  kmsKeyId: string | null;
  rotationEnabled: boolean;
  rotationLambdaArn?: string;
  /** RotationRules as returned (AutomaticallyAfterDays, Duration, ScheduleExpression). */
  rotationRules?: { automaticallyAfterDays?: number; duration?: string; scheduleExpression?: string };
  createdDate?: string;
  lastRotatedDate?: string;
  lastChangedDate?: string;
  lastAccessedDate?: string;
  /** Set when the secret is scheduled for deletion. */
  deletedDate?: string;
  /** The AWS service that manages the secret (e.g. rds), if any. */
  owningService?: string;
  /** Region of the primary secret when this one is a replica. */
  primaryRegion?: string;
  /**
   * GetResourcePolicy, parsed. null: the secret has no resource policy. Absent: not collected
   * (errors.policy).
   */
  policy?: PolicyDocument | null;
}
