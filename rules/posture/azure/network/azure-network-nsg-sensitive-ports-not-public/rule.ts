import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type NetworkSecurityGroupConfig } from '../../../../../src/providers/azure/model/index.js';
import { exposureOutcome, internetExposures, opensPort, restrictRuleRemediation, RESTRICT_RULE_CONSOLE } from '../nsg.js';

/** Remote management, database, cache, file-sharing and cluster-control ports that must never face the internet (RDP and SSH have their own rules). */
export const SENSITIVE_TCP_PORTS: Readonly<Record<number, string>> = {
  21: 'FTP',
  23: 'Telnet',
  135: 'Microsoft RPC',
  139: 'NetBIOS session',
  445: 'SMB',
  1433: 'SQL Server',
  1521: 'Oracle',
  2375: 'Docker API',
  2376: 'Docker API (TLS)',
  2379: 'etcd',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  5900: 'VNC',
  5985: 'WinRM (HTTP)',
  5986: 'WinRM (HTTPS)',
  6379: 'Redis',
  9042: 'Cassandra',
  9200: 'Elasticsearch',
  10250: 'Kubelet API',
  11211: 'Memcached',
  27017: 'MongoDB',
};

const PORTS = Object.keys(SENSITIVE_TCP_PORTS).map(Number);

export const rule = defineRule<NetworkSecurityGroupConfig>({
  id: 'azure-network-nsg-sensitive-ports-not-public',
  services: ['network'],
  title: {
    en: 'Network security groups do not allow management, database or file-sharing ports from the internet',
    ja: 'ネットワーク セキュリティ グループ (NSG) がインターネットからの管理用、データベース、ファイル共有のポートへの通信を許可していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.networkSecurityGroup],
  requires: ['id', 'securityRules', 'subnets', 'networkInterfaces'],
  frameworks: {
    'mcsb-1.0': ['NS-1'],
    'nist-800-53-r5': ['AC-4', 'CM-7', 'CM-7(1)', 'SC-7', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.2', '1.4.4'],
  },
  doc: {
    en: {
      description: `Checks that no inbound security rule of the NSG lets the whole internet (source *, Internet, 0.0.0.0/0, ::/0) reach TCP ports that must stay internal: ${PORTS.map((p) => `${p} (${SENSITIVE_TCP_PORTS[p]})`).join(', ')}. Deny rules of higher priority that block the same traffic are taken into account; RDP and SSH are checked by their own rules.`,
      urgency: 'Act within days: these services are indexed by internet-wide scanners and attacked with default credentials and known exploits; exposed databases and caches are a leading cause of data leaks.',
      risk: 'WinRM gives remote command execution; SMB, RPC and NetBIOS have a long history of wormable flaws; database engines, Redis, MongoDB, Elasticsearch and Memcached are often run without strong authentication or with defaults, so their data can be read, wiped or held to ransom; Docker, etcd and kubelet APIs hand over the whole host or cluster.',
      recommendation:
        'Remove the rules or restrict them to the application subnets and administrative ranges that need them. Reach databases over private endpoints or VNet integration, administer hosts through Azure Bastion or a VPN, and never publish cluster-control APIs.',
      console: RESTRICT_RULE_CONSOLE.en,
    },
    ja: {
      description: `NSG の受信セキュリティ規則が、インターネット全体（送信元 *、Internet、0.0.0.0/0、::/0）から内部に留めるべき TCP ポート（${PORTS.map((p) => `${p} (${SENSITIVE_TCP_PORTS[p]})`).join('、')}）への到達を許可していないことを確認します。同じ通信をブロックする優先度の高い拒否規則も考慮します。RDP と SSH はそれぞれ専用の規則で確認します。`,
      urgency: '数日以内に対応してください。これらのサービスはインターネット全体をスキャンするツールに登録され、既定の資格情報や既知の攻撃手法で狙われます。公開されたデータベースやキャッシュはデータ漏えいの主な原因の 1 つです。',
      risk: 'WinRM はリモートでのコマンド実行を可能にし、SMB、RPC、NetBIOS にはワーム化する脆弱性が繰り返し見つかっています。データベース エンジン、Redis、MongoDB、Elasticsearch、Memcached は強い認証なしや既定の設定で運用されていることが多く、データの読み取り、消去、身代金の要求につながります。Docker、etcd、kubelet の API はホストやクラスター全体を明け渡すことになります。',
      recommendation:
        '規則を削除するか、必要とするアプリケーションのサブネットと管理用のアドレス範囲に限定してください。データベースにはプライベート エンドポイントや VNet 統合で接続し、ホストの管理は Azure Bastion や VPN 経由で行い、クラスター制御用の API は決して公開しないでください。',
      console: RESTRICT_RULE_CONSOLE.ja,
    },
  },
  remediation: restrictRuleRemediation('AllowSqlFromAppSubnet', 'Tcp', '1433'),
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
    'https://learn.microsoft.com/en-us/azure/private-link/private-endpoint-overview',
  ],
  evaluate(resource) {
    const exposures = internetExposures(
      resource.config.securityRules!,
      ['tcp'],
      PORTS.map((p) => ({ lo: p, hi: p })),
    );
    const named = exposures.map((e) => ({ ...e, ports: PORTS.filter((p) => opensPort(e, p)).map((p) => `${p} ${SENSITIVE_TCP_PORTS[p]}`) }));
    return exposureOutcome(resource, named, { en: 'management, database or file-sharing ports', ja: '管理用、データベース、ファイル共有のポートへの通信' });
  },
});
