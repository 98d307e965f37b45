import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'aws-s3-data-classification',
  services: ['s3'],
  title: {
    en: 'All data in Amazon S3 has been discovered, classified and secured when required',
    ja: 'Amazon S3 内のすべてのデータが検出・分類され、必要に応じて保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'cis-aws-3.0': ['2.1.3'] },
  doc: {
    en: {
      description:
        'Manual check: confirm that the data stored in S3 is inventoried and classified (for example with Amazon Macie automated sensitive data discovery), and that buckets holding sensitive data have the protections their classification requires.',
      urgency:
        'Review periodically (at least yearly and when new data stores appear): classification decides which of the other S3 findings matter most, so it should not lag far behind.',
      risk: 'Without knowing where personal, financial or secret data lives, sensitive files end up in buckets with weak settings (public, unlogged, SSE-S3 only) and nobody notices until they leak; incident response cannot tell what was exposed.',
      recommendation:
        'Enable Amazon Macie (automated sensitive data discovery) across the organisation, review its findings, tag buckets with their data classification, and apply stricter controls (SSE-KMS with a dedicated key, access logging, Object Lock, narrow bucket policies) to buckets that hold sensitive data.',
      console: [
        'Open the Amazon Macie console and enable Macie (from the delegated administrator account for an organisation).',
        'Under "Automated discovery", enable automated sensitive data discovery.',
        'Review the S3 buckets summary and findings; tag each bucket with its classification (e.g. data-classification=confidential).',
        'For sensitive buckets, verify encryption, logging, public access and retention settings.',
      ],
    },
    ja: {
      description:
        '手動確認: S3 に保存されたデータが棚卸し・分類されていること（例: Amazon Macie の機密データ自動検出）、機密データを含むバケットに分類に応じた保護が施されていることを確認します。',
      urgency:
        '定期的に（少なくとも年 1 回、新しいデータストアが増えたとき）確認してください。データ分類は他の S3 の指摘のどれを優先すべきかを左右するため、遅れないようにしてください。',
      risk: '個人情報・決済情報・シークレットがどこにあるかを把握していないと、機密ファイルが弱い設定（公開、ログなし、SSE-S3 のみ）のバケットに置かれ、漏えいするまで誰も気づきません。インシデント対応でも何が露出したのか判断できません。',
      recommendation:
        '組織全体で Amazon Macie（機密データの自動検出）を有効にし、検出結果を確認してバケットにデータ分類タグを付けてください。機密データを含むバケットには、専用キーでの SSE-KMS、アクセスログ、オブジェクトロック、最小限のバケットポリシーなど、より厳しい管理を適用してください。',
      console: [
        'Amazon Macie コンソールを開き、Macie を有効にします（組織の場合は委任管理者アカウントから）。',
        '「自動検出」で機密データの自動検出を有効にします。',
        'S3 バケットの概要と検出結果を確認し、各バケットに分類タグ（例: data-classification=confidential）を付けます。',
        '機密データを含むバケットについて、暗号化・ログ・公開設定・保持設定を確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws macie2 enable-macie\naws macie2 update-automated-discovery-configuration --status ENABLED\naws macie2 get-bucket-statistics',
    terraform: 'resource "aws_macie2_account" "this" {}\n\nresource "aws_macie2_classification_export_configuration" "this" {\n  depends_on = [aws_macie2_account.this]\n  s3_destination {\n    bucket_name = aws_s3_bucket.macie_results.id\n    kms_key_arn = aws_kms_key.macie.arn\n  }\n}',
    cloudformation: 'MacieSession:\n  Type: AWS::Macie::Session\n  Properties:\n    Status: ENABLED\n    FindingPublishingFrequency: ONE_HOUR',
  },
  references: [
    'https://docs.aws.amazon.com/macie/latest/user/discovery-asdd.html',
    'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
  ],
});
