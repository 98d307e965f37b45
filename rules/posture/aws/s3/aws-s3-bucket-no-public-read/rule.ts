import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { exposure } from '../public.js';

const NIST = ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'];

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-no-public-read',
  services: ['s3'],
  title: {
    en: 'S3 buckets do not allow public read access',
    ja: 'S3 バケットがパブリック読み取りを許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [BUCKET_TYPE],
  reads: [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE],
  requires: ['policy', 'acl', 'publicAccessBlock', 'ownershipControls', 'policyStatus'],
  frameworks: {
    fsbp: ['S3.2'],
    'nist-800-53-r5': NIST,
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.6', '7.2.1'],
  },
  doc: {
    en: {
      description:
        'Checks whether anyone on the internet can list or download objects of the bucket, through a bucket policy statement with Principal "*" or an ACL grant to AllUsers/AuthenticatedUsers, after taking bucket- and account-level Block Public Access into account.',
      urgency:
        'Fix immediately unless the bucket is a deliberate public website origin: public buckets are found by automated scanners within hours of exposure, and every object (including ones uploaded later by mistake) is downloadable without credentials.',
      risk: 'Anyone can enumerate and download the data: customer records, backups, build artifacts or configuration files with secrets. Leaked S3 data is one of the most common causes of cloud data breaches, and downloads are billed to you.',
      recommendation:
        'Remove the public grant (the "Principal": "*" Allow statement or the AllUsers/AuthenticatedUsers ACL grant) and turn on all four Block Public Access settings for the bucket. If content must be public, serve it through CloudFront with Origin Access Control so the bucket itself stays private.',
      console: [
        'Open the Amazon S3 console, choose Buckets and select the bucket.',
        'On the Permissions tab, under "Block public access (bucket settings)", choose Edit, select "Block all public access" and save (type "confirm").',
        'Under "Bucket policy", remove statements that Allow "Principal": "*" without a restricting condition.',
        'Under "Object Ownership", choose "ACLs disabled (recommended)" so public ACL grants stop applying.',
      ],
    },
    ja: {
      description:
        'バケットポリシーの Principal "*" への許可、または ACL の AllUsers/AuthenticatedUsers への付与によって、インターネット上の誰でもオブジェクトを一覧・ダウンロードできる状態になっていないかを、バケット単位およびアカウント単位のブロックパブリックアクセスを考慮して確認します。',
      urgency:
        '意図した公開 Web コンテンツ用のバケットでない限り、直ちに対応してください。公開バケットは自動スキャナーによって数時間以内に発見され、後から誤ってアップロードされたものも含めて全オブジェクトが認証なしでダウンロード可能になります。',
      risk: '顧客データ、バックアップ、ビルド成果物、シークレットを含む設定ファイルなどを誰でも一覧・取得できます。S3 からのデータ漏えいはクラウドにおける情報漏えいの典型的な原因であり、ダウンロードの転送料金も利用者側に請求されます。',
      recommendation:
        '公開を許可している設定（"Principal": "*" の Allow ステートメント、または AllUsers/AuthenticatedUsers への ACL 付与）を削除し、バケットのブロックパブリックアクセス 4 項目をすべて有効にしてください。公開が必要なコンテンツは、オリジンアクセスコントロール (OAC) を使った CloudFront 経由で配信し、バケット自体は非公開に保ってください。',
      console: [
        'Amazon S3 コンソールで「バケット」を開き、対象のバケットを選択します。',
        '「アクセス許可」タブの「ブロックパブリックアクセス (バケット設定)」で「編集」を選び、「パブリックアクセスをすべてブロック」を選択して保存します（「確認」と入力）。',
        '「バケットポリシー」から、条件なしで "Principal": "*" を Allow しているステートメントを削除します。',
        '「オブジェクト所有者」で「ACL 無効 (推奨)」を選択し、公開 ACL が効かないようにします。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET_NAME \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naws s3api put-bucket-ownership-controls --bucket BUCKET_NAME \\\n  --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]\n# Then remove the public statement from the policy (or delete it):\naws s3api get-bucket-policy --bucket BUCKET_NAME --query Policy --output text',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true\n    OwnershipControls:\n      Rules:\n        - ObjectOwnership: BucketOwnerEnforced',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/private-content-restricting-access-to-s3.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
  ],
  evaluate(bucket, ctx) {
    const e = exposure(bucket, ctx, 'read');
    if (e.accountUnknown) {
      return notAssessed(
        {
          en: `The bucket grants public read (${e.effective.join('; ')}) and the account-level Block Public Access setting, which would decide whether it applies, could not be read.`,
          ja: `バケットはパブリック読み取りを付与しています（${e.effective.join('; ')}）。これが有効かどうかを決めるアカウント単位のブロックパブリックアクセス設定を取得できませんでした。`,
        },
        { grants: e.effective },
      );
    }
    if (e.effective.length > 0) {
      return fail(
        {
          en: `Anyone on the internet can read this bucket: ${e.effective.join('; ')}.`,
          ja: `インターネット上の誰でもこのバケットを読み取れます: ${e.effective.join('; ')}。`,
        },
        { publicGrants: e.effective, policyIsPublic: bucket.config.policyStatus?.isPublic },
      );
    }
    if (e.neutralised.length > 0) {
      return pass(
        {
          en: `Public read grants exist but Block Public Access neutralises them (${e.neutralised.join('; ')}); remove them anyway.`,
          ja: `パブリック読み取りの付与はありますが、ブロックパブリックアクセスにより無効化されています（${e.neutralised.join('; ')}）。不要な付与は削除してください。`,
        },
        { neutralisedGrants: e.neutralised },
      );
    }
    return pass({ en: 'Neither the bucket policy nor the ACL grants public read access.', ja: 'バケットポリシー・ACL のいずれもパブリック読み取りを許可していません。' });
  },
});
