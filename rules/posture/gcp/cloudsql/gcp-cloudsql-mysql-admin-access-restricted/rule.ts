import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-cloudsql-mysql-admin-access-restricted',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL for MySQL instances do not allow anyone to connect with administrative privileges',
    ja: 'Cloud SQL for MySQL インスタンスに誰でも管理者権限で接続できる状態になっていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'cis-gcp-5.0': ['6.1.1'], 'nist-800-53-r5': ['AC-6', 'IA-5'] },
  doc: {
    en: {
      description:
        "Confirm that the administrative MySQL user accounts ('root'@'%' and other users with full privileges) have strong passwords and host restrictions, so nobody can connect with administrative privileges without credentials. The users' passwords and grants live inside the database engine and are not returned by the Cloud SQL Admin API, so this stays a manual check.",
      urgency: 'High: an administrative account without a password, or with a known one, gives full control of every database on the instance.',
      risk: "A root user created without a password (possible for older instances and instances created through the API), or shared with a weak password, lets anyone who can reach the instance read, change or delete all data, create backdoor accounts and disable auditing.",
      recommendation:
        "Set a strong password for 'root' and every administrative user (gcloud sql users set-password), restrict their host to the addresses administrators connect from, prefer IAM database authentication for people, and enable the Cloud SQL password policy (password validation) on the instance.",
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances", select the MySQL instance and open "Users".',
        "For 'root' and every other built-in user with administrative rights, choose \"Change password\" and set a strong password stored in Secret Manager.",
        'Check the "Host name" column: administrative users should not allow "%" (any host) unless connections come only through private IP or the Auth Proxy.',
        'Optionally, under "Password policy", enable password validation for local users.',
      ],
    },
    ja: {
      description:
        "MySQL の管理用ユーザーアカウント（'root'@'%' やその他すべての権限を持つユーザー）に強固なパスワードとホスト制限が設定されており、認証情報なしに誰も管理者権限で接続できないことを確認します。ユーザーのパスワードや権限はデータベースエンジン内に保持され、Cloud SQL Admin API からは取得できないため、手動での確認になります。",
      urgency: '緊急度は高です。パスワードのない、または既知のパスワードの管理者アカウントがあると、インスタンス上のすべてのデータベースを完全に掌握されます。',
      risk: 'パスワードなしで作成された root ユーザー（古いインスタンスや API で作成したインスタンスで起こり得ます）や、弱いパスワードで共有されている管理者ユーザーがあると、インスタンスに到達できる誰もがすべてのデータの読み取り、変更、削除、バックドア用アカウントの作成、監査の無効化を行えます。',
      recommendation:
        "'root' とすべての管理用ユーザーに強固なパスワードを設定し（gcloud sql users set-password）、ホストを管理者の接続元アドレスに制限してください。人の利用には IAM データベース認証を優先し、インスタンスで Cloud SQL のパスワードポリシー（パスワード検証）を有効にします。",
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象の MySQL インスタンスを選択して「ユーザー」を開きます。',
        "'root' および管理者権限を持つその他の組み込みユーザーについて「パスワードを変更」を選び、Secret Manager に保管した強固なパスワードを設定します。",
        '「ホスト名」列を確認します。接続がプライベート IP または Auth Proxy 経由に限られる場合を除き、管理用ユーザーで「%」（任意のホスト）を許可しないでください。',
        '必要に応じて「パスワード ポリシー」でローカルユーザーのパスワード検証を有効にします。',
      ],
    },
  },
  remediation: {
    cli: "gcloud sql users list --instance=INSTANCE_NAME\ngcloud sql users set-password root --host=% --instance=INSTANCE_NAME --prompt-for-password\n# Password policy for built-in users:\ngcloud sql instances patch INSTANCE_NAME --enable-password-policy --password-policy-min-length=14 --password-policy-complexity=COMPLEXITY_DEFAULT",
    terraform:
      'resource "google_sql_user" "root" {\n  instance = google_sql_database_instance.main.name\n  name     = "root"\n  host     = "%"\n  password = data.google_secret_manager_secret_version.mysql_root.secret_data\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/create-manage-users', 'https://cloud.google.com/sql/docs/mysql/users'],
});
