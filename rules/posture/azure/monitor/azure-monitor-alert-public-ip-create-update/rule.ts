import { defineOperationAlertRule } from '../alerts.js';

export const rule = defineOperationAlertRule({
  id: 'azure-monitor-alert-public-ip-create-update',
  cis: '6.1.2.9',
  operation: 'Microsoft.Network/publicIPAddresses/write',
  signal: 'Create or Update Public Ip Address (Public Ip Address)',
  label: { en: 'creating or updating a public IP address', ja: 'パブリック IP アドレスの作成・更新' },
  severity: 'MEDIUM',
  urgency: 'medium',
  urgencyText: {
    en: 'Medium urgency: a new public IP can put a workload on the internet outside the reviewed entry points; set up the alert in this sprint.',
    ja: '緊急度は中程度です。新しいパブリック IP は、レビュー済みの入口の外でワークロードをインターネットに公開しうるものです。今回のスプリントでアラートを設定してください。',
  },
  risk: {
    en: 'Each new public IP can put a VM, load balancer or gateway on the internet, bypassing the reviewed entry points (Azure Firewall, Front Door, Application Gateway). Forgotten test machines exposed this way are a common way in for attackers.',
    ja: '新しいパブリック IP はそれぞれ、VM、ロード バランサー、ゲートウェイをインターネットに公開し、レビュー済みの入口（Azure Firewall、Front Door、Application Gateway）を迂回させる可能性があります。こうして公開されたまま忘れられたテスト用マシンは、攻撃者の典型的な侵入口です。',
  },
});
