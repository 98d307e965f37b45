import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type BackendServiceConfig } from '../../../../../src/providers/gcp/model.js';
import { lastSegment } from '../../vpc/refs.js';
import { notApplicationLoadBalancer, protocol, scheme } from '../backend.js';

export const rule = defineRule<BackendServiceConfig>({
  id: 'gcp-loadbalancing-backend-cloud-armor',
  services: ['compute'],
  title: {
    en: 'External HTTP(S) load balancer backend services are protected by a Cloud Armor security policy',
    ja: '外部 HTTP(S) ロードバランサのバックエンドサービスが Cloud Armor のセキュリティポリシーで保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.backendService],
  requires: ['loadBalancingScheme', 'name', 'protocol', 'securityPolicy'],
  frameworks: {
    'nist-800-53-r5': ['SC-5', 'SC-7', 'SI-4'],
    'pci-dss-4.0': ['6.4.2'],
  },
  doc: {
    en: {
      description: 'Checks that every backend service of an external Application Load Balancer (scheme EXTERNAL or EXTERNAL_MANAGED, protocol HTTP, HTTPS or HTTP/2) has a Google Cloud Armor backend security policy attached (securityPolicy set). Internal load balancers and non-HTTP backends are not applicable.',
      urgency: 'Plan it this sprint: internet-facing applications are attacked continuously, and a policy can start in preview mode without affecting traffic.',
      risk: 'Without Cloud Armor, every request that reaches the load balancer is forwarded to the application: SQL injection, cross-site scripting and known-CVE exploit attempts, credential stuffing, scrapers and layer 7 floods all hit the backends directly, and there is no place to block an attacking IP range or country quickly during an incident.',
      recommendation: 'Create a Cloud Armor security policy with the preconfigured WAF rules that match the application (sqli, xss, lfi, rce, scannerdetection …), rate limiting for login and API endpoints, and optionally Adaptive Protection. Deploy the rules in preview mode first, review the logs, then enforce and attach the policy to every external backend service.',
      console: [
        'Open the Google Cloud console → "Network Security" → "Cloud Armor policies" and choose "Create policy" (or select an existing one).',
        'Add rules (preconfigured WAF expressions, rate limiting, IP or geo deny lists), first in "Preview only" mode.',
        'Under "Apply policy to targets", add the backend service named in the finding and save.',
        'After checking the preview results in the load balancer logs, turn off preview mode on the rules.',
      ],
    },
    ja: {
      description: '外部アプリケーションロードバランサ（スキームが EXTERNAL または EXTERNAL_MANAGED、プロトコルが HTTP、HTTPS、HTTP/2）のすべてのバックエンドサービスに、Google Cloud Armor のバックエンドセキュリティポリシーが関連付けられている（securityPolicy が設定されている）ことを確認します。内部ロードバランサと HTTP 以外のバックエンドは対象外です。',
      urgency: '今回のスプリントで計画してください。インターネットに公開されたアプリケーションは絶えず攻撃されており、ポリシーはトラフィックに影響しないプレビューモードで始められます。',
      risk: 'Cloud Armor がないと、ロードバランサに届いたリクエストはすべてアプリケーションに転送されます。SQL インジェクション、クロスサイトスクリプティング、既知の CVE を狙う攻撃、クレデンシャルスタッフィング、スクレイパー、レイヤ 7 の DDoS がそのままバックエンドに届き、インシデント発生時に攻撃元の IP 範囲や国をすぐに遮断する手段もありません。',
      recommendation: 'アプリケーションに合った事前構成済みの WAF ルール（sqli、xss、lfi、rce、scannerdetection など）、ログインや API エンドポイントのレート制限、必要に応じて Adaptive Protection を含む Cloud Armor のセキュリティポリシーを作成してください。ルールはまずプレビューモードで展開してログを確認し、その後に適用して、すべての外部バックエンドサービスにポリシーを関連付けてください。',
      console: [
        'Google Cloud コンソールで「ネットワーク セキュリティ」→「Cloud Armor ポリシー」を開き、「ポリシーを作成」を選択します（既存のポリシーを選んでもかまいません）。',
        'ルール（事前構成済みの WAF 式、レート制限、IP や地域の拒否リスト）を、まず「プレビューのみ」モードで追加します。',
        '「ポリシーをターゲットに適用」で検出結果のバックエンドサービスを追加して保存します。',
        'ロードバランサのログでプレビュー結果を確認したら、ルールのプレビューモードをオフにします。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute security-policies create web-waf --project=PROJECT_ID --description="WAF for external web backends"',
      'gcloud compute security-policies rules create 1000 --project=PROJECT_ID --security-policy=web-waf \\',
      '  --expression="evaluatePreconfiguredWaf(\'sqli-v33-stable\') || evaluatePreconfiguredWaf(\'xss-v33-stable\')" \\',
      '  --action=deny-403 --preview',
      'gcloud compute backend-services update BACKEND_SERVICE --project=PROJECT_ID --global --security-policy=web-waf',
    ].join('\n'),
    terraform: [
      'resource "google_compute_security_policy" "web_waf" {',
      '  name = "web-waf"',
      '',
      '  rule {',
      '    action   = "deny(403)"',
      '    priority = 1000',
      '    preview  = true',
      '    match {',
      '      expr {',
      '        expression = "evaluatePreconfiguredWaf(\'sqli-v33-stable\') || evaluatePreconfiguredWaf(\'xss-v33-stable\')"',
      '      }',
      '    }',
      '  }',
      '',
      '  rule {',
      '    action   = "allow"',
      '    priority = 2147483647',
      '    match {',
      '      versioned_expr = "SRC_IPS_V1"',
      '      config {',
      '        src_ip_ranges = ["*"]',
      '      }',
      '    }',
      '  }',
      '}',
      '',
      'resource "google_compute_backend_service" "app" {',
      '  name                  = "app-backend"',
      '  load_balancing_scheme = "EXTERNAL_MANAGED"',
      '  protocol              = "HTTPS"',
      '  health_checks         = [google_compute_health_check.app.id]',
      '  security_policy       = google_compute_security_policy.web_waf.id',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/armor/docs/cloud-armor-overview',
    'https://cloud.google.com/armor/docs/configure-security-policies',
    'https://cloud.google.com/armor/docs/waf-rules',
  ],
  evaluate(resource) {
    const b = resource.config;
    const na = notApplicationLoadBalancer(b, true);
    if (na) return na;
    if (b.securityPolicy) {
      return pass(
        { en: `Backend service ${b.name} is protected by Cloud Armor policy ${lastSegment(b.securityPolicy)}.`, ja: `バックエンドサービス ${b.name} は Cloud Armor ポリシー ${lastSegment(b.securityPolicy)} で保護されています。` },
        { securityPolicy: b.securityPolicy },
      );
    }
    return fail(
      { en: `External backend service ${b.name} (${scheme(b)}, ${protocol(b)}) has no Cloud Armor security policy.`, ja: `外部バックエンドサービス ${b.name}（${scheme(b)}、${protocol(b)}）に Cloud Armor のセキュリティポリシーがありません。` },
      { loadBalancingScheme: scheme(b), protocol: protocol(b), securityPolicy: null },
    );
  },
});
