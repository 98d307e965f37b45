import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { assignmentsApplyingTo, describeAssignment, PRIVILEGED_ROLES } from '../assignments.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-authorization-no-root-scope-privileged-roles',
  services: ['authorization'],
  title: {
    en: 'No privileged Azure role is assigned at the root scope "/"',
    ja: 'ルート スコープ「/」に特権 Azure ロールが割り当てられていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.roleAssignment],
  readsAcrossScopes: [AZURE_TYPES.roleAssignment],
  requires: ['subscriptionId', 'managementGroupAncestors'],
  frameworks: { 'mcsb-1.0': ['PA-1', 'PA-2'], 'nist-800-53-r5': ['AC-6(5)', 'AC-6(7)'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Checks the role assignments inherited by the subscription for Owner, Contributor, User Access Administrator or Role Based Access Control Administrator made at the root scope "/", above the tenant root management group, which apply to every management group and subscription in the tenant. Any such assignment fails (User Access Administrator there usually comes from a Global Administrator elevating access).',
      urgency: 'Fix today: one account has standing full or access-granting control over every subscription in the tenant.',
      risk: 'An assignment at "/" is inherited everywhere and cannot be limited by management-group design or deny assignments of individual subscriptions. Compromising that single principal gives an attacker control over all Azure resources of the organisation, and removing it requires a Global Administrator to elevate access.',
      recommendation:
        'Remove the root-scope assignment. Grant platform teams roles on the tenant root management group or below only where needed, preferably PIM-eligible, and turn elevated access off as soon as the task that required it is done.',
      console: [
        'Sign in to the Azure portal as a Global Administrator and, if needed, enable Entra ID > Properties > "Access management for Azure resources" temporarily.',
        'Run "az role assignment list --scope / --query \\"[?scope==\'/\']\\"" in Cloud Shell to list root-scope assignments (the portal does not show the root scope).',
        'Remove them with "az role assignment delete --assignee <principal-id> --role <role> --scope /", then set "Access management for Azure resources" back to "No".',
      ],
    },
    ja: {
      description:
        'サブスクリプションが継承するロール割り当てのうち、テナント ルート管理グループよりさらに上のルート スコープ「/」で行われた所有者、共同作成者、ユーザー アクセス管理者、ロール ベースのアクセス制御管理者の割り当て（テナント内のすべての管理グループとサブスクリプションに適用される）を確認します。該当する割り当てがあれば不合格です（ここでのユーザー アクセス管理者は通常、グローバル管理者のアクセス昇格によるものです）。',
      urgency: '本日中に対応してください。1 つのアカウントが、テナント内のすべてのサブスクリプションに対する全権またはアクセス付与の権限を常に持っています。',
      risk: '「/」での割り当てはあらゆる場所に継承され、管理グループの設計や個々のサブスクリプションの拒否割り当てでは制限できません。その 1 つのプリンシパルを侵害するだけで、攻撃者は組織のすべての Azure リソースを制御でき、削除するにはグローバル管理者がアクセスを昇格する必要があります。',
      recommendation:
        'ルート スコープの割り当てを削除してください。プラットフォーム チームには必要な場合のみテナント ルート管理グループ以下でロールを付与し、できれば PIM の適格割り当てとします。アクセスの昇格は、必要な作業が終わり次第無効にしてください。',
      console: [
        'グローバル管理者として Azure portal にサインインし、必要に応じて [Entra ID] > [プロパティ] >「Azure リソースのアクセス管理」を一時的に有効にします。',
        'Cloud Shell で「az role assignment list --scope / --query \\"[?scope==\'/\']\\"」を実行し、ルート スコープの割り当てを一覧にします（portal にはルート スコープが表示されません）。',
        '「az role assignment delete --assignee <principal-id> --role <role> --scope /」で削除し、「Azure リソースのアクセス管理」を「いいえ」に戻します。',
      ],
    },
  },
  remediation: {
    cli: [
      'az role assignment list --scope "/" --query "[?scope==\'/\'].{principal:principalName, role:roleDefinitionName, id:id}" -o table',
      'az role assignment delete --ids <role-assignment-id>',
      '# Then remove your own elevated access:',
      'az role assignment delete --role "User Access Administrator" --assignee <your-object-id> --scope "/"',
    ].join('\n'),
    terraform: [
      '# Assign platform roles on the tenant root management group (not "/"), through a reviewed group:',
      'resource "azurerm_role_assignment" "platform_owner" {',
      '  scope                = data.azurerm_management_group.tenant_root.id',
      '  role_definition_name = "Owner"',
      '  principal_id         = var.platform_owners_group_object_id',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'managementGroup' // deploy to the tenant root management group, never to '/'",
      'param platformOwnersGroupObjectId string',
      '',
      "resource platformOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      "  name: guid(managementGroup().id, platformOwnersGroupObjectId, '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
      '  properties: {',
      "    roleDefinitionId: tenantResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
      '    principalId: platformOwnersGroupObjectId',
      "    principalType: 'Group'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/scope-overview',
  ],
  evaluate(sub, ctx) {
    const root = assignmentsApplyingTo(sub, ctx).filter((a) => a.level === 'root' && PRIVILEGED_ROLES[a.role]);
    if (!root.length) return pass({ en: 'No privileged role is assigned at the root scope.', ja: 'ルート スコープに特権ロールは割り当てられていません。' });
    return fail(
      {
        en: `${root.length} privileged role assignment(s) at the root scope "/" apply to every subscription: ${[...new Set(root.map((a) => PRIVILEGED_ROLES[a.role]))].join(', ')}.`,
        ja: `ルート スコープ「/」に、すべてのサブスクリプションに適用される特権ロールの割り当てが ${root.length} 件あります: ${[...new Set(root.map((a) => PRIVILEGED_ROLES[a.role]))].join('、')}。`,
      },
      { assignments: root.slice(0, 20).map((a) => ({ ...describeAssignment(a), role: PRIVILEGED_ROLES[a.role] })) },
    );
  },
});
