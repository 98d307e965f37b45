import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type PolicyStatesConfig } from '../../../../../src/providers/azure/model/index.js';

const CAP = 20;

/** `…/providers/microsoft.management/managementgroups/mg/providers/microsoft.authorization/policyassignments/x` → where it is assigned. */
function assignedAt(id: string): string {
  const mg = /^\/providers\/microsoft\.management\/managementgroups\/([^/]+)\//i.exec(id);
  if (mg) return `managementGroups/${mg[1]}`;
  const rg = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)\//i.exec(id);
  if (rg) return `resourceGroups/${rg[1]}`;
  return 'subscription';
}

export const rule = defineRule<PolicyStatesConfig>({
  id: 'azure-policy-assignments-compliant',
  services: ['policy'],
  title: {
    en: 'Resources comply with the Azure Policy assignments that apply to the subscription',
    ja: 'サブスクリプションに適用される Azure Policy の割り当てにリソースが準拠している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.policyStates],
  requires: ['subscriptionId', 'assignments'],
  frameworks: { 'mcsb-1.0': ['PV-2'], 'nist-800-53-r5': ['CA-7', 'CM-6'] },
  doc: {
    en: {
      description:
        "Checks Azure Policy's own compliance summary for the subscription (Policy Insights, latest evaluation): it fails when any policy assignment that applies to the subscription, at it or inherited from a management group, reports non-compliant resources. Azure Policy is the source of truth here; mamori's own rules may report the same resources under their own findings.",
      urgency:
        'Work through it within weeks, starting with the assignments that carry your security baseline (Microsoft cloud security benchmark, CIS) and the most non-compliant resources: each one is a known deviation the organisation decided not to accept.',
      risk:
        'Non-compliance under Audit and AuditIfNotExists assignments is a list of resources that break the organisation\'s own rules (public endpoints, missing encryption or logging) and that nobody has fixed; under DeployIfNotExists and Modify it means remediation tasks never ran or failed, so the setting the policy should have deployed is missing. Left open, the compliance view stops being trusted and real drift hides in it.',
      recommendation:
        'Open the non-compliant assignments in Policy compliance, fix the resources or run remediation tasks for DeployIfNotExists and Modify policies, and record a time-limited exemption (category Waiver or Mitigated) for each deviation that is accepted, so the remaining non-compliance is only what needs work. Route each resource to its owner with the tags and the Activity Log.',
      console: [
        'In the Azure portal, open "Policy" > "Compliance" and set the scope to the subscription.',
        'Sort the assignments by "Non-compliant resources" and open the largest ones.',
        'On the assignment\'s compliance page, open "Resource compliance" to list the non-compliant resources and the reason ("Compliance details") for each.',
        'Fix each resource, or for DeployIfNotExists and Modify policies click "Create remediation task" to fix existing resources.',
        'For an accepted deviation, select the resource and click "Create exemption" with a category, an expiry date and a justification.',
        'Trigger a new evaluation (az policy state trigger-scan) or wait for the next cycle (about every 24 hours) and check the count went down.',
      ],
    },
    ja: {
      description:
        'サブスクリプションに対する Azure Policy 自身のコンプライアンスの概要（Policy Insights の最新の評価）を確認し、サブスクリプションに直接または管理グループからの継承で適用されるポリシー割り当てのいずれかで非準拠のリソースが報告されていれば不合格とします。ここでは Azure Policy が判断の基準であり、mamori の各ルールも同じリソースを独自の検出結果として報告する場合があります。',
      urgency:
        '数週間以内に対応してください。まずセキュリティ ベースライン（Microsoft クラウド セキュリティ ベンチマーク、CIS）を含む割り当てと、非準拠のリソースが最も多い割り当てから着手します。いずれも、組織が受け入れないと決めた既知の逸脱です。',
      risk:
        'Audit や AuditIfNotExists の割り当てでの非準拠は、組織自身のルール（パブリック エンドポイント、暗号化やログの欠如など）に違反したまま誰も修正していないリソースの一覧です。DeployIfNotExists や Modify の場合は、修復タスクが実行されていないか失敗しており、ポリシーが展開すべき設定が欠けていることを意味します。放置するとコンプライアンスの画面が信頼されなくなり、本当の構成のずれがその中に埋もれます。',
      recommendation:
        'ポリシーのコンプライアンスで非準拠の割り当てを開き、リソースを修正するか、DeployIfNotExists や Modify のポリシーでは修復タスクを実行してください。受け入れた逸脱ごとに期限付きの適用除外（カテゴリ Waiver または Mitigated）を記録し、残る非準拠が対応の必要なものだけになるようにします。各リソースはタグやアクティビティ ログを使って所有者に割り振ります。',
      console: [
        'Azure portal で「ポリシー」>「コンプライアンス」を開き、スコープにサブスクリプションを指定します。',
        '割り当てを「非準拠のリソース」で並べ替え、件数の多いものから開きます。',
        '割り当てのコンプライアンス ページで「リソースのコンプライアンス」を開き、非準拠のリソースとそれぞれの理由（「コンプライアンスの詳細」）を確認します。',
        '各リソースを修正するか、DeployIfNotExists や Modify のポリシーでは「修復タスクの作成」をクリックして既存のリソースを修復します。',
        '受け入れた逸脱については、リソースを選択して「適用除外の作成」をクリックし、カテゴリ、有効期限、理由を指定します。',
        '新しい評価を開始する（az policy state trigger-scan）か、次の評価サイクル（約 24 時間ごと）を待ち、件数が減ったことを確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Non-compliant resources per assignment in the subscription, largest first:',
      'az policy state summarize --subscription <subscription-id> --query "policyAssignments[?results.nonCompliantResources > `0`].{assignment:policyAssignmentId, nonCompliant:results.nonCompliantResources}" -o table',
      '# Fix existing resources of a DeployIfNotExists / Modify assignment:',
      'az policy remediation create --name fix-<assignment> --subscription <subscription-id> --policy-assignment <assignment-id>',
      '# Accept a deviation explicitly, with an expiry:',
      'az policy exemption create --name <exemption> --scope <resource-id> --policy-assignment <assignment-id> --exemption-category Waiver --expires-on 2027-03-31T00:00:00Z --description "<justification>"',
      '# Re-evaluate now:',
      'az policy state trigger-scan --subscription <subscription-id>',
    ].join('\n'),
    terraform: [
      '# Remediate existing resources of a DeployIfNotExists / Modify assignment at the subscription:',
      'resource "azurerm_subscription_policy_remediation" "fix" {',
      '  name                 = "fix-assignment"',
      '  subscription_id      = "/subscriptions/<subscription-id>"',
      '  policy_assignment_id = "<assignment-id>"',
      '}',
      '',
      '# Record an accepted deviation with an expiry:',
      'resource "azurerm_resource_policy_exemption" "accepted" {',
      '  name                 = "accepted-deviation"',
      '  resource_id          = "<resource-id>"',
      '  policy_assignment_id = "<assignment-id>"',
      '  exemption_category   = "Waiver"',
      '  expires_on           = "2027-03-31T00:00:00Z"',
      '  description          = "<justification>"',
      '}',
    ].join('\n'),
    bicep: [
      "targetScope = 'subscription'",
      '',
      '// Remediate existing resources of a DeployIfNotExists / Modify assignment:',
      "resource fix 'Microsoft.PolicyInsights/remediations@2021-10-01' = {",
      "  name: 'fix-assignment'",
      '  properties: {',
      "    policyAssignmentId: '<assignment-id>'",
      "    resourceDiscoveryMode: 'ReEvaluateCompliance'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/governance/policy/how-to/get-compliance-data',
    'https://learn.microsoft.com/en-us/azure/governance/policy/how-to/remediate-resources',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/exemption-structure',
  ],
  evaluate(states) {
    const list = states.config.assignments;
    if (list.length === 0) {
      return notApplicable({
        en: 'No Azure Policy assignment applies to this subscription, so Azure Policy has no compliance to report (the azure-policy-* guardrail rules say which ones are missing).',
        ja: 'このサブスクリプションに適用される Azure Policy の割り当てがないため、Azure Policy が報告するコンプライアンスはありません（不足している割り当ては azure-policy-* のガードレール ルールで確認できます）。',
      });
    }
    const failing = list.filter((a) => (a.nonCompliantResources ?? 0) > 0 || (a.nonCompliantPolicies ?? 0) > 0).sort((a, b) => (b.nonCompliantResources ?? 0) - (a.nonCompliantResources ?? 0) || (b.nonCompliantPolicies ?? 0) - (a.nonCompliantPolicies ?? 0));
    if (failing.length === 0) {
      return pass(
        { en: `All ${list.length} policy assignments that apply to this subscription report no non-compliant resources.`, ja: `このサブスクリプションに適用される ${list.length} 件のポリシー割り当てのすべてで、非準拠のリソースは報告されていません。` },
        { assignments: list.length },
      );
    }
    const total = failing.reduce((n, a) => n + (a.nonCompliantResources ?? 0), 0);
    const top = failing.slice(0, CAP).map((a) => ({
      policyAssignmentId: a.policyAssignmentId,
      name: a.policyAssignmentId.split('/').pop(),
      assignedAt: assignedAt(a.policyAssignmentId),
      nonCompliantResources: a.nonCompliantResources,
      nonCompliantPolicies: a.nonCompliantPolicies,
    }));
    const worst = top.slice(0, 3).map((a) => `${a.name} (${a.nonCompliantResources})`).join(', ');
    return fail(
      {
        en: `${failing.length} of ${list.length} policy assignments report non-compliant resources in this subscription (${total} in all); most: ${worst}.`,
        ja: `このサブスクリプションでは ${list.length} 件中 ${failing.length} 件のポリシー割り当てで非準拠のリソースが報告されています（合計 ${total} 件）。多いもの: ${worst}。`,
      },
      { nonCompliantAssignments: top, ...(failing.length > CAP ? { moreAssignments: failing.length - CAP } : {}), totalNonCompliantResources: total, assignments: list.length },
    );
  },
});
