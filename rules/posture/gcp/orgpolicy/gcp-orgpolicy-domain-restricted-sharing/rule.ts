import { allowListOnly } from '../../../../../src/providers/gcp/orgpolicy.js';
import { defineGuardrail, listConsole, listRemediation, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'iam.allowedPolicyMemberDomains';
const steps = listConsole('Domain restricted sharing', constraint, {
  en: 'Set "Policy values" to "Custom", "Policy type" to "Allow" and add your Cloud Identity / Google Workspace customer ID (for example C0xxxxxxx; shown with gcloud organizations describe) and those of trusted partner organisations, then click "Done".',
  ja: '「ポリシーの値」を「カスタム」、「ポリシーの種類」を「許可」にして、自社の Cloud Identity / Google Workspace の顧客 ID（例: C0xxxxxxx。gcloud organizations describe で確認できます）と、信頼できるパートナー組織の顧客 ID を追加し、「完了」をクリックします。',
});

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-domain-restricted-sharing',
  constraint,
  title: {
    en: 'Organisation policy restricts IAM members to allowed domains (domain restricted sharing)',
    ja: '組織のポリシーで IAM メンバーが許可されたドメインに制限されている（ドメイン制限付き共有）',
  },
  severity: 'HIGH',
  urgency: 'high',
  list: {
    satisfied: allowListOnly,
    requirement: { en: 'an allow list of Cloud Identity customer IDs', ja: 'Cloud Identity の顧客 ID の許可リスト' },
  },
  frameworks: { 'nist-800-53-r5': ['AC-2', 'AC-3', 'AC-21'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint iam.allowedPolicyMemberDomains (domain restricted sharing) is effectively set for the project with an allow list of customer IDs, so IAM roles can only be granted to identities of your own (and explicitly trusted) Cloud Identity or Google Workspace accounts.',
      urgency: 'Fix soon: without it, one IAM binding can hand your data to a personal Gmail account or to anyone on the internet (allUsers).',
      risk: 'Any IAM administrator can grant access to outside identities: personal Gmail accounts, other companies\' users, allUsers or allAuthenticatedUsers. Such grants bypass your identity lifecycle (joiners/leavers, MFA, conditional access) and are a common cause of data exposure and persistence after an account takeover.',
      recommendation: 'Set iam.allowedPolicyMemberDomains at the organisation with allowedValues listing your Cloud Identity / Workspace customer ID (and those of trusted partners), and remove project-level policies that allow all values. Projects that must publish content publicly get a documented exception, preferably with a tag-conditional rule. The constraint is not retroactive: review existing bindings to outside members separately.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 iam.allowedPolicyMemberDomains（ドメイン制限付き共有）が顧客 ID の許可リストとしてプロジェクトに実際に設定され、自社の（および明示的に信頼した）Cloud Identity / Google Workspace アカウントの ID にしか IAM ロールを付与できない状態になっているかを確認します。',
      urgency: '早めに対応してください。この制約がないと、IAM バインディング 1 つでデータを個人の Gmail アカウントやインターネット上の誰にでも（allUsers）渡せてしまいます。',
      risk: 'IAM 管理者であれば誰でも、個人の Gmail アカウント、他社のユーザー、allUsers や allAuthenticatedUsers などの外部 ID にアクセス権を付与できます。こうした付与は自社の ID ライフサイクル管理（入退社、MFA、条件付きアクセス）を迂回し、情報漏えいや、アカウント乗っ取り後の永続化の一般的な原因となります。',
      recommendation: '組織で iam.allowedPolicyMemberDomains を設定し、allowedValues に自社の Cloud Identity / Workspace の顧客 ID（および信頼できるパートナーの顧客 ID）を指定してください。すべての値を許可するプロジェクト単位のポリシーは削除します。コンテンツを一般公開する必要があるプロジェクトには、できればタグ条件付きのルールで、文書化した例外を設けてください。この制約は既存のバインディングには遡及しないため、外部メンバーへの既存のバインディングは別途確認してください。',
      console: steps.ja,
    },
  },
  remediation: listRemediation(
    constraint,
    'domain_restricted_sharing',
    ['- values:', '    allowedValues:', '    - C0xxxxxxx  # your customer ID: gcloud organizations describe ORGANIZATION_ID'],
    ['values {', '  allowed_values = [var.directory_customer_id] # e.g. "C0xxxxxxx"', '}'],
  ),
  references: [
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
    ...ORG_POLICY_REFERENCES,
  ],
});
