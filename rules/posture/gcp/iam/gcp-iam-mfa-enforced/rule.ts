import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-iam-mfa-enforced',
  services: ['iam'],
  title: {
    en: 'Multi-factor authentication is enforced for all non-service accounts',
    ja: 'サービスアカウント以外のすべてのアカウントで多要素認証が強制されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: {
    'cis-gcp-5.0': ['1.3'],
    'nist-800-53-r5': ['IA-2(1)', 'IA-2(2)'],
    'pci-dss-4.0': ['8.4.1', '8.4.2'],
  },
  doc: {
    en: {
      description:
        'Confirm that 2-Step Verification is enforced (not merely allowed) for every user who can access Google Cloud, in Cloud Identity / Google Workspace or in the federated identity provider. Enrollment and enforcement settings are held by the Google Admin console or the IdP, which mamori does not read, so this is a manual check.',
      urgency: 'Review promptly: a password alone is the most common way cloud accounts are taken over.',
      risk: 'Without enforced MFA, a phished, guessed or reused password is enough to sign in to the Google Cloud console and APIs with all of the user\'s roles. Google Cloud also requires MFA for console access progressively; accounts without it risk both compromise and lock-out.',
      recommendation:
        'In the Admin console, enforce 2-Step Verification for all organizational units (with a short enrollment period for new users), prefer security keys or passkeys over SMS, and monitor enrollment. If users sign in through SSO, enforce MFA in the IdP for the Google application.',
      console: [
        'Sign in to the Google Admin console (admin.google.com) as an administrator.',
        'Open Security > Authentication > 2-step verification.',
        'Select the top organizational unit, tick "Allow users to turn on 2-Step Verification", set "Enforcement" to "On", choose the allowed methods (preferably "Only security key" or "Any except verification codes via text, phone call"), and save.',
        'Open Reporting > User reports > Security to check every user is enrolled.',
      ],
    },
    ja: {
      description:
        'Google Cloud にアクセスできるすべてのユーザーに対して、Cloud Identity / Google Workspace またはフェデレーション先の ID プロバイダで、2 段階認証プロセスが（許可されているだけでなく）強制されていることを確認します。登録状況と強制の設定は Google 管理コンソールまたは IdP にあり mamori では読み取らないため、手動での確認になります。',
      urgency: '早急に確認してください。パスワードだけの認証は、クラウドのアカウントが乗っ取られる最も多い原因です。',
      risk: 'MFA が強制されていないと、フィッシング、推測、使い回しで得たパスワードだけで、ユーザーのすべてのロールを使って Google Cloud コンソールや API にログインできてしまいます。Google Cloud はコンソールへのアクセスに MFA を段階的に必須化しているため、未設定のアカウントは侵害とロックアウトの両方のリスクを抱えます。',
      recommendation:
        '管理コンソールで、すべての組織部門に 2 段階認証プロセスを強制し（新規ユーザーには短い登録期間を設けます）、SMS よりもセキュリティキーやパスキーを優先して、登録状況を監視してください。SSO でログインしている場合は、IdP 側で Google アプリケーションに MFA を強制してください。',
      console: [
        'Google 管理コンソール（admin.google.com）に管理者でログインします。',
        '「セキュリティ」>「認証」>「2 段階認証プロセス」を開きます。',
        '最上位の組織部門を選び、「ユーザーが 2 段階認証プロセスを有効にできるようにする」をオンにし、「適用」を「オン」にして、許可する方法（できれば「セキュリティ キーのみ」または「テキスト メッセージや電話による確認コード以外のすべて」）を選んで保存します。',
        '「レポート」>「ユーザーレポート」>「セキュリティ」で、すべてのユーザーが登録済みであることを確認します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/docs/authentication/mfa-requirement',
    'https://support.google.com/a/answer/9176657',
    'https://cloud.google.com/identity/docs/how-to/enforce-2sv',
  ],
});
