import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'allowed-locations',
  displayName: 'Allowed locations',
  guid: 'e56962a6-4747-49cd-b67b-bf8b01975c4c',
  definition: { en: 'Allowed locations', ja: '許可されている場所' },
  parameters: { listOfAllowedLocations: ['japaneast', 'japanwest'], effect: 'Deny' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", select the approved regions in "Allowed locations" and, if the definition shows an "Effect" parameter (clear "Only show parameters that need input or review"), keep it at Deny. Assign "Allowed locations for resource groups" (e765b5de-1225-4ba3-bd56-1ac6695af988) the same way so resource groups, and the metadata they hold, stay in those regions too.',
  ja: '「パラメーター」タブの「許可されている場所」で承認済みのリージョンを選択します。「効果」パラメーターがある場合は（「入力または確認が必要なパラメーターのみを表示する」をオフにすると表示されます）Deny のままにします。リソース グループとそのメタデータも同じリージョンに留めるため、「リソース グループが許可されている場所」（e765b5de-1225-4ba3-bd56-1ac6695af988）も同様に割り当てます。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-restrict-locations',
  intent: 'restrict-locations',
  title: {
    en: 'Azure Policy denies deployments outside the approved locations',
    ja: 'Azure Policy で承認済みの場所以外へのデプロイを拒否している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['AM-2', 'GS-3'], 'nist-800-53-r5': ['SA-9(5)', 'CM-6'] },
  doc: {
    en: {
      description:
        'Checks that the built-in Azure Policy definition "Allowed locations" (or "Allowed locations for resource groups") applies to the subscription with an enforcing effect (Deny), assigned at the subscription or inherited from a management group above it, not exempted and not in DoNotEnforce mode.',
      urgency:
        'Plan it within weeks: nothing is exposed today, but until the guardrail exists, every new deployment is one mistyped region away from breaking data residency commitments, and cleaning up afterwards means migrating data.',
      risk:
        'Without a location guardrail, anyone with Contributor can create storage, databases or virtual machines in any Azure region: personal data can land outside the jurisdiction your contracts and regulators require, and an intruder can run workloads in a region nobody monitors (no Network Watcher, no regional alerts, no budget attention). Audit only records the violation after the data is already there.',
      recommendation:
        'Assign "Allowed locations" with the regions you approve at the management group that holds your landing zones (or the tenant root group), with effect Deny and enforcement mode Default, and add "Allowed locations for resource groups". Resources that must be global (Microsoft Entra ID, Front Door, DNS) are already excluded by the definition. Grant exceptions with time-limited exemptions on a resource group, not by removing the subscription from the assignment.',
      console: steps.en,
    },
    ja: {
      description:
        '組み込みの Azure Policy 定義「許可されている場所」（または「リソース グループが許可されている場所」）が、サブスクリプション自体への割り当て、または上位の管理グループからの継承により、強制する効果（Deny）で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。',
      urgency:
        '数週間以内に計画してください。現時点で何かが公開されているわけではありませんが、ガードレールがない限り、新しいデプロイのたびにリージョンの指定を 1 つ誤るだけでデータ所在地の約束を破ることになり、事後の修正にはデータの移行が必要になります。',
      risk:
        '場所のガードレールがないと、共同作成者（Contributor）を持つ誰もが任意の Azure リージョンにストレージ、データベース、仮想マシンを作成できます。契約や規制当局が求める管轄外に個人データが置かれたり、侵入者が誰も監視していないリージョン（Network Watcher もリージョンのアラートもなく、予算の注意も向かない場所）でワークロードを動かしたりできます。Audit ではデータが置かれた後に違反を記録するだけです。',
      recommendation:
        'ランディング ゾーンを含む管理グループ（またはテナント ルート グループ）で、承認したリージョンを指定した「許可されている場所」を効果 Deny、適用モード Default で割り当て、「リソース グループが許可されている場所」も追加してください。グローバルである必要があるリソース（Microsoft Entra ID、Front Door、DNS など）は定義側で除外されています。例外は、割り当てからサブスクリプションを除外するのではなく、リソース グループに期限付きの適用除外を設定して認めます。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/governance/policy/samples/built-in-policies',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/exemption-structure',
    'https://learn.microsoft.com/en-us/azure/governance/policy/assign-policy-portal',
  ],
});
