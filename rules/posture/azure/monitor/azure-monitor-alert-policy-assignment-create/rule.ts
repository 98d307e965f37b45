import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-policy-assignment-create',
  cis: '6.1.2.1',
  operation: 'Microsoft.Authorization/policyAssignments/write',
  signal: 'Create policy assignment (Policy assignment)',
  label: { en: 'creating or changing a policy assignment', ja: 'ポリシー割り当ての作成・変更' },
  severity: 'LOW',
  urgency: 'low',
  urgencyText: {
    en: 'Low urgency: the alert stops nothing by itself, but without it a new or changed Azure Policy assignment, including one with a deny or modify effect, is only noticed at the next review. Add it in the same change as the other alerts of this family.',
    ja: '緊急度は低めです。アラート自体は何も防ぎませんが、これがないと deny や modify の効果を持つものも含め、Azure Policy 割り当ての追加や変更は次回のレビューまで気付かれません。同系統の他のアラートと一緒に追加してください。',
  },
  risk: {
    en: 'Anyone with policy rights, or a compromised deployment identity, can assign a policy that removes diagnostic settings, changes guardrail effects or parameters, and the event sits unread in the Activity Log until it expires after 90 days. Teams find out when deployments start failing or when an audit finds the drift.',
    ja: 'ポリシーの権限を持つ人や侵害されたデプロイ用 ID が、診断設定を外すポリシーを割り当てたり、ガードレールの効果やパラメーターを変更したりしても、そのイベントはアクティビティ ログに 90 日間残るだけで誰にも読まれません。デプロイが失敗し始めたときや、監査で設定の乖離が見つかったときに初めて気付くことになります。',
  },
});
