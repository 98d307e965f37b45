import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-project-ownership',
  cis: '2.5',
  subject: { en: "project ownership assignments and changes", ja: "プロジェクトオーナー権限の付与・変更" },
  filter: "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"REMOVE\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\")",
  metricName: 'cis-project-ownership-changes',
  severity: 'MEDIUM',
  urgency: 'high',
  why: {
    en: "Set up this week: roles/owner gives full control of the project, and adding an owner is the quickest way for an intruder to stay in.",
    ja: "今週中に設定してください。roles/owner はプロジェクトを完全に制御できる権限で、オーナーの追加は侵入者が居座るための最も手早い手段です。",
  },
  risk: {
    en: "An attacker holding any credential with resourcemanager.projects.setIamPolicy adds their own account as owner, or an engineer grants owner to a contractor \"temporarily\". Without an alert the extra owner goes unnoticed until the next access review, with the power to read every secret, delete resources and switch off logging.",
    ja: "resourcemanager.projects.setIamPolicy 権限を持つ認証情報を手に入れた攻撃者が自分のアカウントをオーナーに追加したり、エンジニアが外部委託先に「一時的に」オーナーを付与したりします。アラートがなければ追加されたオーナーは次の権限棚卸しまで気付かれず、その間すべてのシークレットの閲覧、リソースの削除、ログの停止が可能です。",
  },
  nist: ["AC-2(4)", "AU-6", "SI-4"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
