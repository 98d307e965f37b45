import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-runtime-monitoring',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty Runtime Monitoring is enabled',
    ja: 'GuardDuty のランタイムモニタリングが有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.11'] },
  doc: {
    en: {
      description: 'Checks that GuardDuty Runtime Monitoring (feature RUNTIME_MONITORING) is enabled, which observes process, file and network events on EC2 instances, EKS clusters and ECS on Fargate through the GuardDuty security agent.',
      urgency: 'Plan it within a sprint: network- and API-based detection sees a compromise only once it talks to the outside; runtime monitoring sees the web shell or reverse shell as it starts.',
      risk: 'On a public web server, a web shell dropped through an application vulnerability can spawn shells, read the instance metadata service for role credentials and download tools without a runtime finding. Investigators then lack the process-level evidence of what ran.',
      recommendation: 'Enable Runtime Monitoring and automated agent configuration for the workload types you run (EC2, EKS, ECS Fargate), then check the runtime coverage page for instances or clusters without a healthy agent.',
      console: [
        'Open the GuardDuty console in the reported region and choose "Runtime Monitoring".',
        'Under "Configuration", choose "Edit" and enable Runtime Monitoring.',
        'Enable "Automated agent configuration" for Amazon EC2, Amazon EKS and AWS Fargate (ECS) as applicable, then save.',
        'Review the "Runtime coverage" tab for unhealthy or uncovered resources.',
      ],
    },
    ja: {
      description: 'GuardDuty のランタイムモニタリング（機能 RUNTIME_MONITORING）が有効かを確認します。GuardDuty セキュリティエージェントにより、EC2 インスタンス、EKS クラスター、Fargate 上の ECS でプロセス・ファイル・ネットワークのイベントを監視する機能です。',
      urgency: '次のスプリント内に計画してください。ネットワークや API ベースの検出は侵害が外部と通信して初めて気付けますが、ランタイムモニタリングは Web シェルやリバースシェルの起動そのものを捉えます。',
      risk: '公開 Web サーバーでアプリケーションの脆弱性から Web シェルを設置されると、シェルの起動、インスタンスメタデータサービスからのロール認証情報の取得、ツールのダウンロードが行われてもランタイムの検出結果は出ません。調査時にも、何が実行されたかというプロセスレベルの証拠が残りません。',
      recommendation: 'ランタイムモニタリングを有効にし、実際に使っているワークロード（EC2、EKS、ECS Fargate）についてエージェント設定の自動化をオンにしてください。その後、ランタイムカバレッジの画面でエージェントが正常でないインスタンスやクラスターがないか確認してください。',
      console: [
        '対象リージョンの GuardDuty コンソールで「Runtime Monitoring」を開きます。',
        '「設定」の「編集」からランタイムモニタリングを有効にします。',
        '該当する Amazon EC2、Amazon EKS、AWS Fargate (ECS) について「エージェント設定の自動化」を有効にして保存します。',
        '「ランタイムカバレッジ」タブで、異常または対象外のリソースがないか確認します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EKS_ADDON_MANAGEMENT","Status":"ENABLED"},{"Name":"ECS_FARGATE_AGENT_MANAGEMENT","Status":"ENABLED"},{"Name":"EC2_AGENT_MANAGEMENT","Status":"ENABLED"}]}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "runtime" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "RUNTIME_MONITORING"\n  status      = "ENABLED"\n\n  additional_configuration {\n    name   = "EC2_AGENT_MANAGEMENT"\n    status = "ENABLED"\n  }\n  additional_configuration {\n    name   = "EKS_ADDON_MANAGEMENT"\n    status = "ENABLED"\n  }\n  additional_configuration {\n    name   = "ECS_FARGATE_AGENT_MANAGEMENT"\n    status = "ENABLED"\n  }\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: RUNTIME_MONITORING\n          Status: ENABLED\n          AdditionalConfiguration:\n            - Name: EC2_AGENT_MANAGEMENT\n              Status: ENABLED\n            - Name: EKS_ADDON_MANAGEMENT\n              Status: ENABLED\n            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n              Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-11',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const status = feature(d.config, 'RUNTIME_MONITORING')?.Status ?? 'DISABLED';
    if (status === 'ENABLED') {
      return pass({ en: 'Runtime Monitoring is enabled.', ja: 'ランタイムモニタリングは有効です。' });
    }
    const legacyEks = feature(d.config, 'EKS_RUNTIME_MONITORING')?.Status === 'ENABLED';
    return fail(
      {
        en: `Runtime Monitoring (RUNTIME_MONITORING) is ${status} on detector ${d.config.detectorId}${legacyEks ? '; only the legacy EKS-only runtime monitoring is on, so EC2 and ECS workloads are not monitored' : ''}.`,
        ja: `ディテクター ${d.config.detectorId} でランタイムモニタリング（RUNTIME_MONITORING）が ${status} です${legacyEks ? '。従来の EKS 専用ランタイムモニタリングのみ有効なため、EC2 と ECS のワークロードは監視されていません' : ''}。`,
      },
      { RUNTIME_MONITORING: status, EKS_RUNTIME_MONITORING: legacyEks ? 'ENABLED' : undefined },
    );
  },
});
