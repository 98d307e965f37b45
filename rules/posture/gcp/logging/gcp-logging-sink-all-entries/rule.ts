import { defineRule, fail, notAssessed, pass, type EvaluationContext } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type LogSinkConfig, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';

/** Why a sink does not export every entry of the project, or undefined when it does. */
function shortfall(sink: LogSinkConfig, ownProject: boolean): { en: string; ja: string } | undefined {
  if (sink.disabled) return { en: 'is disabled', ja: 'は無効になっています' };
  if (!ownProject && !sink.includeChildren) return { en: 'does not include child resources (includeChildren is false)', ja: 'は子リソースを含みません（includeChildren が false）' };
  if (sink.filter?.trim()) return { en: `has the filter ${sink.filter.trim()}`, ja: `にはフィルタ ${sink.filter.trim()} が設定されています` };
  const exclusions = (sink.exclusions ?? []).filter((e) => !e.disabled);
  if (exclusions.length) return { en: `has active exclusions (${exclusions.map((e) => e.name).join(', ')})`, ja: `には有効な除外フィルタがあります（${exclusions.map((e) => e.name).join('、')}）` };
  return undefined;
}

const nodeUid = (node: string) => (node.startsWith('organizations/') ? gcpUid.organization(node.slice(14)) : gcpUid.folder(node.slice(8)));

/** Sinks of a project (`<projectId>`), folder (`folders/1`) or organisation (`organizations/1`). */
const sinksOf = (ctx: EvaluationContext, scope: string): Resource<LogSinkConfig>[] => ctx.resources<LogSinkConfig>(GCP_TYPES.logSink, { account: scope });

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-logging-sink-all-entries',
  services: ['logging'],
  title: {
    en: 'A log sink exports all log entries of the project',
    ja: 'プロジェクトのすべてのログエントリをエクスポートするログシンクがある',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['ancestors', 'projectId'],
  reads: [GCP_TYPES.logSink],
  frameworks: {
    'cis-gcp-5.0': ['2.3'],
    'nist-800-53-r5': ['AU-4(1)', 'AU-6(4)', 'AU-9(2)', 'AU-11'],
    'pci-dss-4.0': ['10.3.3', '10.5.1'],
  },
  doc: {
    en: {
      description:
        'Checks that every log entry of the project is exported by an enabled sink with an empty filter and no active exclusions: either a sink of the project itself, or an aggregated sink (includeChildren) on one of its folders or its organisation.',
      urgency:
        'Fix within the month: logs kept only in the project\'s own _Default bucket expire (30 days by default) and can be deleted or hidden by anyone who controls the project.',
      risk:
        'Without an export of all entries, logs exist only inside the project that produced them: an attacker with owner rights can change the buckets, sinks and exclusions that keep them, and entries older than the bucket retention are gone when a breach is discovered months later. The security team also has no central copy to search across projects or feed a SIEM.',
      recommendation:
        'Create one aggregated sink with an empty filter on the organisation (or the top folder) with "include children", writing to a central log bucket, BigQuery dataset or Cloud Storage bucket in a dedicated logging project that product teams cannot modify. Grant the sink\'s writer identity access to the destination. If a project-level sink is used instead, leave its filter empty and do not add exclusions.',
      console: [
        'In the Google Cloud console select the organisation (recommended), a folder or the project and open Logging > Log Router.',
        'Click "Create sink", enter a name and choose the sink service and destination (for example a Cloud Storage bucket or log bucket in the central logging project).',
        'Leave "Choose logs to include in sink" empty so all entries are exported; at organisation or folder level also select "Include logs ingested by this organization and all child resources".',
        'Do not add exclusion filters, then click "Create sink".',
        'Grant the writer identity shown for the sink write access on the destination (for Cloud Storage: roles/storage.objectCreator).',
      ],
    },
    ja: {
      description:
        'プロジェクトのすべてのログエントリが、フィルタが空で有効な除外フィルタのない有効なシンクでエクスポートされていることを確認します。対象はプロジェクト自身のシンク、またはフォルダか組織の集約シンク（includeChildren）です。',
      urgency:
        '1 か月以内に修正してください。プロジェクトの _Default バケットにしかないログは期限が来ると消え（既定は 30 日）、プロジェクトを操作できる人なら誰でも削除や隠蔽ができます。',
      risk:
        'すべてのエントリをエクスポートしていないと、ログはそれを生成したプロジェクトの中にしか存在しません。オーナー権限を持つ攻撃者はログを保持するバケット・シンク・除外フィルタを変更でき、侵害が数か月後に発覚したときにはバケットの保持期間を過ぎたエントリは消えています。セキュリティチームもプロジェクト横断で検索したり SIEM に取り込んだりするための集中コピーを持てません。',
      recommendation:
        '組織（または最上位のフォルダ）に、フィルタが空で「子リソースを含める」を有効にした集約シンクを 1 つ作成し、プロダクトチームが変更できない専用のロギング プロジェクトにある中央のログバケット、BigQuery データセット、Cloud Storage バケットのいずれかに書き込んでください。シンクの書き込み ID に宛先へのアクセス権を付与してください。プロジェクト単位のシンクを使う場合は、フィルタを空のままにし、除外フィルタを追加しないでください。',
      console: [
        'Google Cloud コンソールで組織（推奨）、フォルダ、またはプロジェクトを選択し、[ロギング] > [ログルーター] を開きます。',
        '[シンクを作成] をクリックして名前を入力し、シンクサービスと宛先（例: 中央ロギング プロジェクトの Cloud Storage バケットやログバケット）を選択します。',
        '[シンクに含めるログの選択] は空のままにしてすべてのエントリをエクスポートします。組織やフォルダで作成する場合は「この組織とすべての子リソースによって取り込まれたログを含める」も選択します。',
        '除外フィルタは追加せずに [シンクを作成] をクリックします。',
        'シンクに表示される書き込み ID に、宛先への書き込み権限（Cloud Storage の場合は roles/storage.objectCreator）を付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Organisation-wide aggregated sink (recommended) to a central bucket:',
      'gcloud logging sinks create all-entries storage.googleapis.com/<central-log-bucket> \\',
      '  --organization=<organization-id> --include-children',
      '# or for one project:',
      '# gcloud logging sinks create all-entries storage.googleapis.com/<central-log-bucket> --project=<project-id>',
      '# Then let the sink write to the destination:',
      'WRITER=$(gcloud logging sinks describe all-entries --organization=<organization-id> --format="value(writerIdentity)")',
      'gcloud storage buckets add-iam-policy-binding gs://<central-log-bucket> --member="$WRITER" --role=roles/storage.objectCreator',
    ].join('\n'),
    terraform: [
      'resource "google_logging_organization_sink" "all_entries" {',
      '  name             = "all-entries"',
      '  org_id           = var.org_id',
      '  destination      = "storage.googleapis.com/${google_storage_bucket.central_logs.name}"',
      '  include_children = true',
      '  # No filter and no exclusions: every entry is exported.',
      '}',
      '',
      'resource "google_storage_bucket_iam_member" "all_entries_writer" {',
      '  bucket = google_storage_bucket.central_logs.name',
      '  role   = "roles/storage.objectCreator"',
      '  member = google_logging_organization_sink.all_entries.writer_identity',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/logging/docs/export/configure_export_v2',
    'https://cloud.google.com/logging/docs/export/aggregated_sinks',
    'https://cloud.google.com/logging/docs/routing/overview',
  ],
  evaluate(project, ctx) {
    const projectId = project.config.projectId;
    const ancestors = project.config.ancestors ?? [];
    const candidates: { sink: Resource<LogSinkConfig>; own: boolean }[] = [
      ...sinksOf(ctx, projectId).map((sink) => ({ sink, own: true })),
      ...ancestors.flatMap((node) => sinksOf(ctx, node).map((sink) => ({ sink, own: false }))),
    ];
    const exporting = candidates.find((c) => !shortfall(c.sink.config, c.own));
    if (exporting) {
      const s = exporting.sink.config;
      return pass(
        {
          en: `Sink ${s.name} on ${s.parent} exports all log entries of ${projectId} to ${s.destination}.`,
          ja: `${s.parent} のシンク ${s.name} が ${projectId} のすべてのログエントリを ${s.destination} にエクスポートしています。`,
        },
        { sink: exporting.sink.uid, parent: s.parent, destination: s.destination },
      );
    }
    const checked = candidates.map((c) => ({ sink: c.sink.uid, why: shortfall(c.sink.config, c.own)!.en }));
    // Folder and organisation sinks can only be seen when those nodes were part of the scan.
    const unseen = ancestors.filter((node) => !ctx.byUid(nodeUid(node)));
    if (unseen.length > 0) {
      return notAssessed(
        {
          en: `No sink of project ${projectId} exports all entries, and ${unseen.join(', ')} were not scanned, so an aggregated sink there cannot be ruled out.`,
          ja: `プロジェクト ${projectId} のシンクにはすべてのエントリをエクスポートするものがなく、${unseen.join('、')} はスキャン対象外のため、そこに集約シンクがある可能性を否定できません。`,
        },
        { unscannedAncestors: unseen, sinksChecked: checked },
      );
    }
    const detail = candidates.map((c) => ({ en: `${c.sink.config.name} (${c.sink.config.parent}) ${shortfall(c.sink.config, c.own)!.en}`, ja: `シンク ${c.sink.config.name}（${c.sink.config.parent}）${shortfall(c.sink.config, c.own)!.ja}` }));
    return fail(
      {
        en: `No enabled sink with an empty filter exports all log entries of ${projectId}${detail.length ? `: ${detail.map((d) => d.en).join('; ')}` : ' (no sinks on the project or its ancestors)'}.`,
        ja: `${projectId} のすべてのログエントリをエクスポートする、フィルタが空の有効なシンクがありません。${detail.length ? `${detail.map((d) => `${d.ja}。`).join('')}` : 'プロジェクトにも上位の階層にもシンクがありません。'}`,
      },
      { sinksChecked: checked },
    );
  },
});
