import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-guest-users-reviewed',
  services: ['graph'],
  title: {
    en: 'Guest users are reviewed regularly',
    ja: 'ゲスト ユーザーが定期的にレビューされている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.3.2'], 'mcsb-1.0': ['PA-4'], 'nist-800-53-r5': ['AC-2', 'AC-2(3)'], 'pci-dss-4.0': ['7.2.4', '8.2.6'] },
  doc: {
    en: {
      description:
        'Confirm that guest accounts are reviewed on a schedule (for example quarterly access reviews of all guests, or of guests in each group and app), that guests who no longer need access or have not signed in for a long time are removed, and that guests hold no administrative roles. Whether a review process exists and is followed is not visible in the configuration, so this is a manual check.',
      urgency: 'Set up the review within weeks; the longer guests go unreviewed, the more stale access accumulates.',
      risk: 'Guests are invited for a project and rarely removed when it ends. Their home accounts are secured by another organisation, so a departed partner employee or a compromised partner tenant keeps access to your Teams, SharePoint, apps and any Azure roles granted to them.',
      recommendation:
        'Create a recurring access review for guest users (Identity Governance > Access reviews) with automatic removal of denied or unresponsive guests, block sign-in and delete guests inactive for 90 days, and remove any privileged role held by a guest.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least an Identity Governance Administrator.',
        'Go to Entra ID > Users > All users, filter "User type" = Guest, and add the "Last sign-in" column to spot inactive guests.',
        'Go to Identity Governance > Access reviews > "New access review", review "Guest users only" across Microsoft 365 groups or "All users" of the tenant, recurring quarterly, with "Auto apply results" and "If reviewers don\'t respond: Remove access".',
        'Go to Entra ID > Roles & admins and remove any role held by a guest.',
      ],
    },
    ja: {
      description:
        'ゲスト アカウントが定期的に（例: 全ゲスト、またはグループやアプリごとのゲストを四半期ごとのアクセス レビューで）レビューされ、アクセスが不要になったゲストや長期間サインインしていないゲストが削除され、ゲストが管理者ロールを持っていないことを確認します。レビューの仕組みがあり運用されているかは構成から判断できないため、手動での確認になります。',
      urgency: '数週間以内にレビューを設定してください。レビューされない期間が長いほど、不要なアクセス権が蓄積します。',
      risk: 'ゲストはプロジェクトのために招待され、終了しても削除されることはまれです。ホーム アカウントは他組織が管理しているため、退職した取引先の社員や侵害された取引先テナントが、Teams、SharePoint、アプリ、付与された Azure ロールへのアクセスを持ち続けます。',
      recommendation:
        'ゲスト ユーザーを対象とする定期的なアクセス レビュー（[ID ガバナンス] > [アクセス レビュー]）を作成し、拒否された、または応答のないゲストを自動的に削除してください。90 日間非アクティブなゲストはサインインをブロックして削除し、ゲストが持つ特権ロールはすべて削除します。',
      console: [
        '少なくとも ID ガバナンス管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ユーザー] > [すべてのユーザー] で「ユーザーの種類」= ゲスト で絞り込み、[最終サインイン] 列を追加して非アクティブなゲストを確認します。',
        '[ID ガバナンス] > [アクセス レビュー] > [新しいアクセス レビュー] で、「ゲスト ユーザーのみ」を対象に四半期ごとのレビューを作成し、[結果を自動適用] と [レビュー担当者が応答しない場合: アクセスを削除] を設定します。',
        '[Entra ID] > [ロールと管理者] で、ゲストが持つロールを削除します。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/id-governance/manage-guest-access-with-access-reviews',
    'https://learn.microsoft.com/en-us/entra/identity/users/clean-up-stale-guest-accounts',
  ],
});
