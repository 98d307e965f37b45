import { SECURITY_GROUP_TYPE, type SecurityGroupConfig } from '../../../../../src/providers/aws/model/ec2.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { describeOpen, HIGH_RISK_PORTS, worldOpenPorts } from '../network.js';

export const rule = defineRule<SecurityGroupConfig>({
  id: 'aws-ec2-sg-no-public-high-risk-ports',
  services: ['ec2'],
  title: {
    en: 'Security groups do not allow unrestricted access to high-risk ports',
    ja: 'セキュリティグループで高リスクのポートへの無制限のアクセスを許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [SECURITY_GROUP_TYPE],
  requires: ['ingress'],
  frameworks: {
    fsbp: ['EC2.19'],
    'nist-800-53-r5': ['AC-4', 'AC-4(21)', 'CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-7', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
  },
  doc: {
    en: {
      description: `Checks that no inbound rule open to 0.0.0.0/0 or ::/0 covers one of the high-risk ports listed by Security Hub: ${HIGH_RISK_PORTS.join(', ')} (FTP, SSH, Telnet, SMTP, POP3, RPC, IMAP, SMB, MSSQL, MySQL, RDP, PostgreSQL, OpenSearch/Kibana, development servers and proxies).`,
      urgency: 'Fix today: these ports are exactly what automated attack tooling scans for, and exposed databases or file shares are often compromised within hours.',
      risk: 'A database, file share, remote shell, mail or development server that anyone on the internet can reach is exposed to credential brute force, unauthenticated exploits (e.g. SMB or Telnet) and direct data theft or ransom. A single such rule can lead to full compromise of the data behind it.',
      recommendation: 'Remove world-open rules for these ports. Put databases and internal services in private subnets, reach them from application security groups only, and use Session Manager / VPN for administration.',
      console: [
        'Open the VPC console → Security groups and select the group.',
        'Choose "Edit inbound rules" on the "Inbound rules" tab.',
        'Delete every rule with source 0.0.0.0/0 or ::/0 whose port range includes a high-risk port (or uses "All traffic"), or narrow its source.',
        'Choose "Save rules".',
      ],
    },
    ja: {
      description: `0.0.0.0/0 または ::/0 に開放されたインバウンドルールが、Security Hub が定める高リスクのポート（${HIGH_RISK_PORTS.join(', ')}。FTP、SSH、Telnet、SMTP、POP3、RPC、IMAP、SMB、MSSQL、MySQL、RDP、PostgreSQL、OpenSearch/Kibana、開発用サーバーやプロキシ）を含んでいないかを確認します。`,
      urgency: '本日中に対応してください。これらのポートは自動化された攻撃ツールがまさに探しているもので、公開されたデータベースやファイル共有は数時間で侵害されることも珍しくありません。',
      risk: 'インターネット上の誰もが到達できるデータベース、ファイル共有、リモートシェル、メール、開発用サーバーは、認証情報のブルートフォース、認証不要の脆弱性攻撃（SMB や Telnet など）、データの窃取や身代金要求にさらされます。このようなルールが 1 つあるだけで、その背後のデータ全体が侵害されかねません。',
      recommendation: 'これらのポートをインターネット全体に開放するルールを削除してください。データベースや内部サービスはプライベートサブネットに置き、アプリケーションのセキュリティグループからのみ到達できるようにし、管理には Session Manager や VPN を使ってください。',
      console: [
        'VPC コンソールの「セキュリティグループ」で対象のグループを選択します。',
        '「インバウンドルール」タブで「インバウンドのルールを編集」を選択します。',
        '送信元が 0.0.0.0/0 または ::/0 で、ポート範囲に高リスクのポートを含む（または「すべてのトラフィック」の）ルールを削除するか、送信元を絞り込みます。',
        '「ルールを保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'aws ec2 revoke-security-group-ingress --group-id sg-0123456789abcdef0 \\\n  --ip-permissions \'IpProtocol=tcp,FromPort=3306,ToPort=3306,Ipv6Ranges=[{CidrIpv6=::/0}]\'',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "mysql_from_app" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 3306\n  to_port                      = 3306\n  referenced_security_group_id = aws_security_group.app.id\n}',
    cloudformation: 'MysqlFromApp:\n  Type: AWS::EC2::SecurityGroupIngress\n  Properties:\n    GroupId: !Ref DbSecurityGroup\n    IpProtocol: tcp\n    FromPort: 3306\n    ToPort: 3306\n    SourceSecurityGroupId: !Ref AppSecurityGroup',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
  ],
  evaluate(sg) {
    const open = worldOpenPorts(sg.config, HIGH_RISK_PORTS, 'any', ['tcp', 'udp']);
    if (!open.length) return pass({ en: 'No high-risk port is open to the internet.', ja: 'インターネットに開放された高リスクのポートはありません。' });
    const ports = [...new Set(open.map((o) => o.port))];
    const list = describeOpen(open).slice(0, 10).join(', ');
    return fail(
      {
        en: `High-risk port(s) ${ports.join(', ')} open to the internet: ${list}${open.length > 10 ? ', …' : ''}.`,
        ja: `高リスクのポート ${ports.join(', ')} がインターネットに開放されています: ${list}${open.length > 10 ? ' ほか' : ''}。`,
      },
      { ports, open: open.slice(0, 50) },
    );
  },
});
