import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type SubnetworkConfig } from '../../../../../src/providers/gcp/model.js';
import { lastSegment } from '../refs.js';
import { specialPurpose } from '../subnet.js';

export const rule = defineRule<SubnetworkConfig>({
  id: 'gcp-vpc-subnet-private-google-access',
  services: ['compute'],
  title: {
    en: 'Private Google Access is enabled on subnets',
    ja: 'サブネットで限定公開の Google アクセスが有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.subnetwork],
  requires: ['ipCidrRange', 'name', 'network', 'privateIpGoogleAccess', 'purpose'],
  frameworks: {
    'nist-800-53-r5': ['SC-7', 'SC-7(4)'],
  },
  doc: {
    en: {
      description: 'Checks that Private Google Access is on (privateIpGoogleAccess true) for subnets that host workloads, so VMs with only internal IP addresses can reach Google APIs such as Cloud Storage, Artifact Registry and Cloud Logging. Proxy-only, Private Service Connect and Private NAT subnets are not applicable.',
      urgency: 'Low urgency: it is a prerequisite for running VMs without external IP addresses rather than an exposure by itself.',
      risk: 'Without Private Google Access, a VM without an external IP address cannot reach Google APIs, which pushes teams to give VMs public IPs (exposing them to the internet) or to route API traffic through broad NAT egress. Both widen the attack surface and make egress harder to control.',
      recommendation: 'Enable Private Google Access on every workload subnet, remove external IPs from VMs that only needed them for Google APIs, and for stricter control use the private.googleapis.com or restricted.googleapis.com VIPs (or a Private Service Connect endpoint) with matching Cloud DNS zones.',
      console: [
        'Open the Google Cloud console → "VPC network" → "VPC networks", select the network and open the "Subnets" tab.',
        'Select the subnet and choose "Edit".',
        'Set "Private Google Access" to "On" and choose "Save".',
      ],
    },
    ja: {
      description: 'ワークロードを配置するサブネットで限定公開の Google アクセスがオン（privateIpGoogleAccess が true）になっており、内部 IP アドレスしか持たない VM からも Cloud Storage、Artifact Registry、Cloud Logging などの Google API に到達できることを確認します。プロキシ専用サブネット、Private Service Connect 用サブネット、Private NAT 用サブネットは対象外です。',
      urgency: '緊急度は低めです。それ自体が露出ではなく、外部 IP アドレスなしで VM を運用するための前提条件です。',
      risk: '限定公開の Google アクセスがないと、外部 IP アドレスを持たない VM は Google API に到達できません。その結果、VM にパブリック IP を付与する（インターネットに公開される）か、API 通信を範囲の広い NAT 経由で外部に出すことになりがちで、どちらも攻撃対象領域を広げ、送信トラフィックの制御を難しくします。',
      recommendation: 'ワークロード用のすべてのサブネットで限定公開の Google アクセスを有効にし、Google API のためだけに付けていた外部 IP を VM から外してください。より厳密に制御する場合は、private.googleapis.com または restricted.googleapis.com の VIP（あるいは Private Service Connect エンドポイント）と対応する Cloud DNS ゾーンを使ってください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「VPC ネットワーク」を開き、対象のネットワークの「サブネット」タブを開きます。',
        '対象のサブネットを選択し、「編集」を選択します。',
        '「限定公開の Google アクセス」を「オン」にして「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud compute networks subnets update SUBNET_NAME --project=PROJECT_ID --region=REGION \\\n  --enable-private-ip-google-access',
    terraform: [
      'resource "google_compute_subnetwork" "prod_us_central1" {',
      '  name                     = "prod-us-central1"',
      '  network                  = google_compute_network.prod.id',
      '  region                   = "us-central1"',
      '  ip_cidr_range            = "10.10.0.0/20"',
      '  private_ip_google_access = true',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc/docs/private-google-access',
    'https://cloud.google.com/vpc/docs/configure-private-google-access',
  ],
  evaluate(subnet) {
    const s = subnet.config;
    const purpose = specialPurpose(s);
    if (purpose) {
      return notApplicable({ en: `Subnet ${s.name} is a ${purpose} subnet, which hosts no VMs.`, ja: `サブネット ${s.name} は ${purpose} 用のサブネットで、VM を配置しません。` });
    }
    const network = lastSegment(s.network);
    return s.privateIpGoogleAccess === true
      ? pass({ en: `Subnet ${s.name} (network ${network}) has Private Google Access on.`, ja: `サブネット ${s.name}（ネットワーク ${network}）では限定公開の Google アクセスがオンです。` }, { privateIpGoogleAccess: true })
      : fail(
          { en: `Subnet ${s.name} (network ${network}, ${s.ipCidrRange}) has Private Google Access off.`, ja: `サブネット ${s.name}（ネットワーク ${network}、${s.ipCidrRange}）では限定公開の Google アクセスがオフです。` },
          { privateIpGoogleAccess: s.privateIpGoogleAccess ?? false, ipCidrRange: s.ipCidrRange },
        );
  },
});
