/** CIS 3.8 / 3.9 (FSBP S3.22 / S3.23): object-level logging of S3 write / read data events. */
import type { AccountConfig } from '../../../../src/providers/aws/model/account.js';
import { TRAIL_TYPE } from '../../../../src/providers/aws/model/cloudtrail.js';
import { BUCKET_TYPE, type BucketConfig } from '../../../../src/providers/aws/model/s3.js';
import { ACCOUNT_TYPE } from '../../../../src/model/pseudo.js';
import { defineRule, fail, notAssessed, pass, type AutomatedRule } from '../../../../src/model/rule.js';
import { coversBucket, isLoggingMultiRegion, s3DataEventCoverage, trailDataIncomplete, trailsOf, type S3Access } from './trails.js';

const TEXT = {
  write: {
    id: 'aws-cloudtrail-s3-object-write-events-logged',
    cis: '3.8',
    fsbp: 'S3.22',
    en: 'write',
    ja: '書き込み',
    ops: 'PutObject, DeleteObject, CopyObject',
    selectorRw: 'WriteOnly',
    readOnly: 'false',
    risk: {
      en: 'Without write data events, nobody can tell who overwrote or deleted an object: a tampered deployment artifact, a ransomware-style mass delete or a planted file in a bucket that feeds your pipeline leaves no record of the caller, its IP or the credentials used.',
      ja: '書き込みのデータイベントがないと、誰がオブジェクトを上書き・削除したのか分かりません。デプロイ成果物の改ざん、ランサムウェアのような一括削除、パイプラインが読むバケットへの不正ファイル設置などが起きても、呼び出し元・IP・使われた認証情報の記録が残りません。',
    },
  },
  read: {
    id: 'aws-cloudtrail-s3-object-read-events-logged',
    cis: '3.9',
    fsbp: 'S3.23',
    en: 'read',
    ja: '読み取り',
    ops: 'GetObject, HeadObject, SelectObjectContent',
    selectorRw: 'ReadOnly',
    readOnly: 'true',
    risk: {
      en: 'Without read data events, a data leak cannot be scoped: if credentials are stolen you cannot say which objects were downloaded, by whom and when, so you must assume every object in reach was exposed, which drives breach notification and cost.',
      ja: '読み取りのデータイベントがないと、情報漏えいの範囲を特定できません。認証情報が盗まれた場合に、どのオブジェクトが誰にいつダウンロードされたかを示せず、アクセス可能だった全オブジェクトが漏えいしたと見なすしかなくなり、通知対応やコストが膨らみます。',
    },
  },
} as const;

export function s3ObjectLoggingRule(access: S3Access): AutomatedRule<AccountConfig> {
  const t = TEXT[access];
  return defineRule<AccountConfig>({
    id: t.id,
    services: ['cloudtrail', 's3'],
    title: {
      en: `Object-level logging for ${t.en} events is enabled for S3 buckets`,
      ja: `S3 バケットでオブジェクトレベルの${t.ja}イベントのログ記録が有効になっている`,
    },
    severity: 'MEDIUM',
    urgency: 'medium',
    resourceTypes: [ACCOUNT_TYPE],
    reads: [TRAIL_TYPE, BUCKET_TYPE],
    frameworks: {
      'cis-aws-3.0': [t.cis],
      fsbp: [t.fsbp],
      'pci-dss-4.0': ['10.2.1'],
    },
    doc: {
      en: {
        description: `Checks that a multi-Region trail that is logging records S3 ${t.en} data events (${t.ops}) for all buckets, or at least for every bucket of the account found in the scan.`,
        urgency: `Fix within the month, starting with buckets holding sensitive data or deployment artifacts: ${t.en} activity before the change can never be reconstructed.`,
        risk: t.risk.en,
        recommendation: `Add S3 data events with ${t.en} access to a multi-Region trail, for all current and future buckets (basic selector value "arn:aws:s3" or an advanced selector on resources.type = AWS::S3::Object). Data events are billed per event: exclude the trail bucket itself and very high-volume buckets only after a conscious decision.`,
        console: [
          'Open the CloudTrail console, choose Trails and a multi-Region trail, then Edit under Data events.',
          'Choose Data event type: S3 and the log selector template "Log all events" (or a custom template that includes ' + t.en + ' events).',
          'Leave the bucket scope at all current and future S3 buckets and choose Save changes.',
        ],
      },
      ja: {
        description: `ログ記録中のマルチリージョン証跡が、すべてのバケット（少なくともスキャンで見つかったこのアカウントのすべてのバケット）について S3 の${t.ja}データイベント（${t.ops}）を記録しているかを確認します。`,
        urgency: `今月中に、機密データやデプロイ成果物を置くバケットから対応してください。有効化する前の${t.ja}操作は後から再現できません。`,
        risk: t.risk.ja,
        recommendation: `マルチリージョン証跡に、現在および将来のすべてのバケットを対象とする S3 データイベント（${t.ja}）を追加してください（基本セレクターの値 "arn:aws:s3"、または resources.type = AWS::S3::Object の高度なセレクター）。データイベントはイベント数で課金されるため、証跡バケット自体や大量アクセスのバケットを除外する場合は意識的に判断してください。`,
        console: [
          'CloudTrail コンソールで「証跡」からマルチリージョン証跡を選び、「データイベント」の「編集」を選択します。',
          `「データイベントタイプ」で S3 を選び、ログセレクターテンプレートで「すべてのイベントをログに記録」（または${t.ja}イベントを含むカスタムテンプレート）を選択します。`,
          '対象を「現在および将来のすべての S3 バケット」のままにして「変更の保存」を選択します。',
        ],
      },
    },
    remediation: {
      cli: `aws cloudtrail put-event-selectors --trail-name <multi-region-trail> --advanced-event-selectors '[\n  {"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},\n  {"Name":"S3 ${t.en} data events","FieldSelectors":[\n    {"Field":"eventCategory","Equals":["Data"]},\n    {"Field":"resources.type","Equals":["AWS::S3::Object"]},\n    {"Field":"readOnly","Equals":["${t.readOnly}"]}]}]'`,
      terraform: `resource "aws_cloudtrail" "main" {\n  # ... is_multi_region_trail = true\n  advanced_event_selector {\n    name = "Management events"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Management"]\n    }\n  }\n  advanced_event_selector {\n    name = "S3 ${t.en} data events"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::S3::Object"]\n    }\n    field_selector {\n      field  = "readOnly"\n      equals = ["${t.readOnly}"]\n    }\n  }\n}`,
      cloudformation: `Trail:\n  Type: AWS::CloudTrail::Trail\n  Properties:\n    # ... IsMultiRegionTrail: true\n    EventSelectors:\n      - ReadWriteType: ${t.selectorRw}\n        IncludeManagementEvents: false\n        DataResources:\n          - Type: AWS::S3::Object\n            Values: ["arn:aws:s3"]`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
      `https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-${t.fsbp.split('.')[1]}`,
    ],
    evaluate(account, ctx) {
      const trails = trailsOf(ctx, account.account).filter((tr) => isLoggingMultiRegion(tr.config));
      const coverages = trails.map((tr) => ({ trail: tr, c: s3DataEventCoverage(tr.config, access) }));
      const full = coverages.find(({ c }) => c.all && c.excluded.length === 0);
      if (full) {
        return pass(
          { en: `Trail ${full.trail.name} records S3 ${t.en} data events for all buckets.`, ja: `証跡 ${full.trail.name} はすべてのバケットの S3 ${t.ja}データイベントを記録しています。` },
          { trail: full.trail.uid },
        );
      }
      const buckets = ctx.resources<BucketConfig>(BUCKET_TYPE, { account: account.account }).map((b) => b.config.name ?? b.name);
      const uncovered = buckets.filter((b) => !coverages.some(({ c }) => coversBucket(c, b)));
      if (buckets.length > 0 && uncovered.length === 0) {
        return pass(
          { en: `Every bucket of the account (${buckets.length}) is covered by S3 ${t.en} data events of a multi-Region trail.`, ja: `このアカウントのすべてのバケット（${buckets.length} 個）がマルチリージョン証跡の S3 ${t.ja}データイベントの対象です。` },
          { buckets },
        );
      }
      if (trailDataIncomplete(trailsOf(ctx, account.account))) {
        return notAssessed({ en: 'The status or event selectors of some trails could not be collected.', ja: '一部の証跡のステータスまたはイベントセレクターを取得できませんでした。' });
      }
      if (trails.length === 0) {
        return fail({ en: 'No multi-Region trail is logging, so no S3 data events are recorded.', ja: 'ログ記録中のマルチリージョン証跡がないため、S3 データイベントは記録されていません。' });
      }
      const list = uncovered.slice(0, 10).join(', ') + (uncovered.length > 10 ? ', ...' : '');
      return fail(
        uncovered.length
          ? { en: `S3 ${t.en} data events are not recorded for ${uncovered.length} bucket(s): ${list}.`, ja: `${uncovered.length} 個のバケットで S3 ${t.ja}データイベントが記録されていません: ${list}。` }
          : { en: `No multi-Region trail records S3 ${t.en} data events for all buckets.`, ja: `すべてのバケットの S3 ${t.ja}データイベントを記録するマルチリージョン証跡がありません。` },
        { uncoveredBuckets: uncovered, trails: trails.map((tr) => tr.uid) },
      );
    },
  });
}
