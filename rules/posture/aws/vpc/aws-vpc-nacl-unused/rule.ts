import { NETWORK_ACL_TYPE, type NetworkAclConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<NetworkAclConfig>({
  id: 'aws-vpc-nacl-unused',
  services: ['ec2'],
  title: {
    en: 'Unused network ACLs are removed',
    ja: '使用されていないネットワーク ACL が削除されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [NETWORK_ACL_TYPE],
  requires: ['associatedSubnetIds', 'isDefault', 'networkAclId'],
  frameworks: {
    fsbp: ['EC2.16'],
    'nist-800-53-r5': ['CM-8(1)'],
  },
  doc: {
    en: {
      description: 'Checks that each custom network ACL is associated with at least one subnet. Default network ACLs cannot be deleted and are not evaluated.',
      urgency: 'Clean up in the normal maintenance cycle: an unused ACL filters nothing and exposes nothing.',
      risk: 'Orphaned network ACLs clutter the inventory and reviews. Someone may later associate an outdated, permissive ACL with a subnet believing it is maintained, or assume a subnet is protected by an ACL that is in fact attached nowhere.',
      recommendation: 'Delete network ACLs that are not associated with any subnet, or associate them with the subnets they were created for.',
      console: [
        'Open the VPC console → Network ACLs.',
        'Select the ACL whose "Associated with" column shows no subnets.',
        'Choose Actions → Delete network ACLs and confirm.',
      ],
    },
    ja: {
      description: '各カスタムネットワーク ACL が少なくとも 1 つのサブネットに関連付けられているかを確認します。既定のネットワーク ACL は削除できないため評価対象外です。',
      urgency: '通常の保守サイクルの中で整理してください。使われていない ACL は何もフィルタリングせず、何も公開しません。',
      risk: '孤立したネットワーク ACL は資産台帳やレビューを混乱させます。後から誰かが保守されていると思い込んで古い緩い ACL をサブネットに関連付けたり、実際にはどこにも関連付けられていない ACL でサブネットが守られていると誤解したりするおそれがあります。',
      recommendation: 'どのサブネットにも関連付けられていないネットワーク ACL は削除するか、本来対象とするサブネットに関連付けてください。',
      console: [
        'VPC コンソールの「ネットワーク ACL」を開きます。',
        '「関連付け先」にサブネットが表示されていない ACL を選択します。',
        '「アクション」→「ネットワーク ACL の削除」を選択して確定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 describe-network-acls --query "NetworkAcls[?length(Associations)==\\`0\\` && IsDefault==\\`false\\`].NetworkAclId"\naws ec2 delete-network-acl --network-acl-id acl-0123456789abcdef0',
    terraform: '# Remove the unused aws_network_acl resource, or associate it:\nresource "aws_network_acl_association" "public_a" {\n  network_acl_id = aws_network_acl.public.id\n  subnet_id      = aws_subnet.public_a.id\n}',
    cloudformation: 'PublicSubnetAclAssociation:\n  Type: AWS::EC2::SubnetNetworkAclAssociation\n  Properties:\n    NetworkAclId: !Ref PublicNetworkAcl\n    SubnetId: !Ref PublicSubnetA',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/network-acls.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-16',
  ],
  evaluate(acl) {
    if (acl.config.isDefault) return notApplicable({ en: 'Default network ACLs cannot be deleted.', ja: '既定のネットワーク ACL は削除できません。' });
    const n = acl.config.associatedSubnetIds.length;
    return n
      ? pass({ en: `The network ACL is associated with ${n} subnet(s).`, ja: `ネットワーク ACL は ${n} 個のサブネットに関連付けられています。` })
      : fail({ en: `The network ACL ${acl.config.networkAclId} is not associated with any subnet.`, ja: `ネットワーク ACL ${acl.config.networkAclId} はどのサブネットにも関連付けられていません。` });
  },
});
