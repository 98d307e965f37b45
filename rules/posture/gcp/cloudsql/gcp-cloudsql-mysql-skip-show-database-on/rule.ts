import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-mysql-skip-show-database-on',
  title: {
    en: 'Cloud SQL for MySQL instances set the skip_show_database flag to on',
    ja: 'Cloud SQL for MySQL インスタンスで skip_show_database フラグが on になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.1.2'], 'nist-800-53-r5': ['AC-6', 'CM-6'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for MySQL instance sets the skip_show_database flag to on, so SHOW DATABASES is refused to users without the SHOW DATABASES privilege. The flag is off by default, so an instance where it is not set fails.',
      urgency: 'Low urgency: it exposes no data by itself, but it removes free reconnaissance for anyone who obtains a database login.',
      risk: 'With the flag off, any database user, including a leaked low-privilege application account, can list every database on the instance and learn which other applications or tenants share it and what to target next.',
      recommendation:
        'Set skip_show_database to on. Grant the SHOW DATABASES privilege explicitly to the few administrative users who need the full list. Setting the flag restarts the instance, so apply it in a maintenance window.',
    },
    ja: {
      description:
        'すべての Cloud SQL for MySQL インスタンスで skip_show_database フラグが on になっており、SHOW DATABASES 権限を持たないユーザーには SHOW DATABASES が拒否されることを確認します。既定値は off のため、フラグが未設定のインスタンスは不合格になります。',
      urgency: '緊急度は低めです。単独でデータが漏れるわけではありませんが、データベースのログイン情報を手に入れた者による偵察を容易にしてしまいます。',
      risk: 'フラグが off のままだと、漏えいした権限の低いアプリケーション用アカウントを含むすべてのデータベースユーザーがインスタンス上の全データベースを一覧でき、同居している他のアプリケーションやテナント、次に狙うべき対象を把握されてしまいます。',
      recommendation:
        'skip_show_database を on に設定してください。全データベースの一覧が必要な一部の管理ユーザーには SHOW DATABASES 権限を明示的に付与します。フラグの設定時にインスタンスが再起動されるため、メンテナンス時間帯に適用してください。',
    },
  },
  references: ['https://dev.mysql.com/doc/refman/8.0/en/server-system-variables.html#sysvar_skip_show_database'],
  requirement: {
    engine: 'MYSQL',
    flag: 'skip_show_database',
    defaultValue: 'off',
    accepts: booleanFlag('on'),
    expected: { en: 'on', ja: 'on' },
    fixValue: 'on',
  },
});
