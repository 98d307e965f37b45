import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type FirewallConfig } from '../../../../../src/providers/gcp/model.js';
import { evaluateAdminPort } from '../firewall.js';

export const rule = defineRule<FirewallConfig>({
  id: 'gcp-vpc-firewall-rdp-not-public',
  services: ['compute'],
  title: {
    en: 'Firewall rules do not allow RDP (port 3389) from the internet',
    ja: 'ファイアウォールルールでインターネットからの RDP（ポート 3389）を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.firewall],
  requires: ['allowed', 'direction', 'disabled', 'name', 'network', 'priority', 'sourceRanges', 'targetServiceAccounts', 'targetTags'],
  frameworks: {
    'cis-gcp-5.0': ['3.7'],
    'nist-800-53-r5': ['AC-4', 'AC-17', 'CM-7', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that no enabled ingress VPC firewall rule allows TCP port 3389 (directly, through a port range such as "3000-4000", or through protocol "all" / tcp without ports) from 0.0.0.0/0 or ::/0.',
      urgency: 'Fix within days: exposed RDP is one of the most common initial access vectors for ransomware, and scanners find it within minutes.',
      risk: 'Every Windows VM the rule targets accepts Remote Desktop connections from anyone. Password spraying, reused local administrator passwords or RDP vulnerabilities (such as BlueKeep) then give an attacker an interactive session inside the VPC, the usual first step of ransomware and data theft.',
      recommendation: 'Remove 0.0.0.0/0 and ::/0 from the rule. Reach Windows VMs through Identity-Aware Proxy TCP forwarding (allow only 35.235.240.0/20 on port 3389 and use IAP Desktop or "gcloud compute start-iap-tunnel"), a bastion host, or a VPN / Cloud Interconnect range, and limit the rule with target tags or target service accounts.',
      console: [
        'Open the Google Cloud console → "VPC network" → "Firewall" and select the rule named in the finding.',
        'Choose "Edit". Under "Source IPv4 ranges" (and "Source IPv6 ranges") replace 0.0.0.0/0 or ::/0 with 35.235.240.0/20 (IAP) or your corporate ranges, or delete the rule if RDP is not needed.',
        'Make sure "Targets" limits the rule to the instances that need RDP (target tags or a service account) and choose "Save".',
      ],
    },
    ja: {
      description: '有効な上り（INGRESS）の VPC ファイアウォールルールが、0.0.0.0/0 または ::/0 から TCP ポート 3389 への通信を許可していないことを確認します（直接の指定に加え、「3000-4000」のようなポート範囲、プロトコル「all」、ポート指定のない tcp による許可も対象です）。',
      urgency: '数日以内に対応してください。公開された RDP はランサムウェアの侵入経路として最も多いものの 1 つで、スキャナーは数分で見つけます。',
      risk: 'このルールの対象となる Windows VM は、誰からのリモートデスクトップ接続でも受け付けます。パスワードスプレー攻撃、使い回されたローカル管理者パスワード、RDP の脆弱性（BlueKeep など）があれば、攻撃者は VPC 内で対話型セッションを取得できます。これはランサムウェアやデータ窃取の典型的な第一歩です。',
      recommendation: 'ルールから 0.0.0.0/0 と ::/0 を削除してください。Windows VM へは Identity-Aware Proxy の TCP 転送（ポート 3389 は 35.235.240.0/20 のみ許可し、IAP Desktop や「gcloud compute start-iap-tunnel」で接続）、踏み台ホスト、または VPN / Cloud Interconnect の範囲から接続し、ターゲットタグやターゲットサービスアカウントでルールの対象を絞り込んでください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「ファイアウォール」を開き、検出結果のルールを選択します。',
        '「編集」を選び、「送信元 IPv4 範囲」（および「送信元 IPv6 範囲」）の 0.0.0.0/0 や ::/0 を 35.235.240.0/20（IAP）や社内の IP 範囲に置き換えます。RDP が不要ならルールを削除します。',
        '「ターゲット」で RDP が必要なインスタンス（ターゲットタグまたはサービスアカウント）だけに限定されていることを確認し、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Allow RDP only through Identity-Aware Proxy TCP forwarding',
      'gcloud compute firewall-rules update RULE_NAME --project=PROJECT_ID --source-ranges=35.235.240.0/20',
      '# or remove the rule when RDP is not needed',
      'gcloud compute firewall-rules delete RULE_NAME --project=PROJECT_ID',
      '# connect through IAP',
      'gcloud compute start-iap-tunnel INSTANCE 3389 --local-host-port=localhost:3389 --zone=ZONE',
    ].join('\n'),
    terraform: [
      'resource "google_compute_firewall" "rdp_from_iap" {',
      '  name          = "allow-rdp-from-iap"',
      '  network       = google_compute_network.prod.id',
      '  direction     = "INGRESS"',
      '  source_ranges = ["35.235.240.0/20"] # Identity-Aware Proxy TCP forwarding',
      '  target_tags   = ["rdp"]',
      '',
      '  allow {',
      '    protocol = "tcp"',
      '    ports    = ["3389"]',
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
    return evaluateAdminPort(fw.config, 3389, 'RDP');
  },
});
