import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { isPublicMember } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type ServiceAccountConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, grantEvidence, isConsumerAccount, policyGrants } from '../grants.js';

export const rule = defineRule<ServiceAccountConfig>({
  id: 'gcp-iam-sa-no-public-or-personal-access',
  services: ['iam'],
  title: {
    en: 'Service accounts cannot be used or impersonated by the public or by personal Google accounts',
    ja: 'サービスアカウントが一般公開や個人の Google アカウントから利用・借用できない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.serviceAccount],
  requires: ['iamPolicy', 'email', 'name'],
  frameworks: {
    'nist-800-53-r5': ['AC-3', 'AC-6', 'AC-2'],
    'pci-dss-4.0': ['7.2.1', '8.2.2'],
  },
  doc: {
    en: {
      description:
        "Checks the service account's own IAM policy (who may use, impersonate or manage this account) for grants to allUsers, allAuthenticatedUsers, or consumer accounts (gmail.com, googlemail.com, googlegroups.com). This is a Google Cloud best practice beyond the CIS benchmark; granting a personal account the right to impersonate a service account is a known persistence technique.",
      urgency: 'Fix today: whoever holds such a grant can obtain tokens for the service account and act with all of its permissions from outside your control.',
      risk: 'With roles such as Service Account Token Creator, Service Account User or Workload Identity User on the account, the grantee can mint access tokens or run workloads as the service account. A grant to the public or to a personal account you do not control is effectively a backdoor: it survives password resets and off-boarding, and activity appears in logs as the service account.',
      recommendation:
        'Remove the grants to public and personal principals from the service account, investigate when and by whom they were added (Admin Activity audit logs, method SetIAMPolicy on iam.googleapis.com), and grant impersonation only to corporate groups or workloads that need it. Enforce Domain restricted sharing (iam.allowedPolicyMemberDomains) to prevent it recurring.',
      console: [
        'Open IAM & Admin > Service Accounts in the Google Cloud console and select the project.',
        'Click the service account named in the finding and open the "Principals with access" tab.',
        'Select the public or personal principals listed in the finding, click "Remove access" and confirm.',
        'Open Logging > Logs Explorer and search for SetIAMPolicy on this service account to find who added the grant.',
      ],
    },
    ja: {
      description:
        'サービスアカウント自身の IAM ポリシー（このアカウントを利用・借用・管理できる人）に、allUsers、allAuthenticatedUsers、個人用アカウント（gmail.com、googlemail.com、googlegroups.com）への付与がないかを確認します。CIS ベンチマークを補う Google Cloud のベストプラクティスです。個人アカウントにサービスアカウントの借用を許可することは、攻撃者が居座るための既知の手口です。',
      urgency: '本日中に対応してください。このような付与を持つ人は、管理の及ばないところからサービスアカウントのトークンを取得し、その権限をすべて使えます。',
      risk: 'サービス アカウント トークン作成者、サービス アカウント ユーザー、Workload Identity ユーザーなどのロールがあれば、付与された相手はアクセストークンを発行したり、サービスアカウントとしてワークロードを実行したりできます。一般公開や管理外の個人アカウントへの付与は実質的なバックドアであり、パスワードのリセットや退職処理の後も残り、ログにはサービスアカウントの操作として記録されます。',
      recommendation:
        'サービスアカウントから一般公開と個人のプリンシパルへの付与を削除し、いつ誰が追加したかを調査してください（管理アクティビティ監査ログで iam.googleapis.com の SetIAMPolicy を検索します）。借用は必要とする企業のグループやワークロードにだけ許可し、ドメインで制限された共有（iam.allowedPolicyMemberDomains）を適用して再発を防いでください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「サービス アカウント」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載されたサービスアカウントをクリックし、「アクセス権を持つプリンシパル」タブを開きます。',
        '検出結果に記載された一般公開または個人のプリンシパルを選択し、「アクセス権を削除」をクリックして確定します。',
        '「ロギング」>「ログ エクスプローラ」で、このサービスアカウントに対する SetIAMPolicy を検索し、誰が付与を追加したかを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud iam service-accounts get-iam-policy SA_EMAIL',
      '# Remove each grant reported in the finding',
      'gcloud iam service-accounts remove-iam-policy-binding SA_EMAIL \\',
      '  --member="user:someone@gmail.com" --role="roles/iam.serviceAccountTokenCreator"',
    ].join('\n'),
    terraform: [
      '# Let only a corporate group impersonate the service account.',
      'resource "google_service_account_iam_member" "impersonators" {',
      '  service_account_id = google_service_account.app.name',
      '  role               = "roles/iam.serviceAccountTokenCreator"',
      '  member             = "group:platform-oncall@example.com"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/manage-access-service-accounts',
    'https://cloud.google.com/iam/docs/service-account-impersonation',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-domains',
  ],
  evaluate(resource) {
    const sa = resource.config;
    if (!sa.iamPolicy) {
      return notAssessed({ en: `The IAM policy of service account ${sa.email} is not in the snapshot.`, ja: `サービスアカウント ${sa.email} の IAM ポリシーがスナップショットにありません。` });
    }
    const risky = policyGrants(sa.iamPolicy, sa.name).filter((g) => isPublicMember(g.member) || isConsumerAccount(g.member));
    if (risky.length === 0) {
      return pass({
        en: `No public or personal account has access to service account ${sa.email}.`,
        ja: `サービスアカウント ${sa.email} にアクセスできる一般公開や個人のアカウントはありません。`,
      });
    }
    const list = describeGrants(risky, 5, false);
    return fail(
      {
        en: `Service account ${sa.email} grants access to public or personal principals: ${list.en}.`,
        ja: `サービスアカウント ${sa.email} が一般公開または個人のプリンシパルにアクセスを許可しています: ${list.ja}。`,
      },
      { serviceAccount: sa.email, grants: grantEvidence(risky) },
    );
  },
});
