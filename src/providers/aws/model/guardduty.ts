/**
 * Config shapes of Amazon GuardDuty resources in the snapshot (contract between the guardduty
 * collector and the guardduty rules). Field names follow the GuardDuty GetDetector API.
 *
 * A region without a detector has no AWS::GuardDuty::Detector resource: GuardDuty is off there.
 * The region-level rule is evaluated on AWS::Region and reads the detectors of that region.
 */

/** uid: `arn:<partition>:guardduty:<region>:<account>:detector/<detectorId>`. */
export const GUARDDUTY_DETECTOR_TYPE = 'AWS::GuardDuty::Detector';

export interface GuardDutyFeature {
  /** S3_DATA_EVENTS, EKS_AUDIT_LOGS, EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, EKS_RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS, RUNTIME_MONITORING. */
  Name: string;
  /** ENABLED or DISABLED. */
  Status: string;
  /** e.g. EKS_ADDON_MANAGEMENT, ECS_FARGATE_AGENT_MANAGEMENT, EC2_AGENT_MANAGEMENT. */
  AdditionalConfiguration?: { Name: string; Status: string }[];
}

export interface GuardDutyDetectorConfig {
  detectorId: string;
  /** ENABLED or DISABLED (suspended). */
  Status: string;
  FindingPublishingFrequency?: string;
  /** Protection plans (current API). */
  Features: GuardDutyFeature[];
  /** Legacy DataSources statuses, kept for detectors that do not report Features. */
  DataSources?: {
    S3Logs?: string;
    KubernetesAuditLogs?: string;
    MalwareProtectionEbs?: string;
  };
}
