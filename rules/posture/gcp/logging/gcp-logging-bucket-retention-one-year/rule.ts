import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type LogBucketConfig } from '../../../../../src/providers/gcp/model.js';

const MIN_DAYS = 365;
/** Retention when the field is absent: _Required is fixed at 400 days, every other bucket defaults to 30. */
const defaultDays = (bucketId: string) => (bucketId === '_Required' ? 400 : 30);

export const rule = defineRule<LogBucketConfig>({
  id: 'gcp-logging-bucket-retention-one-year',
  services: ['logging'],
  title: {
    en: 'Log buckets keep log entries for at least one year',
    ja: 'ログバケットがログエントリを 1 年以上保持している',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.logBucket],
  requires: ['lifecycleState', 'name', 'retentionDays'],
  frameworks: {
    'nist-800-53-r5': ['AU-11', 'SI-12'],
    'pci-dss-4.0': ['10.5.1'],
  },
  doc: {
    en: {
      description: `Checks that each Cloud Logging bucket (including the _Default bucket every project has) retains entries for at least ${MIN_DAYS} days. The _Default bucket keeps entries for only 30 days unless changed; _Required is fixed at 400 days and always passes.`,
      urgency:
        'Plan the change: nothing is exposed today, but every day below the target permanently deletes entries older than the setting, and intrusions are typically discovered months after they begin.',
      risk:
        'Data Access, application and platform logs land in the _Default bucket. When a compromise is discovered after 90 or 200 days, 30 days of logs no longer show how the attacker got in, which identities they used or which data they read, and audit or regulatory retention requirements (one year for PCI DSS) are not met.',
      recommendation: `Set the retention of the _Default bucket and of user-defined log buckets to at least ${MIN_DAYS} days (longer if your investigation window or regulations require it). Retention beyond 30 days is billed per GiB-month; if that is too costly for some buckets, export all entries to cheaper central storage with a locked retention policy (CIS 2.3 and 2.4) and document the decision.`,
      console: [
        'In the Google Cloud console select the project and open Logging > Logs Storage.',
        'Open the menu (⋮) of the log bucket (for example _Default) and choose "Edit bucket".',
        `Set "Retention period" to ${MIN_DAYS} days or more and click "Update bucket".`,
      ],
    },
    ja: {
      description: `各 Cloud Logging バケット（すべてのプロジェクトにある _Default バケットを含む）がエントリを ${MIN_DAYS} 日以上保持しているかを確認します。_Default バケットは変更しない限り 30 日しか保持しません。_Required は 400 日に固定されており、常に合格です。`,
      urgency:
        '計画的に変更してください。今すぐ何かが露出するわけではありませんが、目標に満たない間は設定より古いエントリが毎日完全に削除され、侵入は発生から数か月後に発覚するのが一般的です。',
      risk:
        'データアクセスログ、アプリケーションログ、プラットフォームのログは _Default バケットに保存されます。侵害が 90 日後や 200 日後に発覚した場合、30 日分のログでは攻撃者の侵入経路、使われた ID、読み取られたデータが分からず、監査や規制上の保存要件（PCI DSS では 1 年）も満たせません。',
      recommendation: `_Default バケットとユーザー定義のログバケットの保持期間を ${MIN_DAYS} 日以上（調査期間や規制上必要であればそれ以上）に設定してください。30 日を超える保持には GiB・月単位の料金がかかるため、費用が見合わないバケットについては、すべてのエントリを保持ポリシーをロックした安価な中央ストレージへエクスポートし（CIS 2.3・2.4）、その判断を文書化してください。`,
      console: [
        'Google Cloud コンソールで対象のプロジェクトを選択し、[ロギング] > [ログストレージ] を開きます。',
        'ログバケット（例: _Default）のメニュー（⋮）を開き、[バケットを編集] を選択します。',
        `[保持期間] を ${MIN_DAYS} 日以上に設定し、[バケットを更新] をクリックします。`,
      ],
    },
  },
  remediation: {
    cli: `gcloud logging buckets update _Default --location=global --retention-days=${MIN_DAYS} --project=<project-id>`,
    terraform: [
      'resource "google_logging_project_bucket_config" "default" {',
      '  project        = var.project_id',
      '  location       = "global"',
      '  bucket_id      = "_Default"',
      `  retention_days = ${MIN_DAYS}`,
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/logging/docs/buckets',
    'https://cloud.google.com/logging/docs/routing/overview#buckets',
    'https://cloud.google.com/logging/quotas#logs_retention_periods',
  ],
  evaluate(bucket) {
    const bucketId = bucket.config.name.split('/').pop() ?? bucket.config.name;
    if (bucket.config.lifecycleState === 'DELETE_REQUESTED') {
      return notApplicable({ en: `Log bucket ${bucketId} is pending deletion.`, ja: `ログバケット ${bucketId} は削除待ちです。` });
    }
    const days = bucket.config.retentionDays ?? defaultDays(bucketId);
    const evidence = { bucket: bucket.config.name, retentionDays: days, retentionDaysSet: bucket.config.retentionDays !== undefined };
    return days >= MIN_DAYS
      ? pass({ en: `Log bucket ${bucketId} keeps entries for ${days} days.`, ja: `ログバケット ${bucketId} はエントリを ${days} 日間保持します。` }, evidence)
      : fail(
          { en: `Log bucket ${bucketId} keeps entries for only ${days} days (minimum ${MIN_DAYS}).`, ja: `ログバケット ${bucketId} の保持期間は ${days} 日しかありません（最低 ${MIN_DAYS} 日）。` },
          evidence,
        );
  },
});
