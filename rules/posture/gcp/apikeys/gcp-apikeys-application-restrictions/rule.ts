import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ApiKeyConfig } from '../../../../../src/providers/gcp/model.js';
import { keyLabel } from '../keys.js';

/** Referrer patterns CIS 1.14 calls too broad: `*`, `*.[TLD]`, `*.[TLD]/*`. */
function isOpenReferrer(referrer: string): boolean {
  const r = referrer.trim().toLowerCase().replace(/^https?:\/\//, '');
  return r === '*' || r === '*/*' || /^\*\.[a-z]{2,}(\/\*?)?$/.test(r);
}

/** Server restrictions that allow every address. */
function isOpenIp(ip: string): boolean {
  return ['0.0.0.0', '0.0.0.0/0', '::0', '::', '::/0', '::0/0'].includes(ip.trim());
}

type Check = { restricted: false; reason: { en: string; ja: string }; open?: string[] } | { restricted: true; kind: { en: string; ja: string }; values: string[] };

function applicationRestriction(key: ApiKeyConfig): Check {
  const r = key.restrictions ?? {};
  const referrers = r.browserKeyRestrictions?.allowedReferrers ?? [];
  const ips = r.serverKeyRestrictions?.allowedIps ?? [];
  const apps = (r.androidKeyRestrictions?.allowedApplications ?? []).map((a) => a.packageName);
  const bundles = r.iosKeyRestrictions?.allowedBundleIds ?? [];
  if (referrers.length) {
    const open = referrers.filter(isOpenReferrer);
    return open.length
      ? { restricted: false, open, reason: { en: `allows any website (HTTP referrer ${open.join(', ')})`, ja: `任意のウェブサイトを許可しています（HTTP リファラー ${open.join('、')}）` } }
      : { restricted: true, kind: { en: 'HTTP referrers', ja: 'HTTP リファラー' }, values: referrers };
  }
  if (ips.length) {
    const open = ips.filter(isOpenIp);
    return open.length
      ? { restricted: false, open, reason: { en: `allows any IP address (${open.join(', ')})`, ja: `任意の IP アドレスを許可しています（${open.join('、')}）` } }
      : { restricted: true, kind: { en: 'IP addresses', ja: 'IP アドレス' }, values: ips };
  }
  if (apps.length) return { restricted: true, kind: { en: 'Android apps', ja: 'Android アプリ' }, values: apps };
  if (bundles.length) return { restricted: true, kind: { en: 'iOS apps', ja: 'iOS アプリ' }, values: bundles };
  return { restricted: false, reason: { en: 'has no application restriction (any website, server or app can use it)', ja: 'アプリケーションの制限がありません（どのウェブサイト、サーバー、アプリからも使えます）' } };
}

export const rule = defineRule<ApiKeyConfig>({
  id: 'gcp-apikeys-application-restrictions',
  services: ['apikeys'],
  title: {
    en: 'API keys are restricted to specified hosts and apps',
    ja: 'API キーの利用元が特定のホストやアプリに制限されている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.apiKey],
  requires: ['displayName', 'name', 'restrictions'],
  frameworks: {
    'cis-gcp-5.0': ['1.14'],
    'nist-800-53-r5': ['AC-3', 'IA-5'],
  },
  doc: {
    en: {
      description:
        "Checks the configuration side of CIS 1.14 automatically: each API key must have an application restriction (HTTP referrers, IP addresses, Android apps or iOS apps), HTTP referrers must not be '*', '*.[TLD]' or '*.[TLD]/*', and IP restrictions must not be 0.0.0.0/0 or ::/0. Whether the allowed hosts and apps are the right ones is part of the manual review of CIS 1.14.",
      urgency: 'Fix within days: without an application restriction, anyone who finds the key can use it from anywhere.',
      risk: 'API keys are visible in browser pages, app packages and network traffic. Without an application restriction, a copied key works from any website, server or app: attackers use it to consume quota and run up charges, or to call APIs that expose project data.',
      recommendation:
        "Set the application restriction matching how the key is used: HTTP referrers listing your exact sites for browser keys, the egress IP addresses of your servers for server keys, the package name and signing certificate fingerprint for Android, or the bundle ID for iOS. Avoid wildcard referrers such as '*' or '*.com'. Add API restrictions as well.",
      console: [
        'Open APIs & Services > Credentials in the Google Cloud console and select the project.',
        'Click the name of the API key listed in the finding.',
        'Under "Application restrictions", choose "Websites", "IP addresses", "Android apps" or "iOS apps" and enter the exact sites, addresses or apps that call the key.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        "CIS 1.14 のうち設定面を自動で確認します。各 API キーにアプリケーションの制限（HTTP リファラー、IP アドレス、Android アプリ、iOS アプリ）があること、HTTP リファラーが '*'、'*.[TLD]'、'*.[TLD]/*' ではないこと、IP アドレスの制限が 0.0.0.0/0 や ::/0 ではないことを確認します。許可したホストやアプリが適切かどうかは、CIS 1.14 の手動レビューで確認します。",
      urgency: '数日以内に対応してください。アプリケーションの制限がないと、キーを見つけた人は誰でもどこからでも使えます。',
      risk: 'API キーはブラウザのページ、アプリのパッケージ、ネットワーク通信から見えてしまいます。アプリケーションの制限がなければ、コピーされたキーはどのウェブサイト、サーバー、アプリからでも使え、攻撃者は割り当ての消費や高額請求、プロジェクトのデータを返す API の呼び出しに悪用します。',
      recommendation:
        "キーの使われ方に合ったアプリケーションの制限を設定してください。ブラウザ用のキーには正確なサイトを列挙した HTTP リファラー、サーバー用のキーにはサーバーの送信元 IP アドレス、Android にはパッケージ名と署名証明書のフィンガープリント、iOS にはバンドル ID を指定します。'*' や '*.com' のようなワイルドカードのリファラーは避け、API の制限もあわせて設定してください。",
      console: [
        'Google Cloud コンソールで「API とサービス」>「認証情報」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載された API キーの名前をクリックします。',
        '「アプリケーションの制限」で「ウェブサイト」「IP アドレス」「Android アプリ」「iOS アプリ」のいずれかを選び、キーを呼び出す正確なサイト、アドレス、アプリを入力します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Browser key: allow only your sites',
      'gcloud services api-keys update KEY_ID --project=PROJECT_ID \\',
      '  --allowed-referrers="https://www.example.com/*,https://app.example.com/*"',
      '# Server key: allow only your egress addresses',
      'gcloud services api-keys update KEY_ID --project=PROJECT_ID --allowed-ips="203.0.113.10,198.51.100.0/24"',
    ].join('\n'),
    terraform: [
      'resource "google_apikeys_key" "web" {',
      '  name         = "web"',
      '  display_name = "Browser key for www.example.com"',
      '  project      = var.project_id',
      '  restrictions {',
      '    browser_key_restrictions {',
      '      allowed_referrers = ["https://www.example.com/*"]',
      '    }',
      '    api_targets {',
      '      service = "maps-backend.googleapis.com"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/docs/authentication/api-keys#adding_application_restrictions',
    'https://cloud.google.com/docs/authentication/api-keys-best-practices',
    'https://cloud.google.com/api-keys/docs/reference/rest/v2/projects.locations.keys#Restrictions',
  ],
  evaluate(resource) {
    const key = resource.config;
    const label = keyLabel(key);
    const check = applicationRestriction(key);
    if (!check.restricted) {
      return fail({ en: `API key ${label} ${check.reason.en}.`, ja: `API キー ${label} は${check.reason.ja}。` }, { restrictions: key.restrictions ?? null, ...(check.open ? { openValues: check.open } : {}) });
    }
    return pass(
      { en: `API key ${label} is restricted to ${check.kind.en}: ${check.values.join(', ')}.`, ja: `API キー ${label} の利用元は ${check.kind.ja}に制限されています: ${check.values.join('、')}。` },
      { restriction: check.kind.en, allowed: check.values },
    );
  },
});
