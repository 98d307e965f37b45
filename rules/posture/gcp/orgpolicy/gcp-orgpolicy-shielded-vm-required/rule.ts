import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'compute.requireShieldedVm';
const steps = booleanConsole('Shielded VMs', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-shielded-vm-required',
  constraint,
  title: {
    en: 'Organisation policy requires Shielded VM for new instances',
    ja: '組織のポリシーで新しいインスタンスに Shielded VM が必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'nist-800-53-r5': ['SI-7', 'CM-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint compute.requireShieldedVm is effectively enforced for the project, so new Compute Engine instances must use Shielded VM images with Secure Boot enabled.',
      urgency: 'Low: the constraint applies to instances created from now on; it keeps new workloads on verified boot chains without touching running ones.',
      risk: 'Without Shielded VM, bootkits and rootkits can persist below the operating system, and tampering with the boot sequence goes unnoticed because there is no Secure Boot, vTPM measured boot or integrity monitoring to detect it.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. Use Shielded VM-compatible public images (or custom images built with UEFI support) and keep Secure Boot, vTPM and integrity monitoring on. Workloads that need unsigned kernel modules belong in a dedicated project with a documented exception.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 compute.requireShieldedVm がプロジェクトに実際に適用され、新しい Compute Engine インスタンスで Shielded VM イメージとセキュアブートの使用が必須になっているかを確認します。',
      urgency: '緊急度は低めです。この制約は今後作成されるインスタンスに適用され、稼働中のインスタンスには影響を与えずに、新しいワークロードを検証済みのブートチェーンで動かせます。',
      risk: 'Shielded VM を使わないと、ブートキットやルートキットが OS より下の層に潜伏できます。セキュアブート、vTPM による測定ブート、整合性モニタリングがないため、ブートシーケンスの改ざんにも気付けません。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。Shielded VM に対応した公開イメージ（または UEFI 対応で作成したカスタム イメージ）を使用し、セキュアブート、vTPM、整合性モニタリングを有効のままにしてください。署名のないカーネル モジュールが必要なワークロードは、例外を文書化した専用プロジェクトで運用してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'require_shielded_vm'),
  references: [
    'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
    'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm',
    ...ORG_POLICY_REFERENCES,
  ],
});
