import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AUTHORIZED_PUBLIC_PORTS, describeOpen, worldOpenOutside } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-public-only-authorized-ports',
  services: ['ec2'],
  title: {
    en: 'Security groups only allow unrestricted inbound traffic to authorized ports (TCP 80, 443)',
    ja: 'セキュリティグループで制限のないインバウンド通信を許可しているのは認可済みポート（TCP 80、443）のみである',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    fsbp: ['EC2.18'],
    'nist-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
  },
  doc: {
    en: {
      description: 'Checks that every inbound rule open to 0.0.0.0/0 or ::/0 covers only the authorized TCP ports 80 and 443 (the Security Hub default for authorizedTcpPorts). Any other world-open port, protocol or range fails.',
      urgency: 'Fix within days: each extra port open to the internet is an additional service that attackers can probe and exploit.',
      risk: 'Services such as databases, admin consoles, caches or debugging endpoints that are reachable from the whole internet are found by scanners within hours and are attacked with default credentials, known CVEs and denial-of-service traffic. Data can be read or destroyed without any other foothold.',
      recommendation: 'Keep only HTTP/HTTPS open to the world — ideally only on load balancers — and restrict every other inbound rule to specific CIDRs, prefix lists or source security groups. If another port must be public, document the exception.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'On the "Inbound rules" tab choose "Edit inbound rules".',
        'For every rule with source 0.0.0.0/0 or ::/0 that is not TCP 80 or 443, delete it or change the source to a trusted range or security group.',
        'Choose "Save rules".',
      ],
    },
    ja: {
      description: '0.0.0.0/0 または ::/0 に開放されたすべてのインバウンドルールが、認可済みの TCP ポート 80 と 443（Security Hub の authorizedTcpPorts の既定値）だけを対象にしているかを確認します。それ以外のポート・プロトコル・範囲がインターネットに開放されていれば不合格です。',
      urgency: '数日以内に対応してください。インターネットに開放されたポートが 1 つ増えるごとに、攻撃者が探索・悪用できるサービスが増えます。',
      risk: 'データベース、管理コンソール、キャッシュ、デバッグ用エンドポイントなどがインターネット全体から到達可能だと、数時間のうちにスキャナーに発見され、初期パスワードや既知の脆弱性、DoS の標的になります。他に足場がなくてもデータを読まれたり破壊されたりします。',
      recommendation: 'インターネットに開放するのは HTTP/HTTPS のみ（できればロードバランサーのみ）にし、それ以外のインバウンドルールは特定の CIDR、プレフィックスリスト、送信元セキュリティグループに限定してください。他のポートを公開する必要がある場合は例外として記録してください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が 0.0.0.0/0 または ::/0 で、TCP 80/443 以外を許可しているルールを削除するか、送信元を信頼できる範囲やセキュリティグループに変更します。',
        '「ルールを保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: '# List world-open inbound rules of the group, then revoke the ones that are not tcp/80 or tcp/443\naws ec2 describe-security-group-rules --filters Name=group-id,Values=sg-0123456789abcdef0 \\\n  --query "SecurityGroupRules[?IsEgress==\\`false\\` && (CidrIpv4==\'0.0.0.0/0\' || CidrIpv6==\'::/0\')]"\naws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 --security-group-rule-ids sgr-0123456789abcdef0',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.alb.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "app_from_alb" {\n  security_group_id            = aws_security_group.app.id\n  ip_protocol                  = "tcp"\n  from_port                    = 8080\n  to_port                      = 8080\n  referenced_security_group_id = aws_security_group.alb.id\n}',
    cloudformation: 'AppFromAlb:\n  Type: AWS::EC2::SecurityGroupIngress\n  Properties:\n    GroupId: !Ref AppSecurityGroup\n    IpProtocol: tcp\n    FromPort: 8080\n    ToPort: 8080\n    SourceSecurityGroupId: !Ref AlbSecurityGroup',
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/vpc-sg-open-only-to-authorized-ports.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18',
  ],
  evaluate(sg) {
    const open = worldOpenOutside(sg.config, AUTHORIZED_PUBLIC_PORTS);
    if (!open.length) {
      return pass({ en: 'Only TCP 80/443 (or nothing) is open to the internet.', ja: 'インターネットに開放されているのは TCP 80/443 のみ（またはなし）です。' });
    }
    const list = describeOpen(open).join(', ');
    return fail({ en: `Unauthorized ports open to the internet: ${list}.`, ja: `認可されていないポートがインターネットに開放されています: ${list}。` }, { open });
  },
});
