import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'storage-infra-encryption',
  displayName: 'Storage accounts should have infrastructure encryption',
  guid: '4733ea7b-a883-42fe-8cac-97454c2a9e4a',
  definition: { en: 'Storage accounts should have infrastructure encryption', ja: 'ストレージ アカウントにはインフラストラクチャ暗号化が必要である' },
  parameters: { effect: 'Deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", clear "Only show parameters that need input or review" and set "Effect" to Deny. Infrastructure encryption can only be chosen when an account is created, so the Deny applies to new accounts; existing ones are reported as non-compliant and need to be recreated and their data copied.',
  ja: '「パラメーター」タブで「入力または確認が必要なパラメーターのみを表示する」をオフにし、「効果」を Deny にします。インフラストラクチャ暗号化はアカウント作成時にしか選べないため、Deny は新しいアカウントに適用されます。既存のアカウントは非準拠として報告され、再作成してデータをコピーする必要があります。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-enforce-encryption',
  intent: 'enforce-encryption',
  title: {
    en: 'Azure Policy requires infrastructure (double) encryption for new storage accounts',
    ja: 'Azure Policy で新しいストレージ アカウントにインフラストラクチャ暗号化（二重暗号化）を必須にしている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'mcsb-1.0': ['DP-4'], 'nist-800-53-r5': ['SC-28', 'SC-28(1)'], 'pci-dss-4.0': ['3.5.1'] },
  doc: {
    en: {
      description:
        'Checks that "Storage accounts should have infrastructure encryption" applies to the subscription with effect Deny, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so every new storage account encrypts data twice (service level and infrastructure level, with different keys and algorithms).',
      urgency:
        'Low urgency: storage data is always encrypted at rest by the service; the second layer matters where regulation or the data classification requires double encryption, and it must be decided before accounts are created.',
      risk:
        'Azure Storage encrypts all data with 256-bit AES whatever the setting; without infrastructure encryption that is a single layer, so a flaw or compromise of that one layer or its keys exposes the data. Organisations bound to double-encryption requirements cannot fix an account afterwards: the setting is fixed at creation, so each account created without it must later be rebuilt and its data migrated.',
      recommendation:
        'Where your data protection standard requires double encryption, assign the definition at the management group that holds those workloads with effect Deny, and add it to your storage account templates (requireInfrastructureEncryption: true). Elsewhere, record the decision not to require it.',
      console: steps.en,
    },
    ja: {
      description:
        '「ストレージ アカウントにはインフラストラクチャ暗号化が必要である」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 Deny で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、新しいストレージ アカウントはすべて、サービス レベルとインフラストラクチャ レベルで異なるキーとアルゴリズムによりデータを二重に暗号化します。',
      urgency:
        '緊急度は低めです。ストレージのデータはサービスによって常に保存時に暗号化されています。2 層目は規制やデータ分類が二重暗号化を求める場合に重要であり、アカウント作成前に決めておく必要があります。',
      risk:
        'Azure Storage は設定にかかわらず全データを 256 ビット AES で暗号化しますが、インフラストラクチャ暗号化がなければそれは 1 層だけであり、その層やキーの欠陥・侵害がデータの露出につながります。二重暗号化の要件がある組織では、この設定は作成時に固定されるため後から修正できず、設定なしで作成したアカウントはいずれ作り直してデータを移行する必要があります。',
      recommendation:
        'データ保護基準で二重暗号化が必要な場合は、該当ワークロードを含む管理グループでこの定義を効果 Deny で割り当て、ストレージ アカウントのテンプレートにも requireInfrastructureEncryption: true を追加してください。それ以外の場合は、必須にしないという判断を記録しておきます。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/infrastructure-encryption-enable',
    'https://learn.microsoft.com/en-us/azure/storage/common/policy-reference',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
  ],
});
