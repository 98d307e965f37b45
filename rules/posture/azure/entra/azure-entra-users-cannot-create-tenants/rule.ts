import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { evaluateSwitch } from '../default-user-permissions.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const BODY = '{"defaultUserRolePermissions": {"allowedToCreateTenants": false}}';

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-users-cannot-create-tenants',
  services: ['graph'],
  title: {
    en: 'Non-admin users cannot create Microsoft Entra tenants',
    ja: '管理者以外のユーザーが Microsoft Entra テナントを作成できない',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-1', 'IM-2'], 'nist-800-53-r5': ['AC-6', 'CM-7'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Checks the user setting "Restrict non-admin users from creating tenants" (authorizationPolicy.defaultUserRolePermissions.allowedToCreateTenants). It passes when the setting is Yes (allowedToCreateTenants false), so only administrators and holders of the Tenant Creator role can create new tenants. By default any user can.',
      urgency: 'Low urgency: no current resource is exposed, but shadow tenants are hard to find and clean up later, so change the default as part of tenant hardening.',
      risk: 'A user who creates a tenant becomes its Global Administrator. Such tenants sit outside your Conditional Access, logging and lifecycle processes, can host subscriptions and apps that use your brand, and remain reachable by the creator after they leave the company.',
      recommendation:
        'Set "Restrict non-admin users from creating tenants" to Yes, grant the Tenant Creator role only to the people who provision tenants, and review that role\'s assignments periodically (CIS 5.3.6).',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Privileged Role Administrator.',
        'Go to Entra ID > Users > User settings.',
        'Set "Restrict non-admin users from creating tenants" to "Yes".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ユーザー設定「管理者以外のユーザーによるテナントの作成を制限する」（authorizationPolicy.defaultUserRolePermissions.allowedToCreateTenants）を確認します。「はい」（allowedToCreateTenants が false）であれば合格で、管理者とテナント作成者ロールの保持者だけが新しいテナントを作成できます。既定ではどのユーザーでも作成できます。',
      urgency: '緊急度は低めです。現在のリソースが公開されるわけではありませんが、管理外のテナントは後から見つけて整理するのが難しいため、テナントのセキュリティ強化の一環として既定値を変更してください。',
      risk: 'テナントを作成したユーザーはそのテナントのグローバル管理者になります。こうしたテナントは自社の条件付きアクセス、ログ、ライフサイクル管理の外にあり、自社ブランドを使ったサブスクリプションやアプリをホストでき、作成者が退職した後もその人がアクセスできる状態が残ります。',
      recommendation:
        '「管理者以外のユーザーによるテナントの作成を制限する」を「はい」に設定し、テナントを用意する担当者にのみテナント作成者ロールを付与して、その割り当てを定期的にレビューしてください（CIS 5.3.6）。',
      console: [
        '少なくとも特権ロール管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [ユーザー] > [ユーザー設定] に移動します。',
        '[管理者以外のユーザーによるテナントの作成を制限する] を [はい] に設定します。',
        '[保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('users_cannot_create_tenants', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-tenant-creation', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions#restrict-member-users-default-permissions',
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/permissions-reference#tenant-creator',
  ],
  evaluate: (tenant) => evaluateSwitch(tenant, 'allowedToCreateTenants', { en: 'create Microsoft Entra tenants', ja: 'Microsoft Entra テナントを作成する' }),
});
