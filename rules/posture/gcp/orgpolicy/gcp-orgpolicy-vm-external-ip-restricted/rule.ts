import { allowListOnly } from '../../../../../src/providers/gcp/orgpolicy.js';
import { defineGuardrail, listConsole, listRemediation, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'compute.vmExternalIpAccess';
const steps = listConsole('Define allowed external IPs for VM instances', constraint, {
  en: 'Set "Policy values" to "Deny all" (or to "Custom" with "Policy type" "Allow" and the full resource names of the few instances that may have an external IP, such as projects/PROJECT_ID/zones/ZONE/instances/INSTANCE), then click "Done".',
  ja: '「ポリシーの値」を「すべて拒否」にします（または「カスタム」にして「ポリシーの種類」を「許可」とし、外部 IP を持ってよい少数のインスタンスの完全なリソース名（projects/PROJECT_ID/zones/ZONE/instances/INSTANCE）を指定します）。その後「完了」をクリックします。',
});

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-vm-external-ip-restricted',
  constraint,
  title: {
    en: 'Organisation policy restricts external IP addresses on VM instances',
    ja: '組織のポリシーで VM インスタンスの外部 IP アドレスが制限されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  list: {
    satisfied: allowListOnly,
    requirement: { en: 'denyAll, or an allow list of the instances that may have an external IP', ja: 'すべて拒否（denyAll）、または外部 IP を持ってよいインスタンスの許可リスト' },
  },
  frameworks: { 'nist-800-53-r5': ['AC-4', 'SC-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint compute.vmExternalIpAccess is effectively set for the project to deny all external IPs, or to allow them only for an explicit list of instances.',
      urgency: 'Fix soon: an external IP puts a VM directly on the internet, where exposed services are found by scanners within minutes.',
      risk: 'Without the guardrail any VM can get an ephemeral or static external IPv4 address. Combined with a permissive firewall rule, management ports, databases and unpatched services become reachable from the internet, and data can leave the network without going through controlled egress.',
      recommendation: 'Set compute.vmExternalIpAccess to denyAll at the organisation (or to an allow list of the instances that really need one, such as a bastion) and remove project-level policies that allow all values. Publish services through load balancers, use Cloud NAT for outbound traffic and IAP TCP forwarding for administration. The constraint is not retroactive: remove external IPs from existing instances separately.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 compute.vmExternalIpAccess がプロジェクトに実際に設定され、外部 IP をすべて拒否するか、明示したインスタンスにのみ許可する状態になっているかを確認します。',
      urgency: '早めに対応してください。外部 IP を持つ VM はインターネットに直接さらされ、公開されたサービスは数分のうちにスキャナに発見されます。',
      risk: 'ガードレールがないと、どの VM にもエフェメラルまたは静的な外部 IPv4 アドレスを割り当てられます。緩いファイアウォール ルールと組み合わさると、管理用ポート、データベース、未パッチのサービスがインターネットから到達可能になり、管理された出口を通らずにデータが外部へ流出し得ます。',
      recommendation: '組織で compute.vmExternalIpAccess をすべて拒否（denyAll）に設定し（または踏み台サーバーなど本当に必要なインスタンスだけの許可リストにし）、すべての値を許可するプロジェクト単位のポリシーを削除してください。サービスはロードバランサ経由で公開し、外向き通信には Cloud NAT、管理には IAP の TCP 転送を使用します。この制約は既存のインスタンスには遡及しないため、既存インスタンスの外部 IP は別途削除してください。',
      console: steps.ja,
    },
  },
  remediation: listRemediation(constraint, 'vm_external_ip_access', ['- denyAll: true'], ['deny_all = "TRUE"']),
  references: [
    'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#disableexternalip',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints#compute.vmExternalIpAccess',
    ...ORG_POLICY_REFERENCES,
  ],
});
