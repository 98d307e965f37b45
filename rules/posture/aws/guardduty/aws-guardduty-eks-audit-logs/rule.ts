import { GUARDDUTY_DETECTOR_TYPE, type GuardDutyDetectorConfig } from '../../../../../src/providers/aws/model/guardduty.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { feature, suspended } from '../features.js';

export const rule = defineRule<GuardDutyDetectorConfig>({
  id: 'aws-guardduty-eks-audit-logs',
  services: ['guardduty'],
  title: {
    en: 'GuardDuty EKS Audit Log Monitoring is enabled',
    ja: 'GuardDuty の EKS 監査ログモニタリングが有効になっている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [GUARDDUTY_DETECTOR_TYPE],
  requires: ['Features', 'DataSources', 'Status', 'detectorId'],
  frameworks: { fsbp: ['GuardDuty.5'] },
  doc: {
    en: {
      description: 'Checks that the GuardDuty detector analyses Amazon EKS Kubernetes audit logs (feature EKS_AUDIT_LOGS).',
      urgency: 'Plan it within a sprint: GuardDuty is already running, so this only widens coverage, but clusters stay blind to Kubernetes-level attacks until it is on.',
      risk: 'Anonymous access to the API server, a pod created with a host path mount, or a service account token used from a known-malicious IP are not detected. An attacker who reaches the cluster can escalate to the nodes and their IAM roles unseen.',
      recommendation: 'Enable EKS Audit Log Monitoring on the detector (for organizations, from the delegated administrator with auto-enable for members). No agent or cluster change is needed; GuardDuty reads the audit log stream independently of control plane logging.',
      console: [
        'Open the GuardDuty console in the reported region and choose "EKS Protection".',
        'Under "EKS Audit Log Monitoring", choose "Edit", select "Enable" and save.',
        'In the delegated administrator account, also set the organization configuration to enable it for all member accounts.',
      ],
    },
    ja: {
      description: 'GuardDuty ディテクターが Amazon EKS の Kubernetes 監査ログを分析しているか（機能 EKS_AUDIT_LOGS）を確認します。',
      urgency: '次のスプリント内に計画してください。GuardDuty 自体は動いているため検出範囲の拡大にあたりますが、有効にするまでは Kubernetes レベルの攻撃を検知できません。',
      risk: 'API サーバーへの匿名アクセス、ホストパスをマウントした Pod の作成、既知の悪性 IP からのサービスアカウントトークン利用などを検知できません。クラスターに到達した攻撃者がノードやその IAM ロールへ気付かれずに権限昇格できます。',
      recommendation: 'ディテクターで EKS 監査ログモニタリングを有効にしてください（組織の場合は委任管理者からメンバーへ自動有効化）。エージェントやクラスター側の変更は不要で、GuardDuty はコントロールプレーンのログ設定とは独立して監査ログを取得します。',
      console: [
        '対象リージョンの GuardDuty コンソールで「EKS Protection」を開きます。',
        '「EKS 監査ログモニタリング」の「編集」から「有効にする」を選択して保存します。',
        '委任管理者アカウントでは、組織設定でも全メンバーアカウントに対して有効化します。',
      ],
    },
  },
  remediation: {
    cli: 'DETECTOR=$(aws guardduty list-detectors --query "DetectorIds[0]" --output text)\naws guardduty update-detector --detector-id "$DETECTOR" \\\n  --features \'[{"Name":"EKS_AUDIT_LOGS","Status":"ENABLED"}]\'',
    terraform: 'resource "aws_guardduty_detector_feature" "eks_audit_logs" {\n  detector_id = aws_guardduty_detector.this.id\n  name        = "EKS_AUDIT_LOGS"\n  status      = "ENABLED"\n}',
    cloudformation: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: ENABLED',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-eks-audit-log-monitoring.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-5',
  ],
  evaluate(d) {
    const off = suspended(d);
    if (off) return off;
    const f = feature(d.config, 'EKS_AUDIT_LOGS');
    const status = f?.Status ?? d.config.DataSources?.KubernetesAuditLogs ?? 'DISABLED';
    return status === 'ENABLED'
      ? pass({ en: 'EKS Audit Log Monitoring is enabled.', ja: 'EKS 監査ログモニタリングは有効です。' })
      : fail(
          {
            en: `EKS Audit Log Monitoring (EKS_AUDIT_LOGS) is ${status} on detector ${d.config.detectorId}.`,
            ja: `ディテクター ${d.config.detectorId} で EKS 監査ログモニタリング（EKS_AUDIT_LOGS）が ${status} です。`,
          },
          { EKS_AUDIT_LOGS: status },
        );
  },
});
