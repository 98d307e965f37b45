/**
 * Config shapes of AWS Config resources in the snapshot (collector ↔ rules contract).
 * Field names follow the AWS Config API.
 */

/**
 * AWS::Config::ConfigurationRecorder, one per recorder and region. uid is the recorder ARN when the
 * API returns one, otherwise `arn:<partition>:config:<region>:<account>:configuration-recorder/<name>`.
 */
export const CONFIG_RECORDER_TYPE = 'AWS::Config::ConfigurationRecorder';
/** AWS::Config::DeliveryChannel; uid `arn:<partition>:config:<region>:<account>:delivery-channel/<name>`. */
export const CONFIG_DELIVERY_CHANNEL_TYPE = 'AWS::Config::DeliveryChannel';

export interface ConfigRecorderConfig {
  name: string;
  roleARN?: string;
  recordingGroup: {
    allSupported: boolean;
    includeGlobalResourceTypes: boolean;
    /** Explicit resource types when allSupported is false. */
    resourceTypes?: string[];
    /** Resource types excluded (recordingStrategy EXCLUSION_BY_RESOURCE_TYPES). */
    exclusionByResourceTypes?: string[];
    recordingStrategy?: string;
  };
  recordingFrequency?: string;
  /** DescribeConfigurationRecorderStatus; undefined (and errors.status set) when it failed. */
  status?: {
    recording: boolean;
    lastStatus?: string;
    lastErrorCode?: string;
    lastStatusChangeTime?: string;
  };
}

export interface ConfigDeliveryChannelConfig {
  name: string;
  s3BucketName?: string;
  s3KeyPrefix?: string;
  s3KmsKeyArn?: string;
  snsTopicARN?: string;
  deliveryFrequency?: string;
}
