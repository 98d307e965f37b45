import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-policy-assignment-delete',
  cis: '6.1.2.2',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
  signal: 'Delete policy assignment (Policy assignment)',
  label: { en: 'deleting a policy assignment', ja: 'ポリシー割り当ての削除' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: deleting an assignment switches its controls off immediately and silently; set up the alert in this sprint so the next removal is seen the same day.',
    ja: '緊急度は中程度です。割り当ての削除はその制御を即座に、しかも気付かれずに無効にします。次に削除されたときに当日中に把握できるよう、今回のスプリントでアラートを設定してください。',
  },
  risk: {
    en: 'Removing an assignment lifts every control it enforced or audited (for example "deny public network access" or "deploy diagnostic settings"), and is a typical step of an attacker preparing the ground. Without an alert the removal is noticed only after non-compliant resources have been created.',
    ja: '割り当てを削除すると、それが強制または監査していたすべての制御（例: 「パブリック ネットワーク アクセスを拒否」「診断設定をデプロイ」）が外れます。攻撃者が下準備としてよく行う手口でもあります。アラートがないと、準拠していないリソースが作られた後になって初めて削除に気付きます。',
  },
});
