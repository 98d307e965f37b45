import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-logging-workspace-audit-log-sharing',
  services: ['logging'],
  title: {
    en: 'Google Workspace / Cloud Identity audit logs are shared with Google Cloud',
    ja: 'Google Workspace / Cloud Identity の監査ログが Google Cloud と共有されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['2.2'],
    'nist-800-53-r5': ['AU-2', 'AU-6(3)', 'AU-12'],
    'pci-dss-4.0': ['10.2.1.2'],
  },
  doc: {
    en: {
      description:
        'Confirm that data sharing with Google Cloud is enabled in the Google Admin console, so the Admin, Login, Groups (and, depending on the edition, OAuth and SAML) audit logs of Google Workspace or Cloud Identity appear in Cloud Logging at organisation level. This setting lives in the Workspace / Cloud Identity account and is not exposed by the Google Cloud APIs mamori reads, so it stays a manual check.',
      urgency:
        'Fix within the month: identities are managed in Workspace / Cloud Identity, so sign-ins, new admins and group changes that grant Google Cloud access are invisible to Cloud Logging alerts and sinks until this is on.',
      risk:
        'An attacker who takes over an administrator adds themselves to a group that holds Google Cloud roles, creates a new user or disables 2-step verification. These events are recorded only in the Admin console, with its own retention, and are missing from the central log export, SIEM and alerting built on Cloud Logging, so the Google Cloud part of the incident cannot be tied to how the attacker got in.',
      recommendation:
        'Have a super administrator enable "Sharing options" for Google Cloud in the Admin console. Include the resulting organisation-level Workspace audit logs in your aggregated sink and alerting, and check the edition: OAuth, SAML and Access Transparency events are shared only with the higher editions.',
      console: [
        'Sign in to the Google Admin console (admin.google.com) with a super administrator account.',
        'Go to Menu > Account > Account settings > Legal and compliance.',
        'Click "Sharing options", select "Enabled" and click Save.',
        'In the Google Cloud console, select the organisation, open Logging > Logs Explorer and confirm that entries from the Google Workspace audit logs (for example logName containing "cloudaudit.googleapis.com" with protoPayload.serviceName="admin.googleapis.com" or "login.googleapis.com") arrive.',
      ],
    },
    ja: {
      description:
        'Google 管理コンソールで Google Cloud とのデータ共有が有効になっており、Google Workspace または Cloud Identity の管理・ログイン・グループ（エディションによっては OAuth と SAML も）の監査ログが組織レベルで Cloud Logging に表示されることを確認します。この設定は Workspace / Cloud Identity のアカウント側にあり、mamori が読み取る Google Cloud の API からは取得できないため、手動での確認になります。',
      urgency:
        '1 か月以内に対応してください。ID は Workspace / Cloud Identity で管理されているため、これが有効になるまでは、サインインや管理者の追加、Google Cloud へのアクセスを与えるグループの変更が Cloud Logging のアラートやシンクから見えません。',
      risk:
        '管理者アカウントを乗っ取った攻撃者は、Google Cloud のロールを持つグループに自分を追加したり、新しいユーザーを作成したり、2 段階認証プロセスを無効にしたりします。これらのイベントは独自の保持期間を持つ管理コンソールにしか記録されず、Cloud Logging を基盤とする中央のログエクスポート・SIEM・アラートには届かないため、Google Cloud で起きたことと侵入経路を結び付けられません。',
      recommendation:
        '特権管理者が管理コンソールで Google Cloud の「共有オプション」を有効にしてください。その結果として組織レベルに記録される Workspace の監査ログを集約シンクとアラートの対象に含め、エディションも確認してください（OAuth・SAML・アクセスの透明性のイベントは上位エディションでのみ共有されます）。',
      console: [
        '特権管理者のアカウントで Google 管理コンソール（admin.google.com）にログインします。',
        'メニュー > [アカウント] > [アカウント設定] > [法とコンプライアンス] に移動します。',
        '[共有オプション] をクリックし、[有効] を選択して [保存] をクリックします。',
        'Google Cloud コンソールで組織を選択し、[ロギング] > [ログ エクスプローラ] で Google Workspace の監査ログのエントリ（例: protoPayload.serviceName が "admin.googleapis.com" や "login.googleapis.com" のもの）が届いていることを確認します。',
      ],
    },
  },
  references: [
    'https://support.google.com/a/answer/9320190',
    'https://cloud.google.com/logging/docs/audit/configure-gsuite-audit-logs',
    'https://cloud.google.com/logging/docs/audit/gsuite-audit-logging',
  ],
});
