import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-authorization-lock-admin-custom-role',
  services: ['authorization'],
  title: {
    en: 'A dedicated custom role is used to administer resource locks',
    ja: 'リソース ロックの管理に専用のカスタム ロールが使われている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['5.5'], 'mcsb-1.0': ['PA-7'], 'nist-800-53-r5': ['AC-6', 'AC-5'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Confirm that a custom role granting only Microsoft.Authorization/locks/* (for example "Resource Lock Administrator") exists and is assigned to the people who manage locks, so that locks can be placed and removed without Owner or User Access Administrator. Who should manage locks is an organisational decision, so this is a manual check.',
      urgency: 'Low urgency: set it up when introducing locks on critical resources.',
      risk: 'Without a dedicated role, lock management falls to Owners and User Access Administrators, so many people can remove the lock that protects a critical resource, and granting someone lock rights means granting far more than that.',
      recommendation:
        'Create a custom role with actions Microsoft.Authorization/locks/* (and read access to the resources), assignable at the subscription, assign it to a small group, and remove lock management from day-to-day Owners where possible.',
      console: [
        'In the Azure portal, open the subscription > "Access control (IAM)" > "Add" > "Add custom role".',
        'Name it "Resource Lock Administrator", add the permissions "Microsoft.Authorization/locks/read", "write" and "delete", and set the assignable scope to the subscription.',
        'Create it, then assign it to the group that manages locks ("Add role assignment").',
      ],
    },
    ja: {
      description:
        'Microsoft.Authorization/locks/* のみを許可するカスタム ロール（例:「Resource Lock Administrator」）が存在し、ロックを管理する担当者に割り当てられていること、つまり所有者やユーザー アクセス管理者なしでロールの設定と解除ができることを確認します。誰がロックを管理すべきかは組織の判断によるため、手動での確認になります。',
      urgency: '緊急度は低めです。重要なリソースにロックを導入する際に設定してください。',
      risk: '専用のロールがないと、ロールの管理は所有者とユーザー アクセス管理者に委ねられ、重要なリソースを守るロックを多くの人が解除できてしまいます。また、誰かにロックの権限を与えることが、それ以上の権限を与えることを意味します。',
      recommendation:
        'アクション Microsoft.Authorization/locks/*（とリソースの読み取り）を持ち、サブスクリプションで割り当て可能なカスタム ロールを作成して少人数のグループに割り当て、可能であれば日常的な所有者からロック管理を外してください。',
      console: [
        'Azure portal でサブスクリプション > [アクセス制御 (IAM)] > [追加] > [カスタム ロールの追加] を開きます。',
        '名前を「Resource Lock Administrator」とし、アクセス許可「Microsoft.Authorization/locks/read」「write」「delete」を追加して、割り当て可能なスコープをサブスクリプションにします。',
        '作成後、ロックを管理するグループに割り当てます（[ロールの割り当ての追加]）。',
      ],
    },
  },
  remediation: {
    cli: 'az role definition create --role-definition \'{"Name":"Resource Lock Administrator","Description":"Can administer resource locks","Actions":["Microsoft.Authorization/locks/*","Microsoft.Resources/subscriptions/resourceGroups/read"],"AssignableScopes":["/subscriptions/<subscription-id>"]}\'',
    terraform: [
      'resource "azurerm_role_definition" "lock_admin" {',
      '  name  = "Resource Lock Administrator"',
      '  scope = data.azurerm_subscription.current.id',
      '  permissions {',
      '    actions = ["Microsoft.Authorization/locks/*", "Microsoft.Resources/subscriptions/resourceGroups/read"]',
      '  }',
      '  assignable_scopes = [data.azurerm_subscription.current.id]',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '',
      "resource lockAdmin 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {",
      "  name: guid(subscription().id, 'Resource Lock Administrator')",
      '  properties: {',
      "    roleName: 'Resource Lock Administrator'",
      "    description: 'Can administer resource locks'",
      "    type: 'CustomRole'",
      "    permissions: [{ actions: ['Microsoft.Authorization/locks/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'], notActions: [] }]",
      '    assignableScopes: [subscription().id]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources#who-can-create-or-delete-locks', 'https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles'],
});
