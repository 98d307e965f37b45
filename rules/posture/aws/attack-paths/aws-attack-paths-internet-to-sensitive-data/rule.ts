import { defineRule } from '../../../../../src/model/rule.js';
import { ATTACK_PATH_READS } from '../../../../../src/providers/aws/attack-paths/index.js';
import { INSTANCE_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import { LAMBDA_FUNCTION_TYPE } from '../../../../../src/providers/aws/model/lambda.js';
import { ECS_SERVICE_TYPE } from '../../../../../src/providers/aws/model/ecs.js';
import { EKS_CLUSTER_TYPE } from '../../../../../src/providers/aws/model/eks.js';
import { evaluateAttackPaths } from '../shared.js';

export const rule = defineRule<Record<string, unknown>>({
  id: 'aws-attack-paths-internet-to-sensitive-data',
  services: ['ec2', 'lambda', 'ecs', 'iam'],
  title: {
    en: 'No attack path leads from the internet through a compute role to sensitive data',
    ja: 'インターネットからコンピュートのロールを経由して機密データに至る攻撃経路がない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [INSTANCE_TYPE, LAMBDA_FUNCTION_TYPE, ECS_SERVICE_TYPE, EKS_CLUSTER_TYPE],
  reads: ATTACK_PATH_READS,
  requires: ['state', 'securityGroupIds', 'publicIpAddress', 'iamInstanceProfileArn', 'metadataOptions', 'functionUrls', 'policy', 'Role', 'networkConfiguration', 'loadBalancers', 'taskDefinition', 'name', 'resourcesVpcConfig', 'oidcIssuer'],
  frameworks: {
    'nist-800-53-r5': ['AC-6', 'SC-7', 'SC-28'],
  },
  doc: {
    en: {
      description:
        'For each internet-exposed EC2 instance (all five network factors, over IPv4 or IPv6, or an internet-facing load balancer), ECS service (its tasks\' public addresses or a load balancer), EKS cluster (the load balancers its Kubernetes controllers created for Services and Ingresses; every role a pod of the exposed namespaces may hold through EKS Pod Identity, IAM roles for service accounts or the node\'s metadata service) or public Lambda function URL, checks with the policy evaluation engine whether the compute\'s role can read sensitive data: S3 buckets tagged mamori:criticality high/critical or data-classification confidential/restricted/pii, Secrets Manager secrets, and tagged customer managed KMS keys.',
      urgency: 'Fix within days: the path needs only one flaw in the exposed service to become a data breach.',
      risk: 'An attacker who exploits the exposed service takes the role\'s credentials (from IMDS, or the function environment) and reads the data or the secrets from anywhere; the reads look like the workload\'s own.',
      recommendation: 'Apply the cheapest fix the finding names: usually narrow the role so it reads only what the workload needs, or move the data access behind a private service. Require IMDSv2 and keep servers without public addresses behind a load balancer.',
      console: [
        'Open the finding\'s evidence to see the role and the statement that grants the read.',
        'IAM console → Roles → the role → Permissions: scope the statement to the resources the workload needs, or remove it.',
        'For buckets, add a bucket policy that allows reads only from the roles that need them (and through a VPC endpoint).',
        'EKS: EKS console → the cluster → Access → Pod Identity associations (or, for IRSA, the role\'s trust relationships): give the exposed namespace\'s service accounts only the roles they need; on the node group\'s launch template require IMDSv2 with a metadata response hop limit of 1.',
      ],
    },
    ja: {
      description:
        'インターネットに公開された EC2 インスタンス（IPv4 または IPv6 でネットワークの 5 要素すべてを満たすもの、またはインターネット向けロードバランサー）、ECS サービス（タスクのパブリックアドレスまたはロードバランサー）、EKS クラスター（Kubernetes のコントローラーが Service や Ingress のために作成したロードバランサー。公開された名前空間の Pod が EKS Pod Identity、サービスアカウントの IAM ロール（IRSA）、ノードのメタデータサービス経由で持ち得るすべてのロール）、公開 Lambda 関数 URL ごとに、コンピュートのロールが機密データを読み取れるかをポリシー評価エンジンで確認します。対象は mamori:criticality が high/critical、または data-classification が confidential/restricted/pii のタグを持つ S3 バケット、Secrets Manager のシークレット、タグ付きのカスタマー管理 KMS キーです。',
      urgency: '数日以内に対応してください。公開サービスに脆弱性が一つあれば、この経路はそのままデータ漏えいになります。',
      risk: '公開サービスの脆弱性を突いた攻撃者は、ロールの認証情報（IMDS または関数の環境変数）を取得し、どこからでもデータやシークレットを読み取れます。その読み取りはワークロード自身の操作と見分けがつきません。',
      recommendation: '指摘に示された最小の対処を行ってください。多くの場合、ロールがワークロードに必要なものだけを読めるよう絞り込むか、データへのアクセスをプライベートなサービスの背後に移します。IMDSv2 を必須にし、サーバーはパブリックアドレスを持たせずロードバランサーの背後に置いてください。',
      console: [
        '指摘の証跡でロールと読み取りを許可しているステートメントを確認します。',
        'IAM コンソール →「ロール」→ 対象ロール →「許可」で、ステートメントをワークロードに必要なリソースに絞るか削除します。',
        'バケットの場合は、必要なロールからのみ（VPC エンドポイント経由で）読み取りを許可するバケットポリシーを追加します。',
        'EKS の場合: EKS コンソール → クラスター →「アクセス」→「Pod Identity の関連付け」（IRSA の場合はロールの「信頼関係」）で、公開された名前空間のサービスアカウントに必要なロールだけを与えます。ノードグループの起動テンプレートでは IMDSv2 を必須にし、メタデータレスポンスのホップ制限を 1 にします。',
      ],
    },
  },
  remediation: {
    cli: '# Replace the broad read with one scoped to what the workload needs\naws iam put-role-policy --role-name app-role --policy-name data-read \\\n  --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::app-data/app/*"}]}\'\n\naws ec2 modify-instance-metadata-options --instance-id i-0123456789abcdef0 --http-tokens required',
    terraform: 'resource "aws_iam_role_policy" "data_read" {\n  role = aws_iam_role.app.id\n  name = "data-read"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.data.arn}/app/*" }]\n  })\n}',
    cloudformation: 'DataRead:\n  Type: AWS::IAM::RolePolicy\n  Properties:\n    RoleName: !Ref AppRole\n    PolicyName: data-read\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: s3:GetObject\n          Resource: !Sub "${DataBucket.Arn}/app/*"',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
    'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
  ],
  evaluate: (resource, ctx) => evaluateAttackPaths(resource, ctx, 'sensitive-data'),
});
