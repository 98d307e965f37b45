import { defineRule } from '../../../../../src/model/rule.js';
import { externalAccessOf, TRUST_ZONE_TYPES } from '../../../../../src/providers/aws/iam/external.js';
import { ACCESS_POINT_TYPE } from '../../../../../src/providers/aws/model/s3.js';
import { SECRET_TYPE } from '../../../../../src/providers/aws/model/secretsmanager.js';
import { TOPIC_TYPE } from '../../../../../src/providers/aws/model/sns.js';
import { SQS_QUEUE_TYPE } from '../../../../../src/providers/aws/model/sqs.js';
import { outcomeOf } from '../shared.js';

/**
 * Public and any-account access for the resource types that have no public-access rule of their
 * own (S3 buckets, KMS keys, Lambda functions, ECR repositories and role trust policies have one).
 */
export const rule = defineRule<Record<string, unknown>>({
  id: 'aws-access-resource-policy-not-public',
  services: ['sqs', 'sns', 'secretsmanager', 's3control'],
  title: {
    en: 'SQS, SNS, Secrets Manager and S3 access point policies do not grant access to everyone',
    ja: 'SQS・SNS・Secrets Manager・S3 アクセスポイントのポリシーが全員へのアクセスを許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [SQS_QUEUE_TYPE, TOPIC_TYPE, SECRET_TYPE, ACCESS_POINT_TYPE],
  reads: [...TRUST_ZONE_TYPES],
  readsAcrossScopes: [...TRUST_ZONE_TYPES],
  requires: ['policy'],
  frameworks: {
    fsbp: ['SQS.3', 'SNS.4'],
    'nist-800-53-r5': ['AC-3', 'AC-6', 'AC-21', 'SC-7'],
  },
  doc: {
    en: {
      description:
        'Evaluates the access policy of SQS queues, SNS topics, Secrets Manager secrets and S3 access points with mamori\'s policy evaluation engine and reports grants that hold for anyone (unauthenticated requests), for any AWS account, or for an AWS service acting for any account (a service principal without aws:SourceAccount / aws:SourceArn), once conditions that tie access to your side (aws:PrincipalOrgID, aws:SourceOwner, aws:SourceVpce, private aws:SourceIp ranges…) are taken away from the caller.',
      urgency: 'Fix within days: anyone who learns the queue URL, topic ARN, secret ARN or access point alias can use the listed actions now, from any AWS account.',
      risk: 'An open queue lets anyone read or inject messages into your workflows; an open topic lets anyone publish (phishing from your sender) or subscribe to your notifications; an open secret hands out credentials; a service principal without a source condition is a confused deputy that another account\'s bucket or topic can point at your resource.',
      recommendation:
        'Replace Principal "*" with the accounts or roles that need access, or keep "*" only with a condition that ties it to your side: aws:PrincipalOrgID for callers, aws:SourceArn / aws:SourceAccount for service principals, aws:SourceVpce for private access. Add Block Public Access to access points.',
      console: [
        'Open the resource: SQS → Queues → Access policy; SNS → Topics → Access policy; Secrets Manager → Resource permissions; S3 → Access Points → Permissions.',
        'Find the statements named in the finding (Sid).',
        'Replace "*" with specific principals, or add a condition such as aws:PrincipalOrgID, aws:SourceArn or aws:SourceAccount, and save.',
      ],
    },
    ja: {
      description:
        'SQS キュー、SNS トピック、Secrets Manager シークレット、S3 アクセスポイントのアクセスポリシーを mamori のポリシー評価エンジンで評価し、自組織側に限定する条件（aws:PrincipalOrgID、aws:SourceOwner、aws:SourceVpce、プライベートな aws:SourceIp など）を呼び出し元が満たせない状態でも、誰でも（未認証のリクエストを含む）、任意の AWS アカウント、または任意のアカウントのために動作する AWS サービス（aws:SourceAccount / aws:SourceArn のないサービスプリンシパル）に許可される権限を報告します。',
      urgency: '数日以内に対応してください。キュー URL、トピック ARN、シークレット ARN、アクセスポイントのエイリアスを知った誰もが、今すぐ任意の AWS アカウントから該当アクションを実行できます。',
      risk: '公開されたキューでは誰でもメッセージを読み取ったり業務フローに注入したりでき、公開されたトピックでは誰でも発行（自社を装ったフィッシング）や通知の購読ができます。公開されたシークレットは認証情報の配布と同じです。送信元の条件がないサービスプリンシパルは「混乱した代理」となり、他アカウントのバケットやトピックからこのリソースを利用されます。',
      recommendation:
        'Principal "*" を必要なアカウントやロールに置き換えるか、"*" を残す場合は自組織側に限定する条件を付けてください（呼び出し元には aws:PrincipalOrgID、サービスプリンシパルには aws:SourceArn / aws:SourceAccount、プライベートなアクセスには aws:SourceVpce）。アクセスポイントにはブロックパブリックアクセスを設定してください。',
      console: [
        '対象リソースを開きます（SQS →「キュー」→「アクセスポリシー」、SNS →「トピック」→「アクセスポリシー」、Secrets Manager →「リソースのアクセス許可」、S3 →「アクセスポイント」→「アクセス許可」）。',
        '検出結果に記載されたステートメント（Sid）を確認します。',
        '"*" を特定のプリンシパルに置き換えるか、aws:PrincipalOrgID、aws:SourceArn、aws:SourceAccount などの条件を追加して保存します。',
      ],
    },
  },
  remediation: {
    cli: '# SQS: allow only the SNS topic of your account to send\ncat > policy.json <<\'JSON\'\n{"Policy": "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"Service\\":\\"sns.amazonaws.com\\"},\\"Action\\":\\"sqs:SendMessage\\",\\"Resource\\":\\"arn:aws:sqs:REGION:ACCOUNT_ID:QUEUE\\",\\"Condition\\":{\\"ArnEquals\\":{\\"aws:SourceArn\\":\\"arn:aws:sns:REGION:ACCOUNT_ID:TOPIC\\"}}}]}"}\nJSON\naws sqs set-queue-attributes --queue-url QUEUE_URL --attributes file://policy.json\n# Secrets Manager: check a policy before applying it\naws secretsmanager put-resource-policy --secret-id SECRET --resource-policy file://secret-policy.json --block-public-policy',
    terraform:
      'data "aws_iam_policy_document" "queue" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.events.arn]\n    principals {\n      type        = "Service"\n      identifiers = ["sns.amazonaws.com"]\n    }\n    condition {\n      test     = "ArnEquals"\n      variable = "aws:SourceArn"\n      values   = [aws_sns_topic.events.arn]\n    }\n  }\n}\n\nresource "aws_sqs_queue_policy" "events" {\n  queue_url = aws_sqs_queue.events.id\n  policy    = data.aws_iam_policy_document.queue.json\n}\n\nresource "aws_secretsmanager_secret_policy" "db" {\n  secret_arn          = aws_secretsmanager_secret.db.arn\n  policy              = data.aws_iam_policy_document.secret.json\n  block_public_policy = true\n}',
    cloudformation:
      "QueuePolicy:\n  Type: AWS::SQS::QueuePolicy\n  Properties:\n    Queues: [!Ref Queue]\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Principal:\n            Service: sns.amazonaws.com\n          Action: sqs:SendMessage\n          Resource: !GetAtt Queue.Arn\n          Condition:\n            ArnEquals:\n              aws:SourceArn: !Ref Topic\nSecretPolicy:\n  Type: AWS::SecretsManager::ResourcePolicy\n  Properties:\n    SecretId: !Ref Secret\n    BlockPublicPolicy: true\n    ResourcePolicy:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Principal:\n            AWS: !Sub arn:aws:iam::${AWS::AccountId}:role/app\n          Action: secretsmanager:GetSecretValue\n          Resource: '*'",
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-concepts.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
  ],
  evaluate(resource, ctx) {
    return outcomeOf(externalAccessOf(ctx, resource), (g) => g.kind === 'public' || g.kind === 'any-account' || g.kind === 'service', {
      en: 'everyone, any AWS account or a service acting for any account',
      ja: '誰でも・任意の AWS アカウント・任意のアカウントのために動作するサービス',
    });
  },
});
