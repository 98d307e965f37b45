import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-security-solution-delete',
  cis: '6.1.2.6',
  operation: 'Microsoft.Security/securitySolutions/delete',
  signal: 'Delete Security Solutions (Security Solutions)',
  label: { en: 'deleting a security solution', ja: 'セキュリティ ソリューションの削除' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: removing a security solution takes away a protection layer and its telemetry at once; set up the alert in this sprint.',
    ja: '緊急度は中程度です。セキュリティ ソリューションを削除すると、防御の層とそのテレメトリが同時に失われます。今回のスプリントでアラートを設定してください。',
  },
  risk: {
    en: 'Deleting a security solution removes protection and the data it produced in one step, typically just before or during an attack. Without an alert the gap stays open until someone notices that alerts stopped arriving.',
    ja: 'セキュリティ ソリューションの削除は、防御とそれが生み出すデータを一度に失わせるもので、攻撃の直前や最中によく行われます。アラートがないと、アラートが届かなくなったことに誰かが気付くまで穴が開いたままになります。',
  },
});
