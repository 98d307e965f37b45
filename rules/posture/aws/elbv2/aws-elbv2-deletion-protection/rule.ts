import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-deletion-protection',
  services: ['elbv2'],
  title: {
    en: 'Application, Gateway and Network Load Balancers have deletion protection enabled',
    ja: 'Application / Gateway / Network Load Balancer で削除保護が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [LOAD_BALANCER_TYPE],
  requires: ['attributes', 'LoadBalancerName', 'Type'],
  frameworks: {
    fsbp: ['ELB.6'],
    'nist-800-53-r5': ['CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-3', 'SC-5(2)'],
  },
  doc: {
    en: {
      description: 'Checks that deletion_protection.enabled is true on each Application, Network and Gateway Load Balancer.',
      urgency: 'Fix soon: one attribute, no downtime; without it one wrong call takes the public entry point of the service offline.',
      risk: 'Deleting a load balancer immediately drops all traffic, and a recreated one gets a new DNS name, so DNS records, CloudFront origins and allow-lists break. A mistaken cleanup, an IaC replacement or stolen credentials can cause a full outage this way.',
      recommendation: 'Enable deletion protection on all production load balancers and make disabling it a reviewed change.',
      console: [
        'Open the EC2 console, choose Load Balancers and select the load balancer.',
        'On the Attributes tab choose Edit.',
        'Turn on "Deletion protection" and save changes.',
      ],
    },
    ja: {
      description: '各 Application / Network / Gateway Load Balancer で deletion_protection.enabled が true かを確認します。',
      urgency: '早めに対応してください。ダウンタイムなしの属性変更 1 つで済み、未設定だと誤った 1 回の呼び出しでサービスの公開入口が停止します。',
      risk: 'ロードバランサーを削除するとすべての通信が即座に止まり、作り直すと DNS 名が変わるため DNS レコード、CloudFront のオリジン、許可リストが壊れます。誤った整理作業、IaC による置き換え、盗まれた認証情報によって全面停止が起こり得ます。',
      recommendation: 'すべての本番ロードバランサーで削除保護を有効にし、無効化はレビュー済みの変更としてください。',
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象を選択します。',
        '「属性」タブで「編集」を選びます。',
        '「削除保護」をオンにして変更を保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=deletion_protection.enabled,Value=true',
    terraform: 'resource "aws_lb" "web" {\n  # ...\n  enable_deletion_protection = true\n}',
    cloudformation: 'WebAlb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    # ...\n    LoadBalancerAttributes:\n      - Key: deletion_protection.enabled\n        Value: "true"',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#deletion-protection',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-6',
  ],
  evaluate(lb) {
    return lb.config.attributes?.['deletion_protection.enabled'] === 'true'
      ? pass({ en: 'Deletion protection is enabled.', ja: '削除保護は有効です。' })
      : fail({ en: `${lb.config.Type} load balancer ${lb.config.LoadBalancerName} can be deleted without protection.`, ja: `${lb.config.Type} ロードバランサー ${lb.config.LoadBalancerName} は削除保護なしで削除できます。` }, { 'deletion_protection.enabled': lb.config.attributes?.['deletion_protection.enabled'] ?? null });
  },
});
