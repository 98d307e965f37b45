import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-iam-corporate-login-credentials',
  services: ['iam'],
  title: {
    en: 'Corporate login credentials are used instead of personal accounts',
    ja: '個人アカウントではなく企業のログイン認証情報が使われている',
  },
  severity: 'HIGH',
  urgency: 'medium',
  frameworks: {
    'cis-gcp-5.0': ['1.2'],
    'nist-800-53-r5': ['AC-2', 'IA-2', 'IA-4'],
    'pci-dss-4.0': ['8.2.1', '8.2.2'],
  },
  doc: {
    en: {
      description:
        "Confirm that everyone who accesses Google Cloud signs in with a corporate identity managed in Cloud Identity or Google Workspace (or federated from your identity provider), and that identity lifecycle (joiner, mover, leaver) is driven by your HR and IdP processes. mamori automatically flags personal Gmail and outside-domain members in project IAM policies (rule gcp-iam-no-external-members); this manual item covers the rest: that all corporate domains are verified in Cloud Identity, that users are provisioned from the IdP, and that no conflicting consumer accounts use company addresses.",
      urgency: 'Review this quarter: the automated rule catches visible violations; this review makes sure identities stay under company control.',
      risk: 'Accounts the company does not manage cannot be suspended at off-boarding, cannot be forced to use MFA, and are invisible to your security monitoring. Unmanaged "conflicting" consumer accounts created with company email addresses keep access after the person leaves.',
      recommendation:
        'Verify all company domains in Cloud Identity or Google Workspace, provision and de-provision users from your IdP (SAML/OIDC SSO and SCIM, or Google Cloud Directory Sync), migrate conflicting consumer accounts with the transfer tool, and enforce Domain restricted sharing (iam.allowedPolicyMemberDomains) so only your customer ID can be granted access.',
      console: [
        'In the Google Admin console, open Account > Domains > Manage domains and check every company domain is listed and verified.',
        'Open Security > Authentication > SSO with third-party IdP (or Directory > Directory sync) and check users are provisioned from the corporate IdP.',
        'Open Account > Account settings > Unmanaged users (transfer tool) and invite conflicting consumer accounts to become managed accounts.',
        'In the Google Cloud console, open IAM & Admin > Organization Policies and check "Domain restricted sharing" allows only your Cloud Identity customer ID.',
      ],
    },
    ja: {
      description:
        'Google Cloud にアクセスするすべての人が、Cloud Identity または Google Workspace で管理される（または自社の ID プロバイダからフェデレーションされた）企業 ID でログインしていること、ID のライフサイクル（入社、異動、退職）が人事と IdP のプロセスで管理されていることを確認します。プロジェクトの IAM ポリシーにある個人の Gmail や組織外ドメインのメンバーは、mamori が自動で検出します（ルール gcp-iam-no-external-members）。この手動項目ではそれ以外の点、つまり会社のすべてのドメインが Cloud Identity で確認済みであること、ユーザーが IdP からプロビジョニングされていること、会社のアドレスを使った競合する個人アカウントがないことを確認します。',
      urgency: '今四半期中に見直してください。目に見える違反は自動ルールで検出できます。この見直しは、ID が会社の管理下にあり続けることを確かめるためのものです。',
      risk: '会社が管理していないアカウントは、退職時に停止することも、MFA を強制することもできず、セキュリティ監視からも見えません。会社のメールアドレスで作られた管理外の「競合」個人アカウントは、本人の退職後もアクセス権を持ち続けます。',
      recommendation:
        '会社のすべてのドメインを Cloud Identity または Google Workspace で確認済みにし、ユーザーは IdP からプロビジョニング・削除してください（SAML / OIDC による SSO と SCIM、または Google Cloud Directory Sync）。競合する個人アカウントは移行ツールで管理対象アカウントに移行し、ドメインで制限された共有（iam.allowedPolicyMemberDomains）を適用して自社の顧客 ID だけにアクセスを付与できるようにしてください。',
      console: [
        'Google 管理コンソールで「アカウント」>「ドメイン」>「ドメインの管理」を開き、会社のすべてのドメインが登録・確認済みであることを確認します。',
        '「セキュリティ」>「認証」>「サードパーティの IdP による SSO」（または「ディレクトリ」>「ディレクトリの同期」）を開き、ユーザーが社内の IdP からプロビジョニングされていることを確認します。',
        '「アカウント」>「アカウント設定」>「管理対象外のユーザー」（移行ツール）で、競合する個人アカウントを管理対象アカウントへの移行に招待します。',
        'Google Cloud コンソールで「IAM と管理」>「組織のポリシー」を開き、「ドメインで制限された共有」が自社の Cloud Identity 顧客 ID だけを許可していることを確認します。',
      ],
    },
  },
  references: [
    'https://cloud.google.com/architecture/identity/best-practices-for-planning',
    'https://cloud.google.com/architecture/identity/assessing-existing-user-accounts',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
  ],
});
