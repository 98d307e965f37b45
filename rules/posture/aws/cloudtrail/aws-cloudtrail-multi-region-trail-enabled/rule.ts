import type { AccountConfig } from '../../../../../src/providers/aws/model/account.js';
import { TRAIL_TYPE } from '../../../../../src/providers/aws/model/cloudtrail.js';
import { ACCOUNT_TYPE } from '../../../../../src/model/pseudo.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { capturesAllManagementEvents, trailDataIncomplete, trailsOf } from '../trails.js';

export const rule = defineRule<AccountConfig>({
  id: 'aws-cloudtrail-multi-region-trail-enabled',
  services: ['cloudtrail'],
  title: {
    en: 'CloudTrail is enabled in all Regions with a multi-Region trail that records read and write management events',
    ja: 'すべてのリージョンで CloudTrail が有効（読み取り・書き込みの管理イベントを記録するマルチリージョン証跡がある）',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [ACCOUNT_TYPE],
  reads: [TRAIL_TYPE],
  frameworks: {
    'cis-aws-3.0': ['3.1'],
    fsbp: ['CloudTrail.1'],
    'nist-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'AU-14(1)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)', 'SA-8(22)'],
  },
  doc: {
    en: {
      description:
        'Checks that the account owns at least one CloudTrail trail that is multi-Region, is currently logging, and records all management events (read and write) without excluding any event source.',
      urgency:
        'Fix this week: without such a trail, API activity in unused Regions and read-only reconnaissance is not recorded, so any incident that happens meanwhile cannot be investigated afterwards.',
      risk:
        'An attacker with stolen keys can start instances in a Region you never use, enumerate IAM and S3 with read calls, or disable security services, and there is no durable record of who did it, from where, or when. The 90-day CloudTrail event history is per Region, cannot be centralised and is easy to miss.',
      recommendation:
        'Create (or convert an existing trail into) a multi-Region trail that records management events with Read/Write = All, and make sure it is logging. In AWS Organizations, an organization trail in the management or delegated administrator account covers member accounts centrally; mamori evaluates each account for its own trail.',
      console: [
        'Open the CloudTrail console and choose Trails > Create trail (or select an existing trail and choose Edit).',
        'Keep "Enable for all accounts in my organization" if you manage the organization; the trail is multi-Region by default.',
        'Under Management events, select both Read and Write and leave "Exclude AWS KMS events" and "Exclude Amazon RDS Data API events" cleared.',
        'Save, then confirm the trail status shows "Logging".',
      ],
    },
    ja: {
      description:
        'アカウントが所有する CloudTrail 証跡のうち、マルチリージョンで、現在ログ記録中であり、すべての管理イベント（読み取りと書き込み）をイベントソースの除外なしで記録するものが少なくとも 1 つあるかを確認します。',
      urgency:
        '今週中に対応してください。このような証跡がないと、使っていないリージョンでの操作や読み取り系の偵察行為が記録されず、その間に起きたインシデントを後から調査できません。',
      risk:
        '盗まれたアクセスキーで、普段使わないリージョンにインスタンスを起動したり、読み取り API で IAM や S3 を列挙したり、セキュリティサービスを停止したりしても、誰がどこからいつ行ったかの永続的な記録が残りません。CloudTrail のイベント履歴（90 日間）はリージョンごとで一元化できず、見落としやすいものです。',
      recommendation:
        '管理イベントを「読み取り/書き込み = すべて」で記録するマルチリージョン証跡を作成（または既存の証跡を変更）し、ログ記録中であることを確認してください。AWS Organizations では管理アカウントまたは委任管理者アカウントの組織証跡でメンバーアカウントを一元的にカバーできますが、mamori は各アカウントが所有する証跡で評価します。',
      console: [
        'CloudTrail コンソールで「証跡」>「証跡の作成」を選択します（既存の証跡の場合は選択して「編集」）。',
        '組織を管理している場合は「組織内のすべてのアカウントについて有効化」をオンにします。証跡は既定でマルチリージョンです。',
        '「管理イベント」で「読み取り」と「書き込み」の両方を選択し、「AWS KMS イベントを除外」「Amazon RDS Data API イベントを除外」はオフのままにします。',
        '保存後、証跡のステータスが「ログ記録中」になっていることを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      'aws cloudtrail create-trail --name management-events --s3-bucket-name <trail-bucket> \\',
      '  --is-multi-region-trail --include-global-service-events --enable-log-file-validation --kms-key-id <kms-key-arn>',
      'aws cloudtrail put-event-selectors --trail-name management-events \\',
      '  --event-selectors \'[{"ReadWriteType":"All","IncludeManagementEvents":true}]\'',
      'aws cloudtrail start-logging --name management-events',
    ].join('\n'),
    terraform: [
      'resource "aws_cloudtrail" "management" {',
      '  name                          = "management-events"',
      '  s3_bucket_name                = aws_s3_bucket.trail.id',
      '  is_multi_region_trail         = true',
      '  include_global_service_events = true',
      '  enable_log_file_validation    = true',
      '  kms_key_id                    = aws_kms_key.trail.arn',
      '  enable_logging                = true',
      '',
      '  event_selector {',
      '    read_write_type           = "All"',
      '    include_management_events = true',
      '  }',
      '}',
    ].join('\n'),
    cloudformation: [
      'ManagementTrail:',
      '  Type: AWS::CloudTrail::Trail',
      '  Properties:',
      '    TrailName: management-events',
      '    S3BucketName: !Ref TrailBucket',
      '    IsLogging: true',
      '    IsMultiRegionTrail: true',
      '    IncludeGlobalServiceEvents: true',
      '    EnableLogFileValidation: true',
      '    KMSKeyId: !GetAtt TrailKey.Arn',
      '    EventSelectors:',
      '      - ReadWriteType: All',
      '        IncludeManagementEvents: true',
    ].join('\n'),
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
  ],
  evaluate(account, ctx) {
    const trails = trailsOf(ctx, account.account);
    const good = trails.find(
      (t) => t.config.isMultiRegionTrail && t.config.status?.isLogging === true && capturesAllManagementEvents(t.config) === true,
    );
    if (good) {
      return pass(
        { en: `Trail ${good.name} is multi-Region, logging, and records all read and write management events.`, ja: `証跡 ${good.name} はマルチリージョンでログ記録中であり、読み取り・書き込みのすべての管理イベントを記録しています。` },
        { trail: good.uid },
      );
    }
    if (trailDataIncomplete(trails)) {
      return notAssessed({ en: 'The status or event selectors of some trails could not be collected.', ja: '一部の証跡のステータスまたはイベントセレクターを取得できませんでした。' });
    }
    if (trails.length === 0) {
      return fail({ en: 'The account owns no CloudTrail trail.', ja: 'このアカウントは CloudTrail 証跡を所有していません。' });
    }
    const problems = trails.map((t) => {
      const why: string[] = [];
      if (!t.config.isMultiRegionTrail) why.push('single-Region');
      if (t.config.status?.isLogging !== true) why.push('not logging');
      if (capturesAllManagementEvents(t.config) !== true) why.push('does not record all read+write management events');
      return `${t.name} (${t.region}): ${why.join(', ')}`;
    });
    return fail(
      {
        en: `No trail is multi-Region, logging and recording all management events: ${problems.join('; ')}.`,
        ja: `マルチリージョン・ログ記録中・全管理イベント記録の条件をすべて満たす証跡がありません: ${problems.join('; ')}。`,
      },
      { trails: trails.map((t) => t.uid) },
    );
  },
});
