import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-vpc-private-service-connect-google-apis',
  services: ['compute'],
  title: {
    en: 'Private Service Connect endpoints are used to reach Google APIs',
    ja: 'Google API へのアクセスに Private Service Connect エンドポイントを使用している',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-gcp-5.0': ['3.9'],
    'nist-800-53-r5': ['SC-7', 'SC-7(4)'],
  },
  doc: {
    en: {
      description: 'Confirm that VPC networks whose workloads call Google APIs do so through a Private Service Connect endpoint for Google APIs (a global internal address with purpose PRIVATE_SERVICE_CONNECT and a forwarding rule targeting the all-apis or vpc-sc bundle), with Cloud DNS private zones resolving googleapis.com to it. Whether every network needs one, and which bundle fits, depends on how the network is used, so this stays a manual review; mamori does not yet collect global forwarding rules.',
      urgency: 'Low urgency: it hardens the path to Google APIs rather than closing an open exposure.',
      risk: 'Without an endpoint, API traffic uses Google\'s public VIPs (directly, through Cloud NAT or external IPs), so it cannot be pinned to an internal address, is harder to control with firewall egress rules and is not guaranteed to go through the VPC Service Controls restricted VIP. Workloads may also keep external IP addresses only to reach Google APIs.',
      recommendation: 'Reserve an internal global address with purpose PRIVATE_SERVICE_CONNECT in each VPC that calls Google APIs, create a Private Service Connect forwarding rule to the all-apis bundle (or vpc-sc when the projects are in a VPC Service Controls perimeter), and add private Cloud DNS zones for googleapis.com (and gcr.io / pkg.dev where needed) that point at the endpoint. Then remove external IPs and egress rules that only existed for API access.',
      console: [
        'Open the Google Cloud console → "Network services" → "Private Service Connect" → "Connected endpoints" and check each VPC network for an endpoint whose target is "All Google APIs" or "VPC-SC".',
        'To add one, choose "Connect endpoint", select "All Google APIs" (or "VPC-SC"), the network, an endpoint name and an internal IP address, and create it.',
        'In "Network services" → "Cloud DNS", check that a private zone for googleapis.com attached to the network resolves to the endpoint (the console can create it when the endpoint is created).',
      ],
    },
    ja: {
      description: 'ワークロードが Google API を呼び出す VPC ネットワークで、Google API 用の Private Service Connect エンドポイント（用途 PRIVATE_SERVICE_CONNECT のグローバル内部アドレスと、all-apis または vpc-sc バンドルを対象とする転送ルール）を経由しており、googleapis.com をそのエンドポイントに解決する Cloud DNS の限定公開ゾーンがあることを確認します。すべてのネットワークに必要か、どのバンドルが適切かはネットワークの用途によるため、手動での確認になります（mamori はまだグローバル転送ルールを収集していません）。',
      urgency: '緊急度は低めです。開いている露出をふさぐものではなく、Google API への経路を強化するものです。',
      risk: 'エンドポイントがないと、API 通信は Google の公開 VIP（直接、Cloud NAT 経由、外部 IP 経由）を使います。そのため内部アドレスに固定できず、ファイアウォールの下りルールで制御しにくく、VPC Service Controls の restricted VIP を通ることも保証されません。Google API に到達するためだけにワークロードが外部 IP を持ち続けることもあります。',
      recommendation: 'Google API を呼び出す各 VPC に用途 PRIVATE_SERVICE_CONNECT の内部グローバルアドレスを予約し、all-apis バンドル（プロジェクトが VPC Service Controls の境界内にある場合は vpc-sc）への Private Service Connect 転送ルールを作成して、googleapis.com（必要に応じて gcr.io や pkg.dev も）をエンドポイントに向ける Cloud DNS の限定公開ゾーンを追加してください。その後、API アクセスのためだけにあった外部 IP や下りルールを削除してください。',
      console: [
        'Google Cloud コンソールで「ネットワーク サービス」→「Private Service Connect」→「接続エンドポイント」を開き、各 VPC ネットワークにターゲットが「すべての Google API」または「VPC-SC」のエンドポイントがあるか確認します。',
        '追加する場合は「エンドポイントを接続」を選び、「すべての Google API」（または「VPC-SC」）、ネットワーク、エンドポイント名、内部 IP アドレスを指定して作成します。',
        '「ネットワーク サービス」→「Cloud DNS」で、ネットワークに関連付けられた googleapis.com の限定公開ゾーンがエンドポイントに解決されることを確認します（エンドポイント作成時にコンソールで作成することもできます）。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute addresses create psc-google-apis --project=PROJECT_ID --global \\',
      '  --purpose=PRIVATE_SERVICE_CONNECT --addresses=10.255.255.254 --network=NETWORK',
      'gcloud compute forwarding-rules create pscgoogleapis --project=PROJECT_ID --global \\',
      '  --network=NETWORK --address=psc-google-apis --target-google-apis-bundle=all-apis',
    ].join('\n'),
    terraform: [
      'resource "google_compute_global_address" "psc_google_apis" {',
      '  name         = "psc-google-apis"',
      '  purpose      = "PRIVATE_SERVICE_CONNECT"',
      '  address_type = "INTERNAL"',
      '  address      = "10.255.255.254"',
      '  network      = google_compute_network.prod.id',
      '}',
      '',
      'resource "google_compute_global_forwarding_rule" "psc_google_apis" {',
      '  name                  = "pscgoogleapis"',
      '  target                = "all-apis"',
      '  network               = google_compute_network.prod.id',
      '  ip_address            = google_compute_global_address.psc_google_apis.id',
      '  load_balancing_scheme = ""',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc/docs/private-service-connect',
    'https://cloud.google.com/vpc/docs/configure-private-service-connect-apis',
  ],
});
