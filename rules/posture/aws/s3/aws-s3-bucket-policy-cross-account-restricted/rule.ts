import { BUCKET_TYPE, type BucketConfig } from '../../../../../src/providers/aws/model/s3.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { coversAction, describeStatement, hasWildcardPrincipal, principalAccounts, statements } from '../policy.js';

/** Security Hub S3.6's fixed list of actions that must not be granted to other accounts. */
const BLOCKED = ['s3:DeleteBucketPolicy', 's3:PutBucketAcl', 's3:PutBucketPolicy', 's3:PutEncryptionConfiguration', 's3:PutObjectAcl'];

export const rule = defineRule<BucketConfig>({
  id: 'aws-s3-bucket-policy-cross-account-restricted',
  services: ['s3'],
  title: {
    en: 'S3 bucket policies do not grant other AWS accounts permission-changing actions',
    ja: 'S3 バケットポリシーが他の AWS アカウントに権限変更系のアクションを許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [BUCKET_TYPE],
  requires: ['policy'],
  frameworks: {
    fsbp: ['S3.6'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2'],
  },
  doc: {
    en: {
      description: `Checks that no Allow statement of the bucket policy grants principals of other AWS accounts (or "*") any of ${BLOCKED.join(', ')}. Like Security Hub, only the Principal element is considered, not conditions.`,
      urgency:
        'Fix within days: these actions let another account take over the bucket\'s access control, which turns a trusted partner\'s (or attacker\'s) foothold into control over your data.',
      risk: 'A principal in another account that can change the bucket policy or ACLs can grant itself (or the whole internet) full access, remove your encryption settings or lock you out of your own bucket. If that account is compromised, your bucket is too.',
      recommendation:
        'Grant other accounts only the data actions they need (for example s3:GetObject on a prefix). Keep s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration with principals of the owning account, and disable ACLs with Object Ownership "bucket owner enforced".',
      console: [
        'Open the Amazon S3 console, select the bucket and open the Permissions tab.',
        'Under "Bucket policy", choose Edit.',
        'Remove the listed actions from statements whose Principal is another account or "*", or remove those statements.',
        'Choose "Save changes".',
      ],
    },
    ja: {
      description: `バケットポリシーの Allow ステートメントが、他の AWS アカウント（または "*"）のプリンシパルに ${BLOCKED.join('、')} のいずれかを許可していないかを確認します。Security Hub と同様に Principal 要素のみを評価し、条件は考慮しません。`,
      urgency:
        '数日以内に対応してください。これらのアクションを許可すると、他アカウントがバケットのアクセス制御を乗っ取ることができ、取引先（または攻撃者）の足がかりがそのままデータの支配につながります。',
      risk: 'バケットポリシーや ACL を変更できる他アカウントのプリンシパルは、自身（やインターネット全体）にフルアクセスを付与したり、暗号化設定を削除したり、所有者をバケットから締め出したりできます。そのアカウントが侵害されれば、このバケットも侵害されます。',
      recommendation:
        '他アカウントには必要なデータ操作（例: 特定プレフィックスへの s3:GetObject）のみを許可し、s3:PutBucketPolicy、s3:DeleteBucketPolicy、s3:PutBucketAcl、s3:PutObjectAcl、s3:PutEncryptionConfiguration は所有アカウントのプリンシパルに限定してください。あわせてオブジェクト所有者を「バケット所有者の強制」にして ACL を無効化してください。',
      console: [
        'Amazon S3 コンソールで対象のバケットを選択し、「アクセス許可」タブを開きます。',
        '「バケットポリシー」の「編集」を選択します。',
        'Principal が他アカウントまたは "*" のステートメントから該当アクションを削除するか、ステートメント自体を削除します。',
        '「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: '# Review the statements, edit policy.json to drop the blocked actions for other accounts, then:\naws s3api get-bucket-policy --bucket BUCKET_NAME --query Policy --output text > policy.json\naws s3api put-bucket-policy --bucket BUCKET_NAME --policy file://policy.json',
    terraform:
      '# Grant the partner account read-only data access instead of bucket administration:\ndata "aws_iam_policy_document" "partner_read" {\n  statement {\n    effect    = "Allow"\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.this.arn}/shared/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::PARTNER_ACCOUNT_ID:role/partner-reader"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.partner_read.json\n}',
    cloudformation:
      "BucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Sid: PartnerReadOnly\n          Effect: Allow\n          Principal:\n            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/partner-reader\n          Action: s3:GetObject\n          Resource: !Sub '${Bucket.Arn}/shared/*'",
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
  ],
  evaluate(bucket) {
    if (!bucket.config.policy) return pass({ en: 'The bucket has no bucket policy.', ja: 'バケットポリシーはありません。' });
    const all = statements(bucket.config.policy);
    const findings: string[] = [];
    all.forEach((s, i) => {
      if (s.Effect !== 'Allow') return;
      const others = hasWildcardPrincipal(s) ? ['*'] : principalAccounts(s).filter((a) => a !== bucket.account);
      if (others.length === 0) return;
      const actions = BLOCKED.filter((a) => coversAction(s, a));
      if (actions.length) findings.push(`statement ${describeStatement(s, i)} grants ${actions.join(', ')} to ${others.join(', ')}`);
    });
    if (findings.length === 0) {
      return pass({ en: 'No statement grants blocked actions to other accounts.', ja: '他アカウントに禁止アクションを許可するステートメントはありません。' });
    }
    return fail(
      { en: `Other accounts can change access control: ${findings.join('; ')}.`, ja: `他アカウントがアクセス制御を変更できます: ${findings.join('; ')}。` },
      { statements: findings },
    );
  },
});
