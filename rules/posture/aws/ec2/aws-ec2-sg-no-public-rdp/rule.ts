import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { describeOpen, worldOpenPorts } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-no-public-rdp',
  services: ['ec2'],
  title: {
    en: 'Security groups do not allow ingress from 0.0.0.0/0 or ::/0 to port 3389',
    ja: 'セキュリティグループで 0.0.0.0/0 または ::/0 からポート 3389 へのインバウンドを許可していない',
  },
  severity: 'HIGH',
  urgency: 'immediate',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    fsbp: ['EC2.14'],
  },
  doc: {
    en: {
      description: 'Checks that no inbound rule of the security group allows TCP port 3389 (RDP), alone or within a range or "all traffic", from 0.0.0.0/0 or ::/0.',
      urgency: 'Fix today: exposed RDP is one of the most common initial access vectors for ransomware operators.',
      risk: 'Windows instances in this group accept Remote Desktop connections from anywhere. Password spraying, stolen credentials or RDP vulnerabilities (such as BlueKeep) give an attacker interactive access to the server and a base for lateral movement and ransomware deployment.',
      recommendation: 'Delete the world-open RDP rule. Use Fleet Manager Remote Desktop (Systems Manager) or EC2 Instance Connect Endpoint, or allow 3389 only from a VPN CIDR or a bastion security group.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'Choose "Edit inbound rules" on the "Inbound rules" tab.',
        'Delete rules whose source is 0.0.0.0/0 or ::/0 and whose port range includes 3389, or restrict the source.',
        'Choose "Save rules".',
      ],
    },
    ja: {
      description: 'セキュリティグループのインバウンドルールが、TCP ポート 3389（RDP）を単独・範囲・「すべてのトラフィック」のいずれかで 0.0.0.0/0 または ::/0 から許可していないかを確認します。',
      urgency: '本日中に対応してください。公開された RDP はランサムウェア攻撃者の初期侵入経路として最も多く使われるものの一つです。',
      risk: 'このグループの Windows インスタンスが、どこからでもリモートデスクトップ接続を受け付けます。パスワードスプレー、盗まれた認証情報、RDP の脆弱性（BlueKeep など）により、攻撃者はサーバーを対話的に操作でき、横展開やランサムウェア展開の拠点にされます。',
      recommendation: 'インターネット全体に開放された RDP のルールを削除してください。Systems Manager の Fleet Manager リモートデスクトップや EC2 Instance Connect Endpoint を使うか、3389 の送信元を VPN の CIDR や踏み台のセキュリティグループに限定してください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が 0.0.0.0/0 または ::/0 で、ポート範囲に 3389 を含むルールを削除するか、送信元を絞り込みます。',
        '「ルールを保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=3389,ToPort=3389,IpRanges=[{CidrIp=0.0.0.0/0}]\'',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "rdp_vpn" {\n  security_group_id = aws_security_group.windows.id\n  ip_protocol       = "tcp"\n  from_port         = 3389\n  to_port           = 3389\n  cidr_ipv4         = "10.20.0.0/16" # VPN range only\n}',
    cloudformation: 'RdpFromVpn:\n  Type: AWS::EC2::SecurityGroupIngress\n  Properties:\n    GroupId: !Ref WindowsSecurityGroup\n    IpProtocol: tcp\n    FromPort: 3389\n    ToPort: 3389\n    CidrIp: 10.20.0.0/16',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/systems-manager/latest/userguide/fleet-manager-remote-desktop-connections.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-14',
  ],
  evaluate(sg) {
    const open = worldOpenPorts(sg.config, [3389], 'any', ['tcp']);
    if (!open.length) return pass({ en: 'Port 3389 is not open to 0.0.0.0/0 or ::/0.', ja: 'ポート 3389 は 0.0.0.0/0 や ::/0 に開放されていません。' });
    const list = describeOpen(open).join(', ');
    return fail({ en: `RDP is open to the internet: ${list}.`, ja: `RDP がインターネットに開放されています: ${list}。` }, { open });
  },
});
