import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isClusterMember } from '../shared.js';

/** Security Hub's default backupRetentionMinimum for RDS.11. */
const MIN_RETENTION_DAYS = 7;

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-backups-enabled',
  services: ['rds'],
  title: {
    en: 'RDS DB instances have automatic backups enabled with at least 7 days retention',
    ja: 'RDS DB インスタンスで 7 日以上保持する自動バックアップが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['BackupRetentionPeriod', 'DBClusterIdentifier', 'ReadReplicaSourceDBInstanceIdentifier'],
  frameworks: {
    fsbp: ['RDS.11'],
    'nist-800-53-r5': ['CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'],
  },
  doc: {
    en: {
      description: `Checks that automated backups are enabled with a retention period of at least ${MIN_RETENTION_DAYS} days on each standalone, non-replica RDS DB instance.`,
      urgency: 'Fix this week: until backups exist, a deletion, corruption or ransomware event is unrecoverable, and the retention window only starts filling once enabled.',
      risk: 'With BackupRetentionPeriod 0 there are no automated snapshots and no point-in-time recovery. A bad migration, an application bug that deletes rows, or an attacker who drops tables leaves you with nothing to restore; a short retention means a problem noticed after a few days is already unrecoverable.',
      recommendation: `Set BackupRetentionPeriod to at least ${MIN_RETENTION_DAYS} days (up to 35), choose a backup window outside peak hours, and additionally protect critical databases with AWS Backup and cross-account or cross-region copies.`,
      console: [
        'Open the RDS console, choose Databases, select the instance and choose Modify.',
        `Under Backup, set "Backup retention period" to ${MIN_RETENTION_DAYS} days or more and choose a backup window.`,
        'Choose Continue and apply (enabling backups from 0 causes a brief I/O suspension on single-AZ instances).',
      ],
    },
    ja: {
      description: `クラスターに属さずリードレプリカでもない各 RDS DB インスタンスで、自動バックアップが ${MIN_RETENTION_DAYS} 日以上の保持期間で有効になっているかを確認します。`,
      urgency: '今週中に対応してください。バックアップがない間は削除、破損、ランサムウェアのいずれも復旧不能で、保持期間は有効化した時点から蓄積が始まります。',
      risk: 'BackupRetentionPeriod が 0 だと自動スナップショットもポイントインタイムリカバリもありません。移行作業の失敗、行を削除するアプリケーションの不具合、テーブルを削除する攻撃者のいずれでも復元手段がなく、保持期間が短ければ数日後に気付いた問題はもう戻せません。',
      recommendation: `BackupRetentionPeriod を ${MIN_RETENTION_DAYS} 日以上（最大 35 日）に設定し、ピーク時間外にバックアップウィンドウを設定してください。重要なデータベースは AWS Backup とクロスアカウントまたはクロスリージョンのコピーでも保護します。`,
      console: [
        'RDS コンソールで「データベース」から対象インスタンスを選択し「変更」を選びます。',
        `「バックアップ」で「バックアップ保持期間」を ${MIN_RETENTION_DAYS} 日以上にし、バックアップウィンドウを指定します。`,
        '「続行」を選んで適用します（0 から有効化するとシングル AZ では一時的に I/O が停止します）。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 7 --preferred-backup-window 17:00-18:00 --apply-immediately',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  backup_retention_period = 7\n  backup_window           = "17:00-18:00"\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    BackupRetentionPeriod: 7\n    PreferredBackupWindow: 17:00-18:00',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-11',
  ],
  evaluate(db) {
    const c = db.config;
    if (c.ReadReplicaSourceDBInstanceIdentifier) {
      return notApplicable({ en: 'Read replicas are excluded; the source instance holds the backups.', ja: 'リードレプリカは対象外です（バックアップはソースインスタンス側で取得）。' });
    }
    if (isClusterMember(c)) {
      return notApplicable({ en: `Backups are managed by DB cluster ${c.DBClusterIdentifier}.`, ja: `バックアップは DB クラスター ${c.DBClusterIdentifier} で管理されます。` });
    }
    if (c.BackupRetentionPeriod >= MIN_RETENTION_DAYS) {
      return pass({ en: `Automated backups are kept ${c.BackupRetentionPeriod} days.`, ja: `自動バックアップは ${c.BackupRetentionPeriod} 日間保持されます。` });
    }
    return c.BackupRetentionPeriod === 0
      ? fail({ en: 'Automated backups are disabled (retention 0 days).', ja: '自動バックアップが無効です（保持期間 0 日）。' }, { BackupRetentionPeriod: 0 })
      : fail(
          { en: `Backups are kept only ${c.BackupRetentionPeriod} day(s) (minimum ${MIN_RETENTION_DAYS}).`, ja: `バックアップの保持期間が ${c.BackupRetentionPeriod} 日しかありません（最低 ${MIN_RETENTION_DAYS} 日）。` },
          { BackupRetentionPeriod: c.BackupRetentionPeriod },
        );
  },
});
