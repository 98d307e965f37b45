/** Config shapes of CloudWatch Logs resources in the snapshot (collector ↔ rules contract). */

/** AWS::Logs::LogGroup; uid is the log group ARN without the trailing `:*`. */
export const LOG_GROUP_TYPE = 'AWS::Logs::LogGroup';
/**
 * AWS::Logs::MetricFilter. Metric filters have no ARN; uid is
 * `<log group ARN>:metric-filter/<filterName>` (unique per log group, like the API's key).
 */
export const METRIC_FILTER_TYPE = 'AWS::Logs::MetricFilter';

export interface LogGroupConfig {
  logGroupName: string;
  /** Days; undefined means "never expire". */
  retentionInDays?: number;
  kmsKeyId?: string;
  logGroupClass?: string;
  storedBytes?: number;
  creationTime?: string;
}

export interface MetricFilterConfig {
  filterName: string;
  logGroupName: string;
  filterPattern: string;
  metricTransformations: { metricName: string; metricNamespace: string; metricValue: string; defaultValue?: number }[];
}

export const metricFilterUid = (logGroupArn: string, filterName: string) => `${logGroupArn}:metric-filter/${filterName}`;

/** Log group ARN without the `:*` suffix CloudTrail and DescribeLogGroups.arn carry. */
export const normalizeLogGroupArn = (arn: string) => arn.replace(/:\*$/, '');
