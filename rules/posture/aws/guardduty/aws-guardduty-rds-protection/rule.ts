import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-rds-protection',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty RDS Protection is enabled',
    ja: 'GuardDuty の RDS Protection が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.9'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description: 'Checks that GuardDuty analyses Amazon Aurora login activity (feature RDS_LOGIN_EVENTS).',
      urgency: 'Plan it within a sprint: databases hold the data attackers want, and this is the only GuardDuty signal on database logins.',
      risk: 'Password spraying against an Aurora cluster, a successful login from a Tor node, or an application user suddenly used from an unusual network are not detected, so a database breach is found only when the data appears elsewhere.',
      recommendation: 'Enable RDS Protection on the detector (organization-wide from the delegated administrator). It has no performance impact on the databases and needs no change to them.',
      console: [
        'Open the GuardDuty console in the reported region and choose "RDS Protection".',
        'Choose "Edit", select "Enable" and save.',
        'In the delegated administrator account, enable it for all member accounts as well.',
      ],
    },
    ja: {
      description: 'GuardDuty が Amazon Aurora のログインアクティビティを分析しているか（機能 RDS_LOGIN_EVENTS）を確認します。',
      urgency: '次のスプリント内に計画してください。データベースは攻撃者が最も狙うデータの保管場所であり、データベースへのログインに関する GuardDuty のシグナルはこの機能だけです。',
      risk: 'Aurora クラスターへのパスワードスプレー攻撃、Tor ノードからのログイン成功、アプリケーション用ユーザーが普段と異なるネットワークから使われるといった事象を検知できず、データが外部に出回って初めて侵害に気付くことになります。',
      recommendation: 'ディテクターで RDS Protection を有効にしてください（組織全体では委任管理者から設定）。データベースの性能への影響はなく、データベース側の変更も不要です。',
      console: [
        '対象リージョンの GuardDuty コンソールで「RDS Protection」を開きます。',
        '「編集」から「有効にする」を選択して保存します。',
        '委任管理者アカウントでは、全メンバーアカウントに対しても有効化します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"RDS_LOGIN_EVENTS","Status":"ENABLED"}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "rds" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "RDS_LOGIN_EVENTS"\n  status      = "ENABLED"\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: RDS_LOGIN_EVENTS\n          Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/rds-protection.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-9',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const status = feature(d.config, 'RDS_LOGIN_EVENTS')?.Status ?? 'DISABLED';
    return status === 'ENABLED'
      ? pass({ en: 'RDS Protection is enabled.', ja: 'RDS Protection は有効です。' })
      : fail(
          {
            en: `RDS Protection (RDS_LOGIN_EVENTS) is ${status} on detector ${d.config.detectorId}.`,
            ja: `ディテクター ${d.config.detectorId} で RDS Protection（RDS_LOGIN_EVENTS）が ${status} です。`,
          },
          { RDS_LOGIN_EVENTS: status },
        );
  },
});
