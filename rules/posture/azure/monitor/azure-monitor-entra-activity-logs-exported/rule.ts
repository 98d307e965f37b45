import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-entra-activity-logs-exported',
  services: ['graph'],
  title: {
    en: 'A Microsoft Entra diagnostic setting sends audit and sign-in logs to a destination',
    ja: 'Microsoft Entra の診断設定で監査ログとサインイン ログを送信先に送っている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: {
    'cis-azure-6.0': ['6.1.1.8'],
    'mcsb-1.0': ['LT-3', 'LT-5'],
    'nist-800-53-r5': ['AU-2', 'AU-6', 'AU-11', 'AU-12', 'SI-4'],
    'pci-dss-4.0': ['10.2.1', '10.2.1.2', '10.5.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that Microsoft Entra ID has a diagnostic setting that exports AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs, ManagedIdentitySignInLogs, ProvisioningLogs, RiskyUsers, UserRiskEvents, RiskyServicePrincipals and ServicePrincipalRiskEvents to a Log Analytics workspace, storage account or event hub. Reading tenant diagnostic settings needs a Global Administrator or Security Administrator, which mamori\'s reader permissions do not include, so this is a manual check.',
      urgency:
        'High urgency: Microsoft Entra ID keeps sign-in and audit logs for only 30 days (7 without a P1/P2 licence); identity attacks are the most common way into Azure, and their evidence expires first.',
      risk: 'Password spraying, token theft, MFA fatigue and consent phishing all show up only in Entra sign-in and audit logs. Without an export they expire after 30 days, cannot be correlated with the Activity Log or resource logs, and no analytics rule can alert on an impossible-travel sign-in or a new credential added to a service principal.',
      recommendation:
        'In the Microsoft Entra admin center, add a diagnostic setting that sends every sign-in, audit, provisioning and risk category to the central Log Analytics workspace used by Microsoft Sentinel, and to an immutable storage account for long retention. Keep the number of people who can change tenant diagnostic settings small.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Security Administrator.',
        'Open "Identity" > "Monitoring & health" > "Diagnostic settings" and click "+ Add diagnostic setting" (or "Edit setting").',
        'Check AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs, ManagedIdentitySignInLogs, ProvisioningLogs and the risk categories.',
        'Select the destination (Log Analytics workspace, storage account or event hub) and click "Save".',
      ],
    },
    ja: {
      description:
        'Microsoft Entra ID に、AuditLogs、SignInLogs、NonInteractiveUserSignInLogs、ServicePrincipalSignInLogs、ManagedIdentitySignInLogs、ProvisioningLogs、RiskyUsers、UserRiskEvents、RiskyServicePrincipals、ServicePrincipalRiskEvents を Log Analytics ワークスペース、ストレージ アカウント、イベント ハブのいずれかにエクスポートする診断設定があることを確認します。テナントの診断設定を読み取るにはグローバル管理者かセキュリティ管理者が必要で、mamori の閲覧者権限には含まれないため、手動での確認になります。',
      urgency:
        '緊急度は高めです。Microsoft Entra ID はサインイン ログと監査ログを 30 日間（P1/P2 ライセンスがなければ 7 日間）しか保持しません。ID への攻撃は Azure への最も一般的な侵入経路であり、その証拠が真っ先に消えていきます。',
      risk: 'パスワード スプレー、トークン窃取、MFA 疲労攻撃、同意フィッシングは、いずれも Entra のサインイン ログと監査ログにしか現れません。エクスポートしていないと 30 日で消え、アクティビティ ログやリソース ログとの相関もできず、ありえない移動を伴うサインインやサービス プリンシパルへの資格情報の追加をアラートにする分析ルールも作れません。',
      recommendation:
        'Microsoft Entra 管理センターで、すべてのサインイン、監査、プロビジョニング、リスクのカテゴリを Microsoft Sentinel が使う集約先の Log Analytics ワークスペースに、長期保管のために不変ストレージのストレージ アカウントにも送る診断設定を追加してください。テナントの診断設定を変更できる人は最小限にしてください。',
      console: [
        'セキュリティ管理者以上の権限で Microsoft Entra 管理センターにサインインします。',
        '「ID」>「監視と正常性」>「診断設定」を開き、「+ 診断設定を追加する」（または「設定の編集」）をクリックします。',
        'AuditLogs、SignInLogs、NonInteractiveUserSignInLogs、ServicePrincipalSignInLogs、ManagedIdentitySignInLogs、ProvisioningLogs とリスク関連のカテゴリをオンにします。',
        '送信先（Log Analytics ワークスペース、ストレージ アカウント、イベント ハブ）を選択し、「保存」をクリックします。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/howto-configure-diagnostic-settings',
    'https://learn.microsoft.com/en-us/entra/identity/monitoring-health/reference-reports-data-retention',
  ],
});
