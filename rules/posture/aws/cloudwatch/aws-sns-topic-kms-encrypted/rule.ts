import { TOPIC_TYPE, type TopicConfig } from '../../../../../src/providers/aws/model/sns.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

/** SNS.1. Lives in the cloudwatch folder because it protects the alarm notification topics (no sns rule folder). */
export const rule = defineRule<TopicConfig>({
  id: 'aws-sns-topic-kms-encrypted',
  services: ['sns'],
  title: {
    en: 'SNS topics are encrypted at rest using AWS KMS',
    ja: 'SNS トピックが AWS KMS で保存時暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [TOPIC_TYPE],
  requires: ['attributes', 'kmsMasterKeyId'],
  frameworks: {
    fsbp: ['SNS.1'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: 'Checks that the SNS topic uses server-side encryption with a KMS key (KmsMasterKeyId is set).',
      urgency:
        'Plan the change: messages are stored only briefly, but topics often carry alarm details, order events or personal data, and encryption also puts a KMS permission in front of every publisher.',
      risk:
        'Messages waiting for delivery are stored unencrypted under SNS-managed storage. With SSE-KMS, publishing and delivery also require kms:GenerateDataKey/Decrypt, so a principal that only has sns:Publish through an over-broad topic policy cannot inject messages, and key usage is auditable in CloudTrail.',
      recommendation:
        'Enable server-side encryption on the topic with a customer managed KMS key (or alias/aws/sns when no cross-account or service publishers are involved). For CloudWatch alarms, EventBridge and other AWS service publishers, the key policy must allow that service principal to use the key.',
      console: [
        'Open the Amazon SNS console and choose Topics, then the topic.',
        'Choose Edit and expand Encryption.',
        'Select Enable encryption, choose a KMS key, then Save changes.',
      ],
    },
    ja: {
      description: 'SNS トピックが KMS キーによるサーバー側暗号化を使用しているか（KmsMasterKeyId が設定されているか）を確認します。',
      urgency:
        '計画的に対応してください。メッセージの保存は短時間ですが、トピックはアラームの詳細、注文イベント、個人データなどを運ぶことが多く、暗号化によってすべての発行者の前に KMS の権限チェックも加わります。',
      risk:
        '配信待ちのメッセージは暗号化されずに SNS 管理のストレージに保存されます。SSE-KMS にすると発行や配信に kms:GenerateDataKey/Decrypt も必要になるため、過度に広いトピックポリシーで sns:Publish だけを得たプリンシパルはメッセージを注入できず、キーの使用も CloudTrail で監査できます。',
      recommendation:
        'カスタマー管理 KMS キー（他アカウントや AWS サービスからの発行がなければ alias/aws/sns でも可）でトピックのサーバー側暗号化を有効にしてください。CloudWatch アラームや EventBridge など AWS サービスが発行する場合は、キーポリシーでそのサービスプリンシパルにキーの使用を許可する必要があります。',
      console: [
        'Amazon SNS コンソールで「トピック」を開き、対象のトピックを選択します。',
        '「編集」を選び、「暗号化」を展開します。',
        '「暗号化の有効化」を選び、KMS キーを指定して「変更の保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws sns set-topic-attributes --topic-arn arn:aws:sns:<region>:<account-id>:<topic> \\\n  --attribute-name KmsMasterKeyId --attribute-value arn:aws:kms:<region>:<account-id>:key/<key-id>',
    terraform: 'resource "aws_sns_topic" "alerts" {\n  name              = "security-alerts"\n  kms_master_key_id = aws_kms_key.sns.arn # key policy allows cloudwatch.amazonaws.com kms:GenerateDataKey* and kms:Decrypt\n}',
    cloudformation: 'AlertsTopic:\n  Type: AWS::SNS::Topic\n  Properties:\n    TopicName: security-alerts\n    KmsMasterKeyId: !GetAtt SnsKey.Arn',
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
    'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html#sns-1',
  ],
  evaluate(topic) {
    if (topic.errors?.attributes) return notAssessed({ en: 'Topic attributes could not be collected.', ja: 'トピックの属性を取得できませんでした。' });
    return topic.config.kmsMasterKeyId
      ? pass({ en: `Topic ${topic.name} is encrypted with ${topic.config.kmsMasterKeyId}.`, ja: `トピック ${topic.name} は ${topic.config.kmsMasterKeyId} で暗号化されています。` })
      : fail({ en: `Topic ${topic.name} has no server-side encryption.`, ja: `トピック ${topic.name} でサーバー側暗号化が有効になっていません。` });
  },
});
