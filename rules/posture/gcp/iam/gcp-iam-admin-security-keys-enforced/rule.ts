import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-iam-admin-security-keys-enforced',
  services: ['iam'],
  title: {
    en: 'Security key enforcement is enabled for all admin accounts',
    ja: 'すべての管理者アカウントでセキュリティキーが強制されている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.4'],
    'nist-800-53-r5': ['IA-2(1)', 'IA-2(8)'],
    'pci-dss-4.0': ['8.4.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that accounts with administrative access (Organization Administrator, Owner on production, super admins, and similar) must sign in with a hardware security key or passkey: 2-Step Verification methods set to "Only security key" for the organizational unit or group containing them. This setting lives in the Google Admin console, which mamori does not read, so this is a manual check.',
      urgency: 'Review this quarter: admin accounts are the first target of phishing campaigns, and codes by SMS or app can be phished in real time.',
      risk: 'One-time codes and push prompts can be relayed by adversary-in-the-middle phishing kits, letting an attacker take over an administrator session despite MFA. Administrator accounts control IAM and organization policies, so a single phished session can compromise the whole organization.',
      recommendation:
        'Put administrators in a dedicated organizational unit or configuration group, set its 2-Step Verification methods to "Only security key", issue at least two FIDO2 security keys (or passkeys) per administrator, and keep backup codes in a break-glass procedure.',
      console: [
        'In the Google Admin console, create (or identify) the organizational unit or group that holds admin accounts.',
        'Open Security > Authentication > 2-step verification and select that unit or group.',
        'Set "Enforcement" to "On" and "Methods" to "Only security key", set a suspension grace period, and save.',
        'Check under Reporting > User reports > Security that each admin has enrolled security keys.',
      ],
    },
    ja: {
      description:
        '管理権限を持つアカウント（組織の管理者、本番環境のオーナー、特権管理者など）が、ハードウェアのセキュリティキーまたはパスキーでのログインを必須とされていること、つまり該当する組織部門やグループの 2 段階認証プロセスの方法が「セキュリティ キーのみ」になっていることを確認します。この設定は Google 管理コンソールにあり mamori では読み取らないため、手動での確認になります。',
      urgency: '今四半期中に見直してください。管理者アカウントはフィッシングの最初の標的であり、SMS やアプリの確認コードはリアルタイムに詐取され得ます。',
      risk: 'ワンタイムコードやプッシュ通知は中間者型のフィッシングキットで中継でき、MFA があっても管理者のセッションを乗っ取られます。管理者アカウントは IAM と組織ポリシーを管理するため、フィッシングされたセッション 1 つで組織全体が侵害され得ます。',
      recommendation:
        '管理者を専用の組織部門または構成グループにまとめ、2 段階認証プロセスの方法を「セキュリティ キーのみ」に設定してください。管理者 1 人につき少なくとも 2 本の FIDO2 セキュリティキー（またはパスキー）を配布し、バックアップコードは緊急時アクセス（break-glass）の手順の中で保管します。',
      console: [
        'Google 管理コンソールで、管理者アカウントをまとめる組織部門またはグループを作成（または特定）します。',
        '「セキュリティ」>「認証」>「2 段階認証プロセス」を開き、その組織部門またはグループを選択します。',
        '「適用」を「オン」、「方法」を「セキュリティ キーのみ」に設定し、停止までの猶予期間を設定して保存します。',
        '「レポート」>「ユーザーレポート」>「セキュリティ」で、各管理者がセキュリティキーを登録していることを確認します。',
      ],
    },
  },
  references: [
    'https://support.google.com/a/answer/9176657',
    'https://cloud.google.com/security-key',
    'https://cloud.google.com/resource-manager/docs/super-admin-best-practices',
  ],
});
