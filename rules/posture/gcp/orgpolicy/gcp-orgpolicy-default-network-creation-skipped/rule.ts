import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'compute.skipDefaultNetworkCreation';
const steps = booleanConsole('Skip default network creation', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-default-network-creation-skipped',
  constraint,
  title: {
    en: 'Organisation policy skips default network creation in new projects',
    ja: '組織のポリシーで新規プロジェクトのデフォルト ネットワーク作成がスキップされる',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'nist-800-53-r5': ['CM-6', 'CM-7', 'SC-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint compute.skipDefaultNetworkCreation is effectively enforced for the project, so enabling Compute Engine does not create the auto-mode "default" VPC network and its permissive firewall rules.',
      urgency: 'Low: the constraint only affects networks created from now on; existing default networks must be removed separately. It still keeps every new project from starting with open firewall rules.',
      risk: 'The default network has a subnet in every region and firewall rules that allow SSH (22), RDP (3389) and ICMP from 0.0.0.0/0 and all traffic inside the network. Instances started there are reachable from the internet by default and share a flat network with unrelated workloads.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. Create custom-mode VPC networks (or use Shared VPC) with explicit subnets and least-privilege firewall rules, and delete the default network from existing projects once nothing uses it.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 compute.skipDefaultNetworkCreation がプロジェクトに実際に適用され、Compute Engine を有効にしても自動モードの「default」VPC ネットワークと緩いファイアウォール ルールが作成されないようになっているかを確認します。',
      urgency: '緊急度は低めです。この制約は今後作成されるネットワークにのみ影響し、既存の default ネットワークは別途削除が必要です。それでも、すべての新規プロジェクトが開いたファイアウォール ルールを持った状態で始まることを防げます。',
      risk: 'default ネットワークはすべてのリージョンにサブネットを持ち、0.0.0.0/0 からの SSH（22）、RDP（3389）、ICMP と、ネットワーク内のすべての通信を許可するファイアウォール ルールが含まれます。そこで起動したインスタンスはデフォルトでインターネットから到達可能になり、無関係なワークロードとフラットなネットワークを共有します。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。明示的なサブネットと最小権限のファイアウォール ルールを持つカスタムモードの VPC ネットワーク（または共有 VPC）を使用し、既存プロジェクトの default ネットワークは使われていないことを確認してから削除してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'skip_default_network'),
  references: [
    'https://cloud.google.com/vpc/docs/vpc#default-network',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints#compute.skipDefaultNetworkCreation',
    ...ORG_POLICY_REFERENCES,
  ],
});
