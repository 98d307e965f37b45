import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-security-solution-create-update',
  cis: '6.1.2.5',
  operation: 'Microsoft.Security/securitySolutions/write',
  signal: 'Create or Update Security Solutions (Security Solutions)',
  label: { en: 'creating or updating a security solution', ja: 'セキュリティ ソリューションの作成・更新' },
  severity: 'LOW',
  urgency: 'low',
  urgencyText: {
    en: 'Low urgency: security solutions change rarely, so the alert is quiet and cheap, but it closes a gap in tamper detection; add it with the other alerts of this family.',
    ja: '緊急度は低めです。セキュリティ ソリューションの変更はまれなためアラートはほとんど鳴らず負担も小さい一方、改ざん検知の穴を塞ぎます。同系統の他のアラートと一緒に追加してください。',
  },
  risk: {
    en: 'Security solutions connected through Microsoft Defender for Cloud (partner firewalls, web application firewalls, endpoint protection) can be reconfigured to stop protecting or to stop sending data. An attacker blinds the defenders this way first; without an alert the change is only seen when someone looks at the solution.',
    ja: 'Microsoft Defender for Cloud で接続したセキュリティ ソリューション（パートナーのファイアウォール、Web アプリケーション ファイアウォール、エンドポイント保護）は、保護を止めたりデータ送信を止めたりするように再構成できます。攻撃者はまずこうして防御側の目を奪います。アラートがないと、誰かがソリューションを確認するまで変更は見過ごされます。',
  },
});
