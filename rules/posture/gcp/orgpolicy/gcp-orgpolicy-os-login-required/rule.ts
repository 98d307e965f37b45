import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'compute.requireOsLogin';
const steps = booleanConsole('Require OS Login', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-os-login-required',
  constraint,
  title: {
    en: 'Organisation policy requires OS Login on VM instances',
    ja: '組織のポリシーで VM インスタンスへの OS Login が必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'nist-800-53-r5': ['AC-2', 'AC-3', 'IA-2'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint compute.requireOsLogin is effectively enforced for the project, so OS Login (enable-oslogin = TRUE) is on for every new project and instance and SSH access is governed by IAM.',
      urgency: 'Medium: without OS Login, SSH access is managed by metadata keys that nobody reviews and that outlive the people who added them.',
      risk: 'Metadata-based SSH keys are added per project or per instance, are not tied to a Google identity, survive when an employee leaves and bypass 2-step verification. Anyone able to edit instance or project metadata can grant themselves shell access to every VM of the project.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides, then grant roles/compute.osLogin or roles/compute.osAdminLogin to the people who need SSH access (optionally with OS Login 2-step verification). Remove the SSH keys left in project and instance metadata. Windows instances and some images without the guest environment are not covered by OS Login.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 compute.requireOsLogin がプロジェクトに実際に適用され、新しいプロジェクトとインスタンスで OS Login（enable-oslogin = TRUE）が有効になり、SSH アクセスが IAM で管理されているかを確認します。',
      urgency: '緊急度は中程度です。OS Login を使わない場合、SSH アクセスはメタデータの鍵で管理されます。これらの鍵は誰もレビューせず、追加した人がいなくなった後も残り続けます。',
      risk: 'メタデータに登録する SSH 鍵はプロジェクトやインスタンスごとに追加され、Google ID と結び付かず、退職後も残り、2 段階認証も経由しません。インスタンスやプロジェクトのメタデータを編集できる人は、プロジェクト内のすべての VM へのシェルアクセスを自分に与えられます。',
      recommendation: '組織でこの制約を適用してプロジェクト単位の上書きを削除したうえで、SSH アクセスが必要な人に roles/compute.osLogin または roles/compute.osAdminLogin を付与してください（必要に応じて OS Login の 2 段階認証も有効にします）。プロジェクトやインスタンスのメタデータに残っている SSH 鍵は削除してください。なお、Windows インスタンスやゲスト環境を含まない一部のイメージは OS Login の対象外です。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'require_os_login'),
  references: [
    'https://cloud.google.com/compute/docs/oslogin/manage-oslogin-in-an-org',
    'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
    ...ORG_POLICY_REFERENCES,
  ],
});
