import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { durationSeconds } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, gcpUid, type BucketConfig, type LogSinkConfig } from '../../../../../src/providers/gcp/model.js';

const STORAGE_PREFIX = 'storage.googleapis.com/';

export const rule = defineRule<LogSinkConfig>({
  id: 'gcp-logging-sink-bucket-retention-locked',
  services: ['logging', 'storage'],
  title: {
    en: 'Cloud Storage buckets that receive exported logs have a locked retention policy',
    ja: 'ログのエクスポート先の Cloud Storage バケットで保持ポリシーがロックされている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.logSink],
  requires: ['destination', 'name'],
  reads: [GCP_TYPES.bucket],
  // Sinks often export to a bucket in a central logging project.
  readsAcrossScopes: [GCP_TYPES.bucket],
  frameworks: {
    'cis-gcp-5.0': ['2.4'],
    'nist-800-53-r5': ['AU-9', 'AU-11'],
    'pci-dss-4.0': ['10.3.2', '10.5.1'],
  },
  doc: {
    en: {
      description:
        'For each log sink whose destination is a Cloud Storage bucket, checks that the bucket has a retention policy (a retention period greater than zero) and that the policy is locked with Bucket Lock. Sinks writing to BigQuery, Pub/Sub or log buckets are not applicable.',
      urgency:
        'Fix within the month: until the policy is locked, anyone with storage admin rights on the bucket can shorten or remove the retention and delete the exported logs.',
      risk:
        'An intruder or a malicious insider covering their tracks deletes the exported log objects, or first removes the retention policy and then deletes them. A locked retention policy cannot be reduced or removed, even by project owners, so the logs remain available for the investigation.',
      recommendation:
        'Set a retention period on the log bucket that matches your investigation and regulatory needs (for example 365 days or more), verify it, then lock it. Locking is irreversible: the bucket cannot be deleted until every object has reached the retention period, so agree the period with the owners of the logging project first.',
      console: [
        'In the Google Cloud console open Cloud Storage > Buckets and select the bucket named in the sink destination.',
        'Open the "Protection" tab and, under "Bucket retention policy", click "Set retention policy" (or edit it) and enter the retention period.',
        'Click "Lock" next to the retention policy, confirm the bucket name and click "Lock policy".',
      ],
    },
    ja: {
      description:
        '宛先が Cloud Storage バケットのログシンクごとに、そのバケットに保持ポリシー（0 より大きい保持期間）があり、バケットロックでロックされていることを確認します。BigQuery・Pub/Sub・ログバケットに書き込むシンクは対象外です。',
      urgency:
        '1 か月以内に修正してください。ロックされるまでは、バケットのストレージ管理権限を持つ人なら誰でも保持期間を短くしたり削除したりして、エクスポートされたログを消すことができます。',
      risk:
        '痕跡を消そうとする侵入者や悪意のある内部者は、エクスポートされたログのオブジェクトを削除するか、まず保持ポリシーを外してから削除します。ロックされた保持ポリシーはプロジェクトのオーナーでも短縮や削除ができないため、調査に必要なログが残ります。',
      recommendation:
        '調査や規制の要件に合った保持期間（例: 365 日以上）をログ用バケットに設定して確認したうえで、ロックしてください。ロックは元に戻せず、すべてのオブジェクトが保持期間に達するまでバケットを削除できなくなるため、事前にロギング プロジェクトのオーナーと期間を合意してください。',
      console: [
        'Google Cloud コンソールで [Cloud Storage] > [バケット] を開き、シンクの宛先に指定されているバケットを選択します。',
        '[保護] タブの「バケットの保持ポリシー」で [保持ポリシーを設定]（または編集）をクリックし、保持期間を入力します。',
        '保持ポリシーの横にある [ロック] をクリックし、バケット名を入力して [ポリシーをロック] をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'BUCKET=<log-export-bucket>',
      'gcloud storage buckets update "gs://$BUCKET" --retention-period=365d',
      '# Irreversible: review the period first.',
      'gcloud storage buckets update "gs://$BUCKET" --lock-retention-period',
    ].join('\n'),
    terraform: [
      'resource "google_storage_bucket" "log_export" {',
      '  name                        = "<log-export-bucket>"',
      '  location                    = "US"',
      '  uniform_bucket_level_access = true',
      '',
      '  retention_policy {',
      '    retention_period = 31536000 # 365 days, in seconds',
      '    is_locked        = true     # irreversible',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/storage/docs/bucket-lock',
    'https://cloud.google.com/storage/docs/using-bucket-lock',
    'https://cloud.google.com/logging/docs/export/configure_export_v2',
  ],
  evaluate(sink, ctx) {
    const destination = sink.config.destination;
    if (!destination.startsWith(STORAGE_PREFIX)) {
      return notApplicable({ en: `Sink ${sink.config.name} writes to ${destination}, not to Cloud Storage.`, ja: `シンク ${sink.config.name} の宛先は Cloud Storage ではなく ${destination} です。` });
    }
    const name = destination.slice(STORAGE_PREFIX.length).split('/')[0]!;
    const bucket = ctx.byUid<BucketConfig>(gcpUid.bucket(name));
    if (!bucket || bucket.type !== GCP_TYPES.bucket) {
      return notAssessed(
        {
          en: `Bucket ${name}, the destination of sink ${sink.config.name}, is not in the scanned data (it may belong to a project that was not scanned).`,
          ja: `シンク ${sink.config.name} の宛先であるバケット ${name} はスキャン結果に含まれていません（スキャン対象外のプロジェクトにある可能性があります）。`,
        },
        { bucket: name },
      );
    }
    const policy = bucket.config.retentionPolicy;
    const seconds = durationSeconds(policy?.retentionPeriod) ?? Number(policy?.retentionPeriod ?? 0);
    const days = Math.floor(seconds / 86_400);
    const evidence = { sink: sink.uid, bucket: bucket.uid, retentionPolicy: policy ?? null };
    if (!policy || !(seconds > 0)) {
      return fail({ en: `Bucket ${name} receiving logs from sink ${sink.config.name} has no retention policy.`, ja: `シンク ${sink.config.name} のログを受け取るバケット ${name} に保持ポリシーがありません。` }, evidence);
    }
    if (policy.isLocked !== true) {
      return fail(
        {
          en: `Bucket ${name} receiving logs from sink ${sink.config.name} has a ${days}-day retention policy that is not locked.`,
          ja: `シンク ${sink.config.name} のログを受け取るバケット ${name} の保持ポリシー（${days} 日）がロックされていません。`,
        },
        evidence,
      );
    }
    return pass(
      { en: `Bucket ${name} receiving logs from sink ${sink.config.name} has a locked ${days}-day retention policy.`, ja: `シンク ${sink.config.name} のログを受け取るバケット ${name} の保持ポリシー（${days} 日）はロックされています。` },
      evidence,
    );
  },
});
