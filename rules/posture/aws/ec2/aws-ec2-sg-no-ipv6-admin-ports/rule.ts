import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { ADMIN_PORTS, describeOpen, worldOpenPorts } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-no-ipv6-admin-ports',
  services: ['ec2'],
  title: {
    en: 'No security group allows ingress from ::/0 to remote server administration ports (22, 3389)',
    ja: 'セキュリティグループで ::/0 からリモート管理ポート（22、3389）へのインバウンドを許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    'cis-aws-3.0': ['5.3'],
    fsbp: ['EC2.54'],
  },
  doc: {
    en: {
      description: 'Checks that no inbound rule of the security group opens SSH (22) or RDP (3389) — over TCP, UDP or all protocols, directly or inside a wider port range — to every IPv6 address (::/0).',
      urgency: 'Fix today: IPv6 rules are easy to overlook when the IPv4 rule was tightened, and every instance with an IPv6 address is directly reachable — there is no NAT in front of it.',
      risk: 'Any host on the IPv6 internet can reach SSH or RDP on instances that have an IPv6 address. Brute force, leaked keys or a login-service vulnerability then give an attacker a foothold inside the VPC with the instance\'s role and network access.',
      recommendation: 'Remove the ::/0 rule for ports 22/3389 (and its IPv4 twin if any). Administer instances through Systems Manager Session Manager or EC2 Instance Connect Endpoint, or limit the source to specific IPv6 prefixes or a bastion security group.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'On the "Inbound rules" tab choose "Edit inbound rules".',
        'Delete rules with source ::/0 covering port 22 or 3389 (including "All traffic" and wide ranges), or narrow the source.',
        'Choose "Save rules".',
      ],
    },
    ja: {
      description: 'セキュリティグループのインバウンドルールが、SSH（22）または RDP（3389）を TCP・UDP・全プロトコルのいずれかで、単独または広いポート範囲の一部として、すべての IPv6 アドレス（::/0）に開放していないかを確認します。',
      urgency: '本日中に対応してください。IPv4 のルールを絞った後も IPv6 のルールは見落とされやすく、IPv6 アドレスを持つインスタンスは NAT を介さず直接インターネットから到達できます。',
      risk: 'IPv6 アドレスを持つインスタンスの SSH や RDP に、IPv6 インターネット上の任意のホストが到達できます。ブルートフォース、漏えいした鍵、ログインサービスの脆弱性により、攻撃者はインスタンスのロールとネットワークアクセスを持った足場を VPC 内に得ます。',
      recommendation: 'ポート 22/3389 に対する ::/0 のルール（および対応する IPv4 のルール）を削除してください。管理には Systems Manager Session Manager や EC2 Instance Connect Endpoint を使うか、送信元を特定の IPv6 プレフィックスや踏み台のセキュリティグループに限定してください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が ::/0 で、ポート 22 または 3389 を含むルール（「すべてのトラフィック」や広い範囲を含む）を削除するか、送信元を絞り込みます。',
        '「ルールを保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]\'',
    terraform: '# Remove every aws_vpc_security_group_ingress_rule / ingress block with\n#   cidr_ipv6 = "::/0" covering port 22 or 3389, e.g. keep only:\nresource "aws_vpc_security_group_ingress_rule" "https_v6" {\n  security_group_id = aws_security_group.web.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv6         = "::/0"\n}',
    cloudformation: 'WebSecurityGroup:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: web servers\n    VpcId: !Ref Vpc\n    SecurityGroupIngress:\n      - IpProtocol: tcp\n        FromPort: 443\n        ToPort: 443\n        CidrIpv6: ::/0\n      # no ::/0 rule for 22 or 3389',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-54',
  ],
  evaluate(sg) {
    const open = worldOpenPorts(sg.config, ADMIN_PORTS, 'ipv6', ['tcp', 'udp']);
    if (!open.length) {
      return pass({ en: 'No inbound rule opens port 22 or 3389 to ::/0.', ja: 'ポート 22 や 3389 を ::/0 に開放するインバウンドルールはありません。' });
    }
    const list = describeOpen(open).join(', ');
    return fail(
      { en: `Remote administration open to the IPv6 internet: ${list}.`, ja: `リモート管理ポートが IPv6 のインターネット全体に開放されています: ${list}。` },
      { open },
    );
  },
});
