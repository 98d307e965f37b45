import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isAlb } from '../shared.js';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-alb-drop-invalid-headers',
  services: ['elbv2'],
  title: {
    en: 'Application Load Balancers drop invalid HTTP headers',
    ja: 'Application Load Balancer が無効な HTTP ヘッダーを破棄している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LOAD_BALANCER_TYPE],
  requires: ['attributes', 'Type'],
  frameworks: {
    fsbp: ['ELB.4'],
    'nist-800-53-r5': ['SC-7(4)', 'SC-8(2)'],
    'pci-dss-4.0': ['6.2.4'],
  },
  doc: {
    en: {
      description: `Checks that ${KEY} is true on each Application Load Balancer, so headers with invalid names are removed before requests reach the targets.`,
      urgency: 'Fix within the month: it is a single attribute change without downtime; the risk depends on how the backend parses malformed headers.',
      risk: 'By default an ALB passes header names that do not match the HTTP grammar (for example with underscores or control characters) to the backend. Back-end servers and proxies that interpret them differently enable HTTP desync / request smuggling and header-injection attacks that bypass authentication or poison caches.',
      recommendation: 'Enable "Drop invalid header fields" on every ALB. If the application relies on non-standard header names (such as names with underscores), rename them first.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the ALB.',
        'On the Attributes tab choose Edit.',
        'Turn on "Drop invalid header fields" and save changes.',
      ],
    },
    ja: {
      description: `各 Application Load Balancer で ${KEY} が true になり、無効な名前のヘッダーがターゲットに届く前に削除されるかを確認します。`,
      urgency: '今月中に対応してください。ダウンタイムなしの属性変更 1 つで済みます。リスクの大きさはバックエンドが不正なヘッダーをどう解釈するかに依存します。',
      risk: 'デフォルトの ALB は HTTP の文法に合わない名前のヘッダー（アンダースコアや制御文字を含むものなど）をバックエンドにそのまま渡します。バックエンドのサーバーやプロキシがこれを異なる解釈をすると、認証の回避やキャッシュ汚染につながる HTTP デシンク（リクエストスマグリング）やヘッダーインジェクション攻撃が可能になります。',
      recommendation: 'すべての ALB で「無効なヘッダーフィールドを削除」を有効にしてください。アプリケーションが非標準のヘッダー名（アンダースコアを含む名前など）に依存している場合は、先に名前を変更します。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象の ALB を選択します。',
        '「属性」タブで「編集」を選びます。',
        '「無効なヘッダーフィールドを削除」をオンにして変更を保存します。',
      ],
    },
  },
  remediation: {
    cli: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=${KEY},Value=true`,
    terraform: 'resource "aws_lb" "web" {\n  # ...\n  drop_invalid_header_fields = true\n}',
    cloudformation: `WebAlb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    # ...\n    LoadBalancerAttributes:\n      - Key: ${KEY}\n        Value: "true"`,
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#http-header-conversion',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4',
  ],
  evaluate(lb) {
    if (!isAlb(lb.config)) return notApplicable({ en: `Only Application Load Balancers are checked (type ${lb.config.Type}).`, ja: `Application Load Balancer のみが対象です（タイプ ${lb.config.Type}）。` });
    const value = lb.config.attributes?.[KEY];
    return value === 'true'
      ? pass({ en: 'Invalid header fields are dropped.', ja: '無効なヘッダーフィールドは破棄されます。' })
      : fail({ en: `Invalid HTTP headers are forwarded to targets (${KEY} = ${value ?? 'unset'}).`, ja: `無効な HTTP ヘッダーがターゲットに転送されます（${KEY} = ${value ?? '未設定'}）。` }, { [KEY]: value ?? null });
  },
});
