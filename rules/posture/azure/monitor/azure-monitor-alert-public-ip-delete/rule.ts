import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-public-ip-delete',
  cis: '6.1.2.10',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
  signal: 'Delete Public Ip Address (Public Ip Address)',
  label: { en: 'deleting a public IP address', ja: 'パブリック IP アドレスの削除' },
  severity: 'LOW',
  urgency: 'low',
  urgencyText: {
    en: 'Low urgency: deleting a public IP rarely exposes anything; add the alert with the create/update one so the inventory of internet-facing addresses stays accurate.',
    ja: '緊急度は低めです。パブリック IP の削除で何かが公開されることはまれです。インターネットに面したアドレスの把握を正確に保てるよう、作成・更新のアラートと一緒に追加してください。',
  },
  risk: {
    en: 'Deleting a public IP can take a service offline, and once the address is released, DNS records that still point at it can be taken over by whoever gets the address next (subdomain takeover). Without an alert these dangling records go unnoticed.',
    ja: 'パブリック IP を削除するとサービスが停止することがあり、解放されたアドレスを指したままの DNS レコードは、次にそのアドレスを得た第三者に乗っ取られる可能性があります（サブドメイン乗っ取り）。アラートがないと、こうした宙に浮いたレコードに気付けません。',
  },
});
