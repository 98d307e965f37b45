import { restricts } from '../../../../../src/providers/gcp/orgpolicy.js';
import { defineGuardrail, listConsole, listRemediation, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'gcp.restrictServiceUsage';
const steps = listConsole('Restrict Resource Service Usage', constraint, {
  en: 'Set "Policy values" to "Custom", choose "Policy type" "Allow" (an allow list of approved services) or "Deny" (services to block), enter the service names (for example compute.googleapis.com) and click "Done".',
  ja: '「ポリシーの値」を「カスタム」にし、「ポリシーの種類」で「許可」（承認済みサービスの許可リスト）または「拒否」（ブロックするサービス）を選び、サービス名（例: compute.googleapis.com）を入力して「完了」をクリックします。',
});

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-service-usage-restricted',
  constraint,
  title: {
    en: 'Organisation policy restricts which Google Cloud services can be used',
    ja: '組織のポリシーで利用できる Google Cloud サービスが制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  list: {
    satisfied: restricts,
    requirement: { en: 'an allow list or a deny list of services', ja: 'サービスの許可リストまたは拒否リスト' },
  },
  frameworks: { 'nist-800-53-r5': ['CM-7', 'CM-7(5)'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint gcp.restrictServiceUsage is effectively set for the project with an allow list or a deny list, so only services the organisation has approved can be used to create resources.',
      urgency: 'Low: the guardrail limits the attack surface and shadow IT rather than closing a direct exposure, but it is much easier to introduce before teams depend on unapproved services.',
      risk: 'Without a service restriction, teams can adopt any Google Cloud service, including ones that have not been reviewed for security, logging, data residency or cost controls. Unreviewed services are where guardrails and monitoring are usually missing.',
      recommendation: 'Set gcp.restrictServiceUsage at the organisation with an allow list of approved services (or, as a first step, a deny list of services that must not be used) and remove project-level policies that allow all values. Review the list of services this constraint supports; services outside it are governed by IAM and gcp.restrictServiceUsage does not apply to them.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 gcp.restrictServiceUsage が許可リストまたは拒否リストとしてプロジェクトに実際に設定され、組織が承認したサービスだけでリソースを作成できる状態になっているかを確認します。',
      urgency: '緊急度は低めです。このガードレールは直接的な公開を防ぐものではなく、攻撃対象領域とシャドー IT を抑えるものですが、チームが未承認のサービスに依存する前に導入するほうがはるかに容易です。',
      risk: 'サービスの制限がないと、セキュリティ、ログ、データ所在地、コスト管理の観点でレビューされていないサービスも含め、チームはどの Google Cloud サービスでも使い始められます。未レビューのサービスでは、ガードレールや監視が欠けていることが多くあります。',
      recommendation: '組織で gcp.restrictServiceUsage を設定し、承認済みサービスの許可リスト（最初の段階としては、使用を禁止するサービスの拒否リスト）を指定してください。すべての値を許可するプロジェクト単位のポリシーは削除します。この制約がサポートするサービスの一覧を確認してください。一覧にないサービスには gcp.restrictServiceUsage は適用されず、IAM で管理されます。',
      console: steps.ja,
    },
  },
  remediation: listRemediation(
    constraint,
    'restrict_service_usage',
    ['- values:', '    allowedValues:', '    - compute.googleapis.com', '    - storage.googleapis.com', '    - bigquery.googleapis.com'],
    ['values {', '  allowed_values = ["compute.googleapis.com", "storage.googleapis.com", "bigquery.googleapis.com"]', '}'],
  ),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-resources',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-resources-supported-services',
    ...ORG_POLICY_REFERENCES,
  ],
});
