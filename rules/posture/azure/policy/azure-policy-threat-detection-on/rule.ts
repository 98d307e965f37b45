import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'defender-servers-on',
  displayName: 'Configure Defender for Servers to be enabled',
  guid: '8e86a5b6-b9bd-49d1-8e21-4bb8a0862222',
  definition: { en: 'Configure Azure Defender for servers to be enabled', ja: 'Azure Defender for servers を有効にするように構成する' },
  identity: { location: 'japaneast', roles: [{ name: 'Security Admin', id: 'fb1c8493-542b-48eb-b624-b4c8fea62acd' }] },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", keep "Effect" at DeployIfNotExists. Assign the other "Configure Microsoft Defender for … to be enabled" definitions your plans need (Storage, SQL, Key Vault, Containers, Resource Manager) the same way.',
  ja: '「パラメーター」タブで「効果」は DeployIfNotExists のままにします。必要なプラン（Storage、SQL、Key Vault、コンテナー、Resource Manager）についても「Configure Microsoft Defender for … to be enabled」系の定義を同様に割り当てます。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-threat-detection-on',
  intent: 'threat-detection-on',
  title: {
    en: 'Azure Policy keeps Microsoft Defender for Servers enabled',
    ja: 'Azure Policy で Microsoft Defender for Servers を有効な状態に保っている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['LT-1', 'ES-1'], 'nist-800-53-r5': ['SI-4'], 'pci-dss-4.0': ['11.5.1'] },
  doc: {
    en: {
      description:
        'Checks that "Configure Azure Defender for servers to be enabled" (DeployIfNotExists) applies to the subscription, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode; "Azure Defender for servers should be enabled" (AuditIfNotExists) alone only reports.',
      urgency:
        'Plan it within weeks: the Defender rules show whether the plan is on today; this guardrail is what turns it on for new subscriptions and back on when someone switches it off.',
      risk:
        'Without the policy, Defender for Servers depends on each subscription owner: new subscriptions start on the free tier, and anyone with Security Admin or Contributor on a subscription can downgrade the plan, silencing endpoint detection, vulnerability assessment and just-in-time access for every VM there, which an intruder does before deploying tools.',
      recommendation:
        'Assign "Configure Azure Defender for servers to be enabled" at the management group that holds your subscriptions, with a system-assigned managed identity (Security Admin) and a remediation task, and do the same for the other Defender plans your organisation requires. Alert on Microsoft.Security/pricings/write in the Activity Log.',
      console: steps.en,
    },
    ja: {
      description:
        '「Azure Defender for servers を有効にするように構成する」（DeployIfNotExists）が、サブスクリプション自体または上位の管理グループへの割り当てにより適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。「Azure Defender for servers を有効にする必要がある」（AuditIfNotExists）だけでは報告のみです。',
      urgency:
        '数週間以内に計画してください。現在プランが有効かどうかは Defender のルールで分かります。このガードレールは、新しいサブスクリプションでプランを有効にし、誰かが無効にしたときに元に戻すためのものです。',
      risk:
        'このポリシーがないと、Defender for Servers は各サブスクリプションの所有者次第になります。新しいサブスクリプションは無料レベルで始まり、サブスクリプションでセキュリティ管理者や共同作成者を持つ誰もがプランを下げられます。そうするとそこにあるすべての VM でエンドポイントの検出、脆弱性評価、Just-In-Time アクセスが止まり、侵入者はツールを展開する前にこれを行います。',
      recommendation:
        'サブスクリプションを含む管理グループで「Azure Defender for servers を有効にするように構成する」を割り当て、システム割り当てマネージド ID（セキュリティ管理者）と修復タスクを作成してください。組織が必要とする他の Defender プランも同様にします。アクティビティ ログで Microsoft.Security/pricings/write を通知するアラートも設定します。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/policy-reference',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/plan-defender-for-servers',
    'https://learn.microsoft.com/en-us/azure/governance/policy/how-to/remediate-resources',
  ],
});
