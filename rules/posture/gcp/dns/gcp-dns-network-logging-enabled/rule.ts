import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type DnsPolicyConfig, type NetworkConfig } from '../../../../../src/providers/gcp/model.js';
import { computePath, resourcePath } from '../../vpc/refs.js';

export const rule = defineRule<NetworkConfig>({
  id: 'gcp-dns-network-logging-enabled',
  services: ['compute', 'dns'],
  title: {
    en: 'Cloud DNS logging is enabled for every VPC network',
    ja: 'すべての VPC ネットワークで Cloud DNS のロギングが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.network],
  requires: ['name', 'selfLink'],
  reads: [GCP_TYPES.dnsPolicy],
  frameworks: {
    'cis-gcp-5.0': ['2.13'],
    'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that each VPC network is attached to a Cloud DNS server policy with logging enabled (enableLogging true), so the queries its VMs and GKE pods send to Cloud DNS are recorded in Cloud Logging. A network can have only one server policy.',
      urgency: 'Enable soon: DNS queries are among the first places where malware, command-and-control and data exfiltration show up, and only queries made after logging is on are recorded.',
      risk: 'Without DNS logs there is no record of which names your workloads resolved. Connections seen in VPC Flow Logs cannot be tied to domain names, and lookups of known malicious domains, DNS tunnelling or typosquatted package registries go unnoticed and cannot be investigated afterwards.',
      recommendation: 'Create a DNS server policy with logging enabled for each VPC network, or enable logging on the server policy the network already uses. To make the logs complete, block egress to external resolvers (UDP/TCP 53 and DNS over HTTPS on 443 to public resolvers) so workloads must use Cloud DNS.',
      console: [
        'Open the Google Cloud console → "Network services" → "Cloud DNS" → "DNS server policies".',
        'If the network already has a policy, open it, choose "Edit", set "Logs" to "On" and save.',
        'Otherwise choose "Create policy", give it a name, set "Logs" to "On", select the VPC networks under "Networks" and choose "Create".',
      ],
    },
    ja: {
      description: '各 VPC ネットワークに、ロギングが有効（enableLogging が true）な Cloud DNS サーバーポリシーが関連付けられており、VM や GKE の Pod が Cloud DNS に送るクエリが Cloud Logging に記録されることを確認します。1 つのネットワークに関連付けられるサーバーポリシーは 1 つだけです。',
      urgency: '早めに有効にしてください。DNS クエリはマルウェア、C2 通信、データ持ち出しが最初に現れる場所の 1 つで、記録されるのはロギングを有効にした後のクエリだけです。',
      risk: 'DNS ログがないと、ワークロードがどの名前を解決したかの記録が残りません。VPC フローログで見える接続をドメイン名と結び付けられず、既知の悪性ドメインの名前解決、DNS トンネリング、タイポスクワッティングされたパッケージレジストリへのアクセスに気づけず、後から調査することもできません。',
      recommendation: '各 VPC ネットワークに対して、ロギングを有効にした DNS サーバーポリシーを作成するか、ネットワークが既に使っているサーバーポリシーでロギングを有効にしてください。ログを漏れなく残すため、外部リゾルバへの下り通信（UDP/TCP 53 番や、公開リゾルバへの 443 番での DNS over HTTPS）をブロックし、ワークロードが必ず Cloud DNS を使うようにしてください。',
      console: [
        'Google Cloud コンソールで「ネットワーク サービス」→「Cloud DNS」→「DNS サーバー ポリシー」を開きます。',
        'ネットワークに既存のポリシーがある場合は、それを開いて「編集」を選び、「ログ」を「オン」にして保存します。',
        'ない場合は「ポリシーを作成」を選び、名前を付けて「ログ」を「オン」にし、「ネットワーク」で対象の VPC ネットワークを選択して「作成」を選択します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Network without a server policy',
      'gcloud dns policies create dns-logging --project=PROJECT_ID \\',
      '  --description="Cloud DNS query logging" --networks=NETWORK_NAME --enable-logging',
      '# Network that already has a server policy',
      'gcloud dns policies update POLICY_NAME --project=PROJECT_ID --enable-logging',
    ].join('\n'),
    terraform: [
      'resource "google_dns_policy" "logging" {',
      '  name           = "dns-logging"',
      '  enable_logging = true',
      '',
      '  networks {',
      '    network_url = google_compute_network.prod.id',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/dns/docs/monitoring',
    'https://cloud.google.com/dns/docs/policies',
    'https://cloud.google.com/dns/docs/reference/rest/v1/policies',
  ],
  evaluate(network, ctx) {
    const path = resourcePath(network);
    const name = network.config.name;
    const attached = ctx.resources<DnsPolicyConfig>(GCP_TYPES.dnsPolicy).filter((p) => (p.config.networks ?? []).some((n) => path !== undefined && computePath(n.networkUrl) === path));
    const logging = attached.find((p) => p.config.enableLogging === true);
    if (logging) {
      return pass(
        { en: `Network ${name} uses DNS server policy ${logging.config.name}, which logs queries.`, ja: `ネットワーク ${name} はクエリを記録する DNS サーバーポリシー ${logging.config.name} を使っています。` },
        { policy: logging.uid },
      );
    }
    if (attached.length) {
      const names = attached.map((p) => p.config.name);
      return fail(
        { en: `DNS server policy ${names.join(', ')} of network ${name} has logging disabled.`, ja: `ネットワーク ${name} の DNS サーバーポリシー ${names.join('、')} でロギングが無効です。` },
        { policies: attached.map((p) => ({ uid: p.uid, enableLogging: p.config.enableLogging ?? false })) },
      );
    }
    return fail(
      { en: `Network ${name} has no DNS server policy, so Cloud DNS queries from it are not logged.`, ja: `ネットワーク ${name} には DNS サーバーポリシーがないため、Cloud DNS へのクエリが記録されていません。` },
      { network: path ?? network.uid, policies: [] },
    );
  },
});
