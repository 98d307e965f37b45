import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-custom-role',
  cis: '2.7',
  subject: { en: "custom role changes", ja: "カスタムロールの変更" },
  filter: "resource.type=\"iam_role\" AND (protoPayload.methodName=\"google.iam.admin.v1.CreateRole\" OR protoPayload.methodName=\"google.iam.admin.v1.DeleteRole\" OR protoPayload.methodName=\"google.iam.admin.v1.UpdateRole\")",
  metricName: 'cis-custom-role-changes',
  severity: 'LOW',
  urgency: 'medium',
  why: {
    en: "Plan it soon: custom role changes are rare and deliberate, so every one deserves a look, but abusing them needs an already privileged account.",
    ja: "早めに計画してください。カスタムロールの変更はまれで意図的な操作のため毎回確認する価値がありますが、悪用にはすでに強い権限を持つアカウントが必要です。",
  },
  risk: {
    en: "Adding a permission such as iam.serviceAccountKeys.create or resourcemanager.projects.setIamPolicy to a widely granted custom role silently escalates everyone who holds it; deleting or narrowing a role breaks access controls in ways that look like ordinary failures.",
    ja: "広く付与されているカスタムロールに iam.serviceAccountKeys.create や resourcemanager.projects.setIamPolicy などの権限を追加すると、そのロールを持つ全員の権限が気付かれないまま昇格します。ロールの削除や権限の削減は、通常の障害にしか見えない形でアクセス制御を壊します。",
  },
  nist: ["AC-2(4)", "AU-6", "SI-4"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
