import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-admin-accounts-separate',
  services: ['graph'],
  title: {
    en: 'Administrators use separate accounts for privileged work and not for daily operations',
    ja: '管理者は特権作業用に別のアカウントを使い、日常業務には使わない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.3.1'], 'mcsb-1.0': ['PA-1', 'PA-6'], 'nist-800-53-r5': ['AC-6(2)', 'AC-6(5)'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Confirm that every person with a privileged Entra ID or Azure role uses a dedicated, cloud-only admin account for that work, and that their everyday account (mail, browsing, chat) holds no privileged role. Whether two accounts belong to the same person cannot be read from the directory, so this is a manual check.',
      urgency: 'Review within weeks, and immediately for Global Administrators: phishing mail lands in the everyday mailbox.',
      risk: 'An admin account that also reads mail and browses the web is exposed to phishing links, malicious attachments and token theft many times a day. One successful lure then yields administrator rights over the tenant or subscriptions instead of an ordinary user\'s access.',
      recommendation:
        'Create separate, cloud-only admin accounts (no mailbox or Microsoft 365 licence), assign privileged roles only to them, preferably as PIM-eligible, protect them with phishing-resistant MFA and use them from privileged access workstations. Remove privileged roles from everyday accounts.',
      console: [
        'In the Microsoft Entra admin center, go to Entra ID > Roles & admins and review the members of privileged roles (or Identity Governance > Privileged Identity Management > Microsoft Entra roles).',
        'For each member, check whether the account is licensed for mail and used for daily work (Users > user > Licenses, sign-in logs).',
        'Create a dedicated admin account where needed, move the role assignment to it, and remove the role from the everyday account.',
      ],
    },
    ja: {
      description:
        '特権を持つ Entra ID または Azure ロールを持つすべての担当者が、その作業に専用のクラウド専用管理者アカウントを使い、日常業務用のアカウント（メール、Web 閲覧、チャット）には特権ロールがないことを確認します。2 つのアカウントが同一人物のものかはディレクトリから判断できないため、手動での確認になります。',
      urgency: '数週間以内に、グローバル管理者については直ちに確認してください。フィッシング メールは日常業務用のメールボックスに届きます。',
      risk: 'メールの閲覧や Web 閲覧にも使う管理者アカウントは、フィッシング リンク、悪意のある添付ファイル、トークン窃取に毎日何度もさらされます。1 回の誘導が成功すれば、一般ユーザーの権限ではなく、テナントやサブスクリプションの管理者権限が奪われます。',
      recommendation:
        'クラウド専用の管理者アカウント（メールボックスや Microsoft 365 ライセンスなし）を別に作成し、特権ロールはそのアカウントにのみ、できれば PIM の適格割り当てとして付与してください。フィッシング耐性のある MFA で保護し、特権アクセス ワークステーションから使います。日常業務用アカウントからは特権ロールを削除します。',
      console: [
        'Microsoft Entra 管理センターで [Entra ID] > [ロールと管理者]（または [ID ガバナンス] > [Privileged Identity Management] > [Microsoft Entra ロール]）を開き、特権ロールのメンバーを確認します。',
        '各メンバーについて、メールのライセンスがあり日常業務に使われているか（[ユーザー] > ユーザー > [ライセンス]、サインイン ログ）を確認します。',
        '必要に応じて専用の管理者アカウントを作成してロールの割り当てを移し、日常業務用アカウントからロールを削除します。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-planning',
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices',
  ],
});
