import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, BUILT_IN_ROLES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { assignmentsApplyingTo, describeAssignment } from '../assignments.js';

export const MIN_OWNERS = 2;
export const MAX_OWNERS = 3;

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-authorization-subscription-owners-count',
  services: ['authorization'],
  title: {
    en: 'Each subscription has between 2 and 3 Owners',
    ja: '各サブスクリプションの所有者が 2～3 個である',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.roleAssignment],
  readsAcrossScopes: [AZURE_TYPES.roleAssignment],
  requires: ['subscriptionId', 'managementGroupAncestors'],
  frameworks: {
    'cis-azure-6.0': ['5.7'],
    'mcsb-1.0': ['PA-1'],
    'nist-800-53-r5': ['AC-6(5)', 'AC-5'],
    'pci-dss-4.0': ['7.2.2'],
  },
  doc: {
    en: {
      description:
        `Counts the distinct principals (users, groups, service principals, managed identities) with an Owner role assignment (${BUILT_IN_ROLES.owner}) made directly on the subscription, as the CIS audit does; it passes with 2 or 3. Owners inherited from management groups or the root scope are governed at that level, so they are listed in the evidence but not counted; Owners of resource groups are not counted either. A group counts once whatever its size.`,
      urgency: 'Adjust within weeks: neither too few nor too many owners is an incident today, but both make the next incident worse.',
      risk: 'With a single Owner, losing that account (departure, lost MFA device, compromise) leaves nobody able to manage access, recover from mistakes or respond to an incident on the subscription. With many Owners, every one of them is an account whose compromise gives full control, including deleting resources and granting access to others, and accountability for changes is diluted.',
      recommendation:
        'Keep two or three Owners on each subscription, preferably a small group or PIM-eligible assignments for the team responsible, and give everyone else narrower roles (Contributor on resource groups, specific service roles). Remove Owners that are no longer needed; add a second one where there is only one.',
      console: [
        'In the Azure portal, open "Subscriptions" and select the subscription.',
        'Select "Access control (IAM)" > "Role assignments" and filter Role = "Owner" and Scope = "This resource".',
        'Remove unneeded Owners ("Remove"), or add a second Owner with "Add" > "Add role assignment" > "Privileged administrator roles" > "Owner".',
        'Prefer eligible assignments in Privileged Identity Management for standing Owners.',
      ],
    },
    ja: {
      description:
        `CIS の監査手順と同じく、サブスクリプションに直接割り当てられた所有者ロール（${BUILT_IN_ROLES.owner}）を持つプリンシパル（ユーザー、グループ、サービス プリンシパル、マネージド ID）の数を数え、2 または 3 であれば合格とします。管理グループやルート スコープから継承された所有者はそのレベルで管理されるため、証跡に記載しますが数えません。リソース グループの所有者も数えません。グループは人数にかかわらず 1 個と数えます。`,
      urgency: '数週間以内に調整してください。所有者が少なすぎても多すぎても今すぐインシデントになるわけではありませんが、次のインシデントを悪化させます。',
      risk: '所有者が 1 人だけの場合、そのアカウントを失う（退職、MFA デバイスの紛失、侵害）と、サブスクリプションのアクセス管理、ミスからの復旧、インシデント対応ができる人がいなくなります。所有者が多い場合は、その 1 人ひとりが侵害されればリソースの削除やほかの人へのアクセス付与を含む全権を握られるアカウントとなり、変更の責任の所在も曖昧になります。',
      recommendation:
        '各サブスクリプションの所有者は 2～3 個とし、担当チームの小さなグループや PIM の適格割り当てにすることが望まれます。それ以外の人には範囲の狭いロール（リソース グループの共同作成者、サービス固有のロール）を付与してください。不要な所有者は削除し、1 人しかいない場合は 2 人目を追加します。',
      console: [
        'Azure portal で [サブスクリプション] を開き、対象のサブスクリプションを選択します。',
        '[アクセス制御 (IAM)] > [ロールの割り当て] で、ロール =「所有者」、スコープ =「このリソース」で絞り込みます。',
        '不要な所有者を [削除] するか、[追加] > [ロールの割り当ての追加] > [特権管理者ロール] > [所有者] で 2 人目を追加します。',
        '常設の所有者は Privileged Identity Management の適格割り当てにすることを推奨します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Owners assigned directly on the subscription:',
      'az role assignment list --role Owner --scope "/subscriptions/<subscription-id>" --query "[?scope==\'/subscriptions/<subscription-id>\'].{principal:principalName, type:principalType}" -o table',
      '# Remove one, or add a second:',
      'az role assignment delete --assignee <principal-id> --role Owner --scope "/subscriptions/<subscription-id>"',
      'az role assignment create --assignee-object-id <group-object-id> --assignee-principal-type Group --role Owner --scope "/subscriptions/<subscription-id>"',
    ].join('\n'),
    terraform: [
      '# Manage the subscription Owners explicitly: two or three principals.',
      'resource "azurerm_role_assignment" "owners" {',
      '  for_each             = toset(var.subscription_owner_object_ids) # 2 or 3 ids',
      '  scope                = data.azurerm_subscription.current.id',
      '  role_definition_name = "Owner"',
      '  principal_id         = each.value',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '@minLength(2)',
      '@maxLength(3)',
      'param ownerObjectIds array',
      '',
      "resource owners 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for id in ownerObjectIds: {",
      "  name: guid(subscription().id, id, '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
      '  properties: {',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635')",
      '    principalId: id',
      '  }',
      '}]',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices#limit-the-number-of-subscription-owners',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-list-portal',
  ],
  evaluate(sub, ctx) {
    const owners = assignmentsApplyingTo(sub, ctx).filter((a) => a.role === BUILT_IN_ROLES.owner);
    const direct = owners.filter((a) => a.level === 'subscription');
    const principals = [...new Map(direct.map((a) => [a.principalId, a])).values()];
    const inherited = owners.filter((a) => a.level === 'root' || a.level === 'managementGroup').slice(0, 10).map(describeAssignment);
    const evidence = { count: principals.length, owners: principals.slice(0, 20).map(describeAssignment), inheritedOwners: inherited };
    if (principals.length < MIN_OWNERS) {
      return fail(
        {
          en: `The subscription has ${principals.length} Owner(s) assigned directly (at least ${MIN_OWNERS} needed)${inherited.length ? `; ${inherited.length} more inherited from above are not counted` : ''}.`,
          ja: `サブスクリプションに直接割り当てられた所有者は ${principals.length} 個です（${MIN_OWNERS} 個以上必要）${inherited.length ? `。上位から継承された ${inherited.length} 個は数えていません` : ''}。`,
        },
        evidence,
      );
    }
    if (principals.length > MAX_OWNERS) {
      return fail({ en: `The subscription has ${principals.length} Owners assigned directly (at most ${MAX_OWNERS}).`, ja: `サブスクリプションに直接割り当てられた所有者が ${principals.length} 個あります（最大 ${MAX_OWNERS} 個）。` }, evidence);
    }
    return pass({ en: `The subscription has ${principals.length} Owners assigned directly.`, ja: `サブスクリプションに直接割り当てられた所有者は ${principals.length} 個です。` }, evidence);
  },
});
