import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-cloudsql-instance-deletion-protection',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances have deletion protection enabled',
    ja: 'Cloud SQL インスタンスで削除保護が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.9'], 'nist-800-53-r5': ['CP-9', 'CM-3'] },
  doc: {
    en: {
      description:
        'Confirm that production Cloud SQL instances have deletion protection enabled (settings.deletionProtectionEnabled), so an instance cannot be deleted until the protection is explicitly turned off. CIS GCP 5.0 classifies this recommendation as manual, and mamori does not collect the setting yet; check it in the console or with gcloud.',
      urgency: 'Medium: deletion is rare, but when it happens by mistake (a wrong project, an automation bug) the instance and, by default, its automated backups are gone.',
      risk: 'Without deletion protection, one console click, a gcloud command in the wrong project or a Terraform plan that replaces the instance deletes the database. Automated backups are deleted with the instance unless retained backups are configured.',
      recommendation:
        'Enable deletion protection on every production instance (and keep deletion_protection = true in Terraform as well). Also configure retained backups after deletion (final backup) so a deleted instance can still be restored.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances", select the instance and click "Edit".',
        'Expand "Data protection".',
        'Select "Enable deletion protection".',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        '本番環境の Cloud SQL インスタンスで削除保護（settings.deletionProtectionEnabled）が有効になっており、保護を明示的に解除するまでインスタンスを削除できないことを確認します。CIS GCP 5.0 はこの推奨事項を手動評価に分類しており、mamori もまだこの設定を収集していないため、コンソールまたは gcloud で確認してください。',
      urgency: '緊急度は中程度です。削除はまれですが、誤操作（プロジェクトの取り違えや自動化の不具合）で起きると、インスタンスと、既定では自動バックアップも失われます。',
      risk: '削除保護がないと、コンソールでの 1 回のクリック、誤ったプロジェクトでの gcloud コマンド、インスタンスを置き換える Terraform の plan によってデータベースが削除されます。保持バックアップを設定していない限り、自動バックアップもインスタンスと一緒に削除されます。',
      recommendation:
        'すべての本番インスタンスで削除保護を有効にしてください（Terraform でも deletion_protection = true を維持します）。インスタンス削除後もバックアップを保持する設定（最終バックアップ）も行い、削除されたインスタンスを復元できるようにします。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択して「編集」をクリックします。',
        '「データ保護」を展開します。',
        '「削除保護を有効にする」を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud sql instances describe INSTANCE_NAME --format="value(settings.deletionProtectionEnabled)"\ngcloud sql instances patch INSTANCE_NAME --deletion-protection',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name                = "INSTANCE_NAME"\n  database_version    = "POSTGRES_16"\n  region              = "us-central1"\n  deletion_protection = true # Terraform-side guard\n\n  settings {\n    tier                        = "db-custom-2-7680"\n    deletion_protection_enabled = true # Cloud SQL API-side guard\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/deletion-protection', 'https://cloud.google.com/sql/docs/postgres/deletion-protection'],
});
