import { DB_CLUSTER_TYPE, type DbClusterConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbClusterConfig>({
  id: 'aws-rds-cluster-multi-az',
  services: ['rds'],
  title: {
    en: 'RDS DB clusters are configured for multiple Availability Zones',
    ja: 'RDS DB クラスターが複数のアベイラビリティーゾーンで構成されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_CLUSTER_TYPE],
  requires: ['DBClusterIdentifier', 'MultiAZ', 'members'],
  frameworks: {
    fsbp: ['RDS.15'],
    'nist-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that each RDS DB cluster is Multi-AZ, i.e. has instances (an Aurora replica or standby) in more than one Availability Zone to fail over to.',
      urgency: 'Add a replica in the next maintenance cycle: without it, an AZ or writer-instance failure means downtime until a new instance is created.',
      risk: 'An Aurora cluster with only a writer instance must create a new instance when the writer or its AZ fails, typically taking around ten minutes or more, and the application is down meanwhile. The storage is replicated, but compute is a single point of failure.',
      recommendation: 'Add at least one reader instance in a different AZ (it becomes the failover target) and give it the same instance class as the writer. For Aurora Serverless v2 add a reader in promotion tier 0-1.',
      console: [
        'Open the RDS console, choose Databases and select the cluster.',
        'Choose Actions > Add reader, pick an Availability Zone different from the writer and the same instance class.',
        'Choose Add reader and wait until the new instance is available.',
      ],
    },
    ja: {
      description: '各 RDS DB クラスターがマルチ AZ、つまり複数のアベイラビリティーゾーンにフェイルオーバー先となるインスタンス（Aurora レプリカやスタンバイ）を持つかを確認します。',
      urgency: '次回のメンテナンスでレプリカを追加してください。未対応だと AZ やライターインスタンスの障害時に、新しいインスタンスが作成されるまでサービスが停止します。',
      risk: 'ライターインスタンスのみの Aurora クラスターでは、ライターやその AZ が障害を起こすと新しいインスタンスの作成が必要になり、通常 10 分以上アプリケーションが停止します。ストレージは複製されていても、コンピュートが単一障害点になります。',
      recommendation: 'ライターとは別の AZ にリーダーインスタンスを少なくとも 1 つ追加し（フェイルオーバー先になります）、ライターと同じインスタンスクラスにしてください。Aurora Serverless v2 では昇格階層 0〜1 のリーダーを追加します。',
      console: [
        'RDS コンソールで「データベース」からクラスターを選択します。',
        '「アクション」>「リーダーの追加」で、ライターと異なるアベイラビリティーゾーンと同じインスタンスクラスを選びます。',
        '「リーダーの追加」を選び、新しいインスタンスが利用可能になるまで待ちます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds create-db-instance --db-instance-identifier <cluster>-reader-1 --db-cluster-identifier <cluster> --engine aurora-mysql --db-instance-class db.r6g.large --availability-zone <other-az>',
    terraform: 'resource "aws_rds_cluster_instance" "reader" {\n  identifier         = "aurora-main-2"\n  cluster_identifier = aws_rds_cluster.main.id\n  engine             = aws_rds_cluster.main.engine\n  instance_class     = "db.r6g.large"\n  availability_zone  = "ap-northeast-1c"\n}',
    cloudformation: 'AuroraReader:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    DBClusterIdentifier: !Ref AuroraCluster\n    Engine: aurora-mysql\n    DBInstanceClass: db.r6g.large\n    AvailabilityZone: ap-northeast-1c',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-15',
  ],
  evaluate(cluster) {
    const c = cluster.config;
    return c.MultiAZ
      ? pass({ en: `Cluster has ${c.members.length} instances across Availability Zones.`, ja: `クラスターは複数の AZ に ${c.members.length} 台のインスタンスを持っています。` })
      : fail(
          { en: `DB cluster ${c.DBClusterIdentifier} has no instance in a second Availability Zone (${c.members.length} member(s)).`, ja: `DB クラスター ${c.DBClusterIdentifier} は 2 つ目の AZ にインスタンスがありません（メンバー ${c.members.length} 台）。` },
          { MultiAZ: false, members: c.members },
        );
  },
});
