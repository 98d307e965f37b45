import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type FirewallConfig } from '../../../../../src/providers/gcp/model.js';
import { evaluateAdminPort } from '../firewall.js';

export const rule = defineRule<FirewallConfig>({
  id: 'gcp-vpc-firewall-ssh-not-public',
  services: ['compute'],
  title: {
    en: 'Firewall rules do not allow SSH (port 22) from the internet',
    ja: 'ファイアウォールルールでインターネットからの SSH（ポート 22）を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.firewall],
  requires: ['allowed', 'direction', 'disabled', 'name', 'network', 'priority', 'sourceRanges', 'targetServiceAccounts', 'targetTags'],
  frameworks: {
    'cis-gcp-5.0': ['3.6'],
    'nist-800-53-r5': ['AC-4', 'AC-17', 'CM-7', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that no enabled ingress VPC firewall rule allows TCP port 22 (directly, through a port range such as "1-1024", or through protocol "all" / tcp without ports) from 0.0.0.0/0 or ::/0.',
      urgency: 'Fix within days: internet-wide scanners find open SSH ports within minutes and start password and key brute force immediately.',
      risk: 'Every VM the rule targets (by network, target tag or service account) accepts SSH connections from anyone. Weak or leaked keys, accounts without OS Login, or an sshd vulnerability then give an attacker a shell inside the VPC, from where other VMs, metadata credentials and attached service accounts are in reach.',
      recommendation: 'Remove 0.0.0.0/0 and ::/0 from the rule. For administration use Identity-Aware Proxy TCP forwarding (allow only 35.235.240.0/20 on port 22, then "gcloud compute ssh --tunnel-through-iap"), a bastion reachable from known corporate ranges, or a VPN / Cloud Interconnect range. Narrow the rule further with target tags or target service accounts.',
      console: [
        'Open the Google Cloud console → "VPC network" → "Firewall" and select the rule named in the finding.',
        'Choose "Edit". Under "Source IPv4 ranges" (and "Source IPv6 ranges") replace 0.0.0.0/0 or ::/0 with 35.235.240.0/20 (IAP) or your corporate ranges, or delete the rule if SSH is not needed.',
        'Make sure "Targets" limits the rule to the instances that need SSH (target tags or a service account) and choose "Save".',
      ],
    },
    ja: {
      description: '有効な上り（INGRESS）の VPC ファイアウォールルールが、0.0.0.0/0 または ::/0 から TCP ポート 22 への通信を許可していないことを確認します（直接の指定に加え、「1-1024」のようなポート範囲、プロトコル「all」、ポート指定のない tcp による許可も対象です）。',
      urgency: '数日以内に対応してください。インターネット全体をスキャンするツールは開いている SSH ポートを数分で見つけ、すぐにパスワードや鍵の総当たりを始めます。',
      risk: 'このルールの対象となる VM（ネットワーク全体、ターゲットタグ、サービスアカウントで指定）は、誰からの SSH 接続でも受け付けます。弱い鍵や漏えいした鍵、OS Login を使っていないアカウント、sshd の脆弱性があれば、攻撃者は VPC 内でシェルを取得し、そこから他の VM やメタデータの認証情報、アタッチされたサービスアカウントにまで手が届きます。',
      recommendation: 'ルールから 0.0.0.0/0 と ::/0 を削除してください。管理用アクセスには Identity-Aware Proxy の TCP 転送（ポート 22 は 35.235.240.0/20 のみ許可し、「gcloud compute ssh --tunnel-through-iap」で接続）、既知の社内 IP 範囲からだけ到達できる踏み台、または VPN / Cloud Interconnect の範囲を使ってください。さらにターゲットタグやターゲットサービスアカウントで対象を絞り込んでください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「ファイアウォール」を開き、検出結果のルールを選択します。',
        '「編集」を選び、「送信元 IPv4 範囲」（および「送信元 IPv6 範囲」）の 0.0.0.0/0 や ::/0 を 35.235.240.0/20（IAP）や社内の IP 範囲に置き換えます。SSH が不要ならルールを削除します。',
        '「ターゲット」で SSH が必要なインスタンス（ターゲットタグまたはサービスアカウント）だけに限定されていることを確認し、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Allow SSH only through Identity-Aware Proxy TCP forwarding',
      'gcloud compute firewall-rules update RULE_NAME --project=PROJECT_ID --source-ranges=35.235.240.0/20',
      '# or remove the rule when SSH is not needed',
      'gcloud compute firewall-rules delete RULE_NAME --project=PROJECT_ID',
      '# connect through IAP',
      'gcloud compute ssh INSTANCE --zone=ZONE --tunnel-through-iap',
    ].join('\n'),
    terraform: [
      'resource "google_compute_firewall" "ssh_from_iap" {',
      '  name          = "allow-ssh-from-iap"',
      '  network       = google_compute_network.prod.id',
      '  direction     = "INGRESS"',
      '  source_ranges = ["35.235.240.0/20"] # Identity-Aware Proxy TCP forwarding',
      '  target_tags   = ["ssh"]',
      '',
      '  allow {',
      '    protocol = "tcp"',
      '    ports    = ["22"]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/firewall/docs/using-firewalls',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  evaluate(fw) {
    return evaluateAdminPort(fw.config, 22, 'SSH');
  },
});
