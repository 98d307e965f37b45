/**
 * Shared logic of CIS GCP 5.0 recommendations 2.5–2.12: "the project has a log-based metric with
 * the exact filter CIS prescribes, and an enabled alert policy whose condition watches that
 * metric (`metric.type="logging.googleapis.com/user/<metric>"`)". Each rule declares only what it
 * watches (a MetricAlertSpec); evaluation, documents and remediation are built here so the eight
 * rules stay consistent.
 */
import { GCP_TYPES, type AlertPolicyConfig, type LogMetricConfig, type ProjectConfig } from '../../../../src/providers/gcp/model.js';
import { defineRule, fail, pass, type AutomatedRule, type EvaluationContext, type FrameworkMappings, type RuleOutcome, type Urgency } from '../../../../src/model/rule.js';
import type { LocalizedText, Resource, Severity } from '../../../../src/model/types.js';
import { canonicalLogFilter, sameLogFilter } from './log-filter.js';

export interface MetricAlertSpec {
  id: string;
  /** CIS GCP 5.0 recommendation (2.5 … 2.12). */
  cis: string;
  /** What is monitored, as a noun phrase: "project ownership changes" / "プロジェクトオーナーの変更". */
  subject: LocalizedText;
  /** The exact log filter CIS prescribes. */
  filter: string;
  /** Metric name used in remediation snippets (lowercase, hyphens). */
  metricName: string;
  severity: Severity;
  urgency: Urgency;
  /** Why this urgency (one or two sentences). */
  why: LocalizedText;
  /** The concrete attack or accident the alert would reveal. */
  risk: LocalizedText;
  nist?: string[];
  pci40?: string[];
  references?: string[];
}

const USER_METRIC_PREFIX = 'logging.googleapis.com/user/';

/** PromQL name of a user-defined log-based metric: `logging_googleapis_com:user_<name with non-word characters as _>`. */
const promqlName = (metric: string) => `logging_googleapis_com:user_${metric.replace(/[^A-Za-z0-9_]/g, '_')}`;

/** Metric types an alert policy condition watches (threshold/absence filters, MQL and PromQL queries). */
export function watchedMetricTypes(policy: AlertPolicyConfig): Set<string> {
  const types = new Set<string>();
  for (const c of policy.conditions ?? []) {
    for (const filter of [c.conditionThreshold?.filter, c.conditionAbsent?.filter]) {
      if (!filter) continue;
      for (const m of filter.matchAll(/(?:^|[\s(])metric\.type\s*=\s*(?:"([^"]*)"|([^\s()"]+))/g)) types.add(m[1] ?? m[2]!);
    }
    const mql = c.conditionMonitoringQueryLanguage?.query;
    if (mql) {
      for (const m of mql.matchAll(/\bmetric\s+(?:'([^']*)'|"([^"]*)")/g)) types.add(m[1] ?? m[2]!);
      for (const m of mql.matchAll(/\bfetch\s+[A-Za-z0-9_]+::([^\s|]+)/g)) types.add(m[1]!);
    }
    const promql = c.conditionPrometheusQueryLanguage?.query;
    if (promql) for (const m of promql.matchAll(/logging_googleapis_com:user_[A-Za-z0-9_]+/g)) types.add(`promql:${m[0]}`);
  }
  return types;
}

function watchesMetric(policy: AlertPolicyConfig, metric: string): boolean {
  const types = watchedMetricTypes(policy);
  return types.has(USER_METRIC_PREFIX + metric) || types.has(`promql:${promqlName(metric)}`);
}

const policyEnabled = (p: AlertPolicyConfig) => p.enabled !== false;

/** Japanese text with a space between Japanese and Latin script where a subject is interpolated ("がVPC" → "が VPC"). */
const jaSpaced = (text: string) => text.replace(/([\u3040-\u30ff\u4e00-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9])([\u3040-\u30ff\u4e00-\u9fff])/g, '$1 $2');
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function evaluateMetricAlert(spec: MetricAlertSpec, project: Resource<ProjectConfig>, ctx: EvaluationContext): RuleOutcome {
  const s = spec.subject;
  const projectId = project.config.projectId;
  const metrics = ctx.resources<LogMetricConfig>(GCP_TYPES.logMetric, { account: projectId });
  const matching = metrics.filter((m) => m.config.filter && sameLogFilter(m.config.filter, spec.filter));
  if (matching.length === 0) {
    return fail(
      {
        en: `Project ${projectId} has no log-based metric with the CIS ${spec.cis} filter for ${s.en} (${count(metrics.length, 'metric', 'metrics')} checked; filters must match the CIS filter exactly, apart from spacing, quotes and operand order).`,
        ja: jaSpaced(`プロジェクト ${projectId} に${s.ja}を検知する CIS ${spec.cis} のフィルタを持つログベースの指標がありません（${metrics.length} 件を確認。空白・引用符・オペランドの順序以外は CIS のフィルタと完全に一致する必要があります）。`),
      },
      { metricsChecked: metrics.map((m) => ({ name: m.config.name, filter: m.config.filter })), expectedFilter: spec.filter },
    );
  }
  const active = matching.filter((m) => m.config.disabled !== true);
  if (active.length === 0) {
    const names = matching.map((m) => m.config.name).join(', ');
    return fail(
      { en: `Log-based metric(s) ${names} for ${s.en} are disabled and record nothing.`, ja: jaSpaced(`${s.ja}のログベースの指標 ${names} が無効になっており、何も記録されません。`) },
      { metrics: matching.map((m) => m.uid) },
    );
  }
  const policies = ctx.resources<AlertPolicyConfig>(GCP_TYPES.alertPolicy, { account: projectId });
  const disabled: Resource<AlertPolicyConfig>[] = [];
  for (const metric of active) {
    const watching = policies.filter((p) => watchesMetric(p.config, metric.config.name));
    const enabled = watching.find((p) => policyEnabled(p.config));
    if (enabled) {
      const label = enabled.config.displayName ?? enabled.config.name;
      return pass(
        {
          en: `Log-based metric ${metric.config.name} records ${s.en} and alert policy "${label}" watches it.`,
          ja: jaSpaced(`ログベースの指標 ${metric.config.name} が${s.ja}を記録し、アラートポリシー「${label}」がそれを監視しています。`),
        },
        { metric: metric.uid, alertPolicy: enabled.uid, notificationChannels: enabled.config.notificationChannels ?? [] },
      );
    }
    disabled.push(...watching);
  }
  const metricNames = active.map((m) => m.config.name).join(', ');
  if (disabled.length > 0) {
    const labels = disabled.map((p) => p.config.displayName ?? p.config.name);
    return fail(
      {
        en: `Alert policy ${labels.map((l) => `"${l}"`).join(', ')} on log-based metric ${metricNames} (${s.en}) is disabled.`,
        ja: jaSpaced(`ログベースの指標 ${metricNames}（${s.ja}）のアラートポリシー${labels.map((l) => `「${l}」`).join('')}が無効になっています。`),
      },
      { metrics: active.map((m) => m.uid), disabledPolicies: disabled.map((p) => p.uid) },
    );
  }
  return fail(
    {
      en: `Log-based metric ${metricNames} records ${s.en}, but no alert policy in project ${projectId} has a condition on metric.type="${USER_METRIC_PREFIX}${active[0]!.config.name}" (${count(policies.length, 'alert policy', 'alert policies')} checked).`,
      ja: jaSpaced(`ログベースの指標 ${metricNames} は${s.ja}を記録していますが、プロジェクト ${projectId} に metric.type="${USER_METRIC_PREFIX}${active[0]!.config.name}" を条件とするアラートポリシーがありません（${policies.length} 件を確認）。`),
    },
    { metrics: active.map((m) => m.uid), policiesChecked: policies.map((p) => p.uid) },
  );
}

/** The CIS filter with a line break before each top-level AND / OR, for Terraform (layout does not matter to the check). */
function multiline(filter: string): string {
  let depth = 0;
  let inString = false;
  let out = '';
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i]!;
    if (c === '"' && filter[i - 1] !== '\\') inString = !inString;
    if (!inString && c === '(') depth++;
    if (!inString && c === ')') depth--;
    const rest = filter.slice(i);
    if (!inString && depth === 0 && /^\s+(AND|OR)\s/.test(rest)) {
      out += '\n';
      i += rest.length - rest.trimStart().length - 1;
      continue;
    }
    out += c;
  }
  return out;
}

export function metricAlertRule(spec: MetricAlertSpec): AutomatedRule<ProjectConfig> {
  if (!canonicalLogFilter(spec.filter)) throw new Error(`${spec.id}: the CIS filter does not parse`);
  if (!sameLogFilter(multiline(spec.filter), spec.filter)) throw new Error(`${spec.id}: the Terraform layout changes the CIS filter`);
  const s = spec.subject;
  const metricType = `${USER_METRIC_PREFIX}${spec.metricName}`;
  const tfName = spec.metricName.replace(/-/g, '_');
  const policyName = `CIS ${spec.cis}: ${s.en}`;
  const frameworks: FrameworkMappings = { 'cis-gcp-5.0': [spec.cis], 'nist-800-53-r5': spec.nist ?? ['AU-6', 'SI-4'] };
  if (spec.pci40) frameworks['pci-dss-4.0'] = spec.pci40;
  const filterText = multiline(spec.filter);
  return defineRule<ProjectConfig>({
    id: spec.id,
    services: ['logging', 'monitoring'],
    title: {
      en: `A log metric filter and alert exist for ${s.en}`,
      ja: jaSpaced(`${s.ja}を検知するログベースの指標とアラートがある`),
    },
    severity: spec.severity,
    urgency: spec.urgency,
    resourceTypes: [GCP_TYPES.project],
    requires: ['projectId'],
    reads: [GCP_TYPES.logMetric, GCP_TYPES.alertPolicy],
    frameworks,
    doc: {
      en: {
        description: `Checks that the project has an enabled log-based metric whose filter is the CIS ${spec.cis} filter for ${s.en}, and an enabled alert policy with a condition on that metric (metric.type="${USER_METRIC_PREFIX}<metric name>" in a threshold or absence condition, or the metric in an MQL or PromQL condition). Filters are compared by structure: spacing, line breaks, optional quotes, redundant parentheses and the order of AND/OR operands do not matter, but a missing, changed or extra condition does. CIS filter: ${spec.filter}`,
        urgency: spec.why.en,
        risk: spec.risk.en,
        recommendation: `Create a counter log-based metric with the CIS filter in the project, then an alert policy on the metric (any value above 0 within 5 minutes) that notifies a channel someone watches (security mailing list, chat or incident tool). Audit logs of the project are what the metric counts, so create the metric in every project (automate it in your project factory). If you detect ${s.en} in a SIEM instead, document that equivalent control.`,
        console: [
          'In the Google Cloud console select the project, open Logging > Log-based metrics and click "Create metric".',
          `Choose metric type "Counter", name it ${spec.metricName}, and under "Filter selection" paste the CIS filter: ${spec.filter}`,
          'Click "Create metric".',
          `In the list of user-defined metrics open the menu (⋮) of ${spec.metricName} and choose "Create alert from metric".`,
          'Set the trigger to "Threshold", "Above threshold", value 0 with a 5-minute rolling window, select the notification channels of the security team, name the policy and click "Create policy".',
        ],
      },
      ja: {
        description: `プロジェクトに、${s.ja}を検知する CIS ${spec.cis} のフィルタを持つ有効なログベースの指標があり、その指標を条件とする有効なアラートポリシー（しきい値または不在の条件で metric.type="${USER_METRIC_PREFIX}<指標名>" を指定するもの、または MQL / PromQL の条件でその指標を参照するもの）があるかを確認します。フィルタは構造で比較するため、空白・改行・省略可能な引用符・冗長な括弧・AND/OR のオペランドの順序の違いは問いませんが、条件の欠落・変更・追加は不一致とします。CIS のフィルタ: ${spec.filter}`,
        urgency: spec.why.ja,
        risk: spec.risk.ja,
        recommendation: jaSpaced(`プロジェクトに CIS のフィルタでカウンタ型のログベースの指標を作成し、その指標にアラートポリシー（5 分間で 0 を超えたら発報）を設定して、誰かが確実に見ている通知チャネル（セキュリティ用メーリングリスト、チャット、インシデント管理ツールなど）に通知してください。指標が数えるのはそのプロジェクトの監査ログなので、すべてのプロジェクトに作成してください（プロジェクト作成の自動化に組み込むのが確実です）。SIEM で${s.ja}を検知している場合は、その同等の統制を文書化してください。`),
        console: [
          'Google Cloud コンソールで対象のプロジェクトを選択し、[ロギング] > [ログベースの指標] を開いて [指標を作成] をクリックします。',
          `指標タイプに「カウンタ」を選び、名前を ${spec.metricName} とし、[フィルタの選択] に CIS のフィルタを貼り付けます: ${spec.filter}`,
          '[指標を作成] をクリックします。',
          `ユーザー定義の指標の一覧で ${spec.metricName} のメニュー（⋮）を開き、[指標に基づいてアラートを作成] を選択します。`,
          'トリガーを「しきい値」「しきい値より上」、値 0、5 分間のローリング ウィンドウに設定し、セキュリティ担当の通知チャネルを選択してポリシー名を付け、[ポリシーを作成] をクリックします。',
        ],
      },
    },
    remediation: {
      cli: [
        'PROJECT_ID=<project-id>',
        'CHANNEL=projects/$PROJECT_ID/notificationChannels/<channel-id>   # gcloud beta monitoring channels list',
        `gcloud logging metrics create ${spec.metricName} --project="$PROJECT_ID" \\`,
        `  --description="CIS ${spec.cis}: ${s.en}" \\`,
        `  --log-filter='${spec.filter}'`,
        `gcloud monitoring policies create --project="$PROJECT_ID" \\`,
        `  --display-name="${policyName}" --combiner=OR \\`,
        `  --condition-display-name="${s.en}" \\`,
        `  --condition-filter='metric.type="${metricType}"' \\`,
        `  --aggregation='{"alignmentPeriod": "300s", "perSeriesAligner": "ALIGN_SUM"}' \\`,
        `  --if='> 0' --duration=0s \\`,
        '  --notification-channels="$CHANNEL"',
      ].join('\n'),
      terraform: [
        `resource "google_logging_metric" "${tfName}" {`,
        '  project     = var.project_id',
        `  name        = "${spec.metricName}"`,
        `  description = "CIS ${spec.cis}: ${s.en}"`,
        '  filter      = <<-EOT',
        ...filterText.split('\n').map((l) => `    ${l}`),
        '  EOT',
        '',
        '  metric_descriptor {',
        '    metric_kind = "DELTA"',
        '    value_type  = "INT64"',
        '  }',
        '}',
        '',
        `resource "google_monitoring_alert_policy" "${tfName}" {`,
        '  project      = var.project_id',
        `  display_name = "${policyName}"`,
        '  combiner     = "OR"',
        '  enabled      = true',
        '',
        '  conditions {',
        `    display_name = "${s.en}"`,
        '    condition_threshold {',
        `      filter          = "metric.type=\\"logging.googleapis.com/user/\${google_logging_metric.${tfName}.name}\\""`,
        '      comparison      = "COMPARISON_GT"',
        '      threshold_value = 0',
        '      duration        = "0s"',
        '      aggregations {',
        '        alignment_period   = "300s"',
        '        per_series_aligner = "ALIGN_SUM"',
        '      }',
        '    }',
        '  }',
        '',
        '  notification_channels = [var.security_notification_channel_id]',
        '}',
      ].join('\n'),
    },
    references: [
      'https://cloud.google.com/logging/docs/logs-based-metrics/counter-metrics',
      'https://cloud.google.com/logging/docs/logs-based-metrics/charts-and-alerts',
      'https://cloud.google.com/monitoring/alerts/using-alerting-api',
      'https://cloud.google.com/logging/docs/view/logging-query-language',
      ...(spec.references ?? []),
    ],
    evaluate: (project, ctx) => evaluateMetricAlert(spec, project, ctx),
  });
}
