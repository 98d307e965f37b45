import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { ADMIN_PORTS, describeOpen, worldOpenPorts } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-no-ipv4-admin-ports',
  services: ['ec2'],
  title: {
    en: 'No security group allows ingress from 0.0.0.0/0 to remote server administration ports (22, 3389)',
    ja: 'セキュリティグループで 0.0.0.0/0 からリモート管理ポート（22、3389）へのインバウンドを許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    'cis-aws-3.0': ['5.2'],
    fsbp: ['EC2.53'],
  },
  doc: {
    en: {
      description: 'Checks that no inbound rule of the security group opens SSH (22) or RDP (3389) — over TCP, UDP or all protocols, directly or inside a wider port range — to every IPv4 address (0.0.0.0/0).',
      urgency: 'Fix today: internet-wide scanners find an open SSH or RDP port within minutes and start brute-force and exploit attempts immediately.',
      risk: 'Anyone on the internet can reach the login service of every instance using this group. Password guessing, leaked keys or an unpatched SSH/RDP vulnerability then give an attacker an interactive shell inside your VPC, from where the instance role, databases and other hosts are reachable.',
      recommendation: 'Remove the 0.0.0.0/0 rule for ports 22/3389. Use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint for administration (no inbound port needed), or restrict the source to a VPN / bastion security group or known office CIDRs.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'On the "Inbound rules" tab choose "Edit inbound rules".',
        'Delete the rules with source 0.0.0.0/0 that cover port 22 or 3389 (including "All traffic" and wide port ranges), or change the source to a trusted CIDR / security group.',
        'Choose "Save rules", and set up Session Manager for administrative access.',
      ],
    },
    ja: {
      description: 'セキュリティグループのインバウンドルールが、SSH（22）または RDP（3389）を TCP・UDP・全プロトコルのいずれかで、単独または広いポート範囲の一部として、すべての IPv4 アドレス（0.0.0.0/0）に開放していないかを確認します。',
      urgency: '本日中に対応してください。インターネット全体をスキャンするボットは公開された SSH/RDP ポートを数分で見つけ、すぐにブルートフォースや脆弱性攻撃を始めます。',
      risk: 'このグループを使うすべてのインスタンスのログインサービスに、インターネット上の誰もが到達できます。パスワード推測、漏えいした鍵、未修正の SSH/RDP 脆弱性のいずれかで攻撃者が VPC 内で対話的なシェルを得ると、インスタンスロールやデータベース、他のホストにまで手が届きます。',
      recommendation: 'ポート 22/3389 に対する 0.0.0.0/0 のルールを削除してください。管理作業には AWS Systems Manager Session Manager や EC2 Instance Connect Endpoint を使い（インバウンドポート不要）、どうしても必要な場合は送信元を VPN・踏み台のセキュリティグループや既知の拠点 CIDR に限定してください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が 0.0.0.0/0 で、ポート 22 または 3389 を含むルール（「すべてのトラフィック」や広いポート範囲を含む）を削除するか、送信元を信頼できる CIDR やセキュリティグループに変更します。',
        '「ルールを保存」を選択し、管理アクセス用に Session Manager を設定します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]\'\n\n# Allow SSH only from a bastion security group instead\naws ec2 authorize-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=22,ToPort=22,UserIdGroupPairs=[{GroupId=sg-0bastion0000000000}]\'',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh_from_bastion" {\n  security_group_id            = aws_security_group.web.id\n  ip_protocol                  = "tcp"\n  from_port                    = 22\n  to_port                      = 22\n  referenced_security_group_id = aws_security_group.bastion.id\n}\n# and remove any rule with cidr_ipv4 = "0.0.0.0/0" covering 22 or 3389',
    cloudformation: 'WebSecurityGroup:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: web servers\n    VpcId: !Ref Vpc\n    SecurityGroupIngress:\n      - IpProtocol: tcp\n        FromPort: 443\n        ToPort: 443\n        CidrIp: 0.0.0.0/0\n      - IpProtocol: tcp\n        FromPort: 22\n        ToPort: 22\n        SourceSecurityGroupId: !Ref BastionSecurityGroup',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-53',
  ],
  evaluate(sg) {
    const open = worldOpenPorts(sg.config, ADMIN_PORTS, 'ipv4', ['tcp', 'udp']);
    if (!open.length) {
      return pass({ en: 'No inbound rule opens port 22 or 3389 to 0.0.0.0/0.', ja: 'ポート 22 や 3389 を 0.0.0.0/0 に開放するインバウンドルールはありません。' });
    }
    const list = describeOpen(open).join(', ');
    return fail(
      { en: `Remote administration open to the IPv4 internet: ${list}.`, ja: `リモート管理ポートが IPv4 のインターネット全体に開放されています: ${list}。` },
      { open },
    );
  },
});
