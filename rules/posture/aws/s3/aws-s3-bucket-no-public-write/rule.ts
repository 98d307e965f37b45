import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { exposure } from '../public.js';

const NIST = ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'];

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-no-public-write',
  services: ['s3'],
  title: {
    en: 'S3 buckets do not allow public write access',
    ja: 'S3 バケットがパブリック書き込みを許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [BUCKET_TYPE],
  reads: [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE],
  requires: ['policy', 'acl', 'publicAccessBlock', 'ownershipControls'],
  frameworks: {
    fsbp: ['S3.3'],
    'nist-800-53-r5': NIST,
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '7.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks whether anyone on the internet can upload, overwrite or delete objects, or change the bucket policy or ACL, through a bucket policy statement with Principal "*" or an ACL grant (WRITE, WRITE_ACP, FULL_CONTROL) to AllUsers/AuthenticatedUsers, after taking Block Public Access into account.',
      urgency:
        'Fix immediately: there is no legitimate reason for anonymous write access, and it is exploited quickly (malware hosting, ransom notes, tampering with files other systems trust).',
      risk: 'An attacker can replace objects that your applications or pipelines consume (for example a deployment artifact or appspec.yml in a CodePipeline bucket) and get code executed in your environment, host malware or illegal content under your name, delete data, or fill the bucket and run up storage cost.',
      recommendation:
        'Remove every public write grant: Allow statements for "Principal": "*" with s3:Put*/s3:Delete* actions and ACL grants of WRITE, WRITE_ACP or FULL_CONTROL to AllUsers/AuthenticatedUsers. Turn on all four Block Public Access settings and disable ACLs (Object Ownership: bucket owner enforced). Grant write access only to specific IAM roles.',
      console: [
        'Open the Amazon S3 console and select the bucket.',
        'On the Permissions tab, edit "Block public access (bucket settings)" and select "Block all public access".',
        'Edit the bucket policy and delete Allow statements for "Principal": "*" that include write or delete actions.',
        'Under "Object Ownership", choose "ACLs disabled (recommended)".',
        'Review recently modified objects (versioning history or server access logs) for tampering.',
      ],
    },
    ja: {
      description:
        'バケットポリシーの Principal "*" への許可、または ACL での AllUsers/AuthenticatedUsers への WRITE・WRITE_ACP・FULL_CONTROL 付与によって、誰でもオブジェクトのアップロード・上書き・削除やポリシー/ACL の変更ができる状態になっていないかを、ブロックパブリックアクセスを考慮して確認します。',
      urgency:
        '直ちに対応してください。匿名での書き込みを許可する正当な理由はなく、マルウェア配布や身代金要求文の設置、他システムが信頼するファイルの改ざんなどにすぐに悪用されます。',
      risk: '攻撃者はアプリケーションやパイプラインが読み込むオブジェクト（例: CodePipeline アーティファクトバケット内のデプロイ成果物や appspec.yml）を差し替えて環境内でコードを実行させたり、自社名義でマルウェアや違法コンテンツを配布したり、データを削除したり、大量のデータを置いてストレージ費用を増大させたりできます。',
      recommendation:
        '公開書き込みの許可をすべて削除してください（s3:Put*/s3:Delete* を "Principal": "*" に許可するステートメント、AllUsers/AuthenticatedUsers への WRITE・WRITE_ACP・FULL_CONTROL の ACL 付与）。ブロックパブリックアクセス 4 項目を有効にし、ACL を無効化（オブジェクト所有者: バケット所有者の強制）したうえで、書き込みは特定の IAM ロールにのみ許可してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択します。',
        '「アクセス許可」タブで「ブロックパブリックアクセス (バケット設定)」を編集し、「パブリックアクセスをすべてブロック」を選択します。',
        'バケットポリシーを編集し、書き込み・削除アクションを "Principal": "*" に許可するステートメントを削除します。',
        '「オブジェクト所有者」で「ACL 無効 (推奨)」を選択します。',
        'バージョン履歴やサーバーアクセスログで、最近変更されたオブジェクトに改ざんがないか確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET_NAME \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api put-bucket-ownership-controls --bucket BUCKET_NAME \\\n  --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true\n    OwnershipControls:\n      Rules:\n        - ObjectOwnership: BucketOwnerEnforced',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
  ],
  evaluate(bucket, ctx) {
    const e = exposure(bucket, ctx, 'write');
    if (e.accountUnknown) {
      return notAssessed(
        {
          en: `The bucket grants public write (${e.effective.join('; ')}) and the account-level Block Public Access setting, which would decide whether it applies, could not be read.`,
          ja: `バケットはパブリック書き込みを付与しています（${e.effective.join('; ')}）。これが有効かどうかを決めるアカウント単位のブロックパブリックアクセス設定を取得できませんでした。`,
        },
        { grants: e.effective },
      );
    }
    if (e.effective.length > 0) {
      return fail(
        {
          en: `Anyone on the internet can write to this bucket: ${e.effective.join('; ')}.`,
          ja: `インターネット上の誰でもこのバケットに書き込めます: ${e.effective.join('; ')}。`,
        },
        { publicGrants: e.effective },
      );
    }
    if (e.neutralised.length > 0) {
      return pass(
        {
          en: `Public write grants exist but Block Public Access neutralises them (${e.neutralised.join('; ')}); remove them anyway.`,
          ja: `パブリック書き込みの付与はありますが、ブロックパブリックアクセスにより無効化されています（${e.neutralised.join('; ')}）。不要な付与は削除してください。`,
        },
        { neutralisedGrants: e.neutralised },
      );
    }
    return pass({ en: 'Neither the bucket policy nor the ACL grants public write access.', ja: 'バケットポリシー・ACL のいずれもパブリック書き込みを許可していません。' });
  },
});
