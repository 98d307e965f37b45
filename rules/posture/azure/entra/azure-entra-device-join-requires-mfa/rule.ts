import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-entra-device-join-requires-mfa',
  services: ['graph'],
  title: {
    en: 'Registering or joining devices to Microsoft Entra ID requires MFA',
    ja: 'Microsoft Entra ID へのデバイスの登録または参加に MFA が必要である',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['5.1.2'], 'mcsb-1.0': ['IM-6'], 'nist-800-53-r5': ['IA-2(1)'], 'pci-dss-4.0': ['8.4.2'] },
  doc: {
    en: {
      description:
        'Confirm that a user must complete MFA to register or join a device to Microsoft Entra ID: either the device setting "Require Multifactor Authentication to register or join devices with Microsoft Entra" is Yes, or (preferred, and required when the setting is No) a Conditional Access policy targets the user action "Register or join devices" and requires MFA. Which of the two applies depends on the tenant\'s Conditional Access set-up, so this is a manual check.',
      urgency: 'Review within weeks: a rogue device is a durable foothold, but it first needs a stolen password.',
      risk: 'A device registered with only a password receives a device identity and Primary Refresh Token. Conditional Access rules that trust registered or joined devices then admit the attacker\'s machine, and the device can persist after the password is changed.',
      recommendation:
        'If Conditional Access is available, create a policy with User actions > "Register or join devices" and Grant > "Require multifactor authentication", and set the device setting to No (the two must not be combined). Otherwise set "Require Multifactor Authentication to register or join devices with Microsoft Entra" to Yes. Also limit the maximum number of devices per user.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least a Cloud Device Administrator (Conditional Access Administrator for the policy).',
        'Go to Entra ID > Devices > Device settings and check "Require Multifactor Authentication to register or join devices with Microsoft Entra".',
        'Or go to Entra ID > Conditional Access > Policies and check for an enabled policy with Target resources > User actions > "Register or join devices" and Grant > "Require multifactor authentication".',
        'Create the policy or change the setting if neither is in place.',
      ],
    },
    ja: {
      description:
        'ユーザーがデバイスを Microsoft Entra ID に登録または参加させる際に MFA が必要であることを確認します。デバイス設定「Microsoft Entra にデバイスを登録または参加させるには多要素認証が必要」が「はい」であるか、（推奨。設定が「いいえ」の場合は必須）ユーザー操作「デバイスの登録または参加」を対象に MFA を要求する条件付きアクセス ポリシーがあれば適合です。どちらが該当するかはテナントの条件付きアクセスの構成によるため、手動での確認になります。',
      urgency: '数週間以内に確認してください。不正なデバイスは長く居座る足掛かりになりますが、まずはパスワードを盗む必要があります。',
      risk: 'パスワードだけで登録されたデバイスにもデバイス ID とプライマリ更新トークンが発行されます。登録済みまたは参加済みのデバイスを信頼する条件付きアクセスのルールは攻撃者のマシンを受け入れ、パスワード変更後もデバイスが残り続けます。',
      recommendation:
        '条件付きアクセスが使える場合は、[ユーザー操作] >「デバイスの登録または参加」と [許可] >「多要素認証を要求する」のポリシーを作成し、デバイス設定は「いいえ」にします（両者は併用できません）。使えない場合は「Microsoft Entra にデバイスを登録または参加させるには多要素認証が必要」を「はい」にしてください。ユーザーあたりの最大デバイス数も制限します。',
      console: [
        '少なくともクラウド デバイス管理者（ポリシーには条件付きアクセス管理者）として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [デバイス] > [デバイスの設定] で「Microsoft Entra にデバイスを登録または参加させるには多要素認証が必要」を確認します。',
        'または [Entra ID] > [条件付きアクセス] > [ポリシー] で、[ターゲット リソース] > [ユーザー操作] >「デバイスの登録または参加」と [許可] >「多要素認証を要求する」の有効なポリシーがあるか確認します。',
        'どちらもない場合は、ポリシーを作成するか設定を変更します。',
      ],
    },
  },
  remediation: {
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body \'{"displayName":"Require MFA to register or join devices","state":"enabled","conditions":{"applications":{"includeUserActions":["urn:user:registerdevice"]},"users":{"includeUsers":["All"]}},"grantControls":{"operator":"OR","builtInControls":["mfa"]}}\'',
    terraform: [
      'resource "azuread_conditional_access_policy" "device_registration_mfa" {',
      '  display_name = "Require MFA to register or join devices"',
      '  state        = "enabled"',
      '  conditions {',
      '    client_app_types = ["all"]',
      '    applications {',
      '      included_user_actions = ["urn:user:registerdevice"]',
      '    }',
      '    users {',
      '      included_users = ["All"]',
      '    }',
      '  }',
      '  grant_controls {',
      '    operator          = "OR"',
      '    built_in_controls = ["mfa"]',
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/devices/manage-device-identities#configure-device-settings',
    'https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-all-users-device-registration',
  ],
});
