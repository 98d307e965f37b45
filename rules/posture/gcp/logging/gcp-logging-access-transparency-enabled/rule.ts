import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-logging-access-transparency-enabled',
  services: ['logging'],
  title: {
    en: 'Access Transparency is enabled for the organisation',
    ja: '組織でアクセスの透明性（Access Transparency）が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-gcp-5.0': ['2.15'],
    'nist-800-53-r5': ['AU-2', 'AU-12'],
  },
  doc: {
    en: {
      description:
        'Confirm that Access Transparency is enabled for the organisation, so that Google Cloud writes a log entry (with the justification) whenever Google personnel access your content. It is an organisation setting that the Google Cloud APIs mamori reads do not expose, so it stays a manual check.',
      urgency:
        'Plan it: access by Google staff is rare and contractually limited, but without these logs you cannot demonstrate it to auditors or include it in investigations. It also requires an eligible support plan or commitment, which may take time to arrange.',
      risk:
        'When Google support or engineering staff access your data (for example while handling a support case or an outage), no record reaches you. You cannot verify that the access matched a case you opened, answer regulators who require a record of provider access, or use Access Approval, which depends on Access Transparency.',
      recommendation:
        'Have an organisation administrator enable Access Transparency (the organisation needs an eligible support package or a qualifying commitment). Route the Access Transparency logs (logName ending in "accesstransparency") to your central log sink and alert on unexpected entries. Consider Access Approval (CIS 2.16) on top for explicit approval of each access.',
      console: [
        'In the Google Cloud console select a project in the organisation and open IAM & Admin > Settings.',
        'Click "Enable Access Transparency for Organization" (requires roles/axt.admin, the Access Transparency Admin role, at organisation level).',
        'If the button is not available, contact Google Cloud sales or support to check the eligibility of your billing account or support plan.',
        'Confirm in Logging > Logs Explorer at organisation level that Access Transparency log entries can be queried (logName:"accesstransparency").',
      ],
    },
    ja: {
      description:
        '組織でアクセスの透明性（Access Transparency）が有効になっており、Google の担当者がお客様のコンテンツにアクセスしたときに、その理由を含むログエントリが書き込まれることを確認します。これは組織の設定で、mamori が読み取る Google Cloud の API からは取得できないため、手動での確認になります。',
      urgency:
        '計画的に対応してください。Google の担当者によるアクセスはまれで契約上も制限されていますが、このログがないと監査人に示すことも調査に含めることもできません。対象となるサポートプランや契約が必要なため、準備に時間がかかる場合があります。',
      risk:
        'Google のサポートやエンジニアリングの担当者がデータにアクセスしても（サポートケースや障害対応の際など）、その記録がお客様に届きません。アクセスが自社で起票したケースに対応するものか検証できず、クラウド事業者によるアクセスの記録を求める規制当局にも回答できず、アクセスの透明性を前提とするアクセス承認（Access Approval）も利用できません。',
      recommendation:
        '組織の管理者がアクセスの透明性を有効にしてください（対象となるサポート パッケージまたは契約が必要です）。アクセスの透明性のログ（logName が "accesstransparency" で終わるもの）を中央のログシンクに送り、想定外のエントリにアラートを設定してください。アクセスごとに明示的な承認を求める場合は、アクセス承認（CIS 2.16）も検討してください。',
      console: [
        'Google Cloud コンソールで組織内のプロジェクトを選択し、[IAM と管理] > [設定] を開きます。',
        '[組織のアクセスの透明性を有効にする] をクリックします（組織レベルで Access Transparency 管理者ロール roles/axt.admin が必要です）。',
        'ボタンが表示されない場合は、Google Cloud の営業担当またはサポートに請求先アカウントやサポートプランが対象かを確認します。',
        '組織レベルの [ロギング] > [ログ エクスプローラ] で、アクセスの透明性のログ（logName:"accesstransparency"）を検索できることを確認します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/assured-workloads/access-transparency/docs/overview',
    'https://cloud.google.com/assured-workloads/access-transparency/docs/enable',
    'https://cloud.google.com/assured-workloads/access-transparency/docs/reading-logs',
  ],
});
