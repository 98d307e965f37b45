import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-acls-disabled',
  services: ['s3'],
  title: {
    en: 'S3 buckets do not use ACLs to manage access (Object Ownership: bucket owner enforced)',
    ja: 'S3 バケットでアクセス管理に ACL を使っていない（オブジェクト所有者: バケット所有者の強制）',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [BUCKET_TYPE],
  requires: ['ownershipControls', 'acl'],
  frameworks: {
    fsbp: ['S3.12'],
    'nist-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'],
  },
  doc: {
    en: {
      description:
        'Checks that ACLs are disabled on the bucket (Object Ownership set to "BucketOwnerEnforced"), so access is controlled only by IAM and bucket policies and the bucket owner owns every object.',
      urgency:
        'Fix within weeks: it closes a legacy access path that is easy to misuse (object-level public-read ACLs, objects owned by other accounts) and is transparent for most applications.',
      risk: 'With ACLs enabled, any principal allowed s3:PutObjectAcl can make individual objects public or grant other accounts access, bypassing the bucket policy review; objects uploaded by other accounts may even be owned by them and be unreadable or undeletable by you.',
      recommendation:
        'Set Object Ownership to "Bucket owner enforced". Before switching, move any access granted by ACLs (for example S3 log delivery or cross-account writers) into the bucket policy; requests that set ACLs other than bucket-owner-full-control will then fail.',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Permissions tab.',
        'Under "Object Ownership", choose Edit.',
        'Select "ACLs disabled (recommended)" ("Bucket owner enforced") and confirm.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description:
        'バケットで ACL が無効（オブジェクト所有者が "BucketOwnerEnforced"）になっており、アクセスが IAM とバケットポリシーだけで制御され、すべてのオブジェクトをバケット所有者が所有しているかを確認します。',
      urgency:
        '数週間以内に対応してください。誤用されやすい旧来のアクセス経路（オブジェクト単位の public-read ACL、他アカウント所有のオブジェクト）を閉じるもので、多くのアプリケーションには影響しません。',
      risk: 'ACL が有効だと、s3:PutObjectAcl を許可されたプリンシパルは誰でも、バケットポリシーのレビューを経ずに個々のオブジェクトを公開したり他アカウントにアクセスを付与したりできます。他アカウントがアップロードしたオブジェクトはそのアカウントの所有となり、自分では読み取りも削除もできない場合があります。',
      recommendation:
        'オブジェクト所有者を「バケット所有者の強制」に設定してください。切り替え前に、ACL で付与しているアクセス（S3 ログ配信や他アカウントからの書き込みなど）をバケットポリシーに移してください。切り替え後は bucket-owner-full-control 以外の ACL を指定するリクエストは失敗します。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「アクセス許可」タブを開きます。',
        '「オブジェクト所有者」で「編集」を選択します。',
        '「ACL 無効 (推奨)」（バケット所有者の強制）を選択して確認します。',
        '「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET_NAME \\\n  --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    cloudformation: 'Bucket:\n  Type: AWS::S3::Bucket\n  Properties:\n    OwnershipControls:\n      Rules:\n        - ObjectOwnership: BucketOwnerEnforced',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
  ],
  evaluate(bucket) {
    const ownership = bucket.config.ownershipControls?.objectOwnership;
    if (ownership === 'BucketOwnerEnforced') return pass({ en: 'ACLs are disabled (BucketOwnerEnforced).', ja: 'ACL は無効です（BucketOwnerEnforced）。' });
    const ownerId = bucket.config.acl?.ownerId;
    const extra = (bucket.config.acl?.grants ?? [])
      .filter((g) => !(g.grantee === 'CanonicalUser' && g.id === ownerId))
      .map((g) => `${g.permission} to ${g.grantee === 'CanonicalUser' ? `canonical user ${g.id?.slice(0, 12)}…` : g.grantee}`);
    const mode = ownership ?? 'ObjectWriter (no ownership controls)';
    return fail(
      {
        en: `ACLs are enabled (Object Ownership: ${mode})${extra.length ? `; the ACL grants ${extra.join(', ')}` : ''}.`,
        ja: `ACL が有効です（オブジェクト所有者: ${mode}）${extra.length ? `。ACL で ${extra.join('、')} が付与されています` : ''}。`,
      },
      { objectOwnership: ownership ?? null, aclGrants: extra },
    );
  },
});
