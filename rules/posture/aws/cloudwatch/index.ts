import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as cloudwatchAlarmActionConfigured } from './aws-cloudwatch-alarm-action-configured/rule.js';
import { rule as cloudwatchAlarmActionsEnabled } from './aws-cloudwatch-alarm-actions-enabled/rule.js';
import { rule as cloudwatchLogGroupRetentionOneYear } from './aws-cloudwatch-log-group-retention-one-year/rule.js';
import { rule as cloudwatchMonitorCloudtrailChanges } from './aws-cloudwatch-monitor-cloudtrail-changes/rule.js';
import { rule as cloudwatchMonitorCmkDisableOrDeletion } from './aws-cloudwatch-monitor-cmk-disable-or-deletion/rule.js';
import { rule as cloudwatchMonitorConfigChanges } from './aws-cloudwatch-monitor-config-changes/rule.js';
import { rule as cloudwatchMonitorConsoleAuthFailures } from './aws-cloudwatch-monitor-console-auth-failures/rule.js';
import { rule as cloudwatchMonitorConsoleSigninWithoutMfa } from './aws-cloudwatch-monitor-console-signin-without-mfa/rule.js';
import { rule as cloudwatchMonitorIamPolicyChanges } from './aws-cloudwatch-monitor-iam-policy-changes/rule.js';
import { rule as cloudwatchMonitorNaclChanges } from './aws-cloudwatch-monitor-nacl-changes/rule.js';
import { rule as cloudwatchMonitorNetworkGatewayChanges } from './aws-cloudwatch-monitor-network-gateway-changes/rule.js';
import { rule as cloudwatchMonitorOrganizationsChanges } from './aws-cloudwatch-monitor-organizations-changes/rule.js';
import { rule as cloudwatchMonitorRootUsage } from './aws-cloudwatch-monitor-root-usage/rule.js';
import { rule as cloudwatchMonitorRouteTableChanges } from './aws-cloudwatch-monitor-route-table-changes/rule.js';
import { rule as cloudwatchMonitorS3BucketPolicyChanges } from './aws-cloudwatch-monitor-s3-bucket-policy-changes/rule.js';
import { rule as cloudwatchMonitorSecurityGroupChanges } from './aws-cloudwatch-monitor-security-group-changes/rule.js';
import { rule as cloudwatchMonitorUnauthorizedApiCalls } from './aws-cloudwatch-monitor-unauthorized-api-calls/rule.js';
import { rule as cloudwatchMonitorVpcChanges } from './aws-cloudwatch-monitor-vpc-changes/rule.js';
import { rule as snsTopicKmsEncrypted } from './aws-sns-topic-kms-encrypted/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). CIS 4.1–4.15 first, in benchmark order. */
export const rules: PostureRule[] = [
  cloudwatchMonitorUnauthorizedApiCalls,
  cloudwatchMonitorConsoleSigninWithoutMfa,
  cloudwatchMonitorRootUsage,
  cloudwatchMonitorIamPolicyChanges,
  cloudwatchMonitorCloudtrailChanges,
  cloudwatchMonitorConsoleAuthFailures,
  cloudwatchMonitorCmkDisableOrDeletion,
  cloudwatchMonitorS3BucketPolicyChanges,
  cloudwatchMonitorConfigChanges,
  cloudwatchMonitorSecurityGroupChanges,
  cloudwatchMonitorNaclChanges,
  cloudwatchMonitorNetworkGatewayChanges,
  cloudwatchMonitorRouteTableChanges,
  cloudwatchMonitorVpcChanges,
  cloudwatchMonitorOrganizationsChanges,
  cloudwatchAlarmActionConfigured,
  cloudwatchAlarmActionsEnabled,
  cloudwatchLogGroupRetentionOneYear,
  snsTopicKmsEncrypted,
];
