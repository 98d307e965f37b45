import { LISTENER_TYPE, LOAD_BALANCER_TYPE, type ListenerConfig, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isAlb } from '../shared.js';

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-alb-http-redirects-to-https',
  services: ['elbv2'],
  title: {
    en: 'Application Load Balancers redirect all HTTP requests to HTTPS',
    ja: 'Application Load Balancer がすべての HTTP リクエストを HTTPS にリダイレクトしている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [LOAD_BALANCER_TYPE],
  reads: [LISTENER_TYPE],
  requires: ['listeners', 'Type'],
  frameworks: {
    fsbp: ['ELB.1'],
    'nist-800-53-r5': ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-23(3)', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
    'pci-dss-3.2.1': ['2.3', '4.1'],
  },
  doc: {
    en: {
      description: 'Checks that every HTTP listener of an Application Load Balancer has a default action that redirects to HTTPS, so no request is served in cleartext.',
      urgency: 'Fix this week: the change is one listener action, and until then logins, session cookies and form data can travel in cleartext over the internet.',
      risk: 'An HTTP listener that forwards to targets serves the application without TLS. Anyone on the network path (public Wi-Fi, a compromised router, an ISP) can read session cookies and credentials and inject content such as malicious scripts into pages.',
      recommendation: 'Change the default action of each HTTP listener to "Redirect to HTTPS:443" with status HTTP_301, serve the application only from an HTTPS listener with a current security policy, and add HSTS headers in the application.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the ALB.',
        'On the Listeners and rules tab select the HTTP:80 listener and choose Manage listener > Edit listener.',
        'Set the default action to "Redirect to URL", protocol HTTPS, port 443, status code 301, and save.',
      ],
    },
    ja: {
      description: 'Application Load Balancer のすべての HTTP リスナーのデフォルトアクションが HTTPS へのリダイレクトで、平文でリクエストを処理しないかを確認します。',
      urgency: '今週中に対応してください。リスナーのアクション 1 つの変更で済み、それまではログイン情報、セッション Cookie、フォームの内容がインターネット上を平文で流れ得ます。',
      risk: 'ターゲットに転送する HTTP リスナーは TLS なしでアプリケーションを提供します。通信経路上の第三者（公衆 Wi-Fi、侵害されたルーター、ISP など）がセッション Cookie や認証情報を盗み見たり、悪意あるスクリプトなどをページに挿入したりできます。',
      recommendation: '各 HTTP リスナーのデフォルトアクションをステータス HTTP_301 の「HTTPS:443 へリダイレクト」に変更し、アプリケーションは最新のセキュリティポリシーを使う HTTPS リスナーからのみ提供してください。アプリケーション側で HSTS ヘッダーも付与します。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象の ALB を選択します。',
        '「リスナーとルール」タブで HTTP:80 リスナーを選び、「リスナーの管理」>「リスナーの編集」を選びます。',
        'デフォルトアクションを「URL にリダイレクト」、プロトコル HTTPS、ポート 443、ステータスコード 301 にして保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws elbv2 modify-listener --listener-arn <http-listener-arn> --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
    terraform: 'resource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.web.arn\n  port              = 80\n  protocol          = "HTTP"\n  default_action {\n    type = "redirect"\n    redirect {\n      protocol    = "HTTPS"\n      port        = "443"\n      status_code = "HTTP_301"\n    }\n  }\n}',
    cloudformation: 'HttpListener:\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n    LoadBalancerArn: !Ref WebAlb\n    Port: 80\n    Protocol: HTTP\n    DefaultActions:\n      - Type: redirect\n        RedirectConfig:\n          Protocol: HTTPS\n          Port: "443"\n          StatusCode: HTTP_301',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1',
  ],
  evaluate(lb, ctx) {
    if (!isAlb(lb.config)) return notApplicable({ en: `Only Application Load Balancers are checked (type ${lb.config.Type}).`, ja: `Application Load Balancer のみが対象です（タイプ ${lb.config.Type}）。` });
    const listeners = ctx
      .resources<ListenerConfig>(LISTENER_TYPE, { account: lb.account, region: lb.region })
      .filter((l) => l.config.LoadBalancerArn === lb.uid);
    const http = listeners.filter((l) => l.config.Protocol === 'HTTP');
    if (http.length === 0) {
      return pass({ en: 'The load balancer has no HTTP listener.', ja: 'HTTP リスナーはありません。' }, { listeners: listeners.map((l) => `${l.config.Protocol}:${l.config.Port}`) });
    }
    const noRedirect = http.filter((l) => !l.config.DefaultActions.some((a) => a.Type === 'redirect' && a.RedirectConfig?.Protocol === 'HTTPS'));
    if (noRedirect.length === 0) {
      return pass({ en: `HTTP listener(s) on port ${http.map((l) => l.config.Port).join(', ')} redirect to HTTPS.`, ja: `HTTP リスナー（ポート ${http.map((l) => l.config.Port).join(', ')}）は HTTPS にリダイレクトしています。` });
    }
    const ports = noRedirect.map((l) => `HTTP:${l.config.Port} (${l.config.DefaultActions.map((a) => a.Type).join('+') || 'no action'})`);
    return fail(
      { en: `HTTP listener without redirect to HTTPS: ${ports.join(', ')}.`, ja: `HTTPS にリダイレクトしない HTTP リスナー: ${ports.join(', ')}。` },
      { listeners: noRedirect.map((l) => l.uid) },
    );
  },
});
