import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, dutyConflicts, projectGrants, projectPolicyMissing, grantEvidence } from '../grants.js';

const ADMIN = ['roles/iam.serviceAccountAdmin'];
const USER = ['roles/iam.serviceAccountUser'];

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-iam-sa-separation-of-duties',
  services: ['cloudresourcemanager'],
  title: {
    en: 'No member holds both Service Account Admin and Service Account User on the project',
    ja: 'サービス アカウント管理者とサービス アカウント ユーザーの両方を持つメンバーがいない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['1.9'],
    'nist-800-53-r5': ['AC-5'],
  },
  doc: {
    en: {
      description:
        'Checks the IAM policy that applies to the project (own and inherited bindings, conditional ones included) for members that hold both roles/iam.serviceAccountAdmin and roles/iam.serviceAccountUser.',
      urgency: 'Plan the fix in the next sprint: the combination is a privilege-escalation path, but it requires an already trusted member to misuse it or be compromised.',
      risk: 'Service Account Admin can create service accounts and change who may use them; Service Account User can run workloads as them. Together, one person (or one stolen account) can create or reconfigure a service account, grant it access, and act through it without anyone else being involved, bypassing the review that separation of duties is meant to enforce.',
      recommendation:
        'Split the duties: members who create and manage service accounts (roles/iam.serviceAccountAdmin) should not also be able to use them. Remove one of the two roles from each member listed, and grant roles/iam.serviceAccountUser on individual service accounts rather than on the project.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'Find each member named in the finding (for inherited bindings, open the folder or organisation named instead).',
        'Click the pencil icon and delete either "Service Account Admin" or "Service Account User", then save.',
        'If the member needs to use a specific service account, grant "Service Account User" on that service account under IAM & Admin > Service Accounts > Permissions.',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用される IAM ポリシー（プロジェクト自身と継承されたバインディング、条件付きを含む）で、roles/iam.serviceAccountAdmin と roles/iam.serviceAccountUser の両方を持つメンバーがいないかを確認します。',
      urgency: '次のスプリントで対応を計画してください。この組み合わせは権限昇格の経路になりますが、悪用には信頼済みのメンバー自身の不正か、そのアカウントの侵害が必要です。',
      risk: 'サービス アカウント管理者はサービスアカウントを作成し、誰が使えるかを変更できます。サービス アカウント ユーザーはそのアカウントとしてワークロードを実行できます。両方を持つと、1 人の担当者（または奪われた 1 つのアカウント）だけでサービスアカウントを作成・変更して権限を付与し、そのアカウントとして操作できてしまい、職務分掌による相互チェックが働きません。',
      recommendation:
        '職務を分離してください。サービスアカウントを作成・管理するメンバー（roles/iam.serviceAccountAdmin）には、それを使う権限を与えないようにします。検出された各メンバーから 2 つのロールのどちらかを削除し、roles/iam.serviceAccountUser はプロジェクト単位ではなく個々のサービスアカウントに対して付与してください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        '検出結果に記載された各メンバーを探します（継承されたバインディングの場合は、記載されたフォルダまたは組織を開きます）。',
        '鉛筆アイコンをクリックし、「サービス アカウント管理者」と「サービス アカウント ユーザー」のどちらかを削除して保存します。',
        '特定のサービスアカウントを使う必要がある場合は、「IAM と管理」>「サービス アカウント」>「権限」で、そのサービスアカウントに対して「サービス アカウント ユーザー」を付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Remove one of the two roles from the member named in the finding',
      'gcloud projects remove-iam-policy-binding PROJECT_ID \\',
      '  --member="user:alice@example.com" --role="roles/iam.serviceAccountUser"',
    ].join('\n'),
    terraform: [
      '# Administrators manage service accounts; deployers use one specific account. Keep the groups disjoint.',
      'resource "google_project_iam_member" "sa_admins" {',
      '  project = var.project_id',
      '  role    = "roles/iam.serviceAccountAdmin"',
      '  member  = "group:sa-admins@example.com"',
      '}',
      '',
      'resource "google_service_account_iam_member" "deployers" {',
      '  service_account_id = google_service_account.app.name',
      '  role               = "roles/iam.serviceAccountUser"',
      '  member             = "group:deployers@example.com"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/service-account-permissions',
    'https://cloud.google.com/iam/docs/understanding-roles#service-accounts-roles',
    'https://cloud.google.com/iam/docs/using-iam-securely',
  ],
  evaluate(resource) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const conflicts = dutyConflicts(projectGrants(project), ADMIN, USER);
    if (conflicts.length === 0) {
      return pass({
        en: `No member of project ${project.projectId} holds both Service Account Admin and Service Account User.`,
        ja: `プロジェクト ${project.projectId} に、サービス アカウント管理者とサービス アカウント ユーザーの両方を持つメンバーはいません。`,
      });
    }
    const list = describeGrants(conflicts.flatMap((c) => [...c.first, ...c.second]));
    return fail(
      {
        en: `${conflicts.length} member(s) of project ${project.projectId} hold both Service Account Admin and Service Account User (${conflicts.map((c) => c.member).join(', ')}): ${list.en}.`,
        ja: `プロジェクト ${project.projectId} で ${conflicts.length} 件のメンバーがサービス アカウント管理者とサービス アカウント ユーザーの両方を持っています（${conflicts.map((c) => c.member).join('、')}）: ${list.ja}。`,
      },
      { members: conflicts.map((c) => ({ member: c.member, grants: grantEvidence([...c.first, ...c.second]) })) },
    );
  },
});
