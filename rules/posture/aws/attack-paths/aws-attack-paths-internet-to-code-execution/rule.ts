import { defineRule } from '../../../../../src/model/rule.js';
import { ATTACK_PATH_READS } from '../../../../../src/providers/aws/attack-paths/index.js';
import { INSTANCE_TYPE } from '../../../../../src/providers/aws/model/ec2.js';
import { LAMBDA_FUNCTION_TYPE } from '../../../../../src/providers/aws/model/lambda.js';
import { ECS_SERVICE_TYPE } from '../../../../../src/providers/aws/model/ecs.js';
import { EKS_CLUSTER_TYPE } from '../../../../../src/providers/aws/model/eks.js';
import { evaluateAttackPaths } from '../shared.js';

export const rule = defineRule<Record<string, unknown>>({
  id: 'aws-attack-paths-internet-to-code-execution',
  services: ['ec2', 'lambda', 'ecs', 'iam'],
  title: {
    en: 'No attack path leads from the internet through a compute role to code execution across a fleet or to administrator access',
    ja: 'インターネットからコンピュートのロールを経由してフリート全体でのコード実行や管理者権限に至る攻撃経路がない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [INSTANCE_TYPE, LAMBDA_FUNCTION_TYPE, ECS_SERVICE_TYPE, EKS_CLUSTER_TYPE],
  reads: ATTACK_PATH_READS,
  requires: ['state', 'securityGroupIds', 'publicIpAddress', 'iamInstanceProfileArn', 'metadataOptions', 'functionUrls', 'policy', 'Role', 'networkConfiguration', 'loadBalancers', 'taskDefinition', 'name', 'resourcesVpcConfig', 'oidcIssuer'],
  frameworks: {
    'nist-800-53-r5': ['AC-6', 'SC-7', 'CM-5', 'SA-10'],
  },
  doc: {
    en: {
      description:
        'Joins the pieces of a toxic combination on each EC2 instance, Lambda function, ECS service and EKS cluster: internet exposure from all five network factors over IPv4 and IPv6 (public or IPv6 address, route to an internet gateway, network ACL both ways, security group, port), through an internet-facing load balancer (for EKS: the load balancers the AWS Load Balancer Controller or the Kubernetes service controller created for the cluster\'s Services and Ingresses, and the namespaces behind them), or a public function URL; the role whose credentials the compute holds (IMDSv1 raises the likelihood; for EKS workloads every role a pod of the exposed namespaces may hold: EKS Pod Identity associations, IAM roles for service accounts whose trust policy lets the namespace in, and the node role when pods reach the nodes\' metadata service); and, decided by the policy evaluation engine over every policy layer, whether that role can write a CodePipeline artifact store, create a CodeDeploy deployment, or act as an administrator.',
      urgency: 'Act now: each piece alone is a medium finding, together they are a working path from the internet to running the attacker\'s code on every server the pipeline deploys to.',
      risk: 'An attacker exploits the exposed service (a web shell or an SSRF), takes the role\'s temporary credentials from the instance metadata service, replaces appspec.yml or the build artifact in the pipeline\'s artifact bucket, and CodeDeploy installs the malware on the whole fleet with root privileges at the next release — or at once, if the role can also start the pipeline.',
      recommendation:
        'Apply the cheapest fix the finding names first: usually remove the write on the artifact bucket (or the deployment / administrator permission) from the workload role, which breaks the path without touching the service. Then require IMDSv2, keep web servers behind a load balancer without public addresses, restrict artifact buckets to the pipeline and CodeBuild roles with a bucket policy, and protect them with an RCP or SCP.',
      console: [
        'Open the finding\'s evidence: the steps list the exposure factors, the role and the policy statement that grants the reach.',
        'IAM console → Roles → the role named in the path → Permissions: edit or remove the statement that allows s3:PutObject on the artifact bucket (or codedeploy:CreateDeployment, or the administrator policy).',
        'S3 console → the artifact bucket → Permissions → Bucket policy: deny s3:PutObject to every principal except the pipeline and build roles.',
        'EC2 console → the instance → Actions → Instance settings → Modify instance metadata options: set IMDSv2 to Required.',
        'EKS console → the cluster → Access → Pod Identity associations: delete or narrow the association that gives the exposed namespace the role (for IRSA: IAM console → the role → Trust relationships: restrict the :sub condition to the service accounts that need it).',
        'EKS worker nodes: EC2 console → Launch templates → the node group\'s template → Advanced details: Metadata version V2 only (token required) and Metadata response hop limit 1, then roll the node group, so that pods cannot reach the node role.',
      ],
    },
    ja: {
      description:
        '各 EC2 インスタンス、Lambda 関数、ECS サービス、EKS クラスターについて、危険な組み合わせの要素を結び付けて評価します。ネットワークの 5 要素（パブリックアドレスまたは IPv6 アドレス、インターネットゲートウェイへのルート、往復のネットワーク ACL、セキュリティグループ、ポート。IPv4 と IPv6 の両方）、インターネット向けロードバランサー（EKS では AWS Load Balancer Controller または Kubernetes のサービスコントローラーがクラスターの Service や Ingress のために作成したロードバランサーと、その背後の名前空間）、または公開関数 URL によるインターネット公開、コンピュートが持つロール（IMDSv1 なら可能性が上がる。EKS のワークロードでは、公開された名前空間の Pod が持ち得るすべてのロール: EKS Pod Identity の関連付け、信頼ポリシーがその名前空間を許可するサービスアカウントの IAM ロール（IRSA）、Pod からノードのメタデータサービスに到達できる場合のノードロール）、そしてポリシー評価エンジンで全ポリシー層を評価し、そのロールが CodePipeline のアーティファクトストアへの書き込み、CodeDeploy のデプロイ作成、管理者としての操作のいずれかを行えるかを判定します。',
      urgency: '直ちに対応してください。個々の要素は中程度の指摘ですが、組み合わさるとインターネットからパイプラインのデプロイ先すべてのサーバーで攻撃者のコードを実行できる経路になります。',
      risk: '攻撃者は公開サービスの脆弱性（Web シェルや SSRF）を突き、インスタンスメタデータサービスからロールの一時認証情報を取得し、パイプラインのアーティファクトバケットの appspec.yml やビルド成果物を差し替えます。次回のリリース時（ロールがパイプラインを起動できれば即座に）CodeDeploy がマルウェアをフリート全体に root 権限で展開します。',
      recommendation:
        'まず指摘に示された最小の対処を行ってください。多くの場合、ワークロードのロールからアーティファクトバケットへの書き込み（またはデプロイ・管理者権限）を削除すれば、サービスに手を入れずに経路を断てます。そのうえで IMDSv2 を必須にし、Web サーバーはパブリックアドレスを持たせずロードバランサーの背後に置き、アーティファクトバケットはバケットポリシーでパイプラインと CodeBuild のロールだけに制限し、RCP や SCP で保護してください。',
      console: [
        '指摘の証跡を開きます。各ステップに公開要素、ロール、到達を許可しているポリシーステートメントが示されています。',
        'IAM コンソール →「ロール」→ 経路に示されたロール →「許可」で、アーティファクトバケットへの s3:PutObject（または codedeploy:CreateDeployment、管理者ポリシー）を許可するステートメントを修正・削除します。',
        'S3 コンソール → アーティファクトバケット →「アクセス許可」→「バケットポリシー」で、パイプラインとビルドのロール以外の s3:PutObject を拒否します。',
        'EC2 コンソール → インスタンス →「アクション」→「インスタンスの設定」→「インスタンスメタデータオプションの変更」で IMDSv2 を「必須」にします。',
        'EKS コンソール → クラスター →「アクセス」→「Pod Identity の関連付け」で、公開された名前空間にロールを与えている関連付けを削除または絞り込みます（IRSA の場合は IAM コンソール → ロール →「信頼関係」で :sub 条件を必要なサービスアカウントだけに限定します）。',
        'EKS のワーカーノード: EC2 コンソール →「起動テンプレート」→ ノードグループのテンプレート →「高度な詳細」で「メタデータのバージョン」を「V2 のみ（トークンが必要）」、「メタデータレスポンスのホップ制限」を 1 にし、ノードグループを入れ替えて Pod からノードロールに到達できないようにします。',
      ],
    },
  },
  remediation: {
    cli:
      '# Remove the artifact-bucket write from the workload role (inline policy named in the finding)\naws iam delete-role-policy --role-name web-server-role --policy-name pipeline-artifacts-access\n\n# Require IMDSv2 on the entry instance\naws ec2 modify-instance-metadata-options --instance-id i-0123456789abcdef0 --http-tokens required --http-endpoint enabled',
    terraform:
      'data "aws_iam_policy_document" "artifacts" {\n  statement {\n    sid     = "OnlyPipelineWrites"\n    effect  = "Deny"\n    actions = ["s3:PutObject"]\n    resources = ["${aws_s3_bucket.artifacts.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "ArnNotEquals"\n      variable = "aws:PrincipalArn"\n      values   = [aws_iam_role.codepipeline.arn, aws_iam_role.codebuild.arn]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "artifacts" {\n  bucket = aws_s3_bucket.artifacts.id\n  policy = data.aws_iam_policy_document.artifacts.json\n}',
    cloudformation:
      'ArtifactBucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref ArtifactBucket\n    PolicyDocument:\n      Statement:\n        - Sid: OnlyPipelineWrites\n          Effect: Deny\n          Principal: "*"\n          Action: s3:PutObject\n          Resource: !Sub "${ArtifactBucket.Arn}/*"\n          Condition:\n            ArnNotEquals:\n              aws:PrincipalArn:\n                - !GetAtt PipelineRole.Arn\n                - !GetAtt BuildRole.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/codepipeline/latest/userguide/security-iam.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
    'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/pod-identities.html',
    'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
  ],
  evaluate: (resource, ctx) => evaluateAttackPaths(resource, ctx, 'code-execution'),
});
