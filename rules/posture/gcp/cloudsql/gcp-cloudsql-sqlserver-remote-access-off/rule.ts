import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-remote-access-off',
  title: {
    en: "Cloud SQL for SQL Server instances set 'remote access' to off",
    ja: 'Cloud SQL for SQL Server インスタンスで「remote access」が off になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.3.5'], 'nist-800-53-r5': ['CM-6', 'CM-7'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description:
        "Checks that every Cloud SQL for SQL Server instance sets the 'remote access' flag to off, which stops stored procedures from being run from or on remote servers. SQL Server enables it by default, so an unset flag fails.",
      urgency: 'Medium: it is an extra execution path between servers that few workloads need.',
      risk: 'With remote access on, remote procedure calls between SQL Server instances are allowed. A compromised linked or remote server can run stored procedures on this instance (or this instance can be used to reach others), helping an attacker move laterally and offload work such as data exfiltration.',
      recommendation: "Set 'remote access' to off. Connect applications through normal client connections; do not use remote stored procedure calls between servers.",
    },
    ja: {
      description:
        'すべての Cloud SQL for SQL Server インスタンスで「remote access」フラグが off になっており、リモートサーバーとの間でストアドプロシージャを実行できないことを確認します。SQL Server の既定値は有効のため、未設定は不合格です。',
      urgency: '緊急度は中程度です。ほとんどのワークロードでは不要な、サーバー間の追加の実行経路です。',
      risk: 'remote access が on だと、SQL Server インスタンス間のリモートプロシージャ呼び出しが許可されます。侵害されたリンクサーバーやリモートサーバーからこのインスタンスのストアドプロシージャを実行されたり、このインスタンスを踏み台に他のサーバーへ到達されたりして、攻撃者の横展開やデータ持ち出しに利用されます。',
      recommendation: '「remote access」を off に設定してください。アプリケーションは通常のクライアント接続で接続し、サーバー間のリモートストアドプロシージャ呼び出しは使用しないでください。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/configure-the-remote-access-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'remote access',
    defaultValue: 'on',
    accepts: booleanFlag('off'),
    expected: { en: 'off', ja: 'off' },
    fixValue: 'off',
  },
});
