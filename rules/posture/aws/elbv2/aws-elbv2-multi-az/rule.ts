import { LOAD_BALANCER_TYPE, type LoadBalancerConfig } from '../../../../../src/providers/aws/model/elbv2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

const MIN_AZS = 2;

export const rule = defineRule<LoadBalancerConfig>({
  id: 'aws-elbv2-multi-az',
  services: ['elbv2'],
  title: {
    en: 'Application, Network and Gateway Load Balancers span multiple Availability Zones',
    ja: 'Application / Network / Gateway Load Balancer が複数のアベイラビリティーゾーンにまたがっている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [LOAD_BALANCER_TYPE],
  requires: ['AvailabilityZones'],
  frameworks: {
    fsbp: ['ELB.13'],
    'nist-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: `Checks that each load balancer is enabled in at least ${MIN_AZS} Availability Zones.`,
      urgency: 'Low urgency: an availability improvement; add a subnet in a second AZ with the next network change.',
      risk: 'A load balancer in a single AZ stops serving when that zone has an outage, even if healthy targets exist elsewhere, making the whole service unavailable.',
      recommendation: `Enable the load balancer in at least ${MIN_AZS} AZs (one subnet per AZ) and register targets in each of them; keep cross-zone load balancing on for even distribution.`,
      console: [
        'Open the EC2 console, choose Load Balancers and select the load balancer.',
        'On the Network mapping tab choose Edit subnets.',
        'Select a subnet in another Availability Zone and save changes.',
      ],
    },
    ja: {
      description: `各ロードバランサーが少なくとも ${MIN_AZS} つのアベイラビリティーゾーンで有効かを確認します。`,
      urgency: '緊急度は低めです。可用性の改善のため、次回のネットワーク変更時に 2 つ目の AZ のサブネットを追加してください。',
      risk: '単一 AZ のロードバランサーは、別の AZ に正常なターゲットがあってもその AZ の障害時に停止し、サービス全体が利用できなくなります。',
      recommendation: `ロードバランサーを ${MIN_AZS} つ以上の AZ（AZ ごとに 1 サブネット）で有効にし、各 AZ にターゲットを登録してください。均等な分散のためクロスゾーン負荷分散も有効にします。`,
      console: [
        'EC2 コンソールで「ロードバランサー」を開き、対象を選択します。',
        '「ネットワークマッピング」タブで「サブネットを編集」を選びます。',
        '別のアベイラビリティーゾーンのサブネットを選択して変更を保存します。',
      ],
    },
  },
  remediation: {
    cli: 'aws elbv2 set-subnets --load-balancer-arn <lb-arn> --subnets <subnet-az-a> <subnet-az-c>',
    terraform: 'resource "aws_lb" "web" {\n  # ...\n  subnets = [aws_subnet.public_a.id, aws_subnet.public_c.id]\n}',
    cloudformation: 'WebAlb:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    # ...\n    Subnets:\n      - !Ref PublicSubnetA\n      - !Ref PublicSubnetC',
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-subnets.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-13',
  ],
  evaluate(lb) {
    const zones = [...new Set(lb.config.AvailabilityZones.map((z) => z.ZoneName).filter(Boolean))];
    return zones.length >= MIN_AZS
      ? pass({ en: `Enabled in ${zones.length} AZs (${zones.join(', ')}).`, ja: `${zones.length} つの AZ（${zones.join(', ')}）で有効です。` })
      : fail({ en: `Enabled in only ${zones.length} AZ (${zones.join(', ') || 'none'}).`, ja: `${zones.length} つの AZ（${zones.join(', ') || 'なし'}）でしか有効になっていません。` }, { zones });
  },
});
