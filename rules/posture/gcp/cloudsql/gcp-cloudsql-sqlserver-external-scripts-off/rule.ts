import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-external-scripts-off',
  title: {
    en: "Cloud SQL for SQL Server instances set 'external scripts enabled' to off",
    ja: 'Cloud SQL for SQL Server インスタンスで「external scripts enabled」が off になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.3.1'], 'nist-800-53-r5': ['CM-6', 'CM-7'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance keeps the 'external scripts enabled' flag off, so sp_execute_external_script cannot run R or Python code. The flag is off by default, so an unset flag passes.",
      urgency: 'Medium: enabling it turns any login allowed to run external scripts into a way of executing code next to the database.',
      risk: 'With external scripts enabled, code in R or Python runs outside the SQL Server security boundary. A compromised or over-privileged login can use it to run arbitrary programs, read data in bulk or reach the network from the database host.',
      recommendation:
        "Set 'external scripts enabled' to off (or remove the flag). Run machine-learning workloads in a dedicated service such as Vertex AI or BigQuery ML instead of inside the database.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスで「external scripts enabled」フラグが off のままで、sp_execute_external_script による R や Python のコード実行ができないことを確認します。既定値は off のため、未設定は合格です。',
      urgency: '緊急度は中程度です。有効にすると、外部スクリプトの実行を許可されたログインが、データベースのすぐそばでコードを実行する手段になります。',
      risk: '外部スクリプトが有効だと、R や Python のコードが SQL Server のセキュリティ境界の外側で実行されます。侵害されたログインや過剰な権限を持つログインが、任意のプログラムの実行、データの大量読み取り、データベースホストからのネットワークアクセスに悪用できます。',
      recommendation:
        '「external scripts enabled」を off に設定する（またはフラグを削除する）ことを推奨します。機械学習の処理はデータベース内ではなく、Vertex AI や BigQuery ML などの専用サービスで実行してください。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/external-scripts-enabled-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'external scripts enabled',
    defaultValue: 'off',
    accepts: booleanFlag('off'),
    expected: { en: 'off', ja: 'off' },
    fixValue: 'off',
  },
});
