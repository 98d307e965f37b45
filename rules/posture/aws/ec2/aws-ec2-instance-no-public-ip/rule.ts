import { INSTANCE_TYPE, type InstanceConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<InstanceConfig>({
  id: 'aws-ec2-instance-no-public-ip',
  services: ['ec2'],
  title: {
    en: 'EC2 instances do not have a public IPv4 address',
    ja: 'EC2 インスタンスにパブリック IPv4 アドレスが割り当てられていない',
  },
  severity: 'HIGH',
  urgency: 'medium',
  resourceTypes: [INSTANCE_TYPE],
  requires: ['publicIpAddress'],
  frameworks: {
    fsbp: ['EC2.9'],
    'nist-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
  },
  doc: {
    en: {
      description: 'Checks that the instance has no public IPv4 address (auto-assigned or Elastic IP), so it can only be reached through controlled entry points such as load balancers.',
      urgency: 'Plan within weeks: a public IP alone is not an open door, but it makes the security group the only barrier between the instance and the internet.',
      risk: 'An instance with a public address is directly reachable from the internet whenever a security group rule is loosened by mistake (for example SSH from 0.0.0.0/0). Attackers scanning the AWS address ranges then hit the instance itself instead of a hardened load balancer or WAF.',
      recommendation: 'Run workloads in private subnets behind an Application/Network Load Balancer, CloudFront or API Gateway, use NAT gateways for outbound traffic and Session Manager for administration. Disable auto-assign public IP on subnets and in launch templates. Suppress the finding only for instances that must be directly addressable (e.g. a NAT instance), with a documented reason.',
      console: [
        'Open the EC2 console → Instances and note the instance\'s subnet and public IP.',
        'If it uses an Elastic IP: Network & Security → Elastic IPs → select it → Actions → Disassociate Elastic IP address.',
        'If the address was auto-assigned: launch a replacement in a private subnet (or with "Auto-assign public IP" disabled) behind a load balancer, then terminate the old instance.',
        'In the VPC console, turn off "Enable auto-assign public IPv4 address" on the subnets.',
      ],
    },
    ja: {
      description: 'インスタンスにパブリック IPv4 アドレス（自動割り当てまたは Elastic IP）がなく、ロードバランサーなど管理された入口を経由してのみ到達できる状態かを確認します。',
      urgency: '数週間以内に計画して対応してください。パブリック IP だけで直ちに侵入できるわけではありませんが、インスタンスとインターネットの間の防御がセキュリティグループだけになります。',
      risk: 'パブリックアドレスを持つインスタンスは、セキュリティグループのルールを誤って緩めた時点（例: 0.0.0.0/0 からの SSH）でインターネットから直接到達可能になります。AWS のアドレス範囲をスキャンする攻撃者は、堅牢化されたロードバランサーや WAF ではなくインスタンスそのものを直接攻撃できます。',
      recommendation: 'ワークロードはプライベートサブネットに置き、Application/Network Load Balancer、CloudFront、API Gateway の背後で動かしてください。外向き通信には NAT ゲートウェイ、管理には Session Manager を使い、サブネットと起動テンプレートではパブリック IP の自動割り当てを無効にしてください。直接アドレス指定が必要なインスタンス（NAT インスタンスなど）のみ、理由を記録したうえで抑制してください。',
      console: [
        'EC2 コンソールの「インスタンス」で対象インスタンスのサブネットとパブリック IP を確認します。',
        'Elastic IP の場合は「ネットワーク & セキュリティ」→「Elastic IP」で選択し、「アクション」→「Elastic IP アドレスの関連付けを解除」を選択します。',
        '自動割り当ての場合は、プライベートサブネット（または「パブリック IP の自動割り当て」を無効）でロードバランサーの背後に代替インスタンスを起動し、古いインスタンスを終了します。',
        'VPC コンソールでサブネットの「パブリック IPv4 アドレスの自動割り当てを有効化」をオフにします。',
      ],
    },
  },
  remediation: {
    cli: '# Elastic IP: disassociate it\naws ec2 disassociate-address --association-id eipassoc-0123456789abcdef0\n# Stop auto-assigning public IPs in the subnet\naws ec2 modify-subnet-attribute --subnet-id subnet-0123456789abcdef0 --no-map-public-ip-on-launch',
    terraform: 'resource "aws_instance" "app" {\n  # ...\n  subnet_id                   = aws_subnet.private_a.id\n  associate_public_ip_address = false\n}',
    cloudformation: 'AppInstance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: !Ref AmiId\n    InstanceType: t3.micro\n    NetworkInterfaces:\n      - DeviceIndex: "0"\n        SubnetId: !Ref PrivateSubnetA\n        AssociatePublicIpAddress: false',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9',
  ],
  evaluate(instance) {
    const ip = instance.config.publicIpAddress;
    return ip
      ? fail({ en: `The instance has the public IPv4 address ${ip}.`, ja: `インスタンスにパブリック IPv4 アドレス ${ip} が割り当てられています。` }, { publicIpAddress: ip })
      : pass({ en: 'The instance has no public IPv4 address.', ja: 'インスタンスにパブリック IPv4 アドレスはありません。' });
  },
});
