import { INSTANCE_TYPE, type InstanceConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<InstanceConfig>({
  id: 'aws-ec2-instance-single-eni',
  services: ['ec2'],
  title: {
    en: 'EC2 instances do not use multiple network interfaces',
    ja: 'EC2 インスタンスが複数のネットワークインターフェイスを使用していない',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [INSTANCE_TYPE],
  requires: ['networkInterfaceCount'],
  frameworks: {
    fsbp: ['EC2.17'],
    'nist-800-53-r5': ['AC-4(21)'],
  },
  doc: {
    en: {
      description: 'Checks that the instance has a single network interface (ENI). Instances with several ENIs are often dual-homed across subnets or security zones.',
      urgency: 'Review when convenient: multiple ENIs are sometimes required (appliances, EKS nodes), but each one should be a deliberate design decision.',
      risk: 'A dual-homed instance bridges the networks its interfaces sit in. If it is compromised, the attacker can move from a public or less trusted subnet into a private one, bypassing the routing and network ACL boundaries between them.',
      recommendation: 'Detach ENIs that are not needed. Where several ENIs are required (network appliances, EKS worker nodes with VPC CNI), document the exception and make sure each interface has restrictive security groups.',
      console: [
        'Open the EC2 console → Network & Security → Network interfaces.',
        'Filter by the instance ID to see its interfaces.',
        'Select the additional interface (device index ≥ 1) and choose Actions → Detach.',
      ],
    },
    ja: {
      description: 'インスタンスのネットワークインターフェイス（ENI）が 1 つだけかを確認します。複数の ENI を持つインスタンスは、サブネットやセキュリティゾーンをまたいでデュアルホーム化していることがよくあります。',
      urgency: '都合のよいときに見直してください。複数の ENI が必要な場合（アプライアンスや EKS ノードなど）もありますが、それぞれが意図した設計であるべきです。',
      risk: 'デュアルホームのインスタンスは、各インターフェイスが属するネットワーク同士をつなぎます。侵害されると、攻撃者はパブリックまたは信頼度の低いサブネットからプライベートなサブネットへ、ルーティングやネットワーク ACL の境界を迂回して移動できます。',
      recommendation: '不要な ENI はデタッチしてください。複数の ENI が必要な場合（ネットワークアプライアンス、VPC CNI を使う EKS ワーカーノードなど）は例外として記録し、各インターフェイスに制限の厳しいセキュリティグループを設定してください。',
      console: [
        'EC2 コンソールの「ネットワーク & セキュリティ」→「ネットワークインターフェイス」を開きます。',
        'インスタンス ID で絞り込んでインターフェイスを確認します。',
        '追加のインターフェイス（デバイスインデックス 1 以上）を選択し、「アクション」→「デタッチ」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 describe-network-interfaces --filters Name=attachment.instance-id,Values=i-0123456789abcdef0 \\\n  --query "NetworkInterfaces[].[NetworkInterfaceId,Attachment.AttachmentId,Attachment.DeviceIndex]"\naws ec2 detach-network-interface --attachment-id eni-attach-0123456789abcdef0',
    terraform: '# Remove the extra aws_network_interface_attachment (or network_interface block) for the instance\n# so that only the primary interface remains.',
    cloudformation: 'Instance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: !Ref AmiId\n    InstanceType: t3.micro\n    NetworkInterfaces:\n      - DeviceIndex: "0"\n        SubnetId: !Ref PrivateSubnetA\n        GroupSet: [!Ref AppSecurityGroup]\n    # no second DeviceIndex',
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-17',
  ],
  evaluate(instance) {
    const n = instance.config.networkInterfaceCount;
    return n > 1
      ? fail({ en: `The instance has ${n} network interfaces.`, ja: `インスタンスに ${n} 個のネットワークインターフェイスがあります。` }, { networkInterfaceCount: n })
      : pass({ en: 'The instance has a single network interface.', ja: 'インスタンスのネットワークインターフェイスは 1 つです。' });
  },
});
