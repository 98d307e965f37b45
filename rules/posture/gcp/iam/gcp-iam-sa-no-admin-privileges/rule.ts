import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { memberId } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type ProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { describeGrants, grantEvidence, isServiceAgent, projectGrants, projectPolicyMissing } from '../grants.js';

/** CIS 1.6: roles/owner, roles/editor, and any role whose name contains "admin"/"Admin" (predefined or custom). */
export function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin/i.test(role.slice(role.lastIndexOf('/') + 1));
}

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-iam-sa-no-admin-privileges',
  services: ['cloudresourcemanager'],
  title: {
    en: 'User-managed service accounts hold no administrative roles on the project',
    ja: 'ユーザー管理のサービスアカウントにプロジェクトの管理者ロールが付与されていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.project],
  requires: ['iamPolicy', 'inherited', 'projectId'],
  frameworks: {
    'cis-gcp-5.0': ['1.6'],
    'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
    'pci-dss-4.0': ['7.2.1', '7.2.2', '7.2.5'],
  },
  doc: {
    en: {
      description:
        'Checks the IAM policy that applies to the project (its own bindings and those inherited from folders and the organisation) for user-managed service accounts holding roles/owner, roles/editor, or any predefined or custom role whose name contains "admin" (roles/iam.serviceAccountAdmin, roles/storage.admin, roles/resourcemanager.projectIamAdmin …). Google-managed service agents are excluded; the Compute Engine and App Engine default service accounts are user-managed and are checked. Conditional bindings count as granted.',
      urgency: 'Fix within days: a service account key or a workload running as the account is all an attacker needs to take over the project, and service accounts are not protected by MFA.',
      risk: 'Service accounts run code: VMs, functions, CI pipelines, scripts with downloaded keys. If any of them is compromised (SSRF to the metadata server, leaked key, vulnerable dependency), an owner/editor/admin role lets the attacker change IAM, read all data, create keys for other accounts and persist in the project.',
      recommendation:
        'Give each service account only the predefined roles its workload needs (for example roles/storage.objectViewer rather than roles/storage.admin) and remove owner, editor and admin roles. For the default Compute Engine service account, remove roles/editor and attach a dedicated least-privilege service account to instances instead; enforce the organisation policy constraint iam.automaticIamGrantsForDefaultServiceAccounts so new projects do not grant Editor automatically. Use IAM Recommender (role recommendations) to find the permissions actually used.',
      console: [
        'Open IAM & Admin > IAM in the Google Cloud console and select the project.',
        'In the "View by principals" tab, filter on "serviceAccount" and find the service accounts listed in the finding.',
        'Click the pencil icon next to the account, delete the Owner, Editor or *Admin role, and add the narrower predefined roles the workload needs (the "Recommendations" column shows excess permissions).',
        'If the binding is inherited (the finding names a folder or the organisation), make the change on that folder or organisation instead.',
        'Click "Save" and verify the workload still works.',
      ],
    },
    ja: {
      description:
        'プロジェクトに適用される IAM ポリシー（プロジェクト自身のバインディングと、フォルダや組織から継承されたバインディング）に、roles/owner・roles/editor、または名前に「admin」を含む事前定義ロールやカスタムロール（roles/iam.serviceAccountAdmin、roles/storage.admin、roles/resourcemanager.projectIamAdmin など）を持つユーザー管理のサービスアカウントがないかを確認します。Google 管理のサービスエージェントは対象外で、Compute Engine と App Engine のデフォルトサービスアカウントはユーザー管理として確認します。条件付きバインディングも付与済みとみなします。',
      urgency: '数日以内に対応してください。サービスアカウントには MFA がなく、そのキーかそのアカウントで動くワークロードを奪われるだけでプロジェクトを乗っ取られます。',
      risk: 'サービスアカウントは VM、関数、CI パイプライン、キーを使うスクリプトなどのコードを実行する主体です。そのいずれかが侵害されると（メタデータサーバーへの SSRF、キーの漏えい、脆弱な依存関係など）、オーナー・編集者・管理者ロールを使って攻撃者が IAM の変更、全データの読み取り、他アカウントのキー作成を行い、プロジェクトに居座ることができます。',
      recommendation:
        '各サービスアカウントにはワークロードに必要な事前定義ロールだけを付与し（例: roles/storage.admin ではなく roles/storage.objectViewer）、オーナー・編集者・管理者ロールは削除してください。Compute Engine のデフォルトサービスアカウントからは roles/editor を外し、インスタンスには最小権限の専用サービスアカウントを割り当ててください。新しいプロジェクトで編集者ロールが自動付与されないよう、組織ポリシーの制約 iam.automaticIamGrantsForDefaultServiceAccounts を適用してください。実際に使われている権限は IAM Recommender（ロールの推奨事項）で確認できます。',
      console: [
        'Google Cloud コンソールで「IAM と管理」>「IAM」を開き、対象のプロジェクトを選択します。',
        '「プリンシパル別に表示」タブで「serviceAccount」で絞り込み、検出結果に記載されたサービスアカウントを探します。',
        'アカウントの横の鉛筆アイコンをクリックし、オーナー・編集者・*Admin ロールを削除して、ワークロードに必要な範囲の事前定義ロールを追加します（「推奨事項」列に余分な権限が表示されます）。',
        'バインディングが継承されたもの（検出結果にフォルダや組織が示されている）の場合は、そのフォルダまたは組織で変更します。',
        '「保存」をクリックし、ワークロードが引き続き動作することを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Remove the administrative role from the service account (repeat per role/account in the finding)',
      'gcloud projects remove-iam-policy-binding PROJECT_ID \\',
      '  --member="serviceAccount:SA_EMAIL" --role="roles/editor"',
      '# Grant only what the workload needs instead, e.g.',
      'gcloud projects add-iam-policy-binding PROJECT_ID \\',
      '  --member="serviceAccount:SA_EMAIL" --role="roles/storage.objectViewer"',
      '# Stop new projects from granting Editor to default service accounts',
      'gcloud resource-manager org-policies enable-enforce iam.automaticIamGrantsForDefaultServiceAccounts --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: [
      '# Grant the service account narrow predefined roles only; never roles/owner, roles/editor or *admin roles.',
      'resource "google_project_iam_member" "app_reader" {',
      '  project = var.project_id',
      '  role    = "roles/storage.objectViewer"',
      '  member  = "serviceAccount:${google_service_account.app.email}"',
      '}',
      '',
      'resource "google_org_policy_policy" "no_default_sa_grants" {',
      '  name   = "organizations/${var.org_id}/policies/iam.automaticIamGrantsForDefaultServiceAccounts"',
      '  parent = "organizations/${var.org_id}"',
      '  spec {',
      '    rules {',
      '      enforce = "TRUE"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/iam/docs/service-account-overview',
    'https://cloud.google.com/iam/docs/best-practices-service-accounts',
    'https://cloud.google.com/iam/docs/understanding-roles',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants',
  ],
  evaluate(resource) {
    const project = resource.config;
    const missing = projectPolicyMissing(project);
    if (missing) return missing;
    const admin = projectGrants(project).filter(
      (g) => g.member.startsWith('serviceAccount:') && !isServiceAgent(memberId(g.member)) && isAdminRole(g.role),
    );
    if (admin.length === 0) {
      return pass({
        en: `No user-managed service account holds roles/owner, roles/editor or an admin role on project ${project.projectId}.`,
        ja: `プロジェクト ${project.projectId} で roles/owner・roles/editor・管理者ロールを持つユーザー管理のサービスアカウントはありません。`,
      });
    }
    const accounts = [...new Set(admin.map((g) => g.member))];
    const list = describeGrants(admin);
    return fail(
      {
        en: `${accounts.length} service account(s) hold administrative roles on project ${project.projectId}: ${list.en}.`,
        ja: `プロジェクト ${project.projectId} で ${accounts.length} 件のサービスアカウントが管理者ロールを持っています: ${list.ja}。`,
      },
      { serviceAccounts: accounts, grants: grantEvidence(admin) },
    );
  },
});
