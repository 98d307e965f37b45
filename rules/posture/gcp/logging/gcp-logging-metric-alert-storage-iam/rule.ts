import { metricAlertRule, type MetricAlertSpec } from '../metric-alert.js';

export const spec: MetricAlertSpec = {
  id: 'gcp-logging-metric-alert-storage-iam',
  cis: '2.11',
  subject: { en: "Cloud Storage IAM permission changes", ja: "Cloud Storage の IAM 権限の変更" },
  filter: "resource.type=\"gcs_bucket\" AND protoPayload.methodName=\"storage.setIamPermissions\"",
  metricName: 'cis-storage-iam-changes',
  severity: 'LOW',
  urgency: 'medium',
  why: {
    en: "Plan it soon: a single binding for allUsers publishes a bucket to the whole internet, and data leaks through public buckets are among the most common cloud incidents.",
    ja: "早めに計画してください。allUsers へのバインディングが 1 つあるだけでバケットはインターネット全体に公開され、公開バケットからの情報漏えいはクラウドで最も多いインシデントの一つです。",
  },
  risk: {
    en: "Granting allUsers or allAuthenticatedUsers a role on a bucket publishes its objects to anyone; granting a personal or external account access copies data out of your control. Without an alert such changes surface only when the data appears somewhere else.",
    ja: "バケットで allUsers や allAuthenticatedUsers にロールを付与するとオブジェクトが誰にでも公開され、個人や外部のアカウントにアクセスを付与するとデータが管理外に持ち出されます。アラートがなければ、こうした変更はデータが外部に出回って初めて明らかになります。",
  },
  nist: ["AC-2(4)", "AU-6", "SI-4"],
  pci40: ['10.4.1.1'],
};

export const rule = metricAlertRule(spec);
