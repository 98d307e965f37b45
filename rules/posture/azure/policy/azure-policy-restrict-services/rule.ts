import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'not-allowed-types',
  displayName: 'Not allowed resource types',
  guid: '6c112d4e-5bc7-47ae-a041-ea2d9dccd749',
  definition: { en: 'Not allowed resource types', ja: '許可されていないリソースの種類' },
  parameters: { listOfResourceTypesNotAllowed: ['Microsoft.ClassicCompute/virtualMachines', 'Microsoft.ClassicStorage/storageAccounts', 'Microsoft.ClassicNetwork/virtualNetworks'], effect: 'Deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", list the resource types the organisation has not approved (or, for a strict allow-list, assign "Allowed resource types", a08ec900-254a-4555-9bf5-e42af04b5c5c, with the approved types instead) and keep "Effect" at Deny.',
  ja: '「パラメーター」タブで、組織が承認していないリソースの種類を指定し（厳格な許可リストにする場合は、代わりに「許可されているリソースの種類」a08ec900-254a-4555-9bf5-e42af04b5c5c を承認済みの種類で割り当てます）、「効果」は Deny のままにします。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-restrict-services',
  intent: 'restrict-services',
  title: {
    en: 'Azure Policy denies resource types the organisation has not approved',
    ja: 'Azure Policy で組織が承認していないリソースの種類を拒否している',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'mcsb-1.0': ['AM-2'], 'nist-800-53-r5': ['CM-7', 'CM-7(5)'] },
  doc: {
    en: {
      description:
        'Checks that "Allowed resource types" or "Not allowed resource types" applies to the subscription with effect Deny, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode.',
      urgency:
        'Schedule it: this is hardening rather than an open exposure, but every service nobody reviewed is a place where security defaults, logging and Defender coverage are unknown.',
      risk:
        'Without a resource-type guardrail, a project team, or an intruder holding Contributor, can switch on any Azure service: classic (ASM) resources that bypass Azure RBAC and Azure Policy, services that expose data publicly by default, or expensive compute for crypto-mining. The security team learns of them only when something goes wrong.',
      recommendation:
        'Assign "Not allowed resource types" with the services you have decided against (at least the classic Microsoft.Classic* types), or "Allowed resource types" with a reviewed allow-list, at the landing-zones management group with effect Deny. Keep the list in code and review it when teams request a new service.',
      console: steps.en,
    },
    ja: {
      description:
        '「許可されているリソースの種類」または「許可されていないリソースの種類」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 Deny で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。',
      urgency:
        '計画的に対応してください。現時点で公開されているものがあるわけではない強化策ですが、誰もレビューしていないサービスは、セキュリティの既定値、ログ記録、Defender の対象範囲が分からない場所になります。',
      risk:
        'リソースの種類のガードレールがないと、プロジェクト チームや共同作成者（Contributor）を奪った侵入者が、任意の Azure サービスを使い始められます。Azure RBAC や Azure Policy の対象外となるクラシック（ASM）リソース、既定でデータを公開するサービス、暗号通貨マイニング向けの高価なコンピューティングなどです。セキュリティ チームは問題が起きて初めてその存在を知ることになります。',
      recommendation:
        'ランディング ゾーンの管理グループで、利用しないと決めたサービス（少なくとも Microsoft.Classic* のクラシック リソース）を指定した「許可されていないリソースの種類」、またはレビュー済みの許可リストを指定した「許可されているリソースの種類」を効果 Deny で割り当ててください。一覧はコードで管理し、チームから新しいサービスの要望があった際に見直します。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/governance/policy/samples/built-in-policies',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
    'https://learn.microsoft.com/en-us/azure/cloud-adoption-framework/ready/landing-zone/design-area/governance',
  ],
});
