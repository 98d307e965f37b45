/** Config shapes of CloudWatch resources in the snapshot (collector ↔ rules contract). */

/** AWS::CloudWatch::Alarm (metric alarms only); uid is the AlarmArn. */
export const ALARM_TYPE = 'AWS::CloudWatch::Alarm';

export interface AlarmConfig {
  alarmName: string;
  /** Single-metric alarms. */
  metricName?: string;
  namespace?: string;
  /** Metric-math alarms: the metrics the expression reads. */
  metrics?: { metricName: string; namespace: string }[];
  statistic?: string;
  comparisonOperator?: string;
  threshold?: number;
  evaluationPeriods?: number;
  period?: number;
  actionsEnabled: boolean;
  alarmActions: string[];
  okActions: string[];
  insufficientDataActions: string[];
  stateValue?: string;
}
