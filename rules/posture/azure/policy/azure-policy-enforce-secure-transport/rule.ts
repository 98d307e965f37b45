import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'deny-storage-http',
  displayName: 'Secure transfer to storage accounts should be enabled',
  guid: '404c3081-a854-4457-ae30-26a93ef643f9',
  definition: { en: 'Secure transfer to storage accounts should be enabled', ja: 'ストレージ アカウントへの安全な転送を有効にする必要がある' },
  parameters: { effect: 'Deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", clear "Only show parameters that need input or review" and set "Effect" to Deny.',
  ja: '「パラメーター」タブで「入力または確認が必要なパラメーターのみを表示する」をオフにし、「効果」を Deny にします。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-enforce-secure-transport',
  intent: 'enforce-secure-transport',
  title: {
    en: 'Azure Policy denies storage accounts that accept unencrypted (HTTP) requests',
    ja: 'Azure Policy で暗号化されていない（HTTP）要求を受け付けるストレージ アカウントを拒否している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that "Secure transfer to storage accounts should be enabled" applies to the subscription with effect Deny, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so no storage account can be created or changed to accept HTTP or unencrypted SMB.',
      urgency:
        'Plan it within weeks: secure transfer is on by default for new accounts, so the gap is an explicit opt-out by someone, which the guardrail prevents and Audit would only report.',
      risk:
        'A storage account with supportsHttpsTrafficOnly false accepts requests over plain HTTP: SAS tokens, shared key signatures and the data itself cross the network readable and alterable by anyone on the path (a compromised network device, a hostile Wi-Fi, a misrouted VPN), and a stolen SAS token lets the attacker keep reading the data until it expires.',
      recommendation:
        'Assign "Secure transfer to storage accounts should be enabled" at the management group with effect Deny. Clients that cannot use HTTPS (rare legacy devices) belong behind a gateway that terminates TLS, not in an exemption.',
      console: steps.en,
    },
    ja: {
      description:
        '「ストレージ アカウントへの安全な転送を有効にする必要がある」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 Deny で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、HTTP や暗号化されていない SMB を受け付けるストレージ アカウントを作成・変更できなくなります。',
      urgency:
        '数週間以内に計画してください。新しいアカウントでは安全な転送が既定で有効なため、問題になるのは誰かが明示的に無効にした場合です。ガードレールはそれを防ぎますが、Audit では報告するだけです。',
      risk:
        'supportsHttpsTrafficOnly が false のストレージ アカウントは平文の HTTP で要求を受け付けます。SAS トークン、共有キーの署名、データそのものが、経路上の誰か（侵害されたネットワーク機器、悪意のある Wi-Fi、誤ってルーティングされた VPN）に読み取られたり改ざんされたりする状態でネットワークを流れます。盗まれた SAS トークンがあれば、攻撃者は有効期限までデータを読み続けられます。',
      recommendation:
        '管理グループで「ストレージ アカウントへの安全な転送を有効にする必要がある」を効果 Deny で割り当ててください。HTTPS を使えないクライアント（まれなレガシー デバイス）は、適用除外ではなく TLS を終端するゲートウェイの背後に置きます。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer',
    'https://learn.microsoft.com/en-us/azure/storage/common/policy-reference',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
  ],
});
