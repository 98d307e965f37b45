import { booleanFlag, defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-mysql-local-infile-off',
  title: {
    en: 'Cloud SQL for MySQL instances set the local_infile flag to off',
    ja: 'Cloud SQL for MySQL インスタンスで local_infile フラグが off になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-gcp-5.0': ['6.1.3'], 'nist-800-53-r5': ['CM-6', 'CM-7'], 'pci-dss-4.0': ['2.2.4'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL for MySQL instance sets the local_infile flag to off, so the server refuses LOAD DATA LOCAL statements. Following CIS, an instance where the flag is not set explicitly is treated as on and fails.',
      urgency: 'Medium: the flag is only dangerous together with SQL injection or a malicious client, but turning it off is a one-line change with no impact on normal queries.',
      risk: 'With local_infile on, LOAD DATA LOCAL lets the server ask the connecting client to send a local file. Combined with SQL injection or a rogue server, it has been used to read arbitrary files (configuration, credentials) from application hosts and to load attacker-controlled data into tables.',
      recommendation:
        'Set local_infile to off on every MySQL instance. Import data with Cloud SQL import (gcloud sql import csv / sql) from Cloud Storage instead of LOAD DATA LOCAL.',
    },
    ja: {
      description:
        'すべての Cloud SQL for MySQL インスタンスで local_infile フラグが off になっており、サーバーが LOAD DATA LOCAL ステートメントを拒否することを確認します。CIS に従い、フラグが明示的に設定されていないインスタンスは on とみなして不合格にします。',
      urgency: '緊急度は中程度です。SQL インジェクションや悪意あるクライアントと組み合わさった場合に危険になる設定ですが、off にしても通常のクエリには影響せず、変更も簡単です。',
      risk: 'local_infile が on だと、LOAD DATA LOCAL によってサーバーが接続元クライアントにローカルファイルの送信を要求できます。SQL インジェクションや不正なサーバーと組み合わせて、アプリケーションホスト上の任意のファイル（設定ファイルや認証情報など）の読み取りや、攻撃者が用意したデータのテーブルへの投入に悪用された事例があります。',
      recommendation:
        'すべての MySQL インスタンスで local_infile を off に設定してください。データの取り込みには LOAD DATA LOCAL ではなく、Cloud Storage からの Cloud SQL インポート（gcloud sql import csv / sql）を使用します。',
    },
  },
  references: ['https://dev.mysql.com/doc/refman/8.0/en/load-data-local-security.html'],
  requirement: {
    engine: 'MYSQL',
    flag: 'local_infile',
    defaultValue: 'on',
    accepts: booleanFlag('off'),
    expected: { en: 'off', ja: 'off' },
    fixValue: 'off',
  },
});
