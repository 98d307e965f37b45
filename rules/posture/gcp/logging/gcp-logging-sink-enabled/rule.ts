import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type LogSinkConfig } from '../../../../../src/providers/gcp/model.js';

export const rule = defineRule<LogSinkConfig>({
  id: 'gcp-logging-sink-enabled',
  services: ['logging'],
  title: {
    en: 'Log sinks are not disabled',
    ja: 'ログシンクが無効になっていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.logSink],
  requires: ['destination', 'disabled', 'name', 'parent'],
  frameworks: {
    'nist-800-53-r5': ['AU-5', 'AU-6(4)', 'AU-9(2)'],
    'pci-dss-4.0': ['10.3.3'],
  },
  doc: {
    en: {
      description:
        'Checks that each log sink (project, folder or organisation) is enabled. A disabled sink keeps its configuration, so it still looks like logs are being exported or stored, but it routes nothing.',
      urgency:
        'Fix within the month: every day the sink stays disabled, the entries it should route are missing at the destination for good (or never stored at all, for the _Default sink).',
      risk:
        'Disabling a sink is a quiet way to stop logs from reaching the central archive or the SIEM (an attacker covering their tracks, or an engineer pausing a noisy export and forgetting it). Investigations then find a gap exactly where evidence was needed, and a disabled _Default sink means the project keeps no copy of most logs.',
      recommendation:
        'Re-enable the sink, or delete it if it is no longer needed so that the routing configuration reflects reality. If the volume is the concern, narrow the sink with exclusion filters for known low-value entries instead of disabling it, and alert on sink configuration changes (methodName "google.logging.v2.ConfigServiceV2.UpdateSink").',
      console: [
        'In the Google Cloud console select the project, folder or organisation that owns the sink and open Logging > Log Router.',
        'Find the sink whose status is "Disabled", open its menu (⋮) and choose "Enable sink".',
        'Check that new entries arrive at the destination.',
      ],
    },
    ja: {
      description:
        '各ログシンク（プロジェクト・フォルダ・組織）が有効になっているかを確認します。無効にしたシンクは構成が残るため、ログがエクスポート・保存されているように見えますが、実際には何もルーティングしません。',
      urgency:
        '1 か月以内に修正してください。シンクが無効な間は、本来ルーティングされるエントリが宛先に永久に届きません（_Default シンクの場合はそもそも保存されません）。',
      risk:
        'シンクの無効化は、ログが中央のアーカイブや SIEM に届かないようにする目立たない方法です（痕跡を消そうとする攻撃者や、量の多いエクスポートを一時停止して戻し忘れたエンジニアなど）。その結果、調査では証拠が必要な期間に限ってログが欠けており、_Default シンクが無効ならプロジェクトにはほとんどのログが残りません。',
      recommendation:
        'シンクを再度有効にするか、不要であれば削除してルーティングの構成を実態に合わせてください。ログ量が問題であれば、無効にするのではなく価値の低い既知のエントリを除外フィルタで絞り込み、シンク構成の変更（methodName "google.logging.v2.ConfigServiceV2.UpdateSink"）にアラートを設定してください。',
      console: [
        'Google Cloud コンソールでシンクを所有するプロジェクト・フォルダ・組織を選択し、[ロギング] > [ログルーター] を開きます。',
        'ステータスが「無効」のシンクのメニュー（⋮）を開き、[シンクを有効にする] を選択します。',
        '宛先に新しいエントリが届くことを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud logging sinks update <sink-name> --no-disabled --project=<project-id>   # or --folder / --organization',
    terraform: [
      'resource "google_logging_project_sink" "example" {',
      '  name        = "<sink-name>"',
      '  project     = var.project_id',
      '  destination = "storage.googleapis.com/<bucket>"',
      '  disabled    = false',
      '}',
    ].join('\n'),
  },
  references: ['https://cloud.google.com/logging/docs/export/configure_export_v2#managing_sinks', 'https://cloud.google.com/logging/docs/reference/v2/rest/v2/sinks'],
  evaluate(sink) {
    const s = sink.config;
    return s.disabled === true
      ? fail({ en: `Sink ${s.name} on ${s.parent} (to ${s.destination}) is disabled.`, ja: `${s.parent} のシンク ${s.name}（宛先 ${s.destination}）が無効になっています。` }, { parent: s.parent, destination: s.destination, disabled: true })
      : pass({ en: `Sink ${s.name} on ${s.parent} routes to ${s.destination}.`, ja: `${s.parent} のシンク ${s.name} は ${s.destination} にルーティングしています。` }, { parent: s.parent, destination: s.destination });
  },
});
