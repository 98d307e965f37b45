import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type FirewallConfig } from '../../../../../src/providers/gcp/model.js';
import { describeEntry, entryOpensAllPorts, firewallEvidence, internetExposure, internetSources, isActiveIngress, SENSITIVE_PORTS } from '../firewall.js';
import { lastSegment } from '../refs.js';

const PORTS = Object.keys(SENSITIVE_PORTS).map(Number);
const PORT_LIST = PORTS.map((p) => `${p} (${SENSITIVE_PORTS[p]})`).join(', ');

export const rule = defineRule<FirewallConfig>({
  id: 'gcp-vpc-firewall-sensitive-ports-not-public',
  services: ['compute'],
  title: {
    en: 'Firewall rules do not open database, file-sharing or management ports (or all ports) to the internet',
    ja: 'ファイアウォールルールでデータベース・ファイル共有・管理用のポート（またはすべてのポート）をインターネットに開放していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.firewall],
  requires: ['allowed', 'direction', 'disabled', 'name', 'network', 'priority', 'sourceRanges', 'targetServiceAccounts', 'targetTags'],
  frameworks: {
    'nist-800-53-r5': ['AC-4', 'CM-7', 'CM-7(1)', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2'],
  },
  doc: {
    en: {
      description: `Checks that no enabled ingress VPC firewall rule sourced from 0.0.0.0/0 or ::/0 allows every port (protocol "all", or tcp/udp without a port list) or any of these ports over TCP or UDP: ${PORT_LIST}. SSH and RDP are covered by their own CIS rules.`,
      urgency: 'Fix today: exposed databases, caches, search clusters, container APIs and file shares are found by automated scanners within hours and are routinely wiped, ransomed or used for crypto-mining.',
      risk: 'Many of these services have no authentication by default (Redis, Memcached, Elasticsearch, MongoDB, Docker API, kubelet) or are a frequent target of credential brute force and unauthenticated exploits (SQL Server, MySQL, PostgreSQL, SMB, Telnet, FTP). A rule that opens all ports exposes whatever runs on the targeted VMs, including services nobody remembers. The result is direct data theft, ransom of the data, or a foothold inside the VPC.',
      recommendation: 'Delete the rule or replace the 0.0.0.0/0 / ::/0 source with the ranges, network tags or service accounts of the clients that really need access. Keep databases on private IPs (use Cloud SQL private IP, Private Service Connect or internal load balancers) and put internet-facing applications behind an external Application Load Balancer, which only needs 130.211.0.0/22 and 35.191.0.0/16 for its proxies and health checks.',
      console: [
        'Open the Google Cloud console → "VPC network" → "Firewall" and select the rule named in the finding.',
        'Choose "Edit" and replace 0.0.0.0/0 and ::/0 in "Source IPv4 ranges" / "Source IPv6 ranges" with specific ranges, or use "Source tags" / "Source service account".',
        'Under "Protocols and ports", list only the ports the service needs instead of "Allow all".',
        'Choose "Save", or delete the rule if it is no longer needed.',
      ],
    },
    ja: {
      description: `0.0.0.0/0 または ::/0 を送信元とする有効な上り（INGRESS）の VPC ファイアウォールルールが、すべてのポート（プロトコル「all」、またはポート指定のない tcp/udp）や、TCP・UDP の次のポートを許可していないことを確認します: ${PORT_LIST}。SSH と RDP はそれぞれ CIS のルールで確認します。`,
      urgency: '本日中に対応してください。公開されたデータベース、キャッシュ、検索クラスタ、コンテナ API、ファイル共有は自動スキャナーによって数時間で発見され、データの消去や身代金要求、暗号資産のマイニングに日常的に悪用されています。',
      risk: 'これらのサービスの多くはデフォルトで認証がない（Redis、Memcached、Elasticsearch、MongoDB、Docker API、kubelet）か、認証情報の総当たりや認証不要の脆弱性攻撃の標的になりやすいもの（SQL Server、MySQL、PostgreSQL、SMB、Telnet、FTP）です。すべてのポートを開放するルールは、対象の VM で動いているもの（誰も把握していないサービスを含む）をすべて公開します。その結果、データの直接の窃取、データを人質にした身代金要求、VPC 内への足がかりにつながります。',
      recommendation: 'ルールを削除するか、送信元の 0.0.0.0/0 や ::/0 を、実際にアクセスが必要なクライアントの IP 範囲、ネットワークタグ、サービスアカウントに置き換えてください。データベースはプライベート IP（Cloud SQL のプライベート IP、Private Service Connect、内部ロードバランサ）で提供し、インターネット向けのアプリケーションは外部アプリケーションロードバランサの背後に置いてください。その場合に必要な送信元はプロキシとヘルスチェック用の 130.211.0.0/22 と 35.191.0.0/16 だけです。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「ファイアウォール」を開き、検出結果のルールを選択します。',
        '「編集」を選び、「送信元 IPv4 範囲」「送信元 IPv6 範囲」の 0.0.0.0/0 や ::/0 を特定の範囲に置き換えるか、「送信元タグ」や「送信元サービス アカウント」を使います。',
        '「プロトコルとポート」では「すべて許可」ではなく、サービスに必要なポートだけを指定します。',
        '「保存」を選択します。不要になったルールであれば削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Restrict the source of the rule to the clients that need it',
      'gcloud compute firewall-rules update RULE_NAME --project=PROJECT_ID \\',
      '  --source-ranges=10.20.0.0/16 --rules=tcp:5432',
      '# or delete it',
      'gcloud compute firewall-rules delete RULE_NAME --project=PROJECT_ID',
    ].join('\n'),
    terraform: [
      'resource "google_compute_firewall" "postgres_from_app" {',
      '  name        = "allow-postgres-from-app"',
      '  network     = google_compute_network.prod.id',
      '  direction   = "INGRESS"',
      '  source_tags = ["app"]',
      '  target_tags = ["postgres"]',
      '',
      '  allow {',
      '    protocol = "tcp"',
      '    ports    = ["5432"]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/firewall/docs/firewalls',
    'https://cloud.google.com/firewall/docs/using-firewalls',
    'https://cloud.google.com/load-balancing/docs/health-check-concepts#ip-ranges',
  ],
  evaluate(fw) {
    const c = fw.config;
    const network = lastSegment(c.network);
    if ((c.direction ?? 'INGRESS') !== 'INGRESS') {
      return notApplicable({ en: `Firewall rule ${c.name} is an egress rule.`, ja: `ファイアウォールルール ${c.name} は下り（EGRESS）ルールです。` });
    }
    const allPorts = isActiveIngress(c) && internetSources(c).length ? (c.allowed ?? []).filter(entryOpensAllPorts).map(describeEntry) : [];
    if (allPorts.length) {
      return fail(
        {
          en: `Firewall rule ${c.name} (network ${network}) opens every port to ${internetSources(c).join(', ')} through ${allPorts.join(', ')}.`,
          ja: `ファイアウォールルール ${c.name}（ネットワーク ${network}）が ${allPorts.join('、')} により ${internetSources(c).join('、')} に対してすべてのポートを開放しています。`,
        },
        { ...firewallEvidence(c), allPortsEntries: allPorts },
      );
    }
    const exposure = internetExposure(c, PORTS, ['tcp', 'udp']);
    if (exposure) {
      const named = exposure.ports.map((p) => `${p} (${SENSITIVE_PORTS[p]})`);
      return fail(
        {
          en: `Firewall rule ${c.name} (network ${network}) opens ${named.join(', ')} to ${exposure.sources.join(', ')} through ${exposure.entries.join(', ')}.`,
          ja: `ファイアウォールルール ${c.name}（ネットワーク ${network}）が ${exposure.entries.join('、')} により ${named.join('、')} を ${exposure.sources.join('、')} に開放しています。`,
        },
        { ...firewallEvidence(c), exposedPorts: exposure.ports, openingEntries: exposure.entries },
      );
    }
    return pass(
      c.disabled === true
        ? { en: `Firewall rule ${c.name} is disabled.`, ja: `ファイアウォールルール ${c.name} は無効化されています。` }
        : {
            en: `Firewall rule ${c.name} (network ${network}) opens no sensitive port and not all ports to the internet.`,
            ja: `ファイアウォールルール ${c.name}（ネットワーク ${network}）は、機密性の高いポートやすべてのポートをインターネットに開放していません。`,
          },
      firewallEvidence(c),
    );
  },
});
