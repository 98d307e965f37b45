import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { memberKind } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, grantEvidence, projectGrants, projectPolicyMissing } from '../grants.js';

const BASIC_ROLES = ['roles/owner', 'roles/editor'];

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-iam-primitive-roles-not-granted-to-users',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Owner and Editor are not granted directly to individual users',
    ja: 'オーナーと編集者のロールが個々のユーザーに直接付与されていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'nist-800-53-r5': ['AC-2', 'AC-6', 'AC-6(7)'],
    'pci-dss-4.0': ['7.2.1', '7.2.4'],
  },
  doc: {
    en: {
      description:
        'Checks the IAM policy that applies to the project (own and inherited bindings) for the basic roles roles/owner and roles/editor granted directly to user: members. Google recommends granting roles to groups, and replacing basic roles with predefined roles. This is a Google Cloud best practice beyond the CIS benchmark.',
      urgency: 'Plan the fix in the next sprint: the access is already held by known people, but it is broad, hard to review and easy to forget when people change teams.',
      risk: 'Owner and Editor grant thousands of permissions across almost every service (Editor can change most resources and read most data; Owner can also change IAM). Granted to individuals, they accumulate as people move between teams and are missed at off-boarding; a single phished account then has near-total control of the project.',
      recommendation:
        'Create Google groups per job function (for example project-admins, developers), grant predefined roles to those groups, and remove the direct user grants. Keep Owner for a small break-glass group. Use IAM Recommender to replace Editor with the predefined roles people actually use, and Privileged Access Manager for temporary elevation.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'Filter by role "Owner", then "Editor", and find the user principals named in the finding.',
        'Grant the equivalent predefined roles to the appropriate group ("Grant access", principal group:…), and add the users to that group in Cloud Identity or Google Workspace.',
        'Click the pencil icon next to each user, delete the Owner or Editor role, and save (for inherited grants, edit the folder or organisation named in the finding).',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用される IAM ポリシー（プロジェクト自身と継承されたバインディング）で、基本ロール roles/owner と roles/editor が user: メンバーに直接付与されていないかを確認します。Google はロールをグループに付与し、基本ロールを事前定義ロールに置き換えることを推奨しています。CIS ベンチマークを補う Google Cloud のベストプラクティスです。',
      urgency: '次のスプリントで対応を計画してください。アクセス権を持つのは既知の人ですが、範囲が広く見直しにくいうえ、異動の際に外し忘れやすい権限です。',
      risk: 'オーナーと編集者はほぼすべてのサービスにわたる数千の権限を与えます（編集者はほとんどのリソースを変更し多くのデータを読め、オーナーはさらに IAM も変更できます）。個人に直接付与すると、異動のたびに権限がたまり、退職時にも見落とされがちです。フィッシングでアカウントが 1 つ奪われるだけで、プロジェクトをほぼ完全に掌握されます。',
      recommendation:
        '職務ごとに Google グループ（例: project-admins、developers）を作り、事前定義ロールをそのグループに付与して、ユーザーへの直接付与を削除してください。オーナーは緊急用の少人数グループに限定します。IAM Recommender で編集者を実際に使われている事前定義ロールに置き換え、一時的な権限昇格には Privileged Access Manager を使ってください。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        'ロール「オーナー」、続いて「編集者」で絞り込み、検出結果に記載されたユーザーを探します。',
        '「アクセスを許可」で、適切なグループ（group:…）に相当する事前定義ロールを付与し、Cloud Identity または Google Workspace でユーザーをそのグループに追加します。',
        '各ユーザーの横の鉛筆アイコンをクリックし、オーナーまたは編集者のロールを削除して保存します（継承された付与の場合は、検出結果に示されたフォルダまたは組織で編集します）。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Grant the role to a group instead',
      'gcloud projects add-iam-policy-binding PROJECT_ID --member="group:project-admins@example.com" --role="roles/owner"',
      '# Then remove the direct user grant',
      'gcloud projects remove-iam-policy-binding PROJECT_ID --member="user:alice@example.com" --role="roles/owner"',
    ].join('\n'),
    terraform: [
      '# Grant roles to groups only; manage membership in Cloud Identity / Google Workspace.',
      'resource "google_project_iam_member" "admins" {',
      '  project = var.project_id',
      '  role    = "roles/owner"',
      '  member  = "group:project-admins@example.com"',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/roles-overview#basic',
    'https://cloud.google.com/iam/docs/using-iam-securely',
    'https://cloud.google.com/iam/docs/groups-in-cloud-console',
    'https://cloud.google.com/policy-intelligence/docs/role-recommendations-overview',
  ],
  evaluate(resource) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const grants = projectGrants(project).filter((g) => BASIC_ROLES.includes(g.role) && memberKind(g.member) === 'user');
    if (grants.length === 0) {
      return pass({ en: `No user holds Owner or Editor directly on project ${project.projectId}.`, ja: `プロジェクト ${project.projectId} でオーナーや編集者を直接持つユーザーはいません。` });
    }
    const users = [...new Set(grants.map((g) => g.member))];
    const list = describeGrants(grants);
    return fail(
      {
        en: `${users.length} user(s) hold Owner or Editor directly on project ${project.projectId}: ${list.en}.`,
        ja: `プロジェクト ${project.projectId} で ${users.length} 件のユーザーがオーナーまたは編集者を直接持っています: ${list.ja}。`,
      },
      { users, grants: grantEvidence(grants) },
    );
  },
});
