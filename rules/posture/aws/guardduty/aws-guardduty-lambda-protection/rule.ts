import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-lambda-protection',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty Lambda Protection is enabled',
    ja: 'GuardDuty の Lambda Protection が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.6'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description: 'Checks that the GuardDuty detector monitors AWS Lambda network activity (feature LAMBDA_NETWORK_LOGS).',
      urgency: 'Plan it within a sprint: it widens existing GuardDuty coverage to serverless workloads, where compromise is otherwise hard to see.',
      risk: 'A Lambda function with a vulnerable dependency, or one whose code was replaced by an attacker, can mine crypto currency or send data to a command-and-control server without any finding, because functions have no host agent and short lifetimes.',
      recommendation: 'Enable Lambda Protection on the detector (organization-wide from the delegated administrator). It needs no change to the functions themselves.',
      console: [
        'Open the GuardDuty console in the reported region and choose "Lambda Protection".',
        'Choose "Edit", select "Enable" and save.',
        'In the delegated administrator account, enable it for all member accounts as well.',
      ],
    },
    ja: {
      description: 'GuardDuty ディテクターが AWS Lambda のネットワークアクティビティを監視しているか（機能 LAMBDA_NETWORK_LOGS）を確認します。',
      urgency: '次のスプリント内に計画してください。既存の GuardDuty の検出範囲を、侵害が見えにくいサーバーレスのワークロードまで広げる対応です。',
      risk: '脆弱な依存ライブラリを含む関数や、攻撃者にコードを差し替えられた関数が、暗号資産マイニングや C&C サーバーへのデータ送信を行っても検出結果が出ません。Lambda にはホストエージェントがなく実行時間も短いため、他の手段では気付きにくい領域です。',
      recommendation: 'ディテクターで Lambda Protection を有効にしてください（組織全体では委任管理者から設定）。関数側の変更は不要です。',
      console: [
        '対象リージョンの GuardDuty コンソールで「Lambda Protection」を開きます。',
        '「編集」から「有効にする」を選択して保存します。',
        '委任管理者アカウントでは、全メンバーアカウントに対しても有効化します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"LAMBDA_NETWORK_LOGS","Status":"ENABLED"}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "lambda" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "LAMBDA_NETWORK_LOGS"\n  status      = "ENABLED"\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: LAMBDA_NETWORK_LOGS\n          Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/lambda-protection.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-6',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const status = feature(d.config, 'LAMBDA_NETWORK_LOGS')?.Status ?? 'DISABLED';
    return status === 'ENABLED'
      ? pass({ en: 'Lambda Protection is enabled.', ja: 'Lambda Protection は有効です。' })
      : fail(
          {
            en: `Lambda Protection (LAMBDA_NETWORK_LOGS) is ${status} on detector ${d.config.detectorId}.`,
            ja: `ディテクター ${d.config.detectorId} で Lambda Protection（LAMBDA_NETWORK_LOGS）が ${status} です。`,
          },
          { LAMBDA_NETWORK_LOGS: status },
        );
  },
});
