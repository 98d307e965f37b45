import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type BackendServiceConfig } from '../../../../../src/providers/gcp/model.js';
import { notApplicationLoadBalancer, protocol, scheme } from '../backend.js';

export const rule = defineRule<BackendServiceConfig>({
  id: 'gcp-loadbalancing-backend-logging-enabled',
  services: ['compute'],
  title: {
    en: 'Logging is enabled for HTTP(S) load balancer backend services',
    ja: 'HTTP(S) ロードバランサのバックエンドサービスでロギングが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.backendService],
  requires: ['loadBalancingScheme', 'logConfig', 'name', 'protocol'],
  frameworks: {
    'cis-gcp-5.0': ['2.17'],
    'nist-800-53-r5': ['AU-2', 'AU-3', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description: 'Checks that every backend service of an Application Load Balancer (HTTP, HTTPS, HTTP/2 backends with scheme EXTERNAL, EXTERNAL_MANAGED or INTERNAL_MANAGED) has request logging on (logConfig.enable true) with a sample rate above 0. Backends of network load balancers and Cloud Service Mesh are not applicable.',
      urgency: 'Enable soon: request logs are the main evidence for web attacks and abuse, and they only cover requests made after logging is on.',
      risk: 'Without load balancer logs there is no record of who requested what: client IPs, URLs, user agents, response codes, Cloud Armor decisions and latencies. Credential stuffing, scraping, exploitation attempts against the application or data downloads cannot be detected or investigated.',
      recommendation: 'Enable logging on each backend service with a sample rate of 1 (every request), or a lower rate only where the traffic volume makes it necessary and the risk is accepted. Route the logs to the central logging project with a sink and keep them as long as incident response and PCI DSS require.',
      console: [
        'Open the Google Cloud console → "Network services" → "Load balancing" and select the load balancer.',
        'Choose "Edit" → "Backend configuration" and edit the backend service.',
        'Under "Logging", select "Enable logging", set "Sample rate" to 1 and choose "Update".',
        'Choose "Update" to save the load balancer.',
      ],
    },
    ja: {
      description: 'アプリケーションロードバランサのバックエンドサービス（スキームが EXTERNAL、EXTERNAL_MANAGED、INTERNAL_MANAGED で、プロトコルが HTTP、HTTPS、HTTP/2 のもの）すべてで、リクエストのロギングがオン（logConfig.enable が true）で、サンプルレートが 0 より大きいことを確認します。ネットワークロードバランサや Cloud Service Mesh のバックエンドは対象外です。',
      urgency: '早めに有効にしてください。リクエストログは Web への攻撃や不正利用の主要な証跡であり、記録されるのはロギングを有効にした後のリクエストだけです。',
      risk: 'ロードバランサのログがないと、誰が何をリクエストしたか（クライアント IP、URL、ユーザーエージェント、レスポンスコード、Cloud Armor の判定、レイテンシ）の記録が残りません。クレデンシャルスタッフィング、スクレイピング、アプリケーションへの攻撃、データのダウンロードを検知することも調査することもできません。',
      recommendation: '各バックエンドサービスでサンプルレート 1（すべてのリクエスト）のロギングを有効にしてください。トラフィック量の都合で必要な場合に限り、リスクを受容したうえで低いレートを使ってください。ログはシンクで集中管理用のプロジェクトに転送し、インシデント対応や PCI DSS が求める期間保持してください。',
      console: [
        'Google Cloud コンソールで「ネットワーク サービス」→「ロード バランシング」を開き、対象のロードバランサを選択します。',
        '「編集」→「バックエンドの構成」を開き、対象のバックエンドサービスを編集します。',
        '「ロギング」で「ロギングを有効にする」を選択し、「サンプルレート」を 1 にして「更新」を選択します。',
        '「更新」を選択してロードバランサを保存します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Global backend service (use --region=REGION for regional load balancers)',
      'gcloud compute backend-services update BACKEND_SERVICE --project=PROJECT_ID --global \\',
      '  --enable-logging --logging-sample-rate=1.0',
    ].join('\n'),
    terraform: [
      'resource "google_compute_backend_service" "app" {',
      '  name                  = "app-backend"',
      '  load_balancing_scheme = "EXTERNAL_MANAGED"',
      '  protocol              = "HTTPS"',
      '  health_checks         = [google_compute_health_check.app.id]',
      '',
      '  log_config {',
      '    enable      = true',
      '    sample_rate = 1.0',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring',
    'https://cloud.google.com/load-balancing/docs/l7-internal/monitoring',
    'https://cloud.google.com/compute/docs/reference/rest/v1/backendServices',
  ],
  evaluate(resource) {
    const b = resource.config;
    const na = notApplicationLoadBalancer(b);
    if (na) return na;
    const context = { loadBalancingScheme: scheme(b), protocol: protocol(b), logConfig: b.logConfig ?? null };
    if (b.logConfig?.enable !== true) {
      return fail({ en: `Backend service ${b.name} (${scheme(b)}, ${protocol(b)}) does not log requests.`, ja: `バックエンドサービス ${b.name}（${scheme(b)}、${protocol(b)}）はリクエストを記録していません。` }, context);
    }
    // The API default sample rate when logging is on is 1.0.
    const rate = b.logConfig.sampleRate ?? 1;
    if (rate <= 0) {
      return fail(
        { en: `Backend service ${b.name} has logging on with sample rate 0, so no request is logged.`, ja: `バックエンドサービス ${b.name} のロギングはオンですが、サンプルレートが 0 のためリクエストが記録されていません。` },
        context,
      );
    }
    return pass(
      { en: `Backend service ${b.name} logs requests (sample rate ${rate}).`, ja: `バックエンドサービス ${b.name} はリクエストを記録しています（サンプルレート ${rate}）。` },
      context,
    );
  },
});
