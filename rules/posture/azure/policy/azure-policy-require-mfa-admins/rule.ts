import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'audit-owner-mfa',
  displayName: 'Accounts with owner permissions should be MFA enabled',
  guid: 'e3e008c3-56b9-4133-8fd7-d3347377402a',
  definition: { en: 'Accounts with owner permissions on Azure resources should be MFA enabled', ja: 'Azure リソースに対する所有者アクセス許可を持つアカウントは MFA を有効にする必要がある' },
  parameters: { effect: 'AuditIfNotExists' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", keep "Effect" at AuditIfNotExists (its only other value is Disabled). The policy reads Microsoft Defender for Cloud\'s recommendation, so Defender for Cloud (the free foundational CSPM is enough) must be on in the subscriptions.',
  ja: '「パラメーター」タブで「効果」は AuditIfNotExists のままにします（他の値は Disabled のみです）。このポリシーは Microsoft Defender for Cloud の推奨事項を参照するため、サブスクリプションで Defender for Cloud（無料の基本的な CSPM で十分）が有効である必要があります。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-require-mfa-admins',
  intent: 'require-mfa-admins',
  // The definition is AuditIfNotExists by design: audited is the best it can be.
  satisfiedBy: ['enforced', 'audit-only'],
  title: {
    en: 'Azure Policy audits MFA for accounts with Owner permissions',
    ja: 'Azure Policy で所有者アクセス許可を持つアカウントの MFA を監査している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['IM-6', 'PA-1'], 'nist-800-53-r5': ['IA-2(1)'], 'pci-dss-4.0': ['8.4.1'] },
  doc: {
    en: {
      description:
        'Checks that "Accounts with owner permissions on Azure resources should be MFA enabled" applies to the whole subscription, assigned at the subscription or a management group above it and not exempted. The definition can only audit (AuditIfNotExists) by design, so an audit assignment passes, even in DoNotEnforce mode, which still evaluates compliance. MFA itself is enforced by Microsoft Entra Conditional Access (and Azure\'s mandatory MFA for management sign-ins); mamori\'s Entra ID rules check that.',
      urgency:
        'Plan it within weeks: the policy enforces nothing, but it is the per-subscription evidence, in Azure Policy compliance, that every Owner is covered by MFA, and it flags the exceptions Conditional Access misses.',
      risk:
        'Without the assignment, nobody sees in the subscription\'s compliance that an Owner signs in without MFA (an account excluded from Conditional Access, a guest, a forgotten break-glass account). A phished or sprayed password for such an account gives full control of every resource in the subscription, including the ability to delete backups and grant access to others.',
      recommendation:
        'Assign the definition at the management group that holds your subscriptions with effect AuditIfNotExists, keep Defender for Cloud enabled so the underlying recommendation is computed, and enforce MFA for all users with Azure management access through a Conditional Access policy. Review non-compliant Owners in Policy compliance.',
      console: steps.en,
    },
    ja: {
      description:
        '「Azure リソースに対する所有者アクセス許可を持つアカウントは MFA を有効にする必要がある」が、サブスクリプション自体または上位の管理グループへの割り当てによりサブスクリプション全体に適用され、適用除外されていないことを確認します。この定義は設計上、監査（AuditIfNotExists）しかできないため、監査の割り当てで合格とします。準拠状況の評価は行われるため、DoNotEnforce モードでも合格です。MFA 自体は Microsoft Entra の条件付きアクセス（および Azure の管理操作に対する必須 MFA）で強制するものであり、mamori の Entra ID ルールで確認します。',
      urgency:
        '数週間以内に計画してください。このポリシーは何も強制しませんが、すべての所有者が MFA の対象であることを Azure Policy のコンプライアンスでサブスクリプションごとに示す証跡となり、条件付きアクセスの漏れを検出します。',
      risk:
        'この割り当てがないと、所有者が MFA なしでサインインしていること（条件付きアクセスから除外されたアカウント、ゲスト、忘れられた緊急用アカウントなど）がサブスクリプションのコンプライアンスに現れません。そうしたアカウントのパスワードがフィッシングやパスワード スプレーで奪われると、バックアップの削除や他者へのアクセス付与を含め、サブスクリプション内のすべてのリソースを完全に制御されます。',
      recommendation:
        'サブスクリプションを含む管理グループでこの定義を効果 AuditIfNotExists で割り当て、基になる推奨事項が計算されるよう Defender for Cloud を有効に保ってください。Azure の管理アクセスを持つすべてのユーザーには条件付きアクセス ポリシーで MFA を強制し、非準拠の所有者をポリシーのコンプライアンスで確認します。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/policy-reference',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-old-require-mfa-azure-mgmt',
    'https://learn.microsoft.com/en-us/entra/identity/authentication/concept-mandatory-multifactor-authentication',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
  ],
});
