import { booleanConsole, booleanRemediation, defineGuardrail, ORG_POLICY_REFERENCES } from '../guardrail.js';

const constraint = 'compute.disableSerialPortAccess';
const steps = booleanConsole('Disable VM serial port access', constraint);

export const rule = defineGuardrail({
  id: 'gcp-orgpolicy-serial-port-access-disabled',
  constraint,
  title: {
    en: 'Organisation policy disables interactive serial port access to VMs',
    ja: '組織のポリシーで VM のシリアルポートへの対話型アクセスが無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'nist-800-53-r5': ['AC-17', 'CM-7'] },
  doc: {
    en: {
      description: 'Checks that the organisation policy constraint compute.disableSerialPortAccess is effectively enforced for the project, so the interactive serial console (serial-port-enable metadata) cannot be turned on for its VM instances.',
      urgency: 'Medium: the serial console is an out-of-band path into instances that bypasses firewall rules; blocking it centrally removes it everywhere at once.',
      risk: 'The interactive serial console accepts connections from any IP address, independent of VPC firewall rules and network tags. With serial-port-enable set on a project or instance, anyone holding the right SSH key and IAM permission can reach a login prompt, and weak local passwords become directly exploitable.',
      recommendation: 'Enforce the constraint at the organisation and remove project-level overrides. For break-glass troubleshooting, grant a temporary, tag-conditional exception on the affected project and remove it afterwards; use the read-only serial port output (getSerialPortOutput) for routine diagnostics.',
      console: steps.en,
    },
    ja: {
      description: '組織のポリシー制約 compute.disableSerialPortAccess がプロジェクトに実際に適用され、VM インスタンスで対話型シリアル コンソール（メタデータ serial-port-enable）を有効にできない状態になっているかを確認します。',
      urgency: '緊急度は中程度です。シリアル コンソールはファイアウォール ルールを経由しないインスタンスへの帯域外の経路であり、一元的にブロックすることですべての環境から一度に取り除けます。',
      risk: '対話型シリアル コンソールは、VPC のファイアウォール ルールやネットワーク タグに関係なく、任意の IP アドレスからの接続を受け付けます。プロジェクトやインスタンスで serial-port-enable が設定されていると、適切な SSH 鍵と IAM 権限を持つ人はログイン プロンプトに到達でき、脆弱なローカル パスワードが直接悪用可能になります。',
      recommendation: '組織でこの制約を適用し、プロジェクト単位の上書きを削除してください。緊急時のトラブルシューティングでは、対象プロジェクトにタグ条件付きの一時的な例外を設け、作業後に削除してください。日常的な診断には読み取り専用のシリアルポート出力（getSerialPortOutput）を使用してください。',
      console: steps.ja,
    },
  },
  remediation: booleanRemediation(constraint, 'disable_serial_port_access'),
  references: [
    'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints#compute.disableSerialPortAccess',
    ...ORG_POLICY_REFERENCES,
  ],
});
