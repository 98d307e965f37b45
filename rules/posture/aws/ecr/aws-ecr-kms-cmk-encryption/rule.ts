import { ECR_REPOSITORY_TYPE, type EcrRepositoryConfig } from '../../../../../src/providers/aws/model/ecr.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<EcrRepositoryConfig>({
  id: 'aws-ecr-kms-cmk-encryption',
  services: ['ecr'],
  title: {
    en: 'ECR repository is encrypted with a customer managed KMS key',
    ja: 'ECR リポジトリがカスタマーマネージド KMS キーで暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [ECR_REPOSITORY_TYPE],
  requires: ['kmsKeyManager', 'encryptionConfiguration', 'repositoryName'],
  frameworks: {
    fsbp: ['ECR.5'],
    'nist-800-53-r5': ['SC-12(2)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'CA-9(1)', 'SI-7(6)', 'AU-9'],
  },
  doc: {
    en: {
      description: 'Checks that the repository is encrypted with SSE-KMS or DSSE-KMS using a customer managed KMS key, not the default AES256 (S3-managed) encryption or the AWS managed key aws/ecr.',
      urgency: 'Low urgency: images are encrypted at rest either way; a customer managed key adds control and audit, and can only be set when the repository is created.',
      risk: 'With AES256 or aws/ecr you cannot restrict who may decrypt image layers through a key policy, cannot disable the key to cut off access in an incident, and get no per-key CloudTrail record of decryption. Images often embed configuration and proprietary code that warrant that control.',
      recommendation: 'Create new repositories with encryptionType KMS and a customer managed key with rotation enabled, then migrate images (pull/push or replication) and delete the old repository. Encryption cannot be changed on an existing repository. A repository creation template can make this the default.',
      console: [
        'Create a symmetric customer managed KMS key with rotation and a key policy that allows your CI and nodes to use it through ECR.',
        'In the Amazon ECR console, choose "Create repository", set "Encryption settings" to "AWS KMS" and select the customer managed key.',
        'Copy the images into the new repository, switch deployments to it and delete the old repository.',
      ],
    },
    ja: {
      description: 'リポジトリがデフォルトの AES256（S3 マネージド）暗号化や AWS マネージドキー aws/ecr ではなく、カスタマーマネージド KMS キーを使った SSE-KMS または DSSE-KMS で暗号化されているかを確認します。',
      urgency: '緊急度は低めです。いずれの場合もイメージは保存時に暗号化されています。カスタマーマネージドキーは管理性と監査性を高めるもので、リポジトリ作成時にしか設定できません。',
      risk: 'AES256 や aws/ecr では、キーポリシーでイメージレイヤーの復号を許す相手を絞ることも、インシデント時にキーを無効化してアクセスを遮断することもできず、キー単位の復号の CloudTrail 記録も得られません。イメージには設定情報や独自コードが含まれることが多く、こうした制御が必要になる場面があります。',
      recommendation: 'ローテーションを有効にしたカスタマーマネージドキーを指定し、encryptionType を KMS として新しいリポジトリを作成してください。その後イメージを移行（pull/push またはレプリケーション）し、古いリポジトリを削除します。既存リポジトリの暗号化設定は変更できません。リポジトリ作成テンプレートを使えばこれを既定にできます。',
      console: [
        'ローテーションを有効にした対称カスタマーマネージド KMS キーを作成し、キーポリシーで CI やノードが ECR 経由で利用できるようにします。',
        'Amazon ECR コンソールで「リポジトリを作成」を選び、「暗号化設定」で「AWS KMS」とカスタマーマネージドキーを選択します。',
        'イメージを新しいリポジトリにコピーしてデプロイ先を切り替え、古いリポジトリを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ecr create-repository --repository-name web-app-v2 --image-tag-mutability IMMUTABLE \\\n  --image-scanning-configuration scanOnPush=true \\\n  --encryption-configuration encryptionType=KMS,kmsKey=arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    terraform: 'resource "aws_kms_key" "ecr" {\n  description         = "ECR image encryption"\n  enable_key_rotation = true\n}\n\nresource "aws_ecr_repository" "web_app" {\n  name                 = "web-app"\n  image_tag_mutability = "IMMUTABLE"\n\n  encryption_configuration {\n    encryption_type = "KMS"\n    kms_key         = aws_kms_key.ecr.arn\n  }\n}',
    cloudformation: 'Resources:\n  EcrKey:\n    Type: AWS::KMS::Key\n    Properties:\n      EnableKeyRotation: true\n  WebApp:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryName: web-app\n      ImageTagMutability: IMMUTABLE\n      EncryptionConfiguration:\n        EncryptionType: KMS\n        KmsKey: !GetAtt EcrKey.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-5',
  ],
  evaluate(repo) {
    const { encryptionType, kmsKey } = repo.config.encryptionConfiguration;
    const evidence = { encryptionType, kmsKey, kmsKeyManager: repo.config.kmsKeyManager };
    if (encryptionType === 'AES256') {
      return fail(
        { en: `${repo.config.repositoryName} uses AES256 (S3-managed keys), not a customer managed KMS key.`, ja: `${repo.config.repositoryName} は AES256（S3 マネージドキー）を使っており、カスタマーマネージド KMS キーではありません。` },
        evidence,
      );
    }
    if (repo.config.kmsKeyManager === 'CUSTOMER') {
      return pass({ en: `Encrypted with customer managed key ${kmsKey}.`, ja: `カスタマーマネージドキー ${kmsKey} で暗号化されています。` }, evidence);
    }
    return fail(
      { en: `${repo.config.repositoryName} uses the AWS managed key aws/ecr, not a customer managed key.`, ja: `${repo.config.repositoryName} は AWS マネージドキー aws/ecr を使っており、カスタマーマネージドキーではありません。` },
      evidence,
    );
  },
});
