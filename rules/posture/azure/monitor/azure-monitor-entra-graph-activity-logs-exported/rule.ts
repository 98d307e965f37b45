import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-entra-graph-activity-logs-exported',
  services: ['graph'],
  title: {
    en: 'A Microsoft Entra diagnostic setting sends Microsoft Graph activity logs to a destination',
    ja: 'Microsoft Entra の診断設定で Microsoft Graph アクティビティ ログを送信先に送っている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-azure-6.0': ['6.1.1.7'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-2', 'AU-12', 'SI-4'],
  },
  doc: {
    en: {
      description:
        'Confirm that Microsoft Entra ID has a diagnostic setting that sends the MicrosoftGraphActivityLogs category to a Log Analytics workspace, storage account or event hub. Tenant diagnostic settings live in the Microsoft Entra admin center (microsoft.aadiam) and need a Global Administrator or Security Administrator to read, which mamori\'s reader permissions do not include, so this is a manual check.',
      urgency:
        'Medium urgency: Graph activity logs are the only record of what an application or token actually read through Microsoft Graph; without them, data theft through a consented app cannot be scoped.',
      risk: 'A malicious or compromised application with Mail.Read, Files.Read.All or Directory.Read.All can harvest mailboxes, files and the directory through Microsoft Graph. Sign-in logs show only that a token was issued; without Graph activity logs nobody can say which mailboxes or files were read, and bulk enumeration raises no alert.',
      recommendation:
        'In the Microsoft Entra admin center, add a diagnostic setting that sends MicrosoftGraphActivityLogs to the central Log Analytics workspace (Microsoft Sentinel) and, if needed for retention, to a storage account. Estimate the volume first: Graph activity logs can be large in big tenants, and the feature requires a Microsoft Entra ID P1 or P2 licence.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Security Administrator.',
        'Open "Identity" > "Monitoring & health" > "Diagnostic settings" and click "+ Add diagnostic setting".',
        'Check "MicrosoftGraphActivityLogs" and select the destination (Log Analytics workspace, storage account or event hub).',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Microsoft Entra ID に、MicrosoftGraphActivityLogs カテゴリを Log Analytics ワークスペース、ストレージ アカウント、イベント ハブのいずれかに送る診断設定があることを確認します。テナントの診断設定は Microsoft Entra 管理センター（microsoft.aadiam）にあり、読み取るにはグローバル管理者かセキュリティ管理者が必要で、mamori の閲覧者権限には含まれないため、手動での確認になります。',
      urgency:
        '緊急度は中程度です。Graph アクティビティ ログは、アプリケーションやトークンが Microsoft Graph を通じて実際に何を読んだかを示す唯一の記録です。これがないと、同意済みアプリ経由のデータ窃取の範囲を特定できません。',
      risk: 'Mail.Read、Files.Read.All、Directory.Read.All を持つ悪意ある、または侵害されたアプリケーションは、Microsoft Graph を通じてメールボックス、ファイル、ディレクトリの情報を収集できます。サインイン ログにはトークンが発行されたことしか残らず、Graph アクティビティ ログがなければ、どのメールボックスやファイルが読まれたかを誰も示せず、大量の列挙もアラートになりません。',
      recommendation:
        'Microsoft Entra 管理センターで、MicrosoftGraphActivityLogs を集約先の Log Analytics ワークスペース（Microsoft Sentinel）に、保持のために必要であればストレージ アカウントにも送る診断設定を追加してください。大規模なテナントではログ量が多くなるため事前に見積もってください。この機能には Microsoft Entra ID P1 または P2 ライセンスが必要です。',
      console: [
        'セキュリティ管理者以上の権限で Microsoft Entra 管理センターにサインインします。',
        '「ID」>「監視と正常性」>「診断設定」を開き、「+ 診断設定を追加する」をクリックします。',
        '「MicrosoftGraphActivityLogs」をオンにし、送信先（Log Analytics ワークスペース、ストレージ アカウント、イベント ハブ）を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/graph/microsoft-graph-activity-logs-overview',
    'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/howto-configure-diagnostic-settings',
  ],
});
