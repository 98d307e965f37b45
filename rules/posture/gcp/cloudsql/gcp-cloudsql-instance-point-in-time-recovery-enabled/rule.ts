import { GCP_TYPES, type SqlInstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isOnPremisesInstance, isReadReplica, sqlEngine } from '../instance.js';

export const rule = defineRule<SqlInstanceConfig>({
  id: 'gcp-cloudsql-instance-point-in-time-recovery-enabled',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances have point-in-time recovery enabled',
    ja: 'Cloud SQL インスタンスでポイントインタイムリカバリが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.sqlInstance],
  requires: ['databaseVersion', 'instanceType', 'settings'],
  frameworks: { 'nist-800-53-r5': ['CP-9', 'CP-10'] },
  doc: {
    en: {
      description:
        'Best practice beyond CIS: checks that every primary Cloud SQL instance can be restored to any point in time, not only to the last daily backup. For MySQL this is binary logging (backupConfiguration.binaryLogEnabled, or pointInTimeRecoveryEnabled on newer instances); for PostgreSQL and SQL Server it is backupConfiguration.pointInTimeRecoveryEnabled. Automated backups must be on as well. Read replicas are not applicable.',
      urgency: 'Medium: daily backups already exist on compliant instances, but without point-in-time recovery up to a day of writes is lost on restore.',
      risk: 'After a destructive statement, a bad deployment or an attacker tampering with data, a restore from the daily backup discards every change made since that backup, up to 24 hours of orders, payments or user data.',
      recommendation:
        'Enable automated backups and point-in-time recovery, and size the transaction log retention (1 to 7 days, up to 35 on Enterprise Plus) to your recovery point objective. Expect slightly more storage for the retained logs.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances", select the instance and click "Edit".',
        'Expand "Data protection".',
        'Select "Automate backups" and "Enable point-in-time recovery", and set the number of days of logs to keep.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'CIS の範囲を超えるベストプラクティスとして、すべてのプライマリ Cloud SQL インスタンスを直近の日次バックアップだけでなく任意の時点に復元できることを確認します。MySQL ではバイナリログ（backupConfiguration.binaryLogEnabled、新しいインスタンスでは pointInTimeRecoveryEnabled）、PostgreSQL と SQL Server では backupConfiguration.pointInTimeRecoveryEnabled が該当し、自動バックアップも有効である必要があります。リードレプリカは対象外です。',
      urgency: '緊急度は中程度です。日次バックアップはあっても、ポイントインタイムリカバリがないと復元時に最大 1 日分の書き込みが失われます。',
      risk: '破壊的なステートメント、不具合のあるデプロイ、攻撃者によるデータ改ざんの後に日次バックアップから復元すると、そのバックアップ以降のすべての変更、つまり最大 24 時間分の注文、決済、ユーザーデータが失われます。',
      recommendation:
        '自動バックアップとポイントインタイムリカバリを有効にし、トランザクションログの保持日数（1〜7 日、Enterprise Plus では最大 35 日）を目標復旧時点に合わせて設定してください。保持するログの分だけストレージがやや増えます。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択して「編集」をクリックします。',
        '「データ保護」を展開します。',
        '「バックアップを自動化」と「ポイントインタイム リカバリを有効にする」を選択し、ログを保持する日数を指定します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: '# PostgreSQL and SQL Server (and MySQL on current versions):\ngcloud sql instances patch INSTANCE_NAME --backup-start-time=18:00 --enable-point-in-time-recovery --retained-transaction-log-days=7\n# MySQL (binary logging):\ngcloud sql instances patch INSTANCE_NAME --backup-start-time=18:00 --enable-bin-log --retained-transaction-log-days=7',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    backup_configuration {\n      enabled                        = true\n      point_in_time_recovery_enabled = true # MySQL: binary_log_enabled = true\n      transaction_log_retention_days = 7\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/backup-recovery/pitr', 'https://cloud.google.com/sql/docs/mysql/backup-recovery/pitr'],
  evaluate(instance) {
    const config = instance.config;
    if (isReadReplica(config)) {
      return notApplicable({ en: `Instance ${instance.name} is a read replica; point-in-time recovery is configured on its primary.`, ja: `インスタンス ${instance.name} はリードレプリカです。ポイントインタイムリカバリはプライマリで設定します。` });
    }
    if (isOnPremisesInstance(config)) {
      return notApplicable({ en: `Instance ${instance.name} represents an external primary server; Cloud SQL does not back it up.`, ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すインスタンスで、Cloud SQL はバックアップを取得しません。` });
    }
    const backup = config.settings?.backupConfiguration;
    const evidence = { databaseVersion: config.databaseVersion, backupConfiguration: backup ?? null };
    if (backup?.enabled !== true) {
      return fail(
        { en: `Instance ${instance.name} has automated backups disabled, so point-in-time recovery is not possible.`, ja: `インスタンス ${instance.name} は自動バックアップが無効のため、ポイントインタイムリカバリを利用できません。` },
        evidence,
      );
    }
    const mysql = sqlEngine(config.databaseVersion) === 'MYSQL';
    const enabled = backup.pointInTimeRecoveryEnabled === true || (mysql && backup.binaryLogEnabled === true);
    const setting = mysql ? 'binaryLogEnabled / pointInTimeRecoveryEnabled' : 'pointInTimeRecoveryEnabled';
    return enabled
      ? pass({ en: `Instance ${instance.name} has point-in-time recovery enabled.`, ja: `インスタンス ${instance.name} はポイントインタイムリカバリが有効です。` }, evidence)
      : fail(
          { en: `Instance ${instance.name} has backups but no point-in-time recovery (${setting} not enabled).`, ja: `インスタンス ${instance.name} はバックアップはありますが、ポイントインタイムリカバリが無効です（${setting} が有効ではありません）。` },
          evidence,
        );
  },
});
