import { BUCKET_TYPE, type BucketConfig, type PolicyStatement } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { asArray, coversAction, coversResource, statements } from '../policy.js';

/** A Deny for everyone, all S3 actions, when aws:SecureTransport is false. */
function deniesHttp(s: PolicyStatement, bucketArn: string): { ok: boolean; missing?: string } {
  if (s.Effect !== 'Deny') return { ok: false };
  const everyone = s.Principal === '*' || (typeof s.Principal === 'object' && asArray(s.Principal.AWS).includes('*'));
  if (!everyone) return { ok: false };
  const insecure = Object.entries(s.Condition ?? {}).some(
    ([op, block]) =>
      /^Bool(IfExists)?$/.test(op) &&
      Object.entries(block ?? {}).some(([k, v]) => k.toLowerCase() === 'aws:securetransport' && asArray(v as unknown).some((x) => String(x) === 'false')),
  );
  if (!insecure) return { ok: false };
  if (!coversAction(s, 's3:*')) return { ok: false, missing: 'all S3 actions ("s3:*")' };
  if (!coversResource(s, bucketArn)) return { ok: false, missing: `the bucket ARN ${bucketArn}` };
  if (!coversResource(s, `${bucketArn}/*`)) return { ok: false, missing: `the objects ${bucketArn}/*` };
  return { ok: true };
}

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-require-tls',
  services: ['s3'],
  title: {
    en: 'S3 bucket policies deny requests that do not use HTTPS',
    ja: 'S3 バケットポリシーで HTTPS 以外のリクエストを拒否している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [BUCKET_TYPE],
  requires: ['policy'],
  frameworks: {
    'cis-aws-3.0': ['2.1.1'],
    fsbp: ['S3.5'],
    'nist-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
    'pci-dss-3.2.1': ['4.1'],
    'pci-dss-4.0': ['4.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks that the bucket policy has a Deny statement for Principal "*" and action "s3:*" on the bucket and its objects when "aws:SecureTransport" is "false", so S3 refuses plain-HTTP requests.',
      urgency:
        'Plan the fix within weeks: exploiting it needs a network position between the client and S3, but the change is a small, low-risk policy addition.',
      risk: 'Without the deny, clients (old SDKs, scripts, misconfigured tools or endpoints) can read and write data over unencrypted HTTP, exposing object contents and request signatures to anyone who can observe or tamper with the traffic.',
      recommendation:
        'Add a statement to the bucket policy that denies "s3:*" for "Principal": "*" on both the bucket ARN and "<bucket ARN>/*" when "aws:SecureTransport" is "false". Optionally also deny TLS versions below 1.2 with "s3:TlsVersion".',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Permissions tab.',
        'Under "Bucket policy", choose Edit.',
        'Add a Deny statement with "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::BUCKET", "arn:aws:s3:::BUCKET/*"] and the condition {"Bool": {"aws:SecureTransport": "false"}}.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description:
        'バケットポリシーに、"aws:SecureTransport" が "false" のときに Principal "*" の "s3:*" をバケットとオブジェクトの両方に対して拒否する Deny ステートメントがあり、S3 が平文 HTTP のリクエストを拒否するかを確認します。',
      urgency:
        '数週間以内に計画的に対応してください。悪用にはクライアントと S3 の間の通信経路に入り込む必要がありますが、修正はポリシーへの小さく低リスクな追記で済みます。',
      risk: 'この拒否がないと、古い SDK やスクリプト、設定ミスのあるツールやエンドポイントが暗号化されていない HTTP でデータを読み書きでき、通信を傍受・改ざんできる者にオブジェクトの内容やリクエスト署名が露出します。',
      recommendation:
        'バケット ARN と "<バケット ARN>/*" の両方を対象に、"aws:SecureTransport" が "false" の場合に "Principal": "*" の "s3:*" を拒否するステートメントをバケットポリシーに追加してください。必要に応じて "s3:TlsVersion" で TLS 1.2 未満も拒否してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「アクセス許可」タブを開きます。',
        '「バケットポリシー」の「編集」を選択します。',
        '"Principal": "*"、"Action": "s3:*"、"Resource": ["arn:aws:s3:::BUCKET", "arn:aws:s3:::BUCKET/*"]、条件 {"Bool": {"aws:SecureTransport": "false"}} の Deny ステートメントを追加します。',
        '「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: "# Merge this statement into the existing policy first if the bucket already has one.\naws s3api put-bucket-policy --bucket BUCKET_NAME --policy '{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n    \"Sid\": \"DenyInsecureTransport\",\n    \"Effect\": \"Deny\",\n    \"Principal\": \"*\",\n    \"Action\": \"s3:*\",\n    \"Resource\": [\"arn:aws:s3:::BUCKET_NAME\", \"arn:aws:s3:::BUCKET_NAME/*\"],\n    \"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"false\"}}\n  }]\n}'",
    terraform:
      'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    sid     = "DenyInsecureTransport"\n    effect  = "Deny"\n    actions = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.tls_only.json\n}',
    cloudformation:
      "BucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: '*'\n          Action: 's3:*'\n          Resource:\n            - !GetAtt Bucket.Arn\n            - !Sub '${Bucket.Arn}/*'\n          Condition:\n            Bool:\n              aws:SecureTransport: 'false'",
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
  ],
  evaluate(bucket) {
    const arn = bucket.uid;
    if (!bucket.config.policy) {
      return fail({ en: 'The bucket has no bucket policy, so HTTP requests are not denied.', ja: 'バケットポリシーがないため、HTTP リクエストが拒否されていません。' });
    }
    const all = statements(bucket.config.policy);
    const checks = all.map((s) => deniesHttp(s, arn));
    if (checks.some((c) => c.ok)) {
      const s = all[checks.findIndex((c) => c.ok)];
      return pass(
        {
          en: `Statement ${s.Sid ? `"${s.Sid}" ` : ''}denies every S3 request made without HTTPS (aws:SecureTransport=false).`,
          ja: `ステートメント ${s.Sid ? `"${s.Sid}" ` : ''}により、HTTPS を使わない S3 リクエスト (aws:SecureTransport=false) はすべて拒否されます。`,
        },
        { statement: s.Sid },
      );
    }
    const partial = checks.find((c) => c.missing);
    if (partial) {
      return fail(
        {
          en: `A Deny on aws:SecureTransport=false exists but does not cover ${partial.missing}.`,
          ja: `aws:SecureTransport=false の Deny はありますが、${partial.missing} が対象に含まれていません。`,
        },
        { missing: partial.missing },
      );
    }
    return fail({
      en: 'The bucket policy has no Deny statement for requests where aws:SecureTransport is false.',
      ja: 'バケットポリシーに aws:SecureTransport が false のリクエストを拒否する Deny ステートメントがありません。',
    });
  },
});
