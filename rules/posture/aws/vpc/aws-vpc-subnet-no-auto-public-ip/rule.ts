import { SUBNET_TYPE, type SubnetConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SubnetConfig>({
  id: 'aws-vpc-subnet-no-auto-public-ip',
  services: ['ec2'],
  title: {
    en: 'Subnets do not automatically assign public IP addresses',
    ja: 'サブネットでパブリック IP アドレスが自動割り当てされない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [SUBNET_TYPE],
  requires: ['defaultForAz', 'mapPublicIpOnLaunch', 'subnetId'],
  frameworks: {
    fsbp: ['EC2.15'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
  },
  doc: {
    en: {
      description: 'Checks that the subnet\'s MapPublicIpOnLaunch attribute is false, so network interfaces created in it do not get a public IPv4 address automatically. Default subnets have it enabled.',
      urgency: 'Fix within weeks: it does not expose anything by itself, but every instance launched into the subnet becomes internet-addressable without anyone deciding so.',
      risk: 'Instances launched here — by autoscaling, CI jobs or a console user accepting the defaults — receive a public address, so a single permissive security group rule is enough to expose them directly to the internet.',
      recommendation: 'Disable auto-assign public IPv4 on every subnet; assign public addresses explicitly only to the few resources that need them (or better, put them behind load balancers). Remove or stop using default VPCs and their subnets.',
      console: [
        'Open the VPC console → Subnets and select the subnet.',
        'Choose Actions → Edit subnet settings.',
        'Clear "Enable auto-assign public IPv4 address" and choose "Save".',
      ],
    },
    ja: {
      description: 'サブネットの MapPublicIpOnLaunch 属性が false で、サブネット内に作成されるネットワークインターフェイスにパブリック IPv4 アドレスが自動で割り当てられないかを確認します。デフォルトサブネットでは有効になっています。',
      urgency: '数週間以内に対応してください。それ自体で何かを公開するわけではありませんが、サブネットに起動したすべてのインスタンスが、誰も判断しないままインターネットから到達可能なアドレスを持ちます。',
      risk: 'Auto Scaling、CI ジョブ、既定値のまま操作したコンソール利用者などがこのサブネットに起動したインスタンスにはパブリックアドレスが付くため、緩いセキュリティグループのルールが 1 つあるだけでインターネットに直接公開されます。',
      recommendation: 'すべてのサブネットでパブリック IPv4 の自動割り当てを無効にし、必要なごく一部のリソースにのみ明示的にパブリックアドレスを割り当ててください（ロードバランサーの背後に置くのがより望ましい方法です）。デフォルト VPC とそのサブネットは削除するか使わないようにしてください。',
      console: [
        'VPC コンソールの「サブネット」で対象のサブネットを選択します。',
        '「アクション」→「サブネットの設定を編集」を選択します。',
        '「パブリック IPv4 アドレスの自動割り当てを有効化」のチェックを外し、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch',
    terraform: 'resource "aws_subnet" "app_a" {\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = "10.0.1.0/24"\n  map_public_ip_on_launch = false\n}',
    cloudformation: 'AppSubnetA:\n  Type: AWS::EC2::Subnet\n  Properties:\n    VpcId: !Ref Vpc\n    CidrBlock: 10.0.1.0/24\n    MapPublicIpOnLaunch: false',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15',
  ],
  evaluate(subnet) {
    return subnet.config.mapPublicIpOnLaunch
      ? fail(
          {
            en: `The ${subnet.config.defaultForAz ? 'default ' : ''}subnet ${subnet.config.subnetId} assigns a public IPv4 address to every new network interface.`,
            ja: `${subnet.config.defaultForAz ? 'デフォルト' : ''}サブネット ${subnet.config.subnetId} は新しいネットワークインターフェイスすべてにパブリック IPv4 アドレスを割り当てます。`,
          },
          { mapPublicIpOnLaunch: true },
        )
      : pass({ en: 'Auto-assign public IPv4 is disabled.', ja: 'パブリック IPv4 の自動割り当ては無効です。' });
  },
});
