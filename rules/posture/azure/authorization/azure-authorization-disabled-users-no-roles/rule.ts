import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { isEnabled } from '../../entra/users.js';
import { assignmentsApplyingTo, describeAssignment, usersOf } from '../assignments.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-authorization-disabled-users-no-roles',
  services: ['authorization', 'graph'],
  title: {
    en: 'Disabled user accounts hold no Azure role assignments',
    ja: '無効化されたユーザー アカウントが Azure ロールの割り当てを持っていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.roleAssignment, AZURE_TYPES.user],
  readsAcrossScopes: [AZURE_TYPES.roleAssignment, AZURE_TYPES.user],
  requires: ['subscriptionId', 'managementGroupAncestors', 'tenantId'],
  frameworks: {
    'cis-azure-6.0': ['5.3.5'],
    'mcsb-1.0': ['PA-4', 'PA-3'],
    'nist-800-53-r5': ['AC-2', 'AC-2(3)'],
    'pci-dss-4.0': ['7.2.4', '8.2.6'],
  },
  doc: {
    en: {
      description:
        'Checks the role assignments that apply to the subscription (on it, below it, and inherited from management groups and the root scope) for users whose Entra ID account is disabled (accountEnabled false). Any role counts, since even Reader exposes data; roles reached through groups are not expanded.',
      urgency: 'Clean up within weeks: the account cannot sign in today, but the access comes back the moment it is re-enabled.',
      risk: 'Disabling is often the first step of offboarding, and role assignments are forgotten afterwards. If the account is re-enabled, by a help-desk mistake, a synchronisation rule or an attacker with user-administration rights, it immediately regains read, write or Owner access to the subscription without any new grant to notice.',
      recommendation:
        'Remove the Azure role assignments of disabled users (and delete the accounts when offboarding is complete). Make role removal part of the leaver process, grant roles to groups rather than individuals, and run periodic access reviews of privileged roles.',
      console: [
        'In the Microsoft Entra admin center, go to Entra ID > Users > All users and filter "Account enabled" = No.',
        'For each user, open "Azure role assignments" to see the subscriptions and scopes.',
        'In the Azure portal, open each scope > "Access control (IAM)" > "Role assignments", select the disabled user\'s assignments and choose "Remove".',
      ],
    },
    ja: {
      description:
        'サブスクリプションに適用されるロール割り当て（サブスクリプション、その配下、管理グループやルート スコープからの継承）のうち、Entra ID アカウントが無効化されている（accountEnabled が false）ユーザーのものを確認します。閲覧者でもデータが見えるため、ロールの種類は問いません。グループ経由の割り当ては展開しません。',
      urgency: '数週間以内に整理してください。現在はサインインできませんが、アカウントが再有効化された瞬間にアクセス権が戻ります。',
      risk: '無効化は退職処理の最初の手順であることが多く、ロールの割り当てはその後忘れられがちです。ヘルプデスクのミス、同期ルール、ユーザー管理権限を持つ攻撃者によってアカウントが再有効化されると、新たな付与という目に付く操作なしに、サブスクリプションへの読み取り、書き込み、所有者の権限がすぐに復活します。',
      recommendation:
        '無効化されたユーザーの Azure ロールの割り当てを削除してください（退職処理が完了したらアカウントも削除します）。ロールの削除を退職プロセスに組み込み、ロールは個人ではなくグループに付与し、特権ロールの定期的なアクセス レビューを実施します。',
      console: [
        'Microsoft Entra 管理センターで [Entra ID] > [ユーザー] > [すべてのユーザー] を開き、「アカウントが有効」= いいえ で絞り込みます。',
        '各ユーザーの [Azure ロールの割り当て] で、サブスクリプションとスコープを確認します。',
        'Azure portal で各スコープ > [アクセス制御 (IAM)] > [ロールの割り当て] を開き、無効化されたユーザーの割り当てを選択して [削除] を選びます。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Role assignments of a disabled user, then remove them:',
      'az role assignment list --all --assignee <user-object-id> --include-inherited -o table',
      'az role assignment delete --assignee <user-object-id> --scope <scope>',
    ].join('\n'),
    terraform: [
      '# Grant roles to groups, so that removing a leaver from the group removes the access:',
      'resource "azurerm_role_assignment" "app_contributors" {',
      '  scope                = azurerm_resource_group.app.id',
      '  role_definition_name = "Contributor"',
      '  principal_id         = var.app_team_group_object_id',
      '}',
    ].join('\n'),
    bicep: [
      'param appTeamGroupObjectId string',
      '',
      '// Grant roles to groups, so that removing a leaver from the group removes the access.',
      "resource appContributors 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      "  name: guid(resourceGroup().id, appTeamGroupObjectId, 'b24988ac-6180-42a0-ab88-20f7382dd24c')",
      '  properties: {',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b24988ac-6180-42a0-ab88-20f7382dd24c')",
      '    principalId: appTeamGroupObjectId',
      "    principalType: 'Group'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-remove',
    'https://learn.microsoft.com/en-us/entra/id-governance/access-reviews-overview',
  ],
  evaluate(sub, ctx) {
    const userAssignments = assignmentsApplyingTo(sub, ctx).filter((a) => a.principalType === 'User');
    const users = usersOf(sub, ctx);
    const disabled = userAssignments.filter((a) => {
      const u = users.get(a.principalId);
      return u && !isEnabled(u.config);
    });
    const evidence = (list: typeof userAssignments) => list.slice(0, 20).map((a) => ({ ...describeAssignment(a), user: users.get(a.principalId)?.config.userPrincipalName ?? null }));
    if (disabled.length) {
      return fail(
        { en: `${disabled.length} role assignment(s) on the subscription belong to disabled user accounts.`, ja: `サブスクリプションのロール割り当てのうち ${disabled.length} 件が無効化されたユーザー アカウントのものです。` },
        { assignments: evidence(disabled) },
      );
    }
    const unresolved = userAssignments.filter((a) => !users.get(a.principalId));
    if (unresolved.length && !users.complete) {
      return notAssessed(
        { en: `${unresolved.length} role assignment(s) belong to users whose Entra ID details were not collected.`, ja: `ロール割り当てのうち ${unresolved.length} 件は、Entra ID の詳細が収集されていないユーザーのものです。` },
        { unresolved: evidence(unresolved) },
      );
    }
    return pass(
      { en: `No disabled user holds a role on the subscription (${userAssignments.length} user assignment(s) checked).`, ja: `サブスクリプションでロールを持つ無効化されたユーザーはいません（ユーザーへの割り当て ${userAssignments.length} 件を確認）。` },
      { checked: userAssignments.length, deletedPrincipals: unresolved.length },
    );
  },
});
