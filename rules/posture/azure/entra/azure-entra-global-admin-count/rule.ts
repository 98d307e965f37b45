import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, DIRECTORY_ROLES, type DirectoryRoleAssignmentConfig, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';

export const MIN_GLOBAL_ADMINS = 2;
export const MAX_GLOBAL_ADMINS = 4;

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-global-admin-count',
  services: ['graph'],
  title: {
    en: 'Between 2 and 4 principals hold the Global Administrator role',
    ja: 'グローバル管理者ロールを持つプリンシパルが 2～4 個である',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.tenant],
  reads: [AZURE_TYPES.directoryRoleAssignment],
  requires: ['tenantId'],
  frameworks: { 'mcsb-1.0': ['PA-1', 'PA-5'], 'nist-800-53-r5': ['AC-6(5)', 'AC-2'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Counts the distinct principals (users, role-assignable groups, service principals) with an active tenant-wide Global Administrator assignment (role template 62e90394-69f5-4237-9190-012177145e10). It passes with 2 to 4: at least two so that the tenant is never locked out (Microsoft recommends two emergency-access accounts), fewer than five as Microsoft recommends. A group counts once whatever its size, and PIM-eligible assignments are not counted.',
      urgency: 'Plan the change within weeks: too many Global Administrators is a standing exposure; too few is a lock-out waiting to happen.',
      risk: 'Each Global Administrator can control every setting, every user and, by elevating access, every Azure subscription. Every extra one is another account whose phishing gives full control and another person whose mistakes affect the whole tenant. With a single Global Administrator, losing that account (departure, lost authenticator, compromise) leaves nobody able to recover the tenant.',
      recommendation:
        'Keep two cloud-only emergency-access accounts plus at most two named administrators with Global Administrator, and move everyone else to least-privileged roles (User Administrator, Security Administrator, Exchange Administrator…). Make the named administrators PIM-eligible rather than permanently active, and review the role monthly.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Roles & admins > Roles & admins and open "Global Administrator".',
        'Review "Assignments": remove or convert to eligible (Privileged Identity Management) the ones that do not need standing access, and assign narrower roles instead.',
        'If there is only one, create a second, cloud-only emergency-access account with a phishing-resistant credential and assign it the role.',
      ],
    },
    ja: {
      description:
        'テナント全体を対象とするグローバル管理者（ロール テンプレート 62e90394-69f5-4237-9190-012177145e10）のアクティブな割り当てを持つプリンシパル（ユーザー、ロール割り当て可能なグループ、サービス プリンシパル）の数を数えます。2～4 個であれば合格です。テナントから締め出されないよう少なくとも 2 個（Microsoft は緊急アクセス用アカウントを 2 つ推奨）、Microsoft の推奨どおり 5 個未満とします。グループは人数にかかわらず 1 個と数え、PIM の適格割り当ては数えません。',
      urgency: '数週間以内に変更を計画してください。グローバル管理者が多すぎると常に露出がある状態で、少なすぎると締め出しが起きる恐れがあります。',
      risk: 'グローバル管理者はすべての設定とユーザーを、そしてアクセスの昇格によりすべての Azure サブスクリプションを制御できます。1 人増えるごとに、フィッシングされれば全権を握られるアカウントと、ミスがテナント全体に影響する担当者が増えます。グローバル管理者が 1 人だけの場合、そのアカウントを失う（退職、認証アプリの紛失、侵害）と誰もテナントを復旧できなくなります。',
      recommendation:
        'グローバル管理者は、クラウド専用の緊急アクセス用アカウント 2 つと、記名の管理者最大 2 人までにとどめ、それ以外の人は最小権限のロール（ユーザー管理者、セキュリティ管理者、Exchange 管理者など）に移してください。記名の管理者は常時アクティブではなく PIM の適格割り当てとし、ロールを毎月レビューします。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ロールと管理者] > [ロールと管理者] で [グローバル管理者] を開きます。',
        '[割り当て] を確認し、常時のアクセスが不要なものは削除するか（Privileged Identity Management で）適格割り当てに変更し、代わりに範囲の狭いロールを割り当てます。',
        '1 人しかいない場合は、フィッシング耐性のある資格情報を持つクラウド専用の緊急アクセス用アカウントをもう 1 つ作成し、ロールを割り当てます。',
      ],
    },
  },
  remediation: {
    cli: [
      '# List active Global Administrator assignments:',
      `az rest --method GET --url "https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments?\\$filter=roleDefinitionId eq '${DIRECTORY_ROLES.globalAdministrator}'&\\$expand=principal"`,
      '# Remove one (by assignment id):',
      'az rest --method DELETE --url https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments/<assignment-id>',
    ].join('\n'),
    terraform: [
      '# Manage Global Administrator assignments explicitly (azuread provider): only the accounts listed here.',
      'resource "azuread_directory_role" "global_admin" {',
      '  display_name = "Global Administrator"',
      '}',
      '',
      'resource "azuread_directory_role_assignment" "global_admin" {',
      '  for_each            = toset(var.global_admin_object_ids) # 2 to 4 ids, including the emergency-access accounts',
      '  role_id             = azuread_directory_role.global_admin.template_id',
      '  principal_object_id = each.value',
      '}',
    ].join('\n'),
    bicep: [
      '// Directory role assignments are not ARM resources; manage them with Microsoft Graph from a deployment script.',
      'param scriptIdentityId string // user-assigned identity with RoleManagement.ReadWrite.Directory',
      'param assignmentId string',
      '',
      "resource removeGlobalAdmin 'Microsoft.Resources/deploymentScripts@2023-08-01' = {",
      "  name: 'remove-global-admin-assignment'",
      '  location: resourceGroup().location',
      "  kind: 'AzureCLI'",
      "  identity: { type: 'UserAssigned', userAssignedIdentities: { '${scriptIdentityId}': {} } }",
      '  properties: {',
      "    azCliVersion: '2.61.0'",
      "    retentionInterval: 'PT1H'",
      "    arguments: assignmentId",
      "    scriptContent: 'az rest --method DELETE --url https://graph.microsoft.com/v1.0/roleManagement/directory/roleAssignments/$1'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices#5-limit-the-number-of-global-administrators-to-less-than-5',
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/security-emergency-access',
  ],
  evaluate(tenant, ctx) {
    const assignments = ctx.resources<DirectoryRoleAssignmentConfig>(AZURE_TYPES.directoryRoleAssignment, { account: tenant.account });
    const admins = new Map<string, string>();
    for (const a of assignments) {
      const c = a.config;
      if ((c.roleDefinitionId ?? '').toLowerCase() !== DIRECTORY_ROLES.globalAdministrator) continue;
      if (c.directoryScopeId && c.directoryScopeId !== '/') continue;
      admins.set(c.principalId.toLowerCase(), c.principalType ?? 'unknown');
    }
    const count = admins.size;
    const principals = [...admins].map(([id, type]) => ({ id, type }));
    // Every tenant has at least one Global Administrator: none means the assignments were not collected.
    if (count === 0) {
      return notAssessed({ en: 'No Global Administrator assignment was collected (directory role assignments missing).', ja: 'グローバル管理者の割り当てが収集されていません（ディレクトリ ロールの割り当てがありません）。' });
    }
    if (count < MIN_GLOBAL_ADMINS) {
      return fail({ en: 'Only one principal holds Global Administrator: there is no second account to recover the tenant.', ja: 'グローバル管理者を持つプリンシパルが 1 つだけで、テナントを復旧できる 2 つ目のアカウントがありません。' }, { count, principals });
    }
    if (count > MAX_GLOBAL_ADMINS) {
      return fail(
        { en: `${count} principals hold Global Administrator (at most ${MAX_GLOBAL_ADMINS} recommended).`, ja: `グローバル管理者を持つプリンシパルが ${count} 個あります（推奨は最大 ${MAX_GLOBAL_ADMINS} 個）。` },
        { count, principals: principals.slice(0, 20) },
      );
    }
    return pass({ en: `${count} principals hold Global Administrator.`, ja: `グローバル管理者を持つプリンシパルは ${count} 個です。` }, { count, principals });
  },
});
