import { defineFlagRule } from '../database-flag.js';

export const rule = defineFlagRule({
  id: 'gcp-cloudsql-sqlserver-user-options-not-set',
  title: {
    en: "Cloud SQL for SQL Server instances do not configure the 'user options' flag",
    ja: 'Cloud SQL for SQL Server インスタンスで「user options」フラグが設定されていない',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['6.3.4'], 'nist-800-53-r5': ['CM-6'] },
  doc: {
    en: {
      description:
        "Checks that no Cloud SQL for SQL Server instance sets the 'user options' flag, which overrides the default SET options (ANSI_WARNINGS, ARITHABORT, XACT_ABORT, …) of every new session. Any value, including 0, fails: CIS asks for the flag not to be configured.",
      urgency: 'Low urgency: the effect depends on the options chosen, but it silently changes the behaviour of every session on the instance.',
      risk: 'Server-wide session defaults change how every application behaves, for example whether arithmetic errors abort a statement or whether a failing statement rolls back the transaction. This can hide errors, leave partial writes behind and makes the instance behave differently from what developers test against.',
      recommendation: "Remove the 'user options' flag and set the SET options an application needs in its own connection or session instead.",
    },
    ja: {
      description:
        'Cloud SQL for SQL Server インスタンスで、新しいセッションすべての既定の SET オプション（ANSI_WARNINGS、ARITHABORT、XACT_ABORT など）を上書きする「user options」フラグが設定されていないことを確認します。CIS はこのフラグを設定しないことを求めているため、0 を含めどの値でも不合格です。',
      urgency: '緊急度は低めです。影響は選択したオプションによりますが、インスタンス上のすべてのセッションの動作が気付かないうちに変わります。',
      risk: 'サーバー全体のセッション既定値は、算術エラーでステートメントを中断するか、失敗したステートメントでトランザクションをロールバックするかといった、すべてのアプリケーションの動作を変えます。エラーが隠れたり中途半端な書き込みが残ったりし、開発者がテストした環境とは異なる動作になります。',
      recommendation: '「user options」フラグを削除し、アプリケーションが必要とする SET オプションは各アプリケーションの接続やセッションで設定してください。',
    },
  },
  references: ['https://learn.microsoft.com/en-us/sql/database-engine/configure-windows/configure-the-user-options-server-configuration-option'],
  requirement: {
    engine: 'SQLSERVER',
    flag: 'user options',
    accepts: (_value, set) => !set,
    expected: { en: 'not configured', ja: '未設定' },
  },
});
