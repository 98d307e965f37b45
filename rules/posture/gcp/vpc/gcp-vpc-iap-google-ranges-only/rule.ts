import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-vpc-iap-google-ranges-only',
  services: ['compute'],
  title: {
    en: 'Identity-Aware Proxy fronts web backends and their firewall rules only allow Google IP ranges',
    ja: 'Web バックエンドを Identity-Aware Proxy で保護し、ファイアウォールルールで Google の IP 範囲のみを許可している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['3.12'],
    'nist-800-53-r5': ['AC-3', 'AC-17', 'SC-7'],
  },
  doc: {
    en: {
      description: 'Confirm that web applications behind external Application Load Balancers are protected by Identity-Aware Proxy (IAP) where users must be authenticated, and that the backend VMs\' firewall rules allow traffic only from Google\'s load balancer and health check ranges (130.211.0.0/22 and 35.191.0.0/16) and, for IAP TCP forwarding, 35.235.240.0/20 — so nobody can bypass IAP by reaching the backends directly. Which applications need IAP is an application decision, so this stays a manual review.',
      urgency: 'Plan it for internal or administrative web applications: IAP replaces VPN-style network trust with per-request identity checks.',
      risk: 'If a backend accepts traffic from anywhere, an attacker can skip the load balancer and IAP entirely and talk to the application directly, bypassing authentication, Cloud Armor and logging. Internal tools published without IAP rely on the application\'s own login, which is often weaker.',
      recommendation: 'Enable IAP on the backend services of internal or administrative applications and grant "IAP-secured Web App User" only to the groups that need it. Restrict the backends\' ingress firewall rules to 130.211.0.0/22 and 35.191.0.0/16 (plus 35.235.240.0/20 for IAP TCP forwarding) and remove any other source ranges.',
      console: [
        'Open the Google Cloud console → "Security" → "Identity-Aware Proxy" and review the "HTTPS resources" tab: the IAP toggle of each backend service and who holds "IAP-secured Web App User".',
        'Turn IAP on for the backend services that need it (configure the OAuth consent screen first if asked) and add the principals that may access the application.',
        'Open "VPC network" → "Firewall" and check that the rules targeting those backends only allow 130.211.0.0/22 and 35.191.0.0/16 (and 35.235.240.0/20 for TCP forwarding).',
      ],
    },
    ja: {
      description: '外部アプリケーションロードバランサの背後にある Web アプリケーションのうちユーザー認証が必要なものが Identity-Aware Proxy（IAP）で保護されており、バックエンド VM のファイアウォールルールが Google のロードバランサとヘルスチェックの範囲（130.211.0.0/22 と 35.191.0.0/16）、および IAP の TCP 転送用の 35.235.240.0/20 からの通信だけを許可していることを確認します。これにより、バックエンドへ直接アクセスして IAP を迂回することを防ぎます。どのアプリケーションに IAP が必要かはアプリケーションごとの判断になるため、手動での確認になります。',
      urgency: '社内向けや管理用の Web アプリケーションから計画的に導入してください。IAP は VPN のようなネットワークへの信頼を、リクエストごとの ID 確認に置き換えます。',
      risk: 'バックエンドがどこからの通信でも受け付けると、攻撃者はロードバランサと IAP を飛ばしてアプリケーションに直接アクセスでき、認証も Cloud Armor もログも迂回されます。IAP なしで公開された社内ツールはアプリケーション自身のログイン機能に頼ることになり、多くの場合それはより脆弱です。',
      recommendation: '社内向けや管理用アプリケーションのバックエンドサービスで IAP を有効にし、「IAP で保護されたウェブアプリ ユーザー」のロールは必要なグループにだけ付与してください。バックエンドへの上りファイアウォールルールは 130.211.0.0/22 と 35.191.0.0/16（IAP の TCP 転送を使う場合は 35.235.240.0/20 も）に限定し、それ以外の送信元範囲は削除してください。',
      console: [
        'Google Cloud コンソールで「セキュリティ」→「Identity-Aware Proxy」を開き、「HTTPS リソース」タブで各バックエンドサービスの IAP の状態と、「IAP で保護されたウェブアプリ ユーザー」を持つプリンシパルを確認します。',
        '必要なバックエンドサービスで IAP をオンにし（求められた場合は先に OAuth 同意画面を構成します）、アプリケーションにアクセスできるプリンシパルを追加します。',
        '「VPC ネットワーク」→「ファイアウォール」を開き、それらのバックエンドを対象とするルールが 130.211.0.0/22 と 35.191.0.0/16（TCP 転送の場合は 35.235.240.0/20）だけを許可していることを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute backend-services update BACKEND_SERVICE --project=PROJECT_ID --global --iap=enabled',
      'gcloud iap web add-iam-policy-binding --project=PROJECT_ID --resource-type=backend-services \\',
      '  --service=BACKEND_SERVICE --member=group:app-users@example.com --role=roles/iap.httpsResourceAccessor',
      'gcloud compute firewall-rules update RULE_NAME --project=PROJECT_ID \\',
      '  --source-ranges=130.211.0.0/22,35.191.0.0/16',
    ].join('\n'),
    terraform: [
      'resource "google_compute_backend_service" "app" {',
      '  name                  = "app-backend"',
      '  load_balancing_scheme = "EXTERNAL_MANAGED"',
      '  protocol              = "HTTPS"',
      '  health_checks         = [google_compute_health_check.app.id]',
      '',
      '  iap {',
      '    enabled = true',
      '  }',
      '}',
      '',
      'resource "google_compute_firewall" "lb_to_app" {',
      '  name          = "allow-google-lb-to-app"',
      '  network       = google_compute_network.prod.id',
      '  source_ranges = ["130.211.0.0/22", "35.191.0.0/16"]',
      '  target_tags   = ["app"]',
      '',
      '  allow {',
      '    protocol = "tcp"',
      '    ports    = ["443"]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iap/docs/concepts-overview',
    'https://cloud.google.com/iap/docs/enabling-compute-howto',
    'https://cloud.google.com/load-balancing/docs/health-check-concepts#ip-ranges',
  ],
});
