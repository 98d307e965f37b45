import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, grantEvidence, projectGrants, projectPolicyMissing } from '../grants.js';

/** Roles that let a member act as (impersonate) a service account. */
export const IMPERSONATION_ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'] as const;

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-iam-no-project-level-sa-impersonation',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Service Account User and Token Creator roles are not granted at project level',
    ja: 'サービス アカウント ユーザーとトークン作成者のロールがプロジェクト単位で付与されていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['1.7'],
    'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
    'pci-dss-4.0': ['7.2.1', '7.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks that no member holds roles/iam.serviceAccountUser or roles/iam.serviceAccountTokenCreator in the IAM policy that applies to the project, whether set on the project itself or inherited from a folder or the organisation. Granted there, these roles apply to every service account in the project. Conditional bindings count as granted.',
      urgency: 'Fix within days: anyone holding these roles can act as every service account in the project, including the most privileged one.',
      risk: 'roles/iam.serviceAccountUser lets a member attach any service account of the project to a VM, function or job and run code with its permissions; roles/iam.serviceAccountTokenCreator lets the member mint access tokens, ID tokens and signed JWTs for any of them directly. A member with a harmless-looking role can thus escalate to the privileges of the most powerful service account, and audit logs show the service account, not the person.',
      recommendation:
        'Remove these project-level (and folder/organisation-level) bindings and grant the role on the individual service account that the person or workload actually needs to use (Service account > Permissions). Prefer short-lived, audited impersonation for humans and keep the number of members who can impersonate a given service account small.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'Filter the principals by role "Service Account User" and then "Service Account Token Creator".',
        'For each member listed in the finding, click the pencil icon, delete the role and save (for inherited bindings, edit the folder or organisation named in the finding).',
        'Open IAM & Admin > Service Accounts, select the service account the member really needs, open the "Principals with access" tab, click "Grant access" and grant the role on that service account only.',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用される IAM ポリシーで、roles/iam.serviceAccountUser または roles/iam.serviceAccountTokenCreator を持つメンバーがいないかを確認します。プロジェクト自身での付与だけでなく、フォルダや組織から継承された付与も対象です。ここで付与されたロールはプロジェクト内のすべてのサービスアカウントに及びます。条件付きバインディングも付与済みとみなします。',
      urgency: '数日以内に対応してください。これらのロールを持つメンバーは、最も強い権限を持つものを含め、プロジェクト内のすべてのサービスアカウントとして操作できます。',
      risk: 'roles/iam.serviceAccountUser を持つメンバーは、プロジェクト内の任意のサービスアカウントを VM・関数・ジョブに割り当て、その権限でコードを実行できます。roles/iam.serviceAccountTokenCreator があれば、任意のサービスアカウントのアクセストークン、ID トークン、署名付き JWT を直接発行できます。見た目は弱いロールしか持たないメンバーでも、最も強力なサービスアカウントの権限まで昇格でき、監査ログには本人ではなくサービスアカウントが記録されます。',
      recommendation:
        'プロジェクト単位（およびフォルダ・組織単位）のこれらのバインディングを削除し、本人やワークロードが実際に使うサービスアカウントに対してだけロールを付与してください（サービスアカウントの「権限」で設定します）。人による利用は監査可能な短期間の権限借用とし、1 つのサービスアカウントを借用できるメンバーは最小限にしてください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        'ロール「サービス アカウント ユーザー」、続いて「サービス アカウント トークン作成者」でプリンシパルを絞り込みます。',
        '検出結果に記載された各メンバーの鉛筆アイコンをクリックし、ロールを削除して保存します（継承されたバインディングの場合は、検出結果に示されたフォルダまたは組織で編集します）。',
        '「IAM と管理」>「サービス アカウント」で、メンバーが本当に必要とするサービスアカウントを選び、「アクセス権を持つプリンシパル」タブの「アクセスを許可」から、そのサービスアカウントに対してだけロールを付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Remove the project-level grant (repeat for each member and role in the finding)',
      'gcloud projects remove-iam-policy-binding PROJECT_ID \\',
      '  --member="user:alice@example.com" --role="roles/iam.serviceAccountUser"',
      '# Grant it on the one service account the member needs instead',
      'gcloud iam service-accounts add-iam-policy-binding SA_EMAIL \\',
      '  --member="user:alice@example.com" --role="roles/iam.serviceAccountUser"',
    ].join('\n'),
    terraform: [
      '# Grant impersonation on a single service account, never with google_project_iam_*',
      'resource "google_service_account_iam_member" "deployer_can_use_app_sa" {',
      '  service_account_id = google_service_account.app.name',
      '  role               = "roles/iam.serviceAccountUser"',
      '  member             = "group:deployers@example.com"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/service-account-permissions',
    'https://cloud.google.com/iam/docs/manage-access-service-accounts',
    'https://cloud.google.com/iam/docs/best-practices-service-accounts#project-folder-grants',
  ],
  evaluate(resource) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const grants = projectGrants(project).filter((g) => (IMPERSONATION_ROLES as readonly string[]).includes(g.role));
    if (grants.length === 0) {
      return pass({
        en: `No member holds Service Account User or Token Creator at project, folder or organisation level for project ${project.projectId}.`,
        ja: `プロジェクト ${project.projectId} では、プロジェクト・フォルダ・組織の単位でサービス アカウント ユーザーやトークン作成者のロールを持つメンバーはいません。`,
      });
    }
    const list = describeGrants(grants);
    return fail(
      {
        en: `Members can impersonate every service account of project ${project.projectId}: ${list.en}.`,
        ja: `プロジェクト ${project.projectId} のすべてのサービスアカウントを借用できるメンバーがいます: ${list.ja}。`,
      },
      { members: [...new Set(grants.map((g) => g.member))], grants: grantEvidence(grants) },
    );
  },
});
