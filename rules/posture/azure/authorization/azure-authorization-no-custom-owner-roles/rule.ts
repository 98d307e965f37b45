import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type RoleDefinitionConfig } from '../../../../../src/providers/azure/model/index.js';

/** Assignable scopes at subscription level or above (root, management group, subscription). */
const broadScope = (s: string) => {
  const x = s.toLowerCase().replace(/\/+$/, '');
  return x === '' || /^\/subscriptions\/[^/]+$/.test(x) || /^\/providers\/microsoft\.management\/managementgroups\/[^/]+$/.test(x);
};

export const rule = defineRule<RoleDefinitionConfig>({
  id: 'azure-authorization-no-custom-owner-roles',
  services: ['authorization'],
  title: {
    en: 'No custom role grants all actions (*) at subscription scope or above',
    ja: 'サブスクリプション以上のスコープですべてのアクション（*）を許可するカスタム ロールがない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.roleDefinition],
  requires: ['id', 'roleName', 'roleType', 'permissions', 'assignableScopes'],
  frameworks: {
    'cis-azure-6.0': ['5.4'],
    'mcsb-1.0': ['PA-7', 'PA-1'],
    'nist-800-53-r5': ['AC-6', 'AC-6(5)'],
    'pci-dss-4.0': ['7.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks each custom role definition: it fails when its permissions include the action "*" (every management operation) and one of its assignable scopes is the root "/", a management group or a subscription, which makes it a home-made subscription administrator role. NotActions are reported in the evidence but do not change the result. Built-in roles are not applicable.',
      urgency: 'Review within weeks: the role may not be assigned yet, but once it is, it hides full control behind an unfamiliar name.',
      risk: 'A custom role with "*" can do everything Owner or Contributor can, yet reviews, alerts and Defender for Cloud recommendations that look for Owner miss it. Whoever holds it can delete resources, read keys and, unless Microsoft.Authorization is excluded, grant access to others.',
      recommendation:
        'Delete the custom role, or replace "*" with the specific actions the job needs (for example Microsoft.Compute/virtualMachines/start/action). Where full control is truly needed, use the built-in Owner or Contributor role so that it is visible in reviews, preferably through PIM-eligible assignments.',
      console: [
        'In the Azure portal, open the subscription (or management group) > "Access control (IAM)" > "Roles" and set "Type" to "CustomRole".',
        'Open each custom role and look at "Permissions" / "JSON" for "actions": ["*"].',
        'Select "Edit" and replace "*" with the specific permissions needed, or delete the role after removing its assignments.',
      ],
    },
    ja: {
      description:
        '各カスタム ロールの定義を確認し、アクセス許可にアクション「*」（すべての管理操作）が含まれ、割り当て可能なスコープにルート「/」、管理グループ、サブスクリプションのいずれかがある場合、つまり自作のサブスクリプション管理者ロールである場合に不合格とします。NotActions は証跡に記載しますが結果には影響しません。組み込みロールは対象外です。',
      urgency: '数週間以内に確認してください。まだ割り当てられていないかもしれませんが、割り当てられた時点で、見慣れない名前の裏に全権が隠れることになります。',
      risk: '「*」を持つカスタム ロールは所有者や共同作成者と同じことができるにもかかわらず、所有者を探すレビュー、アラート、Defender for Cloud の推奨事項では見落とされます。保持者はリソースの削除やキーの読み取りができ、Microsoft.Authorization が除外されていなければほかの人へのアクセス付与もできます。',
      recommendation:
        'カスタム ロールを削除するか、「*」を業務に必要な具体的なアクション（例: Microsoft.Compute/virtualMachines/start/action）に置き換えてください。本当に全権が必要な場合は、レビューで見えるように組み込みの所有者または共同作成者ロールを、できれば PIM の適格割り当てで使います。',
      console: [
        'Azure portal でサブスクリプション（または管理グループ）> [アクセス制御 (IAM)] > [ロール] を開き、[種類] を「CustomRole」にします。',
        '各カスタム ロールを開き、[アクセス許可] / [JSON] で "actions": ["*"] がないか確認します。',
        '[編集] で「*」を必要なアクセス許可に置き換えるか、割り当てを削除したうえでロールを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Custom roles whose actions include "*":',
      'az role definition list --custom-role-only true --query "[?permissions[?contains(actions, \'*\')]].{name:roleName, scopes:assignableScopes}" -o json',
      '# Narrow the role (edit the JSON: replace "*" with specific actions) or delete it:',
      'az role definition update --role-definition role.json',
      'az role definition delete --name "<custom role name>" --scope "/subscriptions/<subscription-id>"',
    ].join('\n'),
    terraform: [
      'resource "azurerm_role_definition" "vm_operator" {',
      '  name  = "VM Operator"',
      '  scope = data.azurerm_subscription.current.id',
      '  permissions {',
      '    actions = [',
      '      "Microsoft.Compute/virtualMachines/read",',
      '      "Microsoft.Compute/virtualMachines/start/action",',
      '      "Microsoft.Compute/virtualMachines/restart/action",',
      '      "Microsoft.Compute/virtualMachines/deallocate/action",',
      '    ]',
      '  }',
      '  assignable_scopes = [data.azurerm_subscription.current.id]',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '',
      "resource vmOperator 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {",
      "  name: guid(subscription().id, 'VM Operator')",
      '  properties: {',
      "    roleName: 'VM Operator'",
      "    type: 'CustomRole'",
      '    permissions: [',
      '      {',
      "        actions: ['Microsoft.Compute/virtualMachines/read', 'Microsoft.Compute/virtualMachines/start/action', 'Microsoft.Compute/virtualMachines/restart/action', 'Microsoft.Compute/virtualMachines/deallocate/action']",
      '        notActions: []',
      '      }',
      '    ]',
      '    assignableScopes: [subscription().id]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/role-definitions',
  ],
  evaluate(role) {
    const c = role.config;
    const name = c.roleName ?? role.name;
    if (c.roleType !== 'CustomRole') return notApplicable({ en: `${name} is a built-in role.`, ja: `${name} は組み込みロールです。` });
    const wildcard = (c.permissions ?? []).some((p) => (p.actions ?? []).includes('*'));
    const scopes = (c.assignableScopes ?? []).filter(broadScope);
    if (wildcard && scopes.length) {
      return fail(
        { en: `Custom role ${name} allows every action (*) and is assignable at ${scopes.join(', ')}.`, ja: `カスタム ロール ${name} はすべてのアクション（*）を許可し、${scopes.join('、')} で割り当て可能です。` },
        { assignableScopes: scopes, notActions: (c.permissions ?? []).flatMap((p) => p.notActions ?? []).slice(0, 20) },
      );
    }
    return pass(
      wildcard
        ? { en: `Custom role ${name} allows every action (*) but only at resource-group or resource scope.`, ja: `カスタム ロール ${name} はすべてのアクション（*）を許可しますが、割り当て可能なのはリソース グループまたはリソースのスコープのみです。` }
        : { en: `Custom role ${name} does not allow every action (*).`, ja: `カスタム ロール ${name} はすべてのアクション（*）を許可していません。` },
      { assignableScopes: c.assignableScopes ?? [] },
    );
  },
});
