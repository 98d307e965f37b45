import { defineRule } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type TenantConfig } from '../../../../../src/providers/azure/model/index.js';
import { evaluateSwitch } from '../default-user-permissions.js';
import { AUTHORIZATION_POLICY_URL, graphPatchCli, graphPatchTerraform, graphScriptBicep } from '../remediation.js';

const BODY = '{"defaultUserRolePermissions": {"allowedToCreateSecurityGroups": false}}';

export const rule = defineRule<TenantConfig>({
  id: 'azure-entra-users-cannot-create-security-groups',
  services: ['graph'],
  title: {
    en: 'Non-admin users cannot create security groups',
    ja: '管理者以外のユーザーがセキュリティ グループを作成できない',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.tenant],
  requires: ['tenantId', 'authorizationPolicy'],
  frameworks: { 'mcsb-1.0': ['IM-2', 'PA-3'], 'nist-800-53-r5': ['AC-2', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks the group setting "Users can create security groups in Azure portals, API or PowerShell" (authorizationPolicy.defaultUserRolePermissions.allowedToCreateSecurityGroups). It passes when ordinary users cannot create security groups; by default they can.',
      urgency: 'Low urgency: it is a hygiene control; schedule it with the other directory settings.',
      risk: 'Security groups are what Azure RBAC, Conditional Access exclusions and app access are granted to. When anyone can create them, groups multiply without owners or naming conventions, look-alike groups can be created to catch grants meant for official ones, and access reviews cannot keep up.',
      recommendation:
        'Set "Users can create security groups in Azure portals, API or PowerShell" to No, let an identity team (or Groups Administrators) create security groups through a request process, and use self-service only for Microsoft 365 groups where the business needs it.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Groups Administrator.',
        'Go to Entra ID > Groups > General (Group settings).',
        'Set "Users can create security groups in Azure portals, API or PowerShell" to "No".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'グループ設定「ユーザーは Azure portal、API、または PowerShell でセキュリティ グループを作成できる」（authorizationPolicy.defaultUserRolePermissions.allowedToCreateSecurityGroups）を確認します。一般ユーザーがセキュリティ グループを作成できなければ合格です。既定では作成できます。',
      urgency: '緊急度は低めです。衛生管理のための設定なので、ほかのディレクトリ設定と併せて計画してください。',
      risk: 'セキュリティ グループは Azure RBAC、条件付きアクセスの除外、アプリへのアクセスの付与先になります。誰でも作成できると、所有者や命名規則のないグループが増え、正式なグループ向けの付与を横取りする紛らわしいグループも作れてしまい、アクセス レビューが追いつかなくなります。',
      recommendation:
        '「ユーザーは Azure portal、API、または PowerShell でセキュリティ グループを作成できる」を「いいえ」に設定し、セキュリティ グループは ID 管理チーム（またはグループ管理者）が申請プロセスを通じて作成するようにしてください。セルフサービスは業務上必要な Microsoft 365 グループに限定します。',
      console: [
        '少なくともグループ管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [グループ] > [全般]（グループ設定）に移動します。',
        '[ユーザーは Azure portal、API、または PowerShell でセキュリティ グループを作成できる] を [いいえ] に設定します。',
        '[保存] を選択します。',
      ],
    },
  },
  remediation: {
    cli: graphPatchCli(AUTHORIZATION_POLICY_URL, BODY),
    terraform: graphPatchTerraform('users_cannot_create_security_groups', AUTHORIZATION_POLICY_URL, BODY),
    bicep: graphScriptBicep('restrict-security-group-creation', 'Policy.ReadWrite.Authorization', [graphPatchCli(AUTHORIZATION_POLICY_URL, BODY)]),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/users/groups-self-service-management',
    'https://learn.microsoft.com/en-us/graph/api/resources/defaultuserrolepermissions',
  ],
  evaluate: (tenant) => evaluateSwitch(tenant, 'allowedToCreateSecurityGroups', { en: 'create security groups', ja: 'セキュリティ グループを作成する' }),
});
