import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { describeOpen, worldOpenPorts } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-no-public-ssh',
  services: ['ec2'],
  title: {
    en: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0 to port 22',
    ja: 'セキュリティグループで 0.0.0.0/0 または ::/0 からポート 22 へのインバウンドを許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    fsbp: ['EC2.13'],
    'nist-800-53-r5': ['AC-4', 'AC-4(21)', 'CM-7', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '2.2.2'],
  },
  doc: {
    en: {
      description: 'Checks that no inbound rule of the security group allows TCP port 22 (SSH), alone or within a range or "all traffic", from 0.0.0.0/0 or ::/0.',
      urgency: 'Fix today: SSH exposed to the internet is continuously brute-forced and is the first thing automated attack tools try.',
      risk: 'Every instance in this group accepts SSH connections from anywhere. A weak or reused password, a leaked private key or an OpenSSH vulnerability (such as regreSSHion, CVE-2024-6387) gives an attacker a shell inside your network.',
      recommendation: 'Delete the world-open SSH rule. Use Session Manager or EC2 Instance Connect Endpoint, or allow SSH only from a bastion security group or a VPN CIDR.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'Choose "Edit inbound rules" on the "Inbound rules" tab.',
        'Delete rules whose source is 0.0.0.0/0 or ::/0 and whose port range includes 22, or change the source to a trusted CIDR / security group.',
        'Choose "Save rules".',
      ],
    },
    ja: {
      description: 'セキュリティグループのインバウンドルールが、TCP ポート 22（SSH）を単独・範囲・「すべてのトラフィック」のいずれかで 0.0.0.0/0 または ::/0 から許可していないかを確認します。',
      urgency: '本日中に対応してください。インターネットに公開された SSH は常にブルートフォースを受けており、自動化された攻撃ツールが最初に狙う対象です。',
      risk: 'このグループのすべてのインスタンスが、どこからでも SSH 接続を受け付けます。弱い・使い回しのパスワード、漏えいした秘密鍵、OpenSSH の脆弱性（regreSSHion、CVE-2024-6387 など）のいずれかで、攻撃者はネットワーク内でシェルを取得できます。',
      recommendation: 'インターネット全体に開放された SSH のルールを削除してください。Session Manager や EC2 Instance Connect Endpoint を使うか、SSH の送信元を踏み台のセキュリティグループや VPN の CIDR に限定してください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が 0.0.0.0/0 または ::/0 で、ポート範囲に 22 を含むルールを削除するか、送信元を信頼できる CIDR やセキュリティグループに変更します。',
        '「ルールを保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]\' \\\n                   \'IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]\'',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh_vpn" {\n  security_group_id = aws_security_group.app.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.20.0.0/16" # VPN range, never 0.0.0.0/0\n}',
    cloudformation: 'SshFromVpn:\n  Type: AWS::EC2::SecurityGroupIngress\n  Properties:\n    GroupId: !Ref AppSecurityGroup\n    IpProtocol: tcp\n    FromPort: 22\n    ToPort: 22\n    CidrIp: 10.20.0.0/16',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/restricted-ssh.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
  ],
  evaluate(sg) {
    const open = worldOpenPorts(sg.config, [22], 'any', ['tcp']);
    if (!open.length) return pass({ en: 'Port 22 is not open to 0.0.0.0/0 or ::/0.', ja: 'ポート 22 は 0.0.0.0/0 や ::/0 に開放されていません。' });
    const list = describeOpen(open).join(', ');
    return fail({ en: `SSH is open to the internet: ${list}.`, ja: `SSH がインターネットに開放されています: ${list}。` }, { open });
  },
});
