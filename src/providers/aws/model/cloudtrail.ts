/**
 * Config shapes of CloudTrail resources in the snapshot (the contract between the CloudTrail
 * collector and the CloudTrail / CloudWatch monitoring rules). Field names are the camelCase
 * form of the CloudTrail API fields.
 */

/** A trail, emitted in its home region by the account that owns it; uid is the TrailARN. */
export const TRAIL_TYPE = 'AWS::CloudTrail::Trail';

/** Classic event selector (GetEventSelectors EventSelectors[]). */
export interface TrailEventSelector {
  readWriteType?: 'ReadOnly' | 'WriteOnly' | 'All';
  includeManagementEvents?: boolean;
  /** Management event sources left out (e.g. kms.amazonaws.com); must be empty for CIS 3.1. */
  excludeManagementEventSources?: string[];
  /** Data event resources, e.g. { type: 'AWS::S3::Object', values: ['arn:aws:s3'] } for all buckets. */
  dataResources?: { type: string; values: string[] }[];
}

/** One field condition of an advanced event selector (GetEventSelectors AdvancedEventSelectors[].FieldSelectors[]). */
export interface TrailAdvancedFieldSelector {
  field: string;
  equals?: string[];
  startsWith?: string[];
  endsWith?: string[];
  notEquals?: string[];
  notStartsWith?: string[];
  notEndsWith?: string[];
}

export interface TrailAdvancedEventSelector {
  name?: string;
  fieldSelectors: TrailAdvancedFieldSelector[];
}

/** GetTrailStatus, trimmed to what rules read. */
export interface TrailStatus {
  isLogging: boolean;
  latestDeliveryError?: string;
  latestDeliveryTime?: string;
  latestCloudWatchLogsDeliveryError?: string;
  latestCloudWatchLogsDeliveryTime?: string;
}

/**
 * AWS::CloudTrail::Trail. `status` and `eventSelectors` come from per-trail calls: when one of
 * them fails it is undefined and listed in Resource.errors under the same name.
 */
export interface TrailConfig {
  name: string;
  homeRegion: string;
  isMultiRegionTrail: boolean;
  isOrganizationTrail: boolean;
  includeGlobalServiceEvents: boolean;
  logFileValidationEnabled: boolean;
  /** KMS key ARN used for SSE-KMS of the log files; undefined means SSE-S3 only. */
  kmsKeyId?: string;
  s3BucketName?: string;
  s3KeyPrefix?: string;
  /** Log group ARN as CloudTrail returns it (usually ends with `:*`). */
  cloudWatchLogsLogGroupArn?: string;
  cloudWatchLogsRoleArn?: string;
  snsTopicArn?: string;
  status?: TrailStatus;
  eventSelectors?: {
    classic: TrailEventSelector[];
    advanced: TrailAdvancedEventSelector[];
  };
}
