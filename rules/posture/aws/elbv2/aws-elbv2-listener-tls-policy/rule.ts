import { LISTENER_TYPE, type ListenerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

/** Policies Security Hub ELB.17 accepts (sslPolicies parameter, not customizable). */
export const RECOMMENDED_TLS_POLICIES = [
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
];

export const rule = defineRule<ListenerConfig>({
  id: 'aws-elbv2-listener-tls-policy',
  services: ['elbv2'],
  title: {
    en: 'Application and Network Load Balancer TLS listeners use a recommended security policy',
    ja: 'Application / Network Load Balancer の TLS リスナーが推奨セキュリティポリシーを使用している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LISTENER_TYPE],
  requires: ['Port', 'Protocol', 'SslPolicy'],
  frameworks: {
    fsbp: ['ELB.17'],
    'nist-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
  },
  doc: {
    en: {
      description: `Checks that every HTTPS listener (ALB) and TLS listener (NLB) uses one of the recommended TLS 1.3 security policies: ${RECOMMENDED_TLS_POLICIES.join(', ')}.`,
      urgency: 'Fix within the month: switching the policy is instant and non-disruptive for modern clients; older policies keep TLS 1.0/1.1 and weak CBC/SHA-1 ciphers available to downgrade attacks.',
      risk: 'Policies such as ELBSecurityPolicy-2016-08 still accept TLS 1.0 and 1.1 and legacy cipher suites. Clients can be downgraded to these weaker protocols, exposing sessions to known attacks (BEAST/POODLE-class, Sweet32) and failing PCI DSS requirements for strong cryptography.',
      recommendation: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-2021-06 (TLS 1.3 + 1.2 with forward-secret ciphers), or a FIPS / TLS 1.3-only variant where required. Check with your client inventory that nothing still needs TLS 1.0/1.1.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the load balancer.',
        'On the Listeners tab select the HTTPS/TLS listener and choose Manage listener > Edit listener.',
        'Under Secure listener settings choose Security policy ELBSecurityPolicy-TLS13-1-2-2021-06 and save.',
      ],
    },
    ja: {
      description: `すべての HTTPS リスナー（ALB）と TLS リスナー（NLB）が推奨される TLS 1.3 セキュリティポリシー（${RECOMMENDED_TLS_POLICIES.join(', ')}）のいずれかを使用しているかを確認します。`,
      urgency: '今月中に対応してください。ポリシーの変更は即時かつ最新のクライアントには影響しません。古いポリシーでは TLS 1.0/1.1 や脆弱な CBC/SHA-1 暗号がダウングレード攻撃に利用され得る状態が続きます。',
      risk: 'ELBSecurityPolicy-2016-08 などのポリシーは TLS 1.0/1.1 と旧式の暗号スイートを受け付けます。クライアントをこれらの弱いプロトコルにダウングレードさせることで既知の攻撃（BEAST/POODLE 系、Sweet32）にさらされ、PCI DSS の強力な暗号化要件も満たせません。',
      recommendation: 'リスナーを ELBSecurityPolicy-TLS13-1-2-2021-06（TLS 1.3 と 1.2、前方秘匿性のある暗号）に変更してください。必要に応じて FIPS 版や TLS 1.3 専用版を使います。事前にクライアントの棚卸しで TLS 1.0/1.1 が不要であることを確認します。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象を選択します。',
        '「リスナー」タブで HTTPS/TLS リスナーを選び、「リスナーの管理」>「リスナーの編集」を選びます。',
        '「セキュアリスナーの設定」でセキュリティポリシー ELBSecurityPolicy-TLS13-1-2-2021-06 を選択して保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws elbv2 modify-listener --listener-arn <https-listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
    terraform: 'resource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = aws_acm_certificate.web.arn\n  default_action {\n    type             = "forward"\n    target_group_arn = aws_lb_target_group.web.arn\n  }\n}',
    cloudformation: 'HttpsListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref WebAlb\n    Port: 443\n    Protocol: HTTPS\n    SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06\n    Certificates:\n      - CertificateArn: !Ref WebCertificate\n    DefaultActions:\n      - Type: forward\n        TargetGroupArn: !Ref WebTargetGroup',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-17',
  ],
  evaluate(listener) {
    const c = listener.config;
    if (c.Protocol !== 'HTTPS' && c.Protocol !== 'TLS') {
      return notApplicable({ en: `${c.Protocol ?? 'Unknown'} listener does not terminate TLS.`, ja: `${c.Protocol ?? '不明な'} リスナーは TLS を終端しません。` });
    }
    return c.SslPolicy && RECOMMENDED_TLS_POLICIES.includes(c.SslPolicy)
      ? pass({ en: `${c.Protocol}:${c.Port} uses ${c.SslPolicy}.`, ja: `${c.Protocol}:${c.Port} は ${c.SslPolicy} を使用しています。` })
      : fail(
          { en: `${c.Protocol}:${c.Port} uses ${c.SslPolicy ?? 'no security policy'}, which is not a recommended TLS 1.3 policy.`, ja: `${c.Protocol}:${c.Port} は推奨される TLS 1.3 ポリシーではない ${c.SslPolicy ?? '（ポリシーなし）'} を使用しています。` },
          { SslPolicy: c.SslPolicy ?? null },
        );
  },
});
