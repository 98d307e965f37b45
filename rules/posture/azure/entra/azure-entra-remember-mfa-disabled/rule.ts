import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-remember-mfa-disabled',
  services: ['graph'],
  title: {
    en: '"Remember multifactor authentication on trusted devices" is disabled',
    ja: '「信頼済みデバイスで多要素認証を記憶する」が無効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.1.4'], 'mcsb-1.0': ['IM-6'], 'nist-800-53-r5': ['IA-2(1)'], 'pci-dss-4.0': ['8.4.2'] },
  doc: {
    en: {
      description:
        'Confirm that the legacy per-user MFA service setting "Allow users to remember multifactor authentication on devices they trust" is turned off. The setting is only shown in the legacy multifactor authentication portal and is not exposed by Microsoft Graph v1.0, so this is a manual check.',
      urgency: 'Review within weeks: it weakens MFA only after a device or browser session is compromised, but then it removes the second factor for up to 365 days.',
      risk: 'With the option on, a user who ticks "Don\'t ask again" is not prompted for MFA on that browser or device for the configured number of days. Malware or anyone who obtains that browser profile or persistent cookie can then sign in with the password alone.',
      recommendation:
        'Turn the option off. Control how often users re-authenticate with Conditional Access session controls (sign-in frequency, persistent browser session) instead, which can be scoped to managed devices and risk levels.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least an Authentication Policy Administrator.',
        'Go to Entra ID > Users > "Per-user MFA", then select "Service settings" in the legacy multifactor authentication page.',
        'Under "remember multi-factor authentication on trusted device", clear "Allow users to remember multi-factor authentication on devices they trust".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        '従来のユーザーごとの MFA のサービス設定「ユーザーが信頼済みデバイスで多要素認証を記憶できるようにする」が無効になっていることを確認します。この設定は従来の多要素認証ポータルにのみ表示され、Microsoft Graph v1.0 では取得できないため、手動での確認になります。',
      urgency: '数週間以内に確認してください。デバイスやブラウザー セッションが侵害されて初めて MFA を弱めるものですが、その場合は最長 365 日間、第 2 要素が不要になります。',
      risk: 'このオプションが有効だと、「今後表示しない」を選んだユーザーは、設定された日数の間そのブラウザーやデバイスで MFA を求められません。マルウェアや、そのブラウザー プロファイルや永続 Cookie を入手した人は、パスワードだけでサインインできます。',
      recommendation:
        'このオプションを無効にしてください。再認証の頻度は、代わりに条件付きアクセスのセッション制御（サインインの頻度、永続的なブラウザー セッション）で管理します。こちらは管理対象デバイスやリスク レベルに応じて適用できます。',
      console: [
        '少なくとも認証ポリシー管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ユーザー] > [ユーザーごとの MFA] に移動し、従来の多要素認証ページで [サービス設定] を選択します。',
        '[信頼済みデバイスで多要素認証を記憶する] で [ユーザーが信頼済みデバイスで多要素認証を記憶できるようにする] をオフにします。',
        '[保存] を選択します。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-mfasettings#remember-multifactor-authentication',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/concepts-conditional-access-session#sign-in-frequency',
  ],
});
