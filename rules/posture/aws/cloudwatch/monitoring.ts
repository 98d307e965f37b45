/**
 * Shared logic of the CIS 4.1–4.15 monitoring rules: "a multi-Region, logging trail that records
 * all management events sends to a CloudWatch Logs group that has a metric filter for <events>,
 * an alarm on that metric notifies an SNS topic, and the topic has a confirmed subscriber".
 * Each rule only declares its events (a MonitoringSpec); evaluation, documents and remediation
 * snippets are built here so the 15 rules stay consistent.
 */
import type { AccountConfig } from '../../../../src/providers/aws/model/account.js';
import { TRAIL_TYPE } from '../../../../src/providers/aws/model/cloudtrail.js';
import { ALARM_TYPE, type AlarmConfig } from '../../../../src/providers/aws/model/cloudwatch.js';
import { LOG_GROUP_TYPE, METRIC_FILTER_TYPE, normalizeLogGroupArn, type MetricFilterConfig } from '../../../../src/providers/aws/model/logs.js';
import { TOPIC_TYPE, type TopicConfig } from '../../../../src/providers/aws/model/sns.js';
import { ACCOUNT_TYPE } from '../../../../src/model/pseudo.js';
import {
  defineRule,
  fail,
  notAssessed,
  pass,
  type AutomatedRule,
  type EvaluationContext,
  type RuleOutcome,
  type Urgency,
} from '../../../../src/model/rule.js';
import type { LocalizedText, Resource } from '../../../../src/model/types.js';
import { capturesAllManagementEvents, isLoggingMultiRegion, trailDataIncomplete, trailsOf } from '../cloudtrail/trails.js';

export interface MonitoringSpec {
  id: string;
  /** CIS AWS Foundations v3.0.0 recommendation (4.1 … 4.15). */
  cis: string;
  /** Security Hub control (CloudWatch.1 … CloudWatch.14), when one exists. */
  fsbp?: string;
  pci321?: string[];
  /** What is monitored, as a noun phrase: "unauthorized API calls" / "権限のない API 呼び出し". */
  subject: LocalizedText;
  /** The filter pattern the CIS benchmark prescribes (used in remediation snippets). */
  pattern: string;
  /**
   * Conditions a filter pattern must contain, written as in the CIS pattern (quotes and spaces
   * are ignored). A pattern with every term matches even if it adds further conditions.
   */
  terms: string[];
  /** Metric name used in the remediation snippets. */
  metricName: string;
  urgency: Urgency;
  /** Why this urgency (one or two sentences). */
  why: LocalizedText;
  /** The concrete attack or accident this alarm would reveal. */
  risk: LocalizedText;
  references?: string[];
}

/** Pattern text with whitespace and quotes removed, so `$.eventName = "X"` and `$.eventName=X` compare equal. */
export const normalizePattern = (p: string) => p.replace(/\s+/g, '').replace(/["']/g, '');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const termRegexps = new Map<string, RegExp>();
const termRegexp = (term: string) => {
  let re = termRegexps.get(term);
  if (!re) termRegexps.set(term, (re = new RegExp(`${escapeRe(normalizePattern(term))}(?![A-Za-z0-9_*.-])`)));
  return re;
};
// Organisations reuse the same few filter patterns in every account: normalise each once per run.
const normalizedPatterns = new Map<string, string>();

/** Every required term appears as a whole condition (CreateRoute does not match CreateRouteTable). */
export function patternMatches(pattern: string, terms: string[]): { ok: boolean; missing: string[] } {
  let p = normalizedPatterns.get(pattern);
  if (p === undefined) {
    if (normalizedPatterns.size > 10_000) normalizedPatterns.clear();
    normalizedPatterns.set(pattern, (p = normalizePattern(pattern)));
  }
  const normalized = p;
  const missing = terms.filter((t) => !termRegexp(t).test(normalized));
  return { ok: missing.length === 0, missing };
}

interface Failure {
  depth: number;
  reason: LocalizedText;
  evidence?: Record<string, unknown>;
}

const parseLogGroupArn = (arn: string) => {
  const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:(.+)$/.exec(normalizeLogGroupArn(arn));
  return m ? { region: m[1]!, account: m[2]!, name: m[3]!, arn: normalizeLogGroupArn(arn) } : undefined;
};

const isSnsArn = (arn: string) => arn.split(':')[2] === 'sns';

function alarmWatches(alarm: AlarmConfig, metricName: string, namespace: string) {
  return (
    (alarm.metricName === metricName && alarm.namespace === namespace) ||
    (alarm.metrics ?? []).some((m) => m.metricName === metricName && m.namespace === namespace)
  );
}

export function evaluateMonitoring(spec: MonitoringSpec, account: Resource<AccountConfig>, ctx: EvaluationContext): RuleOutcome {
  const s = spec.subject;
  const trails = trailsOf(ctx, account.account);
  const candidates = trails.filter(
    (t) => isLoggingMultiRegion(t.config) && capturesAllManagementEvents(t.config) === true && t.config.cloudWatchLogsLogGroupArn,
  );
  if (candidates.length === 0) {
    if (trailDataIncomplete(trails)) {
      return notAssessed({ en: 'The status or event selectors of some trails could not be collected.', ja: '一部の証跡のステータスまたはイベントセレクターを取得できませんでした。' });
    }
    return fail(
      {
        en: `No multi-Region trail that is logging all management events sends to CloudWatch Logs, so ${s.en} cannot be alarmed on.`,
        ja: `全管理イベントを記録中のマルチリージョン証跡で CloudWatch Logs に送信しているものがないため、${s.ja}をアラームで検知できません。`,
      },
      { trails: trails.map((t) => t.uid) },
    );
  }

  let best: Failure = { depth: 0, reason: { en: '', ja: '' } };
  let unknown: LocalizedText | undefined;
  const note = (f: Failure) => {
    if (f.depth > best.depth) best = f;
  };

  for (const trail of candidates) {
    const group = parseLogGroupArn(trail.config.cloudWatchLogsLogGroupArn!);
    if (!group) continue;
    const filters = ctx
      .resources<MetricFilterConfig>(METRIC_FILTER_TYPE, { account: group.account, region: group.region })
      .filter((f) => f.config.logGroupName === group.name);
    const matching = filters.filter((f) => patternMatches(f.config.filterPattern, spec.terms).ok);
    if (matching.length === 0) {
      note({
        depth: 1,
        reason: {
          en: `Log group ${group.name} of trail ${trail.name} has no metric filter for ${s.en} (${filters.length} filter(s) checked).`,
          ja: `証跡 ${trail.name} のロググループ ${group.name} に${s.ja}のメトリクスフィルターがありません（${filters.length} 件を確認）。`,
        },
        evidence: { trail: trail.uid, logGroup: group.arn, filtersChecked: filters.map((f) => f.name) },
      });
      continue;
    }
    const alarms = ctx.resources<AlarmConfig>(ALARM_TYPE, { account: group.account, region: group.region });
    for (const filter of matching) {
      for (const tr of filter.config.metricTransformations) {
        const watching = alarms.filter((a) => alarmWatches(a.config, tr.metricName, tr.metricNamespace));
        if (watching.length === 0) {
          note({
            depth: 2,
            reason: {
              en: `Metric ${tr.metricNamespace}/${tr.metricName} of filter ${filter.name} has no CloudWatch alarm.`,
              ja: `フィルター ${filter.name} のメトリクス ${tr.metricNamespace}/${tr.metricName} に CloudWatch アラームがありません。`,
            },
            evidence: { trail: trail.uid, metricFilter: filter.uid },
          });
          continue;
        }
        for (const alarm of watching) {
          const topics = alarm.config.alarmActions.filter(isSnsArn);
          if (!alarm.config.actionsEnabled || topics.length === 0) {
            note({
              depth: 3,
              reason: alarm.config.actionsEnabled
                ? { en: `Alarm ${alarm.name} has no SNS topic among its ALARM actions.`, ja: `アラーム ${alarm.name} の ALARM アクションに SNS トピックがありません。` }
                : { en: `Alarm ${alarm.name} has its actions disabled.`, ja: `アラーム ${alarm.name} のアクションが無効になっています。` },
              evidence: { trail: trail.uid, metricFilter: filter.uid, alarm: alarm.uid },
            });
            continue;
          }
          for (const topicArn of topics) {
            const topic = ctx.byUid<TopicConfig>(topicArn);
            if (!topic || topic.type !== TOPIC_TYPE) {
              unknown = { en: `SNS topic ${topicArn} of alarm ${alarm.name} is not in the scanned data.`, ja: `アラーム ${alarm.name} の SNS トピック ${topicArn} はスキャン結果に含まれていません。` };
              continue;
            }
            const subs = topic.config.subscriptions;
            const confirmed = subs ? subs.filter((x) => x.confirmed).length : (topic.config.subscriptionsConfirmed ?? 0);
            if (confirmed > 0) {
              return pass(
                {
                  en: `${trail.name} → ${group.name} → filter ${filter.name} → alarm ${alarm.name} → ${topic.name} (${confirmed} confirmed subscription(s)) monitors ${s.en}.`,
                  ja: `${trail.name} → ${group.name} → フィルター ${filter.name} → アラーム ${alarm.name} → ${topic.name}（確認済みサブスクリプション ${confirmed} 件）で${s.ja}を監視しています。`,
                },
                { trail: trail.uid, logGroup: group.arn, metricFilter: filter.uid, alarm: alarm.uid, topic: topic.uid },
              );
            }
            if (!subs && topic.errors?.subscriptions) {
              unknown = { en: `Subscriptions of SNS topic ${topic.name} could not be collected.`, ja: `SNS トピック ${topic.name} のサブスクリプションを取得できませんでした。` };
              continue;
            }
            note({
              depth: 4,
              reason: {
                en: `SNS topic ${topic.name} notified by alarm ${alarm.name} has no confirmed subscription${subs?.length ? ` (${subs.length} pending)` : ''}.`,
                ja: `アラーム ${alarm.name} の通知先 SNS トピック ${topic.name} に確認済みのサブスクリプションがありません${subs?.length ? `（保留中 ${subs.length} 件）` : ''}。`,
              },
              evidence: { trail: trail.uid, metricFilter: filter.uid, alarm: alarm.uid, topic: topic.uid },
            });
          }
        }
      }
    }
  }
  if (unknown) return notAssessed(unknown);
  return fail(best.reason, best.evidence);
}

const hcl = (s: string) => JSON.stringify(s);

export function monitoringRule(spec: MonitoringSpec): AutomatedRule<AccountConfig> {
  const s = spec.subject;
  const alarmName = `cis-${spec.cis.replace('.', '-')}-${spec.metricName}`;
  const frameworks: AutomatedRule['frameworks'] = { 'cis-aws-3.0': [spec.cis] };
  if (spec.fsbp) frameworks.fsbp = [spec.fsbp];
  if (spec.pci321) frameworks['pci-dss-3.2.1'] = spec.pci321;
  return defineRule<AccountConfig>({
    id: spec.id,
    services: ['cloudtrail', 'logs', 'cloudwatch', 'sns'],
    title: {
      en: `A log metric filter and alarm exist for ${s.en}`,
      ja: `${s.ja}を検知するログメトリクスフィルターとアラームがある`,
    },
    severity: 'LOW',
    urgency: spec.urgency,
    resourceTypes: [ACCOUNT_TYPE],
    reads: [TRAIL_TYPE, LOG_GROUP_TYPE, METRIC_FILTER_TYPE, ALARM_TYPE, TOPIC_TYPE],
    // An organisation trail's log group, filters, alarms and topic live in the management account.
    readsAcrossScopes: [LOG_GROUP_TYPE, METRIC_FILTER_TYPE, ALARM_TYPE, TOPIC_TYPE],
    frameworks,
    doc: {
      en: {
        description: `Checks that a multi-Region trail that is logging all management events sends to a CloudWatch Logs log group with a metric filter for ${s.en}, that a CloudWatch alarm watches the filter's metric and notifies an SNS topic, and that the topic has at least one confirmed subscription. Patterns are compared after removing spaces and quotes; extra conditions are accepted as long as every condition of the CIS pattern is present.`,
        urgency: spec.why.en,
        risk: spec.risk.en,
        recommendation: `Create a metric filter with the CIS pattern on the trail's log group, an alarm (Sum >= 1 over 5 minutes) on its metric, and send the alarm to an SNS topic whose subscribers (on-call e-mail, chat integration or incident tool) have confirmed. Reuse one topic for all CIS 4.x alarms. If you use a SIEM instead, document the equivalent detection.`,
        console: [
          "Open the CloudWatch console, choose Log groups and select the log group named in the trail's CloudWatch Logs settings.",
          `Choose Actions > Create metric filter and paste the pattern: ${spec.pattern}`,
          `Name the filter and metric ${spec.metricName}, namespace CISBenchmark, metric value 1, then create it.`,
          `On the Metric filters tab select the filter, choose Create alarm: threshold Static, Greater/Equal 1, period 5 minutes.`,
          'Under Notification choose "In alarm" and an existing SNS topic with a confirmed subscriber (or create one and confirm the e-mail), then create the alarm.',
        ],
      },
      ja: {
        description: `全管理イベントを記録中のマルチリージョン証跡が CloudWatch Logs のロググループに送信しており、そのロググループに${s.ja}のメトリクスフィルターがあり、そのメトリクスを CloudWatch アラームが監視して SNS トピックに通知し、トピックに確認済みのサブスクリプションが 1 つ以上あるかを確認します。パターンは空白と引用符を除いて比較し、CIS のパターンの条件がすべて含まれていれば追加の条件があっても合格とします。`,
        urgency: spec.why.ja,
        risk: spec.risk.ja,
        recommendation: `証跡のロググループに CIS のパターンでメトリクスフィルターを作成し、そのメトリクスにアラーム（5 分間の合計 >= 1）を設定し、購読者（当番のメール、チャット連携、インシデント管理ツールなど）が確認済みの SNS トピックに通知してください。CIS 4.x のアラームは 1 つのトピックにまとめて構いません。SIEM で代替する場合は同等の検知があることを文書化してください。`,
        console: [
          'CloudWatch コンソールで「ロググループ」を開き、証跡の CloudWatch Logs 設定に表示されているロググループを選択します。',
          `「アクション」>「メトリクスフィルターを作成」を選び、次のパターンを貼り付けます: ${spec.pattern}`,
          `フィルター名とメトリクス名を ${spec.metricName}、名前空間を CISBenchmark、メトリクス値を 1 にして作成します。`,
          '「メトリクスフィルター」タブでフィルターを選び「アラームを作成」を選択し、しきい値「静的」、「以上」1、期間 5 分を指定します。',
          '「通知」で「アラーム状態」と、購読者が確認済みの既存 SNS トピックを選び（なければ作成してメールの購読を確認し）、アラームを作成します。',
        ],
      },
    },
    remediation: {
      cli: [
        'LOG_GROUP=<cloudtrail-log-group-name>',
        'TOPIC_ARN=arn:aws:sns:<region>:<account-id>:<security-alerts-topic>',
        `aws logs put-metric-filter --log-group-name "$LOG_GROUP" --filter-name ${spec.metricName} \\`,
        `  --metric-transformations metricName=${spec.metricName},metricNamespace=CISBenchmark,metricValue=1 \\`,
        `  --filter-pattern '${spec.pattern}'`,
        `aws cloudwatch put-metric-alarm --alarm-name ${alarmName} --metric-name ${spec.metricName} --namespace CISBenchmark \\`,
        '  --statistic Sum --period 300 --evaluation-periods 1 --threshold 1 \\',
        '  --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching \\',
        '  --alarm-actions "$TOPIC_ARN"',
      ].join('\n'),
      terraform: [
        `resource "aws_cloudwatch_log_metric_filter" "${spec.metricName.toLowerCase()}" {`,
        `  name           = "${spec.metricName}"`,
        '  log_group_name = var.cloudtrail_log_group_name',
        `  pattern        = ${hcl(spec.pattern)}`,
        '',
        '  metric_transformation {',
        `    name      = "${spec.metricName}"`,
        '    namespace = "CISBenchmark"',
        '    value     = "1"',
        '  }',
        '}',
        '',
        `resource "aws_cloudwatch_metric_alarm" "${spec.metricName.toLowerCase()}" {`,
        `  alarm_name          = "${alarmName}"`,
        `  metric_name         = aws_cloudwatch_log_metric_filter.${spec.metricName.toLowerCase()}.metric_transformation[0].name`,
        '  namespace           = "CISBenchmark"',
        '  statistic           = "Sum"',
        '  period              = 300',
        '  evaluation_periods  = 1',
        '  threshold           = 1',
        '  comparison_operator = "GreaterThanOrEqualToThreshold"',
        '  treat_missing_data  = "notBreaching"',
        '  alarm_actions       = [var.security_alerts_topic_arn]',
        '}',
      ].join('\n'),
      cloudformation: [
        `${spec.metricName}Filter:`,
        '  Type: AWS::Logs::MetricFilter',
        '  Properties:',
        '    LogGroupName: !Ref CloudTrailLogGroupName',
        `    FilterName: ${spec.metricName}`,
        `    FilterPattern: '${spec.pattern}'`,
        '    MetricTransformations:',
        `      - MetricName: ${spec.metricName}`,
        '        MetricNamespace: CISBenchmark',
        "        MetricValue: '1'",
        `${spec.metricName}Alarm:`,
        '  Type: AWS::CloudWatch::Alarm',
        '  Properties:',
        `    AlarmName: ${alarmName}`,
        `    MetricName: ${spec.metricName}`,
        '    Namespace: CISBenchmark',
        '    Statistic: Sum',
        '    Period: 300',
        '    EvaluationPeriods: 1',
        '    Threshold: 1',
        '    ComparisonOperator: GreaterThanOrEqualToThreshold',
        '    TreatMissingData: notBreaching',
        '    AlarmActions:',
        '      - !Ref SecurityAlertsTopicArn',
      ].join('\n'),
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudwatch-alarms-for-cloudtrail.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      ...(spec.fsbp ? [`https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-${spec.fsbp.split('.')[1]}`] : []),
      ...(spec.references ?? []),
    ],
    evaluate: (account, ctx) => evaluateMonitoring(spec, account, ctx),
  });
}
