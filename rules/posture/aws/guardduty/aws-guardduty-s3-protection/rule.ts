import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-s3-protection',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty S3 Protection is enabled',
    ja: 'GuardDuty の S3 Protection が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'DataSources', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.10'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description: 'Checks that GuardDuty monitors S3 data events (object-level API calls, feature S3_DATA_EVENTS).',
      urgency: 'Plan it within a sprint: it extends GuardDuty to object-level access, where data theft and tampering actually happen.',
      risk: 'Stolen credentials used to list and download a whole bucket, an object written to a deployment artifact bucket from an unusual location, or disabled S3 Block Public Access followed by mass reads go undetected. GuardDuty without S3 Protection only sees bucket-level management calls.',
      recommendation: 'Enable S3 Protection on the detector (organization-wide from the delegated administrator). It analyses CloudTrail S3 data events internally; you do not need to enable and pay for data events in your own trail for this.',
      console: [
        'Open the GuardDuty console in the reported region and choose "S3 Protection".',
        'Choose "Enable" and confirm.',
        'In the delegated administrator account, enable it for all member accounts as well.',
      ],
    },
    ja: {
      description: 'GuardDuty が S3 データイベント（オブジェクトレベルの API 呼び出し、機能 S3_DATA_EVENTS）を監視しているかを確認します。',
      urgency: '次のスプリント内に計画してください。データの持ち出しや改ざんが実際に起きるオブジェクトレベルのアクセスまで GuardDuty の監視を広げる対応です。',
      risk: '盗まれた認証情報でバケット全体が一覧・ダウンロードされる、デプロイ用アーティファクトのバケットに普段と違う場所からオブジェクトが書き込まれる、S3 のパブリックアクセスブロックが解除された直後に大量の読み取りが起きる、といった事象を検知できません。S3 Protection がない GuardDuty はバケットレベルの管理操作しか見ていません。',
      recommendation: 'ディテクターで S3 Protection を有効にしてください（組織全体では委任管理者から設定）。GuardDuty は内部で CloudTrail の S3 データイベントを分析するため、自分の証跡でデータイベントを有効化・課金する必要はありません。',
      console: [
        '対象リージョンの GuardDuty コンソールで「S3 Protection」を開きます。',
        '「有効にする」を選択して確定します。',
        '委任管理者アカウントでは、全メンバーアカウントに対しても有効化します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "s3" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "S3_DATA_EVENTS"\n  status      = "ENABLED"\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: S3_DATA_EVENTS\n          Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const status = feature(d.config, 'S3_DATA_EVENTS')?.Status ?? d.config.DataSources?.S3Logs ?? 'DISABLED';
    return status === 'ENABLED'
      ? pass({ en: 'S3 Protection is enabled.', ja: 'S3 Protection は有効です。' })
      : fail(
          {
            en: `S3 Protection (S3_DATA_EVENTS) is ${status} on detector ${d.config.detectorId}.`,
            ja: `ディテクター ${d.config.detectorId} で S3 Protection（S3_DATA_EVENTS）が ${status} です。`,
          },
          { S3_DATA_EVENTS: status },
        );
  },
});
