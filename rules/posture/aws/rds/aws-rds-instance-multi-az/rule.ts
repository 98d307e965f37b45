import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-multi-az',
  services: ['rds'],
  title: {
    en: 'RDS DB instances are configured with multiple Availability Zones',
    ja: 'RDS DB インスタンスが複数のアベイラビリティーゾーンで構成されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['DBClusterIdentifier', 'DBInstanceIdentifier', 'MultiAZ'],
  frameworks: {
    fsbp: ['RDS.5'],
    'nist-800-53-r5': ['CP-10', 'CP-6(2)', 'SC-36', 'SC-5(2)', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: 'Checks that each standalone RDS DB instance is a Multi-AZ deployment with a synchronous standby in another Availability Zone. Instances managed by a DB cluster are covered by the cluster rule.',
      urgency: 'Schedule the change in the next maintenance window: it is an availability control, but a single-AZ production database turns any AZ incident or host failure into an outage and possible data loss since the last backup.',
      risk: 'A single-AZ instance stops serving when its host, storage volume or Availability Zone fails, and during OS patching. Recovery means a point-in-time restore that can take hours and lose the transactions after the last log backup, which for an orders database means lost orders and payments.',
      recommendation: 'Convert production instances to Multi-AZ (the conversion takes a snapshot and builds the standby without downtime, though with some I/O impact). Keep single-AZ only for disposable development databases and document that exception.',
      console: [
        'Open the RDS console, choose Databases and select the instance.',
        'Choose Modify and under Availability & durability select "Create a standby instance".',
        'Choose Continue and apply during the next maintenance window (or immediately for urgent cases).',
      ],
    },
    ja: {
      description: 'クラスターに属さない各 RDS DB インスタンスが、別のアベイラビリティーゾーンに同期スタンバイを持つマルチ AZ 配置になっているかを確認します。DB クラスター管理下のインスタンスはクラスター側のルールで評価します。',
      urgency: '次回のメンテナンスウィンドウで対応してください。可用性の対策ですが、シングル AZ の本番データベースでは AZ 障害やホスト障害がそのままサービス停止と、最後のバックアップ以降のデータ損失につながります。',
      risk: 'シングル AZ のインスタンスは、ホスト、ストレージ、アベイラビリティーゾーンの障害時や OS パッチ適用時に停止します。復旧はポイントインタイムリストアとなり数時間かかることがあり、最後のログバックアップ以降のトランザクションを失います。注文データベースであれば注文や決済の消失を意味します。',
      recommendation: '本番インスタンスをマルチ AZ に変更してください（変更時はスナップショットからスタンバイを構築するためダウンタイムはありませんが、I/O に一時的な影響があります）。シングル AZ は使い捨ての開発用データベースに限定し、例外として記録してください。',
      console: [
        'RDS コンソールで「データベース」を開き、対象インスタンスを選択します。',
        '「変更」を選び、「可用性と耐久性」で「スタンバイインスタンスを作成する」を選択します。',
        '「続行」から次回のメンテナンスウィンドウで適用します（緊急時は「すぐに適用」）。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --multi-az --no-apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  multi_az = true\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    MultiAZ: true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-5',
  ],
  evaluate(db) {
    const c = db.config;
    if (isClusterMember(c)) {
      return notApplicable({ en: `Member of DB cluster ${c.DBClusterIdentifier}; availability is set on the cluster.`, ja: `DB クラスター ${c.DBClusterIdentifier} のメンバーのため、可用性はクラスター側で設定されます。` });
    }
    return c.MultiAZ
      ? pass({ en: 'The instance is a Multi-AZ deployment.', ja: 'インスタンスはマルチ AZ 配置です。' })
      : fail({ en: `DB instance ${c.DBInstanceIdentifier} runs in a single Availability Zone.`, ja: `DB インスタンス ${c.DBInstanceIdentifier} は単一のアベイラビリティーゾーンで稼働しています。` }, { MultiAZ: false });
  },
});
