import { monitoringRule, type MonitoringSpec } from '../monitoring.js';

export const spec: MonitoringSpec = {
  id: 'aws-cloudwatch-monitor-s3-bucket-policy-changes',
  cis: '4.8',
  fsbp: 'CloudWatch.8',
  subject: { en: 'S3 bucket policy changes', ja: 'S3 バケットポリシーの変更' },
  pattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  terms: [
    '$.eventSource = s3.amazonaws.com',
    '$.eventName = PutBucketAcl',
    '$.eventName = PutBucketPolicy',
    '$.eventName = PutBucketCors',
    '$.eventName = PutBucketLifecycle',
    '$.eventName = PutBucketReplication',
    '$.eventName = DeleteBucketPolicy',
    '$.eventName = DeleteBucketCors',
    '$.eventName = DeleteBucketLifecycle',
    '$.eventName = DeleteBucketReplication',
  ],
  metricName: 'S3BucketPolicyChanges',
  urgency: 'medium',
  why: {
    en: 'Set up within the month: a policy or ACL that opens a bucket to the internet can be exploited by automated scanners within hours.',
    ja: '今月中に設定してください。バケットをインターネットに公開するポリシーや ACL は、自動スキャナーによって数時間以内に悪用され得ます。',
  },
  risk: {
    en: 'A bucket policy or ACL change grants public or cross-account access, or a replication rule copies every new object to an attacker-owned bucket. These changes are silent: data leaves without any failed request to notice.',
    ja: 'バケットポリシーや ACL の変更で公開アクセスや他アカウントからのアクセスが許可されたり、レプリケーションルールで新しいオブジェクトがすべて攻撃者のバケットにコピーされたりします。これらの変更は静かに行われ、失敗したリクエストもないままデータが流出します。',
  },
};

export const rule = monitoringRule(spec);
