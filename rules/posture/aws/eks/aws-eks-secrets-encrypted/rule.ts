import { EKS_CLUSTER_TYPE, type EksClusterConfig } from '../../../../../src/providers/aws/model/eks.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EksClusterConfig>({
  id: 'aws-eks-secrets-encrypted',
  services: ['eks'],
  title: {
    en: 'EKS cluster encrypts Kubernetes secrets with a KMS key',
    ja: 'EKS クラスターで Kubernetes シークレットが KMS キーで暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [EKS_CLUSTER_TYPE],
  requires: ['encryptionConfig', 'name'],
  frameworks: {
    fsbp: ['EKS.3'],
    'nist-800-53-r5': ['SC-12', 'SC-13', 'SC-28'],
  },
  doc: {
    en: {
      description: 'Checks that the cluster has envelope encryption of Kubernetes secrets with an AWS KMS key (an encryptionConfig entry that includes "secrets").',
      urgency: 'Plan it within a sprint: etcd storage is already encrypted at the volume level, but envelope encryption is what ties access to secrets to a KMS key you control and audit.',
      risk: 'Database passwords, API tokens and TLS keys stored as Kubernetes secrets are protected only by the API server and etcd access controls. Anyone who obtains an etcd backup or snapshot can read them, and there is no KMS key you can disable to cut off access or CloudTrail record of each decryption.',
      recommendation: 'Associate a customer managed KMS key (with rotation enabled) to the cluster for the "secrets" resource. On an existing cluster this is a one-way change that re-encrypts all secrets; schedule it in a maintenance window. Prefer storing high-value secrets in AWS Secrets Manager with the Secrets Store CSI driver.',
      console: [
        'Create (or choose) a symmetric customer managed KMS key in the cluster region and allow the cluster role to use it.',
        'Open the Amazon EKS console, select the cluster and go to the "Overview" tab.',
        'Under "Secrets encryption", choose "Enable", select the KMS key and confirm.',
      ],
    },
    ja: {
      description: 'クラスターで AWS KMS キーによる Kubernetes シークレットのエンベロープ暗号化（resources に "secrets" を含む encryptionConfig）が設定されているかを確認します。',
      urgency: '次のスプリント内に計画してください。etcd のストレージはボリュームレベルで暗号化済みですが、シークレットへのアクセスを自分で管理・監査できる KMS キーに結び付けるのがエンベロープ暗号化です。',
      risk: 'Kubernetes シークレットに保存したデータベースのパスワード、API トークン、TLS 秘密鍵は、API サーバーと etcd のアクセス制御だけで守られている状態です。etcd のバックアップやスナップショットを入手した者は中身を読めてしまい、アクセスを遮断するために無効化できる KMS キーも、復号ごとの CloudTrail 記録もありません。',
      recommendation: 'ローテーションを有効にしたカスタマーマネージド KMS キーを、"secrets" リソース用としてクラスターに関連付けてください。既存クラスターでは全シークレットを再暗号化する元に戻せない変更になるため、メンテナンス時間帯に実施してください。重要度の高いシークレットは AWS Secrets Manager と Secrets Store CSI ドライバーで扱うことも推奨します。',
      console: [
        'クラスターと同じリージョンで対称カスタマーマネージド KMS キーを作成（または選択）し、クラスターロールに利用を許可します。',
        'Amazon EKS コンソールで対象クラスターを選択し、「概要」タブを開きます。',
        '「シークレットの暗号化」で「有効にする」を選び、KMS キーを選択して確定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws eks associate-encryption-config --cluster-name web-eks \\\n  --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}]\'',
    terraform: 'resource "aws_kms_key" "eks" {\n  description         = "EKS secrets envelope encryption"\n  enable_key_rotation = true\n}\n\nresource "aws_eks_cluster" "this" {\n  name     = "web-eks"\n  role_arn = aws_iam_role.cluster.arn\n\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n\n  vpc_config {\n    subnet_ids = var.private_subnet_ids\n  }\n}',
    cloudformation: 'Resources:\n  EksKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n  Cluster:\n    Type: AWS::EKS::Cluster\n    Properties:\n      Name: web-eks\n      RoleArn: !GetAtt ClusterRole.Arn\n      EncryptionConfig:\n        - Resources: [secrets]\n          Provider:\n            KeyArn: !GetAtt EksKey.Arn\n      ResourcesVpcConfig:\n        SubnetIds: !Ref PrivateSubnetIds',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/eks-controls.html#eks-3',
  ],
  evaluate(cluster) {
    const entry = cluster.config.encryptionConfig.find((e) => e.resources.includes('secrets'));
    if (entry) {
      return pass(
        { en: `Secrets are envelope-encrypted with ${entry.keyArn ?? 'a KMS key'}.`, ja: `シークレットは ${entry.keyArn ?? 'KMS キー'} でエンベロープ暗号化されています。` },
        { keyArn: entry.keyArn },
      );
    }
    return fail(
      {
        en: `Cluster ${cluster.config.name} has no KMS envelope encryption for Kubernetes secrets.`,
        ja: `クラスター ${cluster.config.name} で Kubernetes シークレットの KMS エンベロープ暗号化が設定されていません。`,
      },
      { encryptionConfig: cluster.config.encryptionConfig },
    );
  },
});
