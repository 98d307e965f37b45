import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-nsg-delete',
  cis: '6.1.2.4',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
  signal: 'Delete Network Security Group (Network Security Group)',
  label: { en: 'deleting a network security group', ja: 'ネットワーク セキュリティ グループの削除' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: a deleted NSG leaves its subnets and interfaces unfiltered until someone notices; set up the alert in this sprint.',
    ja: '緊急度は中程度です。NSG が削除されると、誰かが気付くまでそのサブネットやネットワーク インターフェイスはフィルタリングされないままになります。今回のスプリントでアラートを設定してください。',
  },
  risk: {
    en: 'Deleting an NSG removes all filtering on the subnets and network interfaces it protected, so traffic falls back to what the virtual network allows by default; a VM with a public IP becomes reachable on every port. An attacker can delete an NSG to open a path for lateral movement.',
    ja: 'NSG を削除すると、それが保護していたサブネットやネットワーク インターフェイスのフィルタリングがすべてなくなり、通信は仮想ネットワークの既定の許可に戻ります。パブリック IP を持つ VM はすべてのポートで到達可能になります。攻撃者が横展開の経路を開くために NSG を削除することもあります。',
  },
});
