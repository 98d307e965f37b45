import { ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE, BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { accountBlock, offSettings } from '../public.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-public-access-block',
  services: ['s3'],
  title: {
    en: "S3 buckets are configured with 'Block public access (bucket settings)'",
    ja: 'S3 バケットで「ブロックパブリックアクセス (バケット設定)」が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [BUCKET_TYPE],
  reads: [ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE],
  requires: ['publicAccessBlock'],
  frameworks: {
    'cis-aws-3.0': ['2.1.4'],
    fsbp: ['S3.8'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    'pci-dss-4.0': ['1.4.4'],
  },
  doc: {
    en: {
      description:
        'Checks that all four bucket-level Block Public Access settings (BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets) are on, so neither an ACL nor a bucket policy can make the bucket public.',
      urgency:
        'Fix within days: without it, one careless policy or ACL change (a console click, a Terraform typo) exposes the bucket to the internet with nothing to stop it.',
      risk: 'A bucket without Block Public Access relies entirely on every future policy and ACL edit being correct. A single "Principal": "*" statement or public-read ACL then publishes the data to anyone, which is how most S3 data leaks happen.',
      recommendation:
        'Turn on all four Block Public Access settings on the bucket. For content that must be public, keep the bucket private and serve it through CloudFront with Origin Access Control. Also turn on account-level Block Public Access so new buckets are covered.',
      console: [
        'Open the Amazon S3 console and select the bucket.',
        'On the Permissions tab, under "Block public access (bucket settings)", choose Edit.',
        'Select "Block all public access" and choose "Save changes", then type "confirm".',
      ],
    },
    ja: {
      description:
        'バケット単位のブロックパブリックアクセス 4 項目（BlockPublicAcls、IgnorePublicAcls、BlockPublicPolicy、RestrictPublicBuckets）がすべて有効で、ACL やバケットポリシーによってバケットが公開されない状態かを確認します。',
      urgency:
        '数日以内に対応してください。この設定がないと、コンソールでの誤操作や Terraform の記述ミスといった一度のポリシー・ACL 変更で、何の歯止めもなくバケットがインターネットに公開されます。',
      risk: 'ブロックパブリックアクセスのないバケットは、今後のポリシーや ACL の変更がすべて正しいことに依存します。"Principal": "*" のステートメントや public-read の ACL が一つ入るだけでデータが誰にでも公開され、S3 の情報漏えいの多くはこの形で起きています。',
      recommendation:
        'バケットのブロックパブリックアクセス 4 項目をすべて有効にしてください。公開が必要なコンテンツはバケットを非公開のまま、オリジンアクセスコントロール (OAC) を使った CloudFront 経由で配信してください。新しいバケットも保護されるよう、アカウント単位のブロックパブリックアクセスも有効にしてください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択します。',
        '「アクセス許可」タブの「ブロックパブリックアクセス (バケット設定)」で「編集」を選択します。',
        '「パブリックアクセスをすべてブロック」を選択して「変更の保存」を選び、「確認」と入力します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-public-access-block --bucket BUCKET_NAME \\\n  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    cloudformation:
      'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    PublicAccessBlockConfiguration:\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
  ],
  evaluate(bucket, ctx) {
    const off = offSettings(bucket.config.publicAccessBlock);
    if (off.length === 0) return pass({ en: 'All four bucket-level Block Public Access settings are on.', ja: 'バケット単位のブロックパブリックアクセス 4 項目はすべて有効です。' });
    const acct = accountBlock(bucket, ctx);
    const covered = !acct.unknown && offSettings(acct.pab).length === 0;
    const none = bucket.config.publicAccessBlock === null;
    return fail(
      {
        en: `${none ? 'The bucket has no Block Public Access configuration' : `Bucket-level Block Public Access is off for ${off.join(', ')}`}${covered ? ' (the account-level setting currently blocks public access, but the bucket relies on it alone)' : ''}.`,
        ja: `${none ? 'バケットにブロックパブリックアクセスの設定がありません' : `バケット単位のブロックパブリックアクセスで ${off.join('、')} が無効です`}${covered ? '（現在はアカウント単位の設定で公開がブロックされていますが、その設定だけに依存しています）' : ''}。`,
      },
      { disabled: off, accountLevelBlocksAll: covered },
    );
  },
});
