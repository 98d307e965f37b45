import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-compute-app-engine-https-enforced',
  services: ['compute'],
  title: {
    en: 'App Engine applications enforce HTTPS connections',
    ja: 'App Engine アプリケーションが HTTPS 接続を強制している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['4.10'],
    'nist-800-53-r5': ['SC-8', 'SC-8(1)'],
    'pci-dss-4.0': ['4.2.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that every App Engine standard application redirects HTTP to HTTPS: each handler in `app.yaml` has `secure: always`, or the application itself redirects and sends HSTS (App Engine flexible and second-generation runtimes). The setting lives in the deployed application configuration, which mamori does not collect, so this is a manual check, as in the CIS benchmark.',
      urgency: 'Medium: plain-HTTP endpoints expose session cookies and credentials on any untrusted network.',
      risk:
        'If an App Engine application answers over plain HTTP, traffic on public Wi-Fi or a compromised network path can be read and modified: session cookies, login forms and API tokens can be stolen, and responses can be injected with malicious content.',
      recommendation:
        'In `app.yaml` of each service, set `secure: always` on every handler (App Engine standard, first-generation runtimes), or implement an HTTP-to-HTTPS redirect with `Strict-Transport-Security` in the application (second-generation and flexible runtimes), then redeploy. Review all services and versions that still receive traffic.',
      console: [
        'Open App Engine > Services and list every service and the versions receiving traffic.',
        'For each service, open its source or deployed configuration and check `handlers` in `app.yaml` for `secure: always`.',
        'For runtimes that ignore `secure`, request `http://<service>-dot-<project>.appspot.com/` and confirm a redirect to HTTPS with an HSTS header.',
        'Fix and redeploy with `gcloud app deploy` where needed.',
      ],
    },
    ja: {
      description:
        'すべての App Engine スタンダード アプリケーションで HTTP が HTTPS にリダイレクトされることを確認します。`app.yaml` の各ハンドラに `secure: always` が設定されているか、アプリケーション自身がリダイレクトして HSTS を送信していること（App Engine フレキシブル環境と第 2 世代ランタイム）を確認してください。この設定はデプロイされたアプリケーション構成にあり mamori では収集しないため、CIS ベンチマークと同じく手動での確認となります。',
      urgency: '中程度です。平文 HTTP のエンドポイントは、信頼できないネットワーク上でセッション Cookie や認証情報を漏えいさせます。',
      risk:
        'App Engine アプリケーションが平文の HTTP で応答すると、公衆 Wi-Fi や侵害されたネットワーク経路上で通信を盗聴・改ざんされ、セッション Cookie、ログイン フォームの内容、API トークンを盗まれたり、悪意のあるコンテンツを応答に挿入されたりするおそれがあります。',
      recommendation:
        '各サービスの `app.yaml` ですべてのハンドラに `secure: always` を設定する（App Engine スタンダードの第 1 世代ランタイム）か、アプリケーションに `Strict-Transport-Security` を伴う HTTP から HTTPS へのリダイレクトを実装し（第 2 世代ランタイムとフレキシブル環境）、再デプロイしてください。トラフィックを受けているすべてのサービスとバージョンを確認してください。',
      console: [
        '[App Engine] > [サービス] を開き、すべてのサービスとトラフィックを受けているバージョンを一覧します。',
        '各サービスのソースまたはデプロイ済みの構成を開き、`app.yaml` の `handlers` に `secure: always` があることを確認します。',
        '`secure` を無視するランタイムでは、`http://<サービス>-dot-<プロジェクト>.appspot.com/` にアクセスし、HSTS ヘッダー付きで HTTPS にリダイレクトされることを確認します。',
        '必要に応じて修正し、`gcloud app deploy` で再デプロイします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# app.yaml (App Engine standard):',
      '# handlers:',
      '# - url: /.*',
      '#   script: auto',
      '#   secure: always',
      'gcloud app deploy app.yaml --project=PROJECT_ID',
    ].join('\n'),
    terraform: `resource "google_app_engine_standard_app_version" "app" {
  service    = "default"
  version_id = "v2"
  runtime    = "python39"

  deployment {
    zip { source_url = "https://storage.googleapis.com/BUCKET/app.zip" }
  }
  entrypoint { shell = "gunicorn -b :$PORT main:app" }

  handlers {
    url_regex      = ".*"
    security_level = "SECURE_ALWAYS"
    script { script_path = "auto" }
  }
}`,
  },
  references: [
    'https://cloud.google.com/appengine/docs/standard/reference/app-yaml#handlers_element',
    'https://cloud.google.com/appengine/docs/standard/application-security',
    'https://cloud.google.com/appengine/docs/flexible/how-requests-are-handled',
  ],
});
