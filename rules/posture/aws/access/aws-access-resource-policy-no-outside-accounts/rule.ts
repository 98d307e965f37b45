import { defineRule, notApplicable } from '../../../../../src/model/rule.js';
import { externalAccessOf, RESOURCE_POLICY_FIELD, TRUST_ZONE_TYPES } from '../../../../../src/providers/aws/iam/external.js';
import { ROLE_TYPE } from '../../../../../src/providers/aws/model/iam.js';
import { outcomeOf } from '../shared.js';

/**
 * Access Analyzer's "external access" for named principals: grants to accounts, users and roles
 * outside the organisation (or, when it is unknown, outside the scanned accounts). Public and
 * any-account grants are left to the public-access rules of each service.
 */
export const rule = defineRule<Record<string, unknown>>({
  id: 'aws-access-resource-policy-no-outside-accounts',
  services: ['s3', 's3control', 'kms', 'sqs', 'sns', 'lambda', 'ecr', 'secretsmanager', 'iam'],
  title: {
    en: 'Resource policies grant access only to accounts inside the organisation',
    ja: 'リソースポリシーのアクセス許可先が組織内のアカウントに限られている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: Object.keys(RESOURCE_POLICY_FIELD),
  reads: [...TRUST_ZONE_TYPES],
  readsAcrossScopes: [...TRUST_ZONE_TYPES],
  requires: ['policy', 'assumeRolePolicy', 'serviceLinked'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6', 'AC-21'],
  },
  doc: {
    en: {
      description:
        'Evaluates the resource-based policy of S3 buckets and access points, KMS keys, SQS queues, SNS topics, Lambda functions, ECR repositories, Secrets Manager secrets and IAM role trust policies with mamori\'s policy evaluation engine, as IAM Access Analyzer does: for each account, user or role named in an Allow statement that is outside your organisation (or outside the scanned accounts when the organisation is unknown), it asks whether that principal\'s request is allowed when it cannot meet conditions that tie access to your side (aws:PrincipalOrgID, aws:SourceVpce, private aws:SourceIp ranges…). Public and any-account grants are reported by the public-access rules.',
      urgency: 'Review within the week: each finding is a standing door into your data from an account you do not control. Most are intended (vendors, partners, old migrations), but each must have an owner and a reason.',
      risk: 'Whoever controls the outside account — including an attacker who compromises it — can use the listed actions on your resource at any time. Their calls are logged in their CloudTrail, not only yours, and your SCPs do not apply to them: the resource policy is the only control.',
      recommendation:
        'Confirm each outside principal with the resource owner. Remove grants that are no longer needed; narrow the others to specific roles (not the whole account), to the actions needed, and add conditions (aws:PrincipalOrgID for accounts that should join your organisation, sts:ExternalId for vendor roles). Enable IAM Access Analyzer with your organisation as the zone of trust to be told about new grants.',
      console: [
        'Open the resource in its console (S3 → Permissions → Bucket policy; KMS → Key policy; SQS / SNS → Access policy; Lambda → Configuration → Permissions; ECR → Permissions; Secrets Manager → Resource permissions; IAM → Roles → Trust relationships).',
        'Find the statements named in the finding (Sid) and the outside account or principal in their Principal element.',
        'Remove the principal, or narrow the statement\'s Principal, Action and Condition, and save.',
        'In IAM Access Analyzer, create an organisation analyzer so that new external grants are reported.',
      ],
    },
    ja: {
      description:
        'S3 バケットとアクセスポイント、KMS キー、SQS キュー、SNS トピック、Lambda 関数、ECR リポジトリ、Secrets Manager シークレットのリソースベースポリシーと IAM ロールの信頼ポリシーを、IAM Access Analyzer と同じ考え方で mamori のポリシー評価エンジンにより評価します。Allow ステートメントに記載された組織外（組織が不明な場合はスキャン対象外）のアカウント・ユーザー・ロールごとに、自組織側に限定する条件（aws:PrincipalOrgID、aws:SourceVpce、プライベートな aws:SourceIp など）を満たせない状態でもリクエストが許可されるかを判定します。公開・任意アカウントへの許可は各サービスの公開アクセスのルールで報告します。',
      urgency: '1 週間以内に確認してください。検出されたものはすべて、管理下にないアカウントからデータへ常時開いている入口です。多くは意図したもの（ベンダー、取引先、過去の移行）ですが、それぞれに責任者と理由が必要です。',
      risk: '外部アカウントを管理する者（そのアカウントを侵害した攻撃者を含む）は、記載されたアクションをいつでもこのリソースに対して実行できます。その操作は相手側の CloudTrail にも記録され、自組織の SCP は相手には適用されないため、リソースポリシーが唯一の制御になります。',
      recommendation:
        '外部のプリンシパルごとにリソースの所有者へ確認してください。不要になった許可は削除し、必要なものはアカウント全体ではなく特定のロールに、必要なアクションに絞り、条件（組織に参加すべきアカウントには aws:PrincipalOrgID、ベンダーのロールには sts:ExternalId）を付けてください。組織を信頼ゾーンとする IAM Access Analyzer を有効にすると、新しい外部許可が通知されます。',
      console: [
        '各サービスのコンソールで対象リソースを開きます（S3 →「アクセス許可」→「バケットポリシー」、KMS →「キーポリシー」、SQS / SNS →「アクセスポリシー」、Lambda →「設定」→「アクセス権限」、ECR →「アクセス許可」、Secrets Manager →「リソースのアクセス許可」、IAM →「ロール」→「信頼関係」）。',
        '検出結果に記載されたステートメント（Sid）と、その Principal 要素にある外部のアカウントやプリンシパルを確認します。',
        'そのプリンシパルを削除するか、ステートメントの Principal・Action・Condition を絞り込んで保存します。',
        'IAM Access Analyzer で組織を信頼ゾーンとするアナライザーを作成し、新しい外部許可が報告されるようにします。',
      ],
    },
  },
  remediation: {
    cli: '# Find external grants across the organisation, then edit the policy of each resource\naws accessanalyzer create-analyzer --analyzer-name org-external --type ORGANIZATION\naws accessanalyzer list-findings-v2 --analyzer-arn <analyzer-arn> --filter \'{"status": {"eq": ["ACTIVE"]}}\'\n# Example (S3): remove the outside account from the bucket policy\naws s3api get-bucket-policy --bucket BUCKET --query Policy --output text > policy.json\n# edit policy.json, then\naws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json',
    terraform:
      '# Grant a specific partner role only what it needs, and only from inside the partner\'s org if applicable\ndata "aws_iam_policy_document" "bucket" {\n  statement {\n    sid       = "PartnerRead"\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.shared.arn}/exchange/*"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::PARTNER_ACCOUNT_ID:role/partner-reader"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "shared" {\n  bucket = aws_s3_bucket.shared.id\n  policy = data.aws_iam_policy_document.bucket.json\n}\n\nresource "aws_accessanalyzer_analyzer" "org" {\n  analyzer_name = "org-external"\n  type          = "ORGANIZATION"\n}',
    cloudformation:
      "OrgAnalyzer:\n  Type: AWS::AccessAnalyzer::Analyzer\n  Properties:\n    AnalyzerName: org-external\n    Type: ORGANIZATION\nQueuePolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Sid: PartnerSend\n          Effect: Allow\n          Principal:\n            AWS: arn:aws:iam::PARTNER_ACCOUNT_ID:role/partner-sender\n          Action: sqs:SendMessage\n          Resource: !GetAtt Queue.Arn",
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-concepts.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-resources.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
  ],
  evaluate(resource, ctx) {
    if (resource.type === ROLE_TYPE && resource.config.serviceLinked === true) {
      return notApplicable({ en: 'Service-linked role: its trust policy is managed by AWS.', ja: 'サービスリンクロールのため、信頼ポリシーは AWS が管理しています。' });
    }
    return outcomeOf(externalAccessOf(ctx, resource), (g) => g.kind === 'account' || g.kind === 'principal', {
      en: 'accounts or principals outside the organisation',
      ja: '組織外のアカウントまたはプリンシパル',
    });
  },
});
