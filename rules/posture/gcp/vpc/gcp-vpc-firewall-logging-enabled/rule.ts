import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type FirewallConfig } from '../../../../../src/providers/gcp/model.js';
import { firewallEvidence } from '../firewall.js';
import { lastSegment } from '../refs.js';

export const rule = defineRule<FirewallConfig>({
  id: 'gcp-vpc-firewall-logging-enabled',
  services: ['compute'],
  title: {
    en: 'Firewall Rules Logging is enabled on VPC firewall rules',
    ja: 'VPC ファイアウォールルールでファイアウォール ルール ロギングが有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.firewall],
  requires: ['allowed', 'direction', 'disabled', 'logConfig', 'name', 'network', 'priority', 'sourceRanges', 'targetServiceAccounts', 'targetTags'],
  frameworks: {
    'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that every enabled VPC firewall rule has Firewall Rules Logging turned on (logConfig.enable true), so each connection the rule allows or denies is recorded in Cloud Logging.',
      urgency: 'Low urgency, but turn it on before you need it: logs only cover connections made after logging is enabled.',
      risk: 'Without firewall logs you cannot tell which rule let a connection in or blocked it, whether an overly broad rule is actually used, or which sources probed your VMs. Investigations of intrusions and clean-ups of unused rules have to rely on guesswork.',
      recommendation: 'Enable logging on every firewall rule (at least on rules that allow traffic from outside the VPC and on deny rules). Use "exclude all metadata" to reduce volume where the rule name and connection tuple are enough, and export the logs with a sink to the central logging project. Use Firewall Insights to find unused and shadowed rules.',
      console: [
        'Open the Google Cloud console → "VPC network" → "Firewall" and select the rule.',
        'Choose "Edit", set "Logs" to "On" and choose whether to include metadata.',
        'Choose "Save" and repeat for every rule in the findings.',
      ],
    },
    ja: {
      description: '有効なすべての VPC ファイアウォールルールでファイアウォール ルール ロギングがオン（logConfig.enable が true）になっており、ルールが許可・拒否した接続が Cloud Logging に記録されることを確認します。',
      urgency: '緊急度は低めですが、必要になる前に有効にしてください。記録されるのはロギングを有効にした後の接続だけです。',
      risk: 'ファイアウォールのログがないと、どのルールが接続を通したのか・遮断したのか、範囲の広すぎるルールが実際に使われているのか、どの送信元が VM を探っていたのかがわかりません。侵入の調査や不要なルールの整理が推測頼みになります。',
      recommendation: 'すべてのファイアウォールルール（少なくとも VPC 外からの通信を許可するルールと拒否ルール）でロギングを有効にしてください。ルール名と接続情報で足りる場合は「メタデータを除外」にして量を抑え、ログはシンクで集中管理用のプロジェクトにエクスポートしてください。未使用のルールや他のルールに隠れたルールの発見には Firewall Insights を使ってください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「ファイアウォール」を開き、対象のルールを選択します。',
        '「編集」を選び、「ログ」を「オン」にして、メタデータを含めるかどうかを選択します。',
        '「保存」を選択し、検出されたすべてのルールで繰り返します。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud compute firewall-rules update RULE_NAME --project=PROJECT_ID \\\n  --enable-logging --logging-metadata=include-all',
    terraform: [
      'resource "google_compute_firewall" "web" {',
      '  name          = "allow-web"',
      '  network       = google_compute_network.prod.id',
      '  source_ranges = ["130.211.0.0/22", "35.191.0.0/16"]',
      '  target_tags   = ["web"]',
      '',
      '  allow {',
      '    protocol = "tcp"',
      '    ports    = ["80", "443"]',
      '  }',
      '',
      '  log_config {',
      '    metadata = "INCLUDE_ALL_METADATA"',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewall-rules-logging',
    'https://cloud.google.com/firewall/docs/using-firewall-rules-logging',
  ],
  evaluate(fw) {
    const c = fw.config;
    const network = lastSegment(c.network);
    if (c.disabled === true) {
      return notApplicable({ en: `Firewall rule ${c.name} is disabled.`, ja: `ファイアウォールルール ${c.name} は無効化されています。` });
    }
    if (c.logConfig?.enable === true) {
      return pass(
        { en: `Firewall rule ${c.name} (network ${network}) logs its connections (${c.logConfig.metadata ?? 'INCLUDE_ALL_METADATA'}).`, ja: `ファイアウォールルール ${c.name}（ネットワーク ${network}）は接続を記録しています（${c.logConfig.metadata ?? 'INCLUDE_ALL_METADATA'}）。` },
        { logConfig: c.logConfig },
      );
    }
    return fail(
      { en: `Firewall rule ${c.name} (network ${network}, ${c.direction ?? 'INGRESS'}) does not log its connections.`, ja: `ファイアウォールルール ${c.name}（ネットワーク ${network}、${c.direction ?? 'INGRESS'}）は接続を記録していません。` },
      { ...firewallEvidence(c), logConfig: c.logConfig ?? null },
    );
  },
});
