import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-resourcemanager-super-admin-email-not-single-user',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Super admin email addresses are not tied to a single person',
    ja: '特権管理者のメールアドレスが特定の 1 人に結び付いていない',
  },
  severity: 'HIGH',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.1.1'],
    'nist-800-53-r5': ['AC-2', 'CP-2'],
  },
  doc: {
    en: {
      description:
        'Confirm that the Cloud Identity / Google Workspace super admin accounts that control the Google Cloud organization are not the day-to-day account of one employee, and that their recovery email and phone do not lead to a single person. Super admin assignments live in the Google Admin console (Admin SDK), which mamori does not read, so this is a manual check.',
      urgency: 'Review this quarter: it does not expose anything by itself, but it decides whether you can recover the organization when that person leaves or is unavailable.',
      risk: 'If the only super admin is a personal employee account, the organization depends on that person: when they leave, are unreachable during an incident, or their account is compromised, nobody else can restore access, reset administrators or recover the organization node. A recovery address pointing to a personal mailbox lets that person (or whoever takes over that mailbox) reclaim super admin access.',
      recommendation:
        'Keep two or more dedicated super admin accounts (for example admin-1@, admin-2@), used for nothing else, protected with security keys, with recovery options set to a role-based address controlled by more than one person. Store their credentials in a break-glass procedure and review the list of super admins regularly.',
      console: [
        'Sign in to the Google Admin console (admin.google.com) as a super admin.',
        'Open Account > Admin roles > Super Admin > Admins and review who holds the role.',
        'For each super admin, open the user and check Security > Recovery information: the recovery email and phone must not belong to one individual.',
        'Create dedicated super admin accounts if needed, assign them the Super Admin role, and remove the role from personal day-to-day accounts.',
      ],
    },
    ja: {
      description:
        'Google Cloud の組織を管理する Cloud Identity / Google Workspace の特権管理者アカウントが、特定の従業員が日常的に使うアカウントになっていないこと、そして再設定用のメールアドレスや電話番号が特定の 1 人につながっていないことを確認します。特権管理者の割り当ては Google 管理コンソール（Admin SDK）にあり mamori では読み取らないため、手動での確認になります。',
      urgency: '今四半期中に見直してください。それ自体で何かが露出するわけではありませんが、その人が退職したり不在だったりしたときに組織を復旧できるかどうかを左右します。',
      risk: '唯一の特権管理者が従業員個人のアカウントだと、組織がその人に依存します。退職、インシデント中の連絡不能、アカウントの侵害が起きると、ほかの誰も管理者のリセットや組織ノードの復旧ができません。再設定用アドレスが個人のメールボックスなら、その人（またはそのメールボックスを乗っ取った人）が特権管理者の権限を取り戻せてしまいます。',
      recommendation:
        '特権管理者専用のアカウントを 2 つ以上用意し（例: admin-1@、admin-2@）、ほかの用途には使わず、セキュリティキーで保護してください。再設定用の連絡先は複数人で管理する役割ベースのアドレスにします。認証情報は緊急時アクセス（break-glass）の手順の中で保管し、特権管理者の一覧を定期的に見直してください。',
      console: [
        'Google 管理コンソール（admin.google.com）に特権管理者でログインします。',
        '「アカウント」>「管理者ロール」>「特権管理者」>「管理者」で、ロールを持つユーザーを確認します。',
        '各特権管理者のユーザーを開き、「セキュリティ」>「再設定情報」で、再設定用のメールアドレスと電話番号が 1 人の個人のものでないことを確認します。',
        '必要に応じて専用の特権管理者アカウントを作成して特権管理者ロールを割り当て、日常用の個人アカウントからはロールを外します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/super-admin-best-practices',
    'https://support.google.com/a/answer/9011373',
  ],
});
