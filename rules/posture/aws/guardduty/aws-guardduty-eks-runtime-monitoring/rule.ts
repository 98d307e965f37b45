import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { additionalOn, feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-eks-runtime-monitoring',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty EKS Runtime Monitoring with automated agent management is enabled',
    ja: 'GuardDuty の EKS ランタイムモニタリング（エージェント自動管理）が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.7'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description: 'Checks that GuardDuty Runtime Monitoring (RUNTIME_MONITORING, or the legacy EKS_RUNTIME_MONITORING) is enabled with automated EKS add-on management (EKS_ADDON_MANAGEMENT), so every EKS cluster gets the security agent.',
      urgency: 'Plan it within a sprint: audit logs show API calls, but only the runtime agent sees what happens inside containers; without automated management new clusters are silently uncovered.',
      risk: 'A web shell in a container, a reverse shell, a container escape to the node or a crypto-miner process are not detected. Attackers typically move from the compromised pod to the node role credentials, which audit logs alone will not show.',
      recommendation: 'Enable Runtime Monitoring and turn on "Automated agent configuration" for Amazon EKS so GuardDuty installs and updates the aws-guardduty-agent add-on in every cluster. Make sure cluster VPCs can reach the GuardDuty VPC endpoint that GuardDuty creates.',
      console: [
        'Open the GuardDuty console in the reported region and choose "Runtime Monitoring".',
        'Under "Configuration", enable Runtime Monitoring.',
        'Under "Amazon EKS", enable "Automated agent configuration" and save.',
        'Check the "Runtime coverage" tab to confirm every cluster reports as healthy.',
      ],
    },
    ja: {
      description: 'GuardDuty のランタイムモニタリング（RUNTIME_MONITORING、または従来の EKS_RUNTIME_MONITORING）が、EKS アドオンの自動管理（EKS_ADDON_MANAGEMENT）付きで有効になっており、すべての EKS クラスターにセキュリティエージェントが導入されるかを確認します。',
      urgency: '次のスプリント内に計画してください。監査ログでは API 呼び出ししか分からず、コンテナ内部の挙動はランタイムエージェントでしか見えません。自動管理がないと新しいクラスターが気付かないうちに対象外になります。',
      risk: 'コンテナ内の Web シェル、リバースシェル、ノードへのコンテナエスケープ、マイニングプロセスなどを検知できません。攻撃者は侵害した Pod からノードの IAM ロール認証情報へ移るのが常套手段であり、監査ログだけではそれが見えません。',
      recommendation: 'ランタイムモニタリングを有効にし、Amazon EKS の「エージェント設定の自動化」をオンにして、GuardDuty が全クラスターに aws-guardduty-agent アドオンを導入・更新するようにしてください。クラスターの VPC から GuardDuty が作成する VPC エンドポイントへ到達できることも確認してください。',
      console: [
        '対象リージョンの GuardDuty コンソールで「Runtime Monitoring」を開きます。',
        '「設定」でランタイムモニタリングを有効にします。',
        '「Amazon EKS」の「エージェント設定の自動化」を有効にして保存します。',
        '「ランタイムカバレッジ」タブで全クラスターが正常に報告していることを確認します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"RUNTIME_MONITORING","Status":"ENABLED","AdditionalConfiguration":[{"Name":"EKS_ADDON_MANAGEMENT","Status":"ENABLED"}]}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "runtime" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "RUNTIME_MONITORING"\n  status      = "ENABLED"\n\n  additional_configuration {\n    name   = "EKS_ADDON_MANAGEMENT"\n    status = "ENABLED"\n  }\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: RUNTIME_MONITORING\n          Status: ENABLED\n          AdditionalConfiguration:\n            - Name: EKS_ADDON_MANAGEMENT\n              Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring-configuration.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-7',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const candidates = ['RUNTIME_MONITORING', 'EKS_RUNTIME_MONITORING'].map((n) => feature(d.config, n)).filter((f) => f?.Status === 'ENABLED');
    if (candidates.length === 0) {
      return fail(
        {
          en: `Runtime Monitoring is not enabled on detector ${d.config.detectorId}, so no EKS cluster is monitored at runtime.`,
          ja: `ディテクター ${d.config.detectorId} でランタイムモニタリングが有効でないため、どの EKS クラスターも実行時に監視されていません。`,
        },
        { RUNTIME_MONITORING: feature(d.config, 'RUNTIME_MONITORING')?.Status ?? 'DISABLED' },
      );
    }
    const managed = candidates.find((f) => additionalOn(f, 'EKS_ADDON_MANAGEMENT'));
    return managed
      ? pass(
          { en: `EKS Runtime Monitoring (${managed.Name}) with automated agent management is enabled.`, ja: `EKS ランタイムモニタリング（${managed.Name}）がエージェント自動管理付きで有効です。` },
          { feature: managed.Name },
        )
      : fail(
          {
            en: 'Runtime Monitoring is enabled but automated EKS agent management (EKS_ADDON_MANAGEMENT) is off: clusters without a manually installed agent are not monitored.',
            ja: 'ランタイムモニタリングは有効ですが EKS エージェントの自動管理（EKS_ADDON_MANAGEMENT）がオフのため、手動でエージェントを入れていないクラスターは監視されません。',
          },
          { EKS_ADDON_MANAGEMENT: 'DISABLED' },
        );
  },
});
