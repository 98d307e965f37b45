import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-not-publicly-accessible',
  services: ['rds'],
  title: {
    en: 'RDS DB instances are not publicly accessible',
    ja: 'RDS DB インスタンスがパブリックアクセス可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBInstanceIdentifier', 'PubliclyAccessible', 'VpcSecurityGroupIds'],
  frameworks: {
    'cis-aws-3.0': ['2.3.3'],
    fsbp: ['RDS.2'],
    'nist-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
    'pci-dss-3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '7.2.1'],
    'pci-dss-4.0': ['1.4.4'],
  },
  doc: {
    en: {
      description: 'Checks that the PubliclyAccessible flag of each RDS DB instance is off, so its endpoint resolves only to a private IP address.',
      urgency: 'Fix today: a public endpoint is discoverable by internet-wide scanners within hours, and the only thing left between the database and an attacker is the security group and the database password.',
      risk: 'A publicly accessible instance has a DNS name that resolves to a public IP. If any security group rule admits 0.0.0.0/0 or a broad range on the database port (now or after a later change), attackers can brute-force the master password, exploit engine vulnerabilities and dump or encrypt the data for ransom.',
      recommendation: 'Turn off public accessibility and place the instance in private subnets. Reach it from applications inside the VPC, and for administration use AWS Systems Manager Session Manager port forwarding, a bastion or a VPN instead of an internet-facing endpoint. Also restrict the security group to the application security groups.',
      console: [
        'Open the RDS console, choose Databases and select the instance.',
        'Choose Modify; under Connectivity > Additional configuration set Public access to "Not publicly accessible".',
        'Choose Continue and "Apply immediately", then check the security group no longer allows internet sources.',
      ],
    },
    ja: {
      description: '各 RDS DB インスタンスの PubliclyAccessible フラグが無効で、エンドポイントがプライベート IP アドレスにのみ解決されるかを確認します。',
      urgency: '本日中に対応してください。パブリックなエンドポイントはインターネット全体をスキャンする攻撃者に数時間で発見され、データベースを守るのはセキュリティグループとパスワードだけになります。',
      risk: 'パブリックアクセス可能なインスタンスの DNS 名はパブリック IP に解決されます。セキュリティグループでデータベースポートに 0.0.0.0/0 や広い範囲が許可されていると（現在または将来の変更で）、攻撃者はマスターパスワードの総当たり、エンジンの脆弱性悪用、データの窃取やランサムウェアによる暗号化が可能になります。',
      recommendation: 'パブリックアクセスを無効にし、インスタンスをプライベートサブネットに配置してください。アプリケーションからは VPC 内で接続し、管理作業は AWS Systems Manager Session Manager のポートフォワーディング、踏み台、VPN を使います。セキュリティグループもアプリケーションのセキュリティグループのみに制限してください。',
      console: [
        'RDS コンソールで「データベース」を開き、対象インスタンスを選択します。',
        '「変更」を選び、「接続」>「追加設定」で「パブリックアクセス」を「パブリックアクセス不可」にします。',
        '「続行」から「すぐに適用」を選び、セキュリティグループがインターネットからの接続を許可していないことも確認します。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  publicly_accessible  = false\n  db_subnet_group_name = aws_db_subnet_group.private.name\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    PubliclyAccessible: false\n    DBSubnetGroupName: !Ref PrivateDbSubnetGroup',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
  ],
  evaluate(db) {
    const c = db.config;
    return c.PubliclyAccessible
      ? fail(
          {
            en: `DB instance ${c.DBInstanceIdentifier} is publicly accessible (security groups: ${c.VpcSecurityGroupIds.join(', ') || 'none'}).`,
            ja: `DB インスタンス ${c.DBInstanceIdentifier} はパブリックアクセス可能です（セキュリティグループ: ${c.VpcSecurityGroupIds.join(', ') || 'なし'}）。`,
          },
          { PubliclyAccessible: true, VpcSecurityGroupIds: c.VpcSecurityGroupIds },
        )
      : pass({ en: 'The instance is not publicly accessible.', ja: 'インスタンスはパブリックアクセス不可です。' });
  },
});
