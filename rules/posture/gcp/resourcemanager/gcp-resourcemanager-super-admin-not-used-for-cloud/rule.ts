import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-resourcemanager-super-admin-not-used-for-cloud',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Super admin accounts are not used for day-to-day Google Cloud administration',
    ja: '特権管理者アカウントが日常的な Google Cloud の管理に使われていない',
  },
  severity: 'HIGH',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.1.2'],
    'nist-800-53-r5': ['AC-6(2)', 'AC-6(5)'],
  },
  doc: {
    en: {
      description:
        'Confirm that Cloud Identity / Google Workspace super admin accounts are not used to administer Google Cloud: they should hold no routine IAM grants on the organization, folders or projects beyond what recovery needs, and Google Cloud administration should be done through groups such as gcp-organization-admins. Whether an account is a super admin is only visible in the Google Admin console, so this is a manual check.',
      urgency: 'Review this quarter: the exposure grows with every session in which a super admin account is used for routine work.',
      risk: 'A super admin can grant itself any role on the organization, reset other administrators, and bypass most controls. Using it for everyday Cloud work exposes that all-powerful credential to phishing, session theft and malware on workstations far more often than necessary; a single compromise then affects the whole identity tenant, not just Google Cloud.',
      recommendation:
        'Create a Google group for organization administrators (for example gcp-organization-admins@) with the Organization Administrator role, and administer Google Cloud through its members\' normal accounts. Reserve super admin accounts for break-glass and identity-tenant tasks, protect them with security keys, and monitor their sign-ins. Remove routine IAM grants held directly by super admin accounts.',
      console: [
        'In the Google Admin console, open Account > Admin roles > Super Admin > Admins and note the super admin accounts.',
        'In the Google Cloud console, open IAM & Admin > IAM with the organization selected, and search for each super admin account.',
        'Move their routine roles to a group such as gcp-organization-admins@ and remove the direct grants from the super admin accounts.',
        'Check Logging > Logs Explorer (Admin Activity audit logs) for recent Cloud operations performed by super admin accounts.',
      ],
    },
    ja: {
      description:
        'Cloud Identity / Google Workspace の特権管理者アカウントが Google Cloud の管理に使われていないことを確認します。組織、フォルダ、プロジェクトに対して、復旧に必要な範囲を超える日常的な IAM 付与を持たず、Google Cloud の管理は gcp-organization-admins などのグループを通じて行うべきです。アカウントが特権管理者かどうかは Google 管理コンソールでしか確認できないため、手動での確認になります。',
      urgency: '今四半期中に見直してください。特権管理者アカウントを日常業務に使うたびに露出が増えていきます。',
      risk: '特権管理者は組織上の任意のロールを自分に付与し、ほかの管理者をリセットし、ほとんどの制御を回避できます。日常の Cloud 作業に使うと、この万能の認証情報がフィッシング、セッションの窃取、端末のマルウェアに必要以上にさらされ、1 回の侵害が Google Cloud だけでなく ID テナント全体に及びます。',
      recommendation:
        '組織管理者用の Google グループ（例: gcp-organization-admins@）を作成して組織の管理者ロールを付与し、Google Cloud の管理はそのメンバーの通常のアカウントで行ってください。特権管理者アカウントは緊急時と ID テナントの作業専用とし、セキュリティキーで保護してログインを監視します。特権管理者アカウントに直接付与された日常的な IAM ロールは削除してください。',
      console: [
        'Google 管理コンソールで「アカウント」>「管理者ロール」>「特権管理者」>「管理者」を開き、特権管理者アカウントを確認します。',
        'Google Cloud コンソールで組織を選択して「IAM と管理」>「IAM」を開き、各特権管理者アカウントを検索します。',
        '日常的なロールは gcp-organization-admins@ などのグループに移し、特権管理者アカウントへの直接の付与を削除します。',
        '「ロギング」>「ログ エクスプローラ」（管理アクティビティ監査ログ）で、特権管理者アカウントが最近行った Cloud の操作を確認します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/super-admin-best-practices',
    'https://cloud.google.com/docs/enterprise/best-practices-for-enterprise-organizations#define_roles_and_groups',
  ],
});
