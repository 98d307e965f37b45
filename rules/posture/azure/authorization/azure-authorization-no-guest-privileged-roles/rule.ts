import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type SubscriptionConfig } from '../../../../../src/providers/azure/model/index.js';
import { isGuest } from '../../entra/users.js';
import { assignmentsApplyingTo, describeAssignment, PRIVILEGED_ROLES, usersOf } from '../assignments.js';

export const rule = defineRule<SubscriptionConfig>({
  id: 'azure-authorization-no-guest-privileged-roles',
  services: ['authorization', 'graph'],
  title: {
    en: 'Guest users hold no Owner, Contributor or access-management role on the subscription',
    ja: 'ゲスト ユーザーがサブスクリプションで所有者、共同作成者、アクセス管理のロールを持っていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.subscription],
  reads: [AZURE_TYPES.roleAssignment, AZURE_TYPES.user],
  readsAcrossScopes: [AZURE_TYPES.roleAssignment, AZURE_TYPES.user],
  requires: ['subscriptionId', 'managementGroupAncestors', 'tenantId'],
  frameworks: { 'mcsb-1.0': ['PA-4', 'PA-1'], 'nist-800-53-r5': ['AC-2', 'AC-6(5)'], 'pci-dss-4.0': ['7.2.2', '7.2.4'] },
  doc: {
    en: {
      description:
        'Checks the role assignments that apply to the subscription (on it, on its resource groups and resources, and inherited from management groups and the root scope) for the privileged administrator roles Owner, Contributor, User Access Administrator and Role Based Access Control Administrator held by a guest (B2B) user: userType Guest or an #EXT# user principal name. Guests reached through a group are not expanded.',
      urgency: 'Act within days: the account is secured by another organisation, yet it can change or take over your resources.',
      risk: 'A guest\'s password, MFA and offboarding are controlled by their home tenant. If the partner account is compromised, or the person leaves the partner without you being told, it keeps full or write access to your subscription: it can read data and keys, delete resources or grant access to others.',
      recommendation:
        'Remove the guest\'s privileged assignment. If the partner genuinely operates the subscription, use Azure Lighthouse or a member account issued by your organisation under your lifecycle controls, grant the narrowest role on the smallest scope, make it PIM-eligible and time-bound, and include it in access reviews.',
      console: [
        'In the Azure portal, open the subscription > "Access control (IAM)" > "Role assignments".',
        'Filter "Type" = "User" and look for guest accounts (#EXT# in the name) holding Owner, Contributor, User Access Administrator or Role Based Access Control Administrator, including inherited assignments.',
        'Select them and choose "Remove" (inherited ones must be removed at the management group that grants them).',
      ],
    },
    ja: {
      description:
        'サブスクリプションに適用されるロール割り当て（サブスクリプション、そのリソース グループとリソース、管理グループやルート スコープからの継承）のうち、特権管理者ロール（所有者、共同作成者、ユーザー アクセス管理者、ロール ベースのアクセス制御管理者）をゲスト（B2B）ユーザー（userType が Guest、またはユーザー プリンシパル名に #EXT# を含む）が持つものを確認します。グループ経由のゲストは展開しません。',
      urgency: '数日以内に対応してください。このアカウントは他組織が管理しているにもかかわらず、自社のリソースを変更したり乗っ取ったりできます。',
      risk: 'ゲストのパスワード、MFA、退職時の処理はホーム テナントが管理しています。取引先のアカウントが侵害されたり、本人が取引先を退職したのに連絡がなかったりすると、サブスクリプションへの全権または書き込み権限が残り、データやキーの読み取り、リソースの削除、ほかの人へのアクセス付与ができてしまいます。',
      recommendation:
        'ゲストの特権割り当てを削除してください。取引先が実際にサブスクリプションを運用する場合は、Azure Lighthouse か、自社のライフサイクル管理下で発行したメンバー アカウントを使い、最小のスコープに最も狭いロールを、PIM の適格割り当てかつ期限付きで付与して、アクセス レビューの対象にします。',
      console: [
        'Azure portal でサブスクリプション > [アクセス制御 (IAM)] > [ロールの割り当て] を開きます。',
        '[種類] =「ユーザー」で絞り込み、所有者、共同作成者、ユーザー アクセス管理者、ロール ベースのアクセス制御管理者を持つゲスト アカウント（名前に #EXT# を含む）を継承分も含めて探します。',
        '該当するものを選択して [削除] を選びます（継承された割り当ては付与元の管理グループで削除します）。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Privileged assignments held by guests (UPN contains #EXT#):',
      'az role assignment list --all --include-inherited --query "[?contains(principalName, \'#EXT#\') && contains([\'Owner\',\'Contributor\',\'User Access Administrator\',\'Role Based Access Control Administrator\'], roleDefinitionName)].{guest:principalName, role:roleDefinitionName, scope:scope}" -o table',
      'az role assignment delete --assignee <guest-object-id> --role Owner --scope <scope>',
    ].join('\n'),
    terraform: [
      '# Grant partner access through Azure Lighthouse (or an internal account) instead of guest role assignments:',
      'resource "azurerm_lighthouse_definition" "partner_ops" {',
      '  name               = "partner-operations"',
      '  managing_tenant_id = var.partner_tenant_id',
      '  scope              = data.azurerm_subscription.current.id',
      '  authorization {',
      '    principal_id           = var.partner_group_object_id',
      '    role_definition_id     = "acdd72a7-3385-48ef-bd42-f606fba81ae7" # Reader',
      '    principal_display_name = "Partner operations"',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      'param partnerTenantId string',
      'param partnerGroupObjectId string',
      '',
      "resource partnerOps 'Microsoft.ManagedServices/registrationDefinitions@2022-10-01' = {",
      "  name: guid(subscription().id, 'partner-operations')",
      '  properties: {',
      "    registrationDefinitionName: 'partner-operations'",
      '    managedByTenantId: partnerTenantId',
      '    authorizations: [',
      "      { principalId: partnerGroupObjectId, principalIdDisplayName: 'Partner operations', roleDefinitionId: 'acdd72a7-3385-48ef-bd42-f606fba81ae7' } // Reader",
      '    ]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-assignments-external-users',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles#privileged',
    'https://learn.microsoft.com/en-us/azure/lighthouse/overview',
  ],
  evaluate(sub, ctx) {
    const privileged = assignmentsApplyingTo(sub, ctx).filter((a) => PRIVILEGED_ROLES[a.role] && a.principalType === 'User');
    const users = usersOf(sub, ctx);
    const guests = privileged.filter((a) => {
      const u = users.get(a.principalId);
      return u && isGuest(u.config);
    });
    const evidence = (list: typeof privileged) => list.slice(0, 20).map((a) => ({ ...describeAssignment(a), role: PRIVILEGED_ROLES[a.role], user: users.get(a.principalId)?.config.userPrincipalName ?? null }));
    if (guests.length) {
      return fail(
        { en: `${guests.length} privileged role assignment(s) on the subscription are held by guest users.`, ja: `サブスクリプションの特権ロール割り当てのうち ${guests.length} 件をゲスト ユーザーが持っています。` },
        { guestAssignments: evidence(guests) },
      );
    }
    const unresolved = privileged.filter((a) => !users.get(a.principalId));
    if (unresolved.length && !users.complete) {
      return notAssessed(
        { en: `${unresolved.length} privileged assignment(s) belong to users whose Entra ID details were not collected.`, ja: `特権割り当てのうち ${unresolved.length} 件は、Entra ID の詳細が収集されていないユーザーのものです。` },
        { unresolved: evidence(unresolved) },
      );
    }
    return pass(
      { en: `No guest user holds a privileged role on the subscription (${privileged.length} user assignment(s) checked).`, ja: `サブスクリプションで特権ロールを持つゲスト ユーザーはいません（ユーザーへの割り当て ${privileged.length} 件を確認）。` },
      { checked: privileged.length, deletedPrincipals: unresolved.length },
    );
  },
});
