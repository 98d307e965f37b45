import { defineRule, fail, notAssessed, pass, type RuleOutcome } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type SslPolicyConfig, type TargetProxyConfig } from '../../../../../src/providers/gcp/model.js';
import { computePath, lastSegment, resourcePath } from '../../vpc/refs.js';

/** Cipher suites CIS GCP 3.11 calls weak: RSA key exchange (no forward secrecy) and 3DES. */
export const WEAK_FEATURES = [
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
] as const;

const TLS_ORDER = ['TLS_1_0', 'TLS_1_1', 'TLS_1_2', 'TLS_1_3'];
const atLeastTls12 = (v: string) => TLS_ORDER.indexOf(v) >= TLS_ORDER.indexOf('TLS_1_2');

/** Why an SSL policy is weak (en/ja), or undefined when it is strong. */
function weakness(policy: SslPolicyConfig): { en: string; ja: string } | undefined {
  const profile: string = policy.profile ?? 'COMPATIBLE';
  const minTls: string = policy.minTlsVersion ?? 'TLS_1_0';
  const features = [...new Set([...(policy.customFeatures ?? []), ...(policy.enabledFeatures ?? [])])];
  const weak = features.filter((f) => (WEAK_FEATURES as readonly string[]).includes(f));
  switch (profile) {
    case 'RESTRICTED':
      // Every RESTRICTED cipher suite is TLS 1.2-only, so clients need TLS 1.2 whatever the minimum says.
      return undefined;
    case 'MODERN':
      return atLeastTls12(minTls) ? undefined : { en: `MODERN profile with minimum ${minTls} (needs TLS_1_2)`, ja: `MODERN プロファイルで最小バージョンが ${minTls}（TLS_1_2 が必要）` };
    case 'COMPATIBLE':
      return { en: `COMPATIBLE profile (allows RSA key exchange and 3DES cipher suites), minimum ${minTls}`, ja: `COMPATIBLE プロファイル（RSA 鍵交換や 3DES の暗号スイートを許可）、最小バージョン ${minTls}` };
    default: {
      const problems: { en: string; ja: string }[] = [];
      if (weak.length) problems.push({ en: `weak cipher suites ${weak.join(', ')}`, ja: `脆弱な暗号スイート ${weak.join('、')}` });
      if (!atLeastTls12(minTls)) problems.push({ en: `minimum ${minTls} (needs TLS_1_2)`, ja: `最小バージョン ${minTls}（TLS_1_2 が必要）` });
      if (!problems.length) return undefined;
      return { en: `${profile} profile with ${problems.map((p) => p.en).join(' and ')}`, ja: `${profile} プロファイルで${problems.map((p) => p.ja).join('、')}` };
    }
  }
}

export const rule = defineRule<TargetProxyConfig>({
  id: 'gcp-loadbalancing-ssl-policy-strong',
  services: ['compute'],
  title: {
    en: 'HTTPS and SSL proxy load balancers use an SSL policy without weak cipher suites',
    ja: 'HTTPS・SSL プロキシロードバランサで脆弱な暗号スイートを許可しない SSL ポリシーを使用している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.targetHttpsProxy, GCP_TYPES.targetSslProxy],
  requires: ['name', 'sslPolicy'],
  reads: [GCP_TYPES.sslPolicy],
  frameworks: {
    'cis-gcp-5.0': ['3.11'],
    'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'],
    'pci-dss-4.0': ['4.2.1'],
  },
  doc: {
    en: {
      description: `Checks that every target HTTPS proxy and target SSL proxy has an SSL policy and that the policy is MODERN with minimum TLS 1.2 or higher, RESTRICTED, or CUSTOM with minimum TLS 1.2 and none of the weak cipher suites ${WEAK_FEATURES.join(', ')}. A proxy without an SSL policy uses the Google default (COMPATIBLE profile, TLS 1.0) and fails. CIS GCP 5.0 lists this recommendation (3.11) as manual; its check is mechanical, so mamori automates it. CUSTOM policies with a minimum below TLS 1.2 fail here, which is stricter than the benchmark text.`,
      urgency: 'Schedule it: switching to a stronger policy is one command, but check first whether old clients (embedded devices, legacy partners) still need TLS 1.0/1.1.',
      risk: 'A weak policy lets clients negotiate TLS 1.0/1.1 and cipher suites without forward secrecy or with 3DES. Traffic can then be downgraded and, if the certificate key is ever compromised, recorded sessions can be decrypted; scanners and auditors (PCI DSS) flag the endpoint as using insecure cryptography.',
      recommendation: 'Create an SSL policy with the MODERN profile and minimum TLS 1.2 (or RESTRICTED where all clients are current) and attach it to every target HTTPS and SSL proxy. Watch the load balancer logs for handshake failures from legacy clients before and after the change.',
      console: [
        'Open the Google Cloud console → "Network Security" → "SSL policies" and choose "Create policy".',
        'Select "Minimum TLS version" TLS 1.2 and the "Modern" (or "Restricted") profile, and create the policy.',
        'Open "Network services" → "Load balancing", edit the load balancer, open "Frontend configuration", select the new policy under "SSL policy" for each HTTPS/SSL frontend and choose "Update".',
      ],
    },
    ja: {
      description: `すべてのターゲット HTTPS プロキシとターゲット SSL プロキシに SSL ポリシーが設定されており、そのポリシーが最小 TLS 1.2 以上の MODERN、RESTRICTED、または最小 TLS 1.2 で脆弱な暗号スイート（${WEAK_FEATURES.join('、')}）を含まない CUSTOM のいずれかであることを確認します。SSL ポリシーのないプロキシは Google のデフォルト（COMPATIBLE プロファイル、TLS 1.0）を使うため不適合です。CIS GCP 5.0 ではこの推奨事項（3.11）は手動評価ですが、確認内容は機械的に判定できるため mamori では自動評価しています。最小バージョンが TLS 1.2 未満の CUSTOM ポリシーは、ベンチマークの記述より厳しく不適合としています。`,
      urgency: '計画的に対応してください。より強いポリシーへの切り替えはコマンド 1 つで済みますが、古いクライアント（組み込み機器や旧来の取引先システムなど）がまだ TLS 1.0/1.1 を必要としていないか先に確認してください。',
      risk: '弱いポリシーでは、クライアントが TLS 1.0/1.1 や、前方秘匿性のない暗号スイート、3DES を使って接続できます。通信がダウングレードされるおそれがあり、証明書の鍵が漏えいした場合には記録された通信を復号されかねません。スキャナーや監査（PCI DSS）でも安全でない暗号を使うエンドポイントとして指摘されます。',
      recommendation: 'MODERN プロファイルで最小 TLS 1.2 の SSL ポリシー（すべてのクライアントが最新であれば RESTRICTED）を作成し、すべてのターゲット HTTPS プロキシとターゲット SSL プロキシに関連付けてください。変更の前後でロードバランサのログを確認し、古いクライアントからのハンドシェイク失敗がないか見てください。',
      console: [
        'Google Cloud コンソールで「ネットワーク セキュリティ」→「SSL ポリシー」を開き、「ポリシーを作成」を選択します。',
        '「最小 TLS バージョン」に TLS 1.2、プロファイルに「モダン」（または「制限付き」）を選択してポリシーを作成します。',
        '「ネットワーク サービス」→「ロード バランシング」で対象のロードバランサを編集し、「フロントエンドの構成」で HTTPS/SSL の各フロントエンドの「SSL ポリシー」に新しいポリシーを選択して「更新」を選択します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute ssl-policies create modern-tls12 --project=PROJECT_ID --global --profile=MODERN --min-tls-version=1.2',
      'gcloud compute target-https-proxies update TARGET_HTTPS_PROXY --project=PROJECT_ID --global --ssl-policy=modern-tls12',
      'gcloud compute target-ssl-proxies update TARGET_SSL_PROXY --project=PROJECT_ID --ssl-policy=modern-tls12',
    ].join('\n'),
    terraform: [
      'resource "google_compute_ssl_policy" "modern_tls12" {',
      '  name            = "modern-tls12"',
      '  profile         = "MODERN"',
      '  min_tls_version = "TLS_1_2"',
      '}',
      '',
      'resource "google_compute_target_https_proxy" "web" {',
      '  name             = "web-https-proxy"',
      '  url_map          = google_compute_url_map.web.id',
      '  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]',
      '  ssl_policy       = google_compute_ssl_policy.modern_tls12.id',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/load-balancing/docs/ssl-policies-concepts',
    'https://cloud.google.com/load-balancing/docs/use-ssl-policies',
    'https://cloud.google.com/compute/docs/reference/rest/v1/sslPolicies',
  ],
  evaluate(proxy, ctx): RuleOutcome {
    const kind = proxy.type === GCP_TYPES.targetSslProxy ? { en: 'Target SSL proxy', ja: 'ターゲット SSL プロキシ' } : { en: 'Target HTTPS proxy', ja: 'ターゲット HTTPS プロキシ' };
    const name = proxy.config.name;
    if (!proxy.config.sslPolicy) {
      return fail(
        {
          en: `${kind.en} ${name} has no SSL policy, so it uses the Google default (COMPATIBLE profile, TLS 1.0 and weak cipher suites allowed).`,
          ja: `${kind.ja} ${name} に SSL ポリシーがないため、Google のデフォルト（COMPATIBLE プロファイル、TLS 1.0 と脆弱な暗号スイートを許可）が使われています。`,
        },
        { sslPolicy: null },
      );
    }
    const path = computePath(proxy.config.sslPolicy);
    const policy = ctx.resources<SslPolicyConfig>(GCP_TYPES.sslPolicy).find((p) => path !== undefined && resourcePath(p) === path);
    if (!policy) {
      return notAssessed(
        {
          en: `SSL policy ${lastSegment(proxy.config.sslPolicy)} of ${kind.en.charAt(0).toLowerCase()}${kind.en.slice(1)} ${name} is not in the snapshot.`,
          ja: `${kind.ja} ${name} の SSL ポリシー ${lastSegment(proxy.config.sslPolicy)} がスナップショットにありません。`,
        },
        { sslPolicy: proxy.config.sslPolicy },
      );
    }
    const p = policy.config;
    const evidence = { sslPolicy: policy.uid, profile: p.profile ?? 'COMPATIBLE', minTlsVersion: p.minTlsVersion ?? 'TLS_1_0', customFeatures: p.customFeatures, enabledFeatures: p.enabledFeatures };
    const weak = weakness(p);
    if (weak) {
      return fail({ en: `${kind.en} ${name} uses SSL policy ${p.name}: ${weak.en}.`, ja: `${kind.ja} ${name} が SSL ポリシー ${p.name} を使っています: ${weak.ja}。` }, evidence);
    }
    const restrictedNote = p.profile === 'RESTRICTED' && !atLeastTls12(p.minTlsVersion ?? 'TLS_1_0');
    return pass(
      {
        en: `${kind.en} ${name} uses SSL policy ${p.name} (${p.profile ?? 'COMPATIBLE'}, minimum ${p.minTlsVersion ?? 'TLS_1_0'}${restrictedNote ? '; RESTRICTED cipher suites require TLS 1.2' : ''}).`,
        ja: `${kind.ja} ${name} は SSL ポリシー ${p.name}（${p.profile ?? 'COMPATIBLE'}、最小 ${p.minTlsVersion ?? 'TLS_1_0'}${restrictedNote ? '。RESTRICTED の暗号スイートは TLS 1.2 が必須' : ''}）を使っています。`,
      },
      evidence,
    );
  },
});
