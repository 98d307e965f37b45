import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, BUILT_IN_ROLES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { assignmentsApplyingTo, describeAssignment } from '../assignments.js';

const BROAD = new Set(['root', 'managementGroup', 'subscription']);

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-authorization-user-access-admin-restricted',
  services: ['authorization'],
  title: {
    en: 'No one holds User Access Administrator at root, management group or subscription scope',
    ja: 'ルート、管理グループ、サブスクリプションのスコープでユーザー アクセス管理者を持つプリンシパルがない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.roleAssignment],
  readsAcrossScopes: [AZURE_TYPES.roleAssignment],
  requires: ['subscriptionId', 'managementGroupAncestors'],
  frameworks: {
    'cis-azure-6.0': ['5.3.3'],
    'mcsb-1.0': ['PA-1', 'PA-2'],
    'nist-800-53-r5': ['AC-6(5)', 'AC-6(7)'],
    'pci-dss-4.0': ['7.2.2'],
  },
  doc: {
    en: {
      description:
        `Checks the role assignments that apply to the subscription for the User Access Administrator role (${BUILT_IN_ROLES.userAccessAdministrator}) at the root scope "/" (what a Global Administrator receives by elevating access), at a management group above the subscription, or at the subscription itself. Any such assignment fails. Assignments on a resource group or resource are listed in the evidence but do not fail.`,
      urgency: 'Act within days: a standing User Access Administrator assignment is a ready-made privilege escalation path to Owner-level control.',
      risk: 'User Access Administrator can create any role assignment, including Owner, for anyone within its scope. A forgotten elevated-access assignment at root scope covers every management group and subscription in the tenant: whoever compromises that account can give themselves full control of all Azure resources, often without an alert because the role looks administrative rather than destructive.',
      recommendation:
        'Remove elevated access as soon as the task that needed it is done (Entra ID > Properties > "Access management for Azure resources" = No). Replace standing User Access Administrator assignments with Role Based Access Control Administrator constrained by conditions, or with PIM-eligible assignments activated just in time, and alert on Microsoft.Authorization/elevateAccess/action.',
      console: [
        'For root scope: sign in as the Global Administrator who elevated, go to Microsoft Entra admin center > Entra ID > Overview > Properties, set "Access management for Azure resources" to "No" and save (or remove the assignment with Azure CLI as shown).',
        'For a management group or subscription: in the Azure portal open it > "Access control (IAM)" > "Role assignments", filter Role = "User Access Administrator".',
        'Select the assignments that are not needed and choose "Remove"; for needed ones, re-create them as PIM-eligible or as constrained Role Based Access Control Administrator.',
      ],
    },
    ja: {
      description:
        `サブスクリプションに適用されるロール割り当てのうち、ユーザー アクセス管理者ロール（${BUILT_IN_ROLES.userAccessAdministrator}）がルート スコープ「/」（グローバル管理者がアクセスの昇格で得るもの）、サブスクリプションの上位の管理グループ、またはサブスクリプション自体に割り当てられているものを確認します。該当する割り当てがあれば不合格です。リソース グループやリソースへの割り当ては証跡に記載しますが、不合格にはしません。`,
      urgency: '数日以内に対応してください。常設のユーザー アクセス管理者の割り当ては、所有者相当の権限へ昇格するための既成の経路です。',
      risk: 'ユーザー アクセス管理者は、スコープ内で誰にでも所有者を含む任意のロールの割り当てを作成できます。ルート スコープに残ったアクセス昇格の割り当てはテナント内のすべての管理グループとサブスクリプションに及び、そのアカウントを侵害した人は自分にすべての Azure リソースの全権を付与できます。このロールは破壊的には見えないため、アラートにならないことも少なくありません。',
      recommendation:
        'アクセスの昇格は、必要な作業が終わり次第解除してください（Entra ID > プロパティ >「Azure リソースのアクセス管理」=「いいえ」）。常設のユーザー アクセス管理者の割り当ては、条件で制約したロール ベースのアクセス制御管理者、または Just-In-Time でアクティブ化する PIM の適格割り当てに置き換え、Microsoft.Authorization/elevateAccess/action を監視します。',
      console: [
        'ルート スコープの場合: 昇格したグローバル管理者としてサインインし、Microsoft Entra 管理センター > [Entra ID] > [概要] > [プロパティ] で [Azure リソースのアクセス管理] を [いいえ] にして保存します（または Azure CLI で割り当てを削除します）。',
        '管理グループまたはサブスクリプションの場合: Azure portal で対象を開き、[アクセス制御 (IAM)] > [ロールの割り当て] で ロール =「ユーザー アクセス管理者」で絞り込みます。',
        '不要な割り当てを選択して [削除] を選びます。必要なものは PIM の適格割り当て、または制約付きのロール ベースのアクセス制御管理者として作り直します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Assignments at root scope (elevated access) and at the subscription:',
      'az role assignment list --role "User Access Administrator" --scope "/" --query "[].{principal:principalName, id:id}" -o table',
      'az role assignment list --role "User Access Administrator" --scope "/subscriptions/<subscription-id>" --query "[?scope==\'/subscriptions/<subscription-id>\']" -o table',
      '# Remove one:',
      'az role assignment delete --assignee <principal-id> --role "User Access Administrator" --scope "/"',
    ].join('\n'),
    terraform: [
      '# Grant role-assignment rights only through a constrained RBAC Administrator assignment, never User Access Administrator:',
      'resource "azurerm_role_assignment" "rbac_admin_constrained" {',
      '  scope                = data.azurerm_subscription.current.id',
      '  role_definition_name = "Role Based Access Control Administrator"',
      '  principal_id         = var.platform_team_group_object_id',
      '  condition_version    = "2.0"',
      '  condition            = <<-EOT',
      "    ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {acdd72a7-3385-48ef-bd42-f606fba81ae7}))",
      '  EOT',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      'param platformTeamGroupObjectId string',
      '',
      '// Role Based Access Control Administrator, limited to granting Reader, instead of User Access Administrator.',
      "resource rbacAdmin 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      "  name: guid(subscription().id, platformTeamGroupObjectId, 'f58310d9-a9f6-439a-9e8d-f62e7b41a168')",
      '  properties: {',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168')",
      '    principalId: platformTeamGroupObjectId',
      "    principalType: 'Group'",
      "    conditionVersion: '2.0'",
      "    condition: '((!(ActionMatches{\\'Microsoft.Authorization/roleAssignments/write\\'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {acdd72a7-3385-48ef-bd42-f606fba81ae7}))'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/privileged#user-access-administrator',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/delegate-role-assignments-overview',
  ],
  evaluate(sub, ctx) {
    const uaa = assignmentsApplyingTo(sub, ctx).filter((a) => a.role === BUILT_IN_ROLES.userAccessAdministrator);
    const broad = uaa.filter((a) => BROAD.has(a.level));
    const narrower = uaa.filter((a) => !BROAD.has(a.level)).slice(0, 10).map(describeAssignment);
    if (!broad.length) {
      return pass(
        { en: 'No User Access Administrator assignment applies at root, management group or subscription scope.', ja: 'ルート、管理グループ、サブスクリプションのスコープで適用されるユーザー アクセス管理者の割り当てはありません。' },
        { resourceGroupOrResourceAssignments: narrower },
      );
    }
    const root = broad.filter((a) => a.level === 'root').length;
    return fail(
      {
        en: `${broad.length} User Access Administrator assignment(s) apply to the subscription${root ? `, ${root} of them at root scope (elevated access)` : ''}.`,
        ja: `サブスクリプションに適用されるユーザー アクセス管理者の割り当てが ${broad.length} 件あります${root ? `（うち ${root} 件はルート スコープ、アクセスの昇格によるもの）` : ''}。`,
      },
      { assignments: broad.slice(0, 20).map(describeAssignment), resourceGroupOrResourceAssignments: narrower },
    );
  },
});
