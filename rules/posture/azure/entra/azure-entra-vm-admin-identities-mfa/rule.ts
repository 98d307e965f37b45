import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-vm-admin-identities-mfa',
  services: ['graph', 'authorization'],
  title: {
    en: 'Only MFA-protected identities can administer or sign in to privileged virtual machines',
    ja: '特権を持つ仮想マシンを管理またはサインインできるのは MFA で保護された ID のみである',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: { 'cis-azure-6.0': ['3.1.1'], 'mcsb-1.0': ['IM-6', 'PA-7'], 'nist-800-53-r5': ['IA-2(1)', 'AC-6'], 'pci-dss-4.0': ['8.4.1'] },
  doc: {
    en: {
      description:
        'Confirm that every identity holding a role that lets it sign in to or administer virtual machines (Virtual Machine Administrator Login, Virtual Machine User Login, Virtual Machine Contributor, Owner or Contributor on the VM, its resource group or subscription) is a user protected by MFA, and that unneeded assignments, including those of managed identities of other VMs, are removed. Which VMs are "privileged" is a judgement call, so this is a manual check.',
      urgency: 'Review within days for VMs that hold sensitive data or act as jump hosts; a password is all that stands between an attacker and a shell on them otherwise.',
      risk: 'An identity with VM login or management rights can run commands, reset local passwords or install extensions on the VM. Without MFA a phished password becomes code execution inside your network, from which the attacker reads data, harvests the VM\'s managed identity tokens and moves laterally.',
      recommendation:
        'List the role assignments on privileged VMs and their scopes, remove those that are not needed, make sure each remaining user is covered by a Conditional Access policy requiring MFA (target "Azure Windows VM Sign-In" / "Azure Linux VM Sign-In" and Azure management), grant access just in time with Privileged Identity Management, and use Azure Bastion instead of public RDP/SSH.',
      console: [
        'In the Azure portal, open the virtual machine > "Access control (IAM)" > "Role assignments" and note every principal with VM login, VM Contributor, Contributor or Owner (including inherited ones).',
        'In the Microsoft Entra admin center, go to Entra ID > Authentication methods > User registration details and check that each of those users is MFA registered.',
        'Check under Entra ID > Conditional Access that a policy requires MFA for them on Azure management and VM sign-in.',
        'Remove unneeded assignments from the VM\'s "Access control (IAM)" blade.',
      ],
    },
    ja: {
      description:
        '仮想マシンへのサインインや管理を許可するロール（Virtual Machine Administrator Login、Virtual Machine User Login、仮想マシン共同作成者、VM・リソース グループ・サブスクリプションの所有者または共同作成者）を持つすべての ID が MFA で保護されたユーザーであり、ほかの VM のマネージド ID を含め不要な割り当てが削除されていることを確認します。どの VM が「特権」を持つかは判断を要するため、手動での確認になります。',
      urgency: '機密データを持つ VM や踏み台ホストについては数日以内に確認してください。そうでなければ、攻撃者がそれらの VM でシェルを得るのを阻むのはパスワードだけです。',
      risk: 'VM へのログインや管理の権限を持つ ID は、VM 上でのコマンド実行、ローカル パスワードのリセット、拡張機能のインストールができます。MFA がないと、フィッシングされたパスワードがそのまま社内ネットワークでのコード実行につながり、攻撃者はデータを読み取り、VM のマネージド ID のトークンを奪って横展開します。',
      recommendation:
        '特権を持つ VM のロール割り当てとそのスコープを一覧にし、不要なものを削除してください。残る各ユーザーが MFA を要求する条件付きアクセス ポリシー（対象:「Azure Windows VM Sign-In」/「Azure Linux VM Sign-In」と Azure の管理）の対象であることを確認し、Privileged Identity Management で Just-In-Time のアクセスとし、公開 RDP/SSH の代わりに Azure Bastion を使います。',
      console: [
        'Azure portal で仮想マシン > [アクセス制御 (IAM)] > [ロールの割り当て] を開き、VM ログイン、仮想マシン共同作成者、共同作成者、所有者を持つプリンシパル（継承を含む）をすべて控えます。',
        'Microsoft Entra 管理センターの [Entra ID] > [認証方法] > [ユーザー登録の詳細] で、それらのユーザーが MFA 登録済みであることを確認します。',
        '[Entra ID] > [条件付きアクセス] で、それらのユーザーに Azure の管理と VM サインインで MFA を要求するポリシーがあることを確認します。',
        'VM の [アクセス制御 (IAM)] で不要な割り当てを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Who can sign in to or manage the VM (including inherited assignments):',
      'az role assignment list --scope $(az vm show -g <rg> -n <vm> --query id -o tsv) --include-inherited --query "[].{principal:principalName, type:principalType, role:roleDefinitionName, scope:scope}" -o table',
      '# Remove an assignment that is not needed:',
      'az role assignment delete --assignee <principal-id> --role "Virtual Machine Administrator Login" --scope <vm-id>',
    ].join('\n'),
    terraform: [
      '# Grant VM login to a reviewed group only (members covered by Conditional Access MFA):',
      'resource "azurerm_role_assignment" "vm_admin_login" {',
      '  scope                = azurerm_linux_virtual_machine.jump.id',
      '  role_definition_name = "Virtual Machine Administrator Login"',
      '  principal_id         = var.vm_admins_group_object_id',
      '}',
    ].join('\n'),
    bicep: [
      'param vmName string',
      'param vmAdminsGroupObjectId string',
      '',
      "resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' existing = {",
      '  name: vmName',
      '}',
      '',
      "resource vmAdminLogin 'Microsoft.Authorization/roleAssignments@2022-04-01' = {",
      "  name: guid(vm.id, vmAdminsGroupObjectId, '1c0163c0-47e6-4577-8991-ea5c82e286e4')",
      '  scope: vm',
      '  properties: {',
      "    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '1c0163c0-47e6-4577-8991-ea5c82e286e4') // Virtual Machine Administrator Login",
      '    principalId: vmAdminsGroupObjectId',
      "    principalType: 'Group'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/devices/howto-vm-sign-in-azure-ad-windows',
    'https://learn.microsoft.com/en-us/entra/identity/devices/howto-vm-sign-in-azure-ad-linux',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/compute',
  ],
});
