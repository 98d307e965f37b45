import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-nsg-create-update',
  cis: '6.1.2.3',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
  signal: 'Create or Update Network Security Group (Network Security Group)',
  label: { en: 'creating or updating a network security group', ja: 'ネットワーク セキュリティ グループの作成・更新' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: NSG changes take effect within seconds and internet scanners find newly opened ports within minutes, so the alert is what makes a same-day response possible.',
    ja: '緊急度は中程度です。NSG の変更は数秒で反映され、新たに開いたポートはインターネットのスキャナーに数分で見つかります。当日中に対応できるかどうかはこのアラートにかかっています。',
  },
  risk: {
    en: 'A rule added to an NSG, such as RDP (3389) or SSH (22) allowed from Any, exposes virtual machines to the internet at once, and password-guessing starts soon after. Without an alert the change is found by the next posture scan at best, after the attacks have begun.',
    ja: 'NSG に追加された規則（例: RDP（3389）や SSH（22）を Any から許可）は、仮想マシンを即座にインターネットに公開し、まもなくパスワード推測攻撃が始まります。アラートがないと、変更に気付くのはせいぜい次回のポスチャ スキャン時で、攻撃はすでに始まっています。',
  },
});
