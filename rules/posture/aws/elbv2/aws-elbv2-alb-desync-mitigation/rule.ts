import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isAlb } from '../shared.js';

const KEY = 'routing.http.desync_mitigation_mode';
const GOOD = ['defensive', 'strictest'];

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-alb-desync-mitigation',
  services: ['elbv2'],
  title: {
    en: 'Application Load Balancers use defensive or strictest desync mitigation mode',
    ja: 'Application Load Balancer のデシンク緩和モードが defensive または strictest になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LOAD_BALANCER_TYPE],
  requires: ['attributes', 'Type'],
  frameworks: {
    fsbp: ['ELB.12'],
    'nist-800-53-r5': ['AC-4(21)', 'CA-9(1)', 'CM-2'],
    'pci-dss-4.0': ['6.2.4'],
  },
  doc: {
    en: {
      description: `Checks that ${KEY} is "defensive" (the default) or "strictest" on each Application Load Balancer, not "monitor".`,
      urgency: 'Fix within the month: a single attribute; "monitor" mode lets ambiguous requests through to targets that may be vulnerable to request smuggling.',
      risk: 'In monitor mode the ALB forwards requests with ambiguous Content-Length / Transfer-Encoding handling. If a target server parses them differently, an attacker can smuggle a second request, poison shared connections or caches and hijack other users\' requests or credentials.',
      recommendation: 'Set desync mitigation mode to defensive (or strictest for applications that only need RFC 7230-compliant requests) and watch the DesyncMitigationMode_NonCompliant_Request_Count metric.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the ALB.',
        'On the Attributes tab choose Edit.',
        'Under Packet handling set "Desync mitigation mode" to Defensive or Strictest and save.',
      ],
    },
    ja: {
      description: `各 Application Load Balancer の ${KEY} が "monitor" ではなく "defensive"（デフォルト）または "strictest" かを確認します。`,
      urgency: '今月中に対応してください。属性 1 つの変更で済みます。"monitor" モードではリクエストスマグリングに弱いターゲットに曖昧なリクエストがそのまま届きます。',
      risk: 'monitor モードの ALB は Content-Length / Transfer-Encoding の扱いが曖昧なリクエストも転送します。ターゲットのサーバーが異なる解釈をすると、攻撃者は 2 つ目のリクエストを紛れ込ませ、共有コネクションやキャッシュを汚染して他の利用者のリクエストや認証情報を乗っ取れます。',
      recommendation: 'デシンク緩和モードを defensive（RFC 7230 準拠のリクエストのみを扱うアプリケーションは strictest）に設定し、DesyncMitigationMode_NonCompliant_Request_Count メトリクスを監視してください。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象の ALB を選択します。',
        '「属性」タブで「編集」を選びます。',
        '「パケット処理」の「デシンク緩和モード」を「防御」または「最も厳格」にして保存します。',
      ],
    },
  },
  remediation: {
    cli: `aws elbv2 modify-load-balancer-attributes --load-balancer-arn <alb-arn> --attributes Key=${KEY},Value=defensive`,
    terraform: 'resource "aws_lb" "web" {\n  # ...\n  desync_mitigation_mode = "defensive"\n}',
    cloudformation: `WebAlb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    # ...\n    LoadBalancerAttributes:\n      - Key: ${KEY}\n        Value: defensive`,
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#desync-mitigation-mode',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-12',
  ],
  evaluate(lb) {
    if (!isAlb(lb.config)) return notApplicable({ en: `Only Application Load Balancers are checked (type ${lb.config.Type}).`, ja: `Application Load Balancer のみが対象です（タイプ ${lb.config.Type}）。` });
    const mode = lb.config.attributes?.[KEY] ?? 'defensive';
    return GOOD.includes(mode)
      ? pass({ en: `Desync mitigation mode is ${mode}.`, ja: `デシンク緩和モードは ${mode} です。` })
      : fail({ en: `Desync mitigation mode is ${mode}; ambiguous requests reach the targets.`, ja: `デシンク緩和モードが ${mode} のため、曖昧なリクエストがターゲットに届きます。` }, { [KEY]: mode });
  },
});
