import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-cloudsql-instance-iam-database-authentication',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances use IAM database authentication',
    ja: 'Cloud SQL インスタンスで IAM データベース認証が使用されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.6'], 'nist-800-53-r5': ['AC-2', 'IA-2', 'IA-5'] },
  doc: {
    en: {
      description:
        'Confirm that Cloud SQL instances have IAM database authentication enabled (the cloudsql.iam_authentication flag on MySQL and PostgreSQL, Microsoft Entra ID / Active Directory for SQL Server) and that people and workloads sign in as IAM users or service accounts rather than with shared built-in database passwords. CIS GCP 5.0 classifies this recommendation as manual: whether the remaining built-in users are justified is a judgement the APIs cannot make.',
      urgency: 'Medium: it replaces long-lived shared passwords with centrally managed identities, which matters most when people leave or credentials leak.',
      risk: 'Built-in database users with static passwords are shared, copied into configuration files and rarely rotated. Access survives an employee leaving, cannot be tied to a person in the logs and is not covered by MFA or organisation-wide account controls.',
      recommendation:
        'Set cloudsql.iam_authentication to on, create IAM users and IAM group users (gcloud sql users create … --type=cloud_iam_user / cloud_iam_group), grant them roles/cloudsql.instanceUser, connect through the Cloud SQL Auth Proxy or connectors with automatic IAM authentication, and retire shared built-in accounts.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances", select the instance and click "Edit".',
        'Under "Flags", add cloudsql.iam_authentication with value "on" and save (the instance may restart).',
        'Open "Users" > "Add user account", choose "Cloud IAM" and add the users, groups or service accounts that need access.',
        'Review the remaining built-in users and remove those that are no longer needed.',
      ],
    },
    ja: {
      description:
        'Cloud SQL インスタンスで IAM データベース認証が有効になっており（MySQL と PostgreSQL では cloudsql.iam_authentication フラグ、SQL Server では Microsoft Entra ID / Active Directory）、人やワークロードが共有の組み込みデータベースパスワードではなく IAM ユーザーやサービスアカウントとしてログインしていることを確認します。CIS GCP 5.0 はこの推奨事項を手動評価に分類しています。残っている組み込みユーザーが正当かどうかは API では判断できないためです。',
      urgency: '緊急度は中程度です。長期間使われる共有パスワードを一元管理された ID に置き換える対策で、退職者の発生時や認証情報の漏えい時に特に重要になります。',
      risk: '固定パスワードの組み込みデータベースユーザーは共有され、設定ファイルにコピーされ、ほとんどローテーションされません。退職後もアクセスが残り、ログで個人に結び付けられず、MFA や組織全体のアカウント管理の対象にもなりません。',
      recommendation:
        'cloudsql.iam_authentication を on に設定し、IAM ユーザーと IAM グループユーザーを作成して（gcloud sql users create … --type=cloud_iam_user / cloud_iam_group）roles/cloudsql.instanceUser を付与してください。接続には自動 IAM 認証を使う Cloud SQL Auth Proxy またはコネクタを使用し、共有の組み込みアカウントは廃止します。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択して「編集」をクリックします。',
        '「フラグ」で cloudsql.iam_authentication を追加して値を「on」にし、保存します（インスタンスが再起動される場合があります）。',
        '「ユーザー」>「ユーザー アカウントを追加」で「Cloud IAM」を選び、アクセスが必要なユーザー、グループ、サービスアカウントを追加します。',
        '残っている組み込みユーザーを見直し、不要なものを削除します。',
      ],
    },
  },
  remediation: {
    cli: '# --database-flags replaces the whole flag list: repeat the flags already set.\ngcloud sql instances patch INSTANCE_NAME --database-flags="cloudsql.iam_authentication=on"\ngcloud sql users create alice@example.com --instance=INSTANCE_NAME --type=cloud_iam_user\ngcloud projects add-iam-policy-binding PROJECT_ID --member=user:alice@example.com --role=roles/cloudsql.instanceUser',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    database_flags {\n      name  = "cloudsql.iam_authentication"\n      value = "on"\n    }\n  }\n}\n\nresource "google_sql_user" "alice" {\n  instance = google_sql_database_instance.main.name\n  name     = "alice@example.com"\n  type     = "CLOUD_IAM_USER"\n}',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/iam-authentication', 'https://cloud.google.com/sql/docs/mysql/iam-authentication'],
});
