/**
 * Demo resources for CloudTrail, AWS Config, CloudWatch Logs, CloudWatch alarms and Amazon SNS.
 *
 * mgmt: the organization trail (multi-Region, logging, SSE-KMS, to the central trail bucket) with
 * log file validation DISABLED; it feeds a CloudWatch Logs group with CIS metric filters and
 * alarms for root usage, unauthorized API calls, console sign-in without MFA and IAM policy
 * changes, notifying an encrypted topic with a confirmed e-mail subscription. A "CloudTrail
 * changes" filter exists but forgets StopLogging, and nothing else is monitored. AWS Config
 * records everything in both Regions (global types in the main Region). The shared-services VPC
 * flow log group keeps a year of logs.
 * prod: only a single-Region trail in ap-northeast-1 without KMS and without CloudWatch Logs
 * (it logs pipeline artifact writes, but single-Region does not count), AWS Config only in
 * ap-northeast-1, short log retention, an alarm with actions disabled and an unencrypted topic.
 */
import type { TrailConfig } from '../../model/cloudtrail.js';
import { TRAIL_TYPE } from '../../model/cloudtrail.js';
import { ALARM_TYPE, type AlarmConfig } from '../../model/cloudwatch.js';
import {
  CONFIG_DELIVERY_CHANNEL_TYPE,
  CONFIG_RECORDER_TYPE,
  type ConfigDeliveryChannelConfig,
  type ConfigRecorderConfig,
} from '../../model/config.js';
import { LOG_GROUP_TYPE, METRIC_FILTER_TYPE, metricFilterUid, type LogGroupConfig, type MetricFilterConfig } from '../../model/logs.js';
import { TOPIC_TYPE, type TopicConfig } from '../../model/sns.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';

const { prod, mgmt, mainRegion, regions, names } = DEMO;
const at = (iso: string) => iso;

/** KMS keys the logging area points at (the KMS demo area may define them as AWS::KMS::Key). */
export const LOGGING_DEMO_KEYS = {
  trail: `arn:aws:kms:${mainRegion}:${mgmt}:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`,
  alerts: `arn:aws:kms:${mainRegion}:${mgmt}:key/6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0`,
} as const;

const ORG_LOG_GROUP = 'org-trail/cloudtrail';
const orgLogGroupArn = `arn:aws:logs:${mainRegion}:${mgmt}:log-group:${ORG_LOG_GROUP}`;
const securityTopicArn = `arn:aws:sns:${mainRegion}:${mgmt}:security-alerts`;
const opsTopicArn = `arn:aws:sns:${mainRegion}:${prod}:ops-alerts`;

export function addLoggingDemo(demo: DemoBuilder): void {
  addTrails(demo);
  addConfig(demo);
  addLogGroups(demo);
  addMetricFiltersAndAlarms(demo);
  addTopics(demo);
}

// ---------------------------------------------------------------- CloudTrail

function trail(demo: DemoBuilder, account: string, config: TrailConfig) {
  const uid = `arn:aws:cloudtrail:${config.homeRegion}:${account}:trail/${config.name}`;
  const relationships = [
    ...(config.s3BucketName ? [{ type: 'delivers-to-bucket', target: `arn:aws:s3:::${config.s3BucketName}` }] : []),
    ...(config.kmsKeyId ? [{ type: 'encrypted-by', target: config.kmsKeyId }] : []),
    ...(config.cloudWatchLogsLogGroupArn ? [{ type: 'logs-to', target: config.cloudWatchLogsLogGroupArn.replace(/:\*$/, '') }] : []),
    ...(config.cloudWatchLogsRoleArn ? [{ type: 'uses-role', target: config.cloudWatchLogsRoleArn }] : []),
  ];
  demo.add({ uid, account, region: config.homeRegion, type: TRAIL_TYPE, name: config.name, config, relationships, tags: { owner: 'platform-security' } });
}

function addTrails(demo: DemoBuilder) {
  trail(demo, mgmt, {
    name: names.orgTrail,
    homeRegion: mainRegion,
    isMultiRegionTrail: true,
    isOrganizationTrail: true,
    includeGlobalServiceEvents: true,
    logFileValidationEnabled: false,
    kmsKeyId: LOGGING_DEMO_KEYS.trail,
    s3BucketName: names.trailBucket,
    cloudWatchLogsLogGroupArn: `${orgLogGroupArn}:*`,
    cloudWatchLogsRoleArn: `arn:aws:iam::${mgmt}:role/CloudTrailToCloudWatchLogs`,
    status: {
      isLogging: true,
      latestDeliveryTime: at('2026-11-20T08:55:12.000Z'),
      latestCloudWatchLogsDeliveryTime: at('2026-11-20T08:56:03.000Z'),
    },
    eventSelectors: { classic: [{ readWriteType: 'All', includeManagementEvents: true }], advanced: [] },
  });
  // prod's own trail: single-Region, no KMS, no CloudWatch Logs; records artifact writes for the pipeline bucket only.
  trail(demo, prod, {
    name: 'prod-app-trail',
    homeRegion: mainRegion,
    isMultiRegionTrail: false,
    isOrganizationTrail: false,
    includeGlobalServiceEvents: false,
    logFileValidationEnabled: true,
    s3BucketName: names.trailBucket,
    s3KeyPrefix: 'prod-app',
    status: { isLogging: true, latestDeliveryTime: at('2026-11-20T08:51:40.000Z') },
    eventSelectors: {
      classic: [
        {
          readWriteType: 'All',
          includeManagementEvents: true,
          dataResources: [{ type: 'AWS::S3::Object', values: [`arn:aws:s3:::${names.pipelineArtifactBucket}/`] }],
        },
      ],
      advanced: [],
    },
  });
}

// ---------------------------------------------------------------- AWS Config

function recorder(demo: DemoBuilder, account: string, region: string, includeGlobalResourceTypes: boolean) {
  const config: ConfigRecorderConfig = {
    name: 'default',
    roleARN: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
    recordingGroup: { allSupported: true, includeGlobalResourceTypes, recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' },
    recordingFrequency: 'CONTINUOUS',
    status: { recording: true, lastStatus: 'Success', lastStatusChangeTime: at('2026-11-20T08:40:00.000Z') },
  };
  demo.add({
    uid: `arn:aws:config:${region}:${account}:configuration-recorder/default`,
    account,
    region,
    type: CONFIG_RECORDER_TYPE,
    name: 'default',
    config,
    relationships: [{ type: 'uses-role', target: config.roleARN! }],
  });
  const channel: ConfigDeliveryChannelConfig = { name: 'default', s3BucketName: `config-history-${account}`, deliveryFrequency: 'TwentyFour_Hours' };
  demo.add({
    uid: `arn:aws:config:${region}:${account}:delivery-channel/default`,
    account,
    region,
    type: CONFIG_DELIVERY_CHANNEL_TYPE,
    name: 'default',
    config: channel,
    relationships: [{ type: 'delivers-to-bucket', target: `arn:aws:s3:::${channel.s3BucketName}` }],
  });
}

function addConfig(demo: DemoBuilder) {
  for (const region of regions) recorder(demo, mgmt, region, region === mainRegion);
  // prod records only where the workload runs: changes made in us-east-1 leave no configuration history.
  recorder(demo, prod, mainRegion, true);
}

// ---------------------------------------------------------------- CloudWatch Logs

function logGroup(demo: DemoBuilder, account: string, region: string, config: LogGroupConfig) {
  demo.add({
    uid: `arn:aws:logs:${region}:${account}:log-group:${config.logGroupName}`,
    account,
    region,
    type: LOG_GROUP_TYPE,
    name: config.logGroupName,
    config,
    relationships: config.kmsKeyId ? [{ type: 'encrypted-by', target: config.kmsKeyId }] : undefined,
  });
}

function addLogGroups(demo: DemoBuilder) {
  logGroup(demo, mgmt, mainRegion, { logGroupName: ORG_LOG_GROUP, retentionInDays: 400, kmsKeyId: LOGGING_DEMO_KEYS.trail, logGroupClass: 'STANDARD', creationTime: at('2025-04-01T02:00:00.000Z') });
  // Destination of the shared-services VPC flow log (EC2 demo area).
  logGroup(demo, mgmt, mainRegion, { logGroupName: '/vpc/flow-logs/shared-services', retentionInDays: 400, logGroupClass: 'STANDARD', creationTime: at('2025-04-01T02:20:00.000Z') });
  logGroup(demo, mgmt, 'us-east-1', { logGroupName: '/aws/lambda/account-factory', retentionInDays: 731, logGroupClass: 'STANDARD', creationTime: at('2025-06-12T05:30:00.000Z') });
  logGroup(demo, prod, mainRegion, { logGroupName: '/aws/lambda/orders-api', retentionInDays: 14, logGroupClass: 'STANDARD', creationTime: at('2025-09-03T01:10:00.000Z') });
  logGroup(demo, prod, mainRegion, { logGroupName: '/ecs/web', logGroupClass: 'STANDARD', creationTime: at('2025-09-03T01:12:00.000Z') });
  logGroup(demo, prod, mainRegion, { logGroupName: `/aws/rds/instance/${names.database}/error`, retentionInDays: 400, logGroupClass: 'STANDARD', creationTime: at('2025-09-05T07:45:00.000Z') });
}

// ---------------------------------------------------------------- metric filters + alarms

const CIS_FILTERS: { name: string; pattern: string }[] = [
  { name: 'RootAccountUsage', pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }' },
  {
    name: 'UnauthorizedAPICalls',
    pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  },
  { name: 'ConsoleSigninWithoutMFA', pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }' },
  {
    name: 'IAMPolicyChanges',
    pattern:
      '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  },
  // Written by hand long ago: misses StopLogging, so CIS 4.5 still fails.
  { name: 'CloudTrailChanges', pattern: '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) }' },
];

function alarm(demo: DemoBuilder, account: string, region: string, config: AlarmConfig) {
  const sns = config.alarmActions.filter((a) => a.split(':')[2] === 'sns');
  demo.add({
    uid: `arn:aws:cloudwatch:${region}:${account}:alarm:${config.alarmName}`,
    account,
    region,
    type: ALARM_TYPE,
    name: config.alarmName,
    config,
    relationships: sns.length ? sns.map((target) => ({ type: 'notifies', target })) : undefined,
  });
}

const cisAlarm = (metricName: string): AlarmConfig => ({
  alarmName: `cis-${metricName}`,
  metricName,
  namespace: 'CISBenchmark',
  statistic: 'Sum',
  comparisonOperator: 'GreaterThanOrEqualToThreshold',
  threshold: 1,
  evaluationPeriods: 1,
  period: 300,
  actionsEnabled: true,
  alarmActions: [securityTopicArn],
  okActions: [],
  insufficientDataActions: [],
  stateValue: 'OK',
});

function addMetricFiltersAndAlarms(demo: DemoBuilder) {
  for (const f of CIS_FILTERS) {
    const config: MetricFilterConfig = {
      filterName: f.name,
      logGroupName: ORG_LOG_GROUP,
      filterPattern: f.pattern,
      metricTransformations: [{ metricName: f.name, metricNamespace: 'CISBenchmark', metricValue: '1', defaultValue: 0 }],
    };
    demo.add({
      uid: metricFilterUid(orgLogGroupArn, f.name),
      account: mgmt,
      region: mainRegion,
      type: METRIC_FILTER_TYPE,
      name: f.name,
      config,
      relationships: [{ type: 'in-log-group', target: orgLogGroupArn }],
    });
    alarm(demo, mgmt, mainRegion, cisAlarm(f.name));
  }
  // A billing alarm someone created without any action: it turns red and tells nobody.
  alarm(demo, mgmt, 'us-east-1', {
    alarmName: 'estimated-charges-over-5000',
    metricName: 'EstimatedCharges',
    namespace: 'AWS/Billing',
    statistic: 'Maximum',
    comparisonOperator: 'GreaterThanThreshold',
    threshold: 5000,
    evaluationPeriods: 1,
    period: 21600,
    actionsEnabled: true,
    alarmActions: [],
    okActions: [],
    insufficientDataActions: [],
    stateValue: 'OK',
  });
  // prod: the web server CPU alarm had its actions disabled during a load test and never re-enabled.
  alarm(demo, prod, mainRegion, {
    alarmName: 'web-cpu-high',
    metricName: 'CPUUtilization',
    namespace: 'AWS/EC2',
    statistic: 'Average',
    comparisonOperator: 'GreaterThanThreshold',
    threshold: 85,
    evaluationPeriods: 3,
    period: 300,
    actionsEnabled: false,
    alarmActions: [opsTopicArn],
    okActions: [],
    insufficientDataActions: [],
    stateValue: 'ALARM',
  });
  alarm(demo, prod, mainRegion, {
    alarmName: `${names.database}-free-storage-low`,
    metricName: 'FreeStorageSpace',
    namespace: 'AWS/RDS',
    statistic: 'Minimum',
    comparisonOperator: 'LessThanThreshold',
    threshold: 5368709120,
    evaluationPeriods: 1,
    period: 300,
    actionsEnabled: true,
    alarmActions: [opsTopicArn],
    okActions: [opsTopicArn],
    insufficientDataActions: [],
    stateValue: 'OK',
  });
}

// ---------------------------------------------------------------- SNS

function topic(demo: DemoBuilder, account: string, uid: string, config: TopicConfig) {
  demo.add({
    uid,
    account,
    region: uid.split(':')[3]!,
    type: TOPIC_TYPE,
    name: config.topicName,
    config,
    relationships: config.kmsMasterKeyId ? [{ type: 'encrypted-by', target: config.kmsMasterKeyId }] : undefined,
  });
}

function addTopics(demo: DemoBuilder) {
  topic(demo, mgmt, securityTopicArn, {
    topicName: 'security-alerts',
    kmsMasterKeyId: LOGGING_DEMO_KEYS.alerts,
    subscriptionsConfirmed: 1,
    subscriptionsPending: 0,
    subscriptions: [{ protocol: 'email', confirmed: true }],
  });
  topic(demo, prod, opsTopicArn, {
    topicName: 'ops-alerts',
    subscriptionsConfirmed: 1,
    subscriptionsPending: 1,
    subscriptions: [
      { protocol: 'https', confirmed: true },
      { protocol: 'email', confirmed: false },
    ],
  });
}
