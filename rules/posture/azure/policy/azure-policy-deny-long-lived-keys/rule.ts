import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'deny-storage-shared-key',
  displayName: 'Storage accounts should prevent shared key access',
  guid: '8c6a50c6-9ffd-4ae7-986f-5fa6111f9a54',
  definition: { en: 'Storage accounts should prevent shared key access', ja: 'ストレージ アカウントで共有キー アクセスを禁止する必要がある' },
  parameters: { effect: 'Deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", clear "Only show parameters that need input or review" and set "Effect" to Deny. Run it with Audit first and move the workloads that still use account keys or SAS signed with them to Microsoft Entra ID (managed identities) before switching to Deny.',
  ja: '「パラメーター」タブで「入力または確認が必要なパラメーターのみを表示する」をオフにし、「効果」を Deny にします。まず Audit で運用し、アカウント キーやそれで署名した SAS をまだ使っているワークロードを Microsoft Entra ID（マネージド ID）に移行してから Deny に切り替えます。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-deny-long-lived-keys',
  intent: 'deny-long-lived-keys',
  title: {
    en: 'Azure Policy denies storage accounts that allow shared key access',
    ja: 'Azure Policy で共有キー アクセスを許可するストレージ アカウントを拒否している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['IM-1', 'IM-8'], 'nist-800-53-r5': ['IA-2', 'IA-5'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description:
        'Checks that "Storage accounts should prevent shared key access" applies to the subscription with effect Deny, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so storage accounts cannot be created or changed with allowSharedKeyAccess enabled.',
      urgency:
        'Plan it within weeks: moving workloads to Microsoft Entra ID takes time, but every account created meanwhile adds two more never-expiring full-access keys that can leak.',
      risk:
        'Storage account keys grant full control of all data in the account, never expire, and are not tied to a person: a key pasted in a repository, a pipeline log or a connection string lets anyone read, overwrite or delete the data from anywhere the network allows, and Microsoft Entra sign-in logs and Conditional Access never see it. SAS tokens signed with the key inherit the same weakness.',
      recommendation:
        'Assign "Storage accounts should prevent shared key access" at the management group with effect Deny once workloads use Microsoft Entra ID (managed identities, user delegation SAS). Grant time-limited exemptions for the few services that still require keys and track them to removal.',
      console: steps.en,
    },
    ja: {
      description:
        '「ストレージ アカウントで共有キー アクセスを禁止する必要がある」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 Deny で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、allowSharedKeyAccess を有効にしたストレージ アカウントを作成・変更できなくなります。',
      urgency:
        '数週間以内に計画してください。ワークロードの Microsoft Entra ID への移行には時間がかかりますが、その間に作成されるアカウントごとに、漏えいし得る無期限のフル アクセス キーが 2 つずつ増えていきます。',
      risk:
        'ストレージ アカウント キーはアカウント内の全データを完全に制御でき、有効期限がなく、個人にも紐付きません。リポジトリ、パイプラインのログ、接続文字列に貼り付けられたキーがあれば、ネットワークが許すどこからでも誰でもデータを読み取り、上書き、削除でき、Microsoft Entra のサインイン ログにも条件付きアクセスにも現れません。キーで署名した SAS トークンも同じ弱点を引き継ぎます。',
      recommendation:
        'ワークロードが Microsoft Entra ID（マネージド ID、ユーザー委任 SAS）を使うようになったら、管理グループで「ストレージ アカウントで共有キー アクセスを禁止する必要がある」を効果 Deny で割り当ててください。まだキーが必要な一部のサービスには期限付きの適用除外を設定し、解消まで追跡します。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent',
    'https://learn.microsoft.com/en-us/azure/storage/common/policy-reference',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/exemption-structure',
  ],
});
