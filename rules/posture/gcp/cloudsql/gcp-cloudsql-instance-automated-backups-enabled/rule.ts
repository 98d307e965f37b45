import { GCP_TYPES, type SqlInstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isOnPremisesInstance, isReadReplica } from '../instance.js';

export const rule = defineRule<SqlInstanceConfig>({
  id: 'gcp-cloudsql-instance-automated-backups-enabled',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances have automated backups enabled',
    ja: 'Cloud SQL インスタンスで自動バックアップが有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.sqlInstance],
  requires: ['instanceType', 'settings'],
  frameworks: { 'cis-gcp-5.0': ['6.8'], 'nist-800-53-r5': ['CP-9', 'CP-10'] },
  doc: {
    en: {
      description:
        'Checks that every primary Cloud SQL instance has automated daily backups enabled (settings.backupConfiguration.enabled). Read replicas are not applicable: they cannot have backups of their own and are rebuilt from the primary.',
      urgency: 'High: until backups run, a deletion, corruption or ransomware event on the instance is unrecoverable.',
      risk: 'Without automated backups, an accidental DROP, a faulty migration, an attacker wiping tables or an instance deletion cannot be undone; the only copy of the data is the live database.',
      recommendation:
        'Enable automated backups with a start time in a low-traffic window, keep enough retained backups for your recovery objectives (7 by default), and consider point-in-time recovery and a backup location in another region for disaster recovery.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances" and select the instance.',
        'Open "Backups" and click "Edit" under "Settings" (or "Edit" on the instance and expand "Data protection").',
        'Select "Automate backups", choose a backup window and the number of backups to retain.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'すべてのプライマリ Cloud SQL インスタンスで日次の自動バックアップ（settings.backupConfiguration.enabled）が有効になっていることを確認します。リードレプリカは独自のバックアップを持てず、プライマリから再構築されるため対象外です。',
      urgency: '緊急度は高です。バックアップが取得されるまでは、インスタンス上での削除、破損、ランサムウェア被害から復旧できません。',
      risk: '自動バックアップがないと、誤った DROP、不具合のあるマイグレーション、攻撃者によるテーブルの消去、インスタンスの削除を元に戻せません。データの唯一のコピーが稼働中のデータベースだけになります。',
      recommendation:
        'トラフィックの少ない時間帯を開始時刻にして自動バックアップを有効にし、復旧目標を満たす数のバックアップを保持してください（既定は 7 個）。ポイントインタイムリカバリや、災害対策として別リージョンへのバックアップ保存も検討します。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択します。',
        '「バックアップ」を開き、「設定」の「編集」をクリックします（またはインスタンスの「編集」から「データ保護」を展開します）。',
        '「バックアップを自動化」を選択し、バックアップの時間枠と保持するバックアップの数を指定します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud sql instances patch INSTANCE_NAME --backup-start-time=18:00 --retained-backups-count=7',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    backup_configuration {\n      enabled    = true\n      start_time = "18:00"\n      backup_retention_settings {\n        retained_backups = 7\n      }\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/backup-recovery/backups', 'https://cloud.google.com/sql/docs/postgres/backup-recovery/backing-up'],
  evaluate(instance) {
    const config = instance.config;
    if (isReadReplica(config)) {
      return notApplicable({ en: `Instance ${instance.name} is a read replica; backups are taken on its primary.`, ja: `インスタンス ${instance.name} はリードレプリカです。バックアップはプライマリで取得されます。` });
    }
    if (isOnPremisesInstance(config)) {
      return notApplicable({ en: `Instance ${instance.name} represents an external primary server; Cloud SQL does not back it up.`, ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すインスタンスで、Cloud SQL はバックアップを取得しません。` });
    }
    const enabled = config.settings?.backupConfiguration?.enabled === true;
    const evidence = { backupConfiguration: config.settings?.backupConfiguration ?? null };
    return enabled
      ? pass({ en: `Instance ${instance.name} has automated backups enabled.`, ja: `インスタンス ${instance.name} は自動バックアップが有効です。` }, evidence)
      : fail({ en: `Instance ${instance.name} has automated backups disabled.`, ja: `インスタンス ${instance.name} は自動バックアップが無効です。` }, evidence);
  },
});
