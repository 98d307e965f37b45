import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'activity-log-to-law',
  displayName: 'Stream Activity logs to the central workspace',
  guid: '2465583e-4e78-4c15-b6be-a36cbc7c8b0f',
  definition: { en: 'Configure Azure Activity logs to stream to specified Log Analytics workspace', ja: '指定された Log Analytics ワークスペースにストリーミングするように Azure アクティビティ ログを構成する' },
  parameters: { logAnalytics: '/subscriptions/<management-subscription>/resourceGroups/rg-logging/providers/Microsoft.OperationalInsights/workspaces/law-central' },
  identity: {
    location: 'japaneast',
    roles: [
      { name: 'Monitoring Contributor', id: '749f88d5-cbae-40b8-bcfc-e573ddc772fa' },
      { name: 'Log Analytics Contributor', id: '92aaf0da-9dab-42b6-94a3-d43ce8d16293' },
    ],
  },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", select the central Log Analytics workspace (in the management or security subscription) as "Primary Log Analytics workspace"; keep "Effect" at DeployIfNotExists.',
  ja: '「パラメーター」タブで、「プライマリ Log Analytics ワークスペース」に管理用またはセキュリティ用サブスクリプションにある集約 Log Analytics ワークスペースを選択し、「効果」は DeployIfNotExists のままにします。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-protect-audit-logging',
  intent: 'protect-audit-logging',
  title: {
    en: 'Azure Policy deploys the Activity Log export to a central workspace',
    ja: 'Azure Policy でアクティビティ ログを集約ワークスペースへエクスポートする設定を展開している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'mcsb-1.0': ['LT-3', 'LT-5'], 'nist-800-53-r5': ['AU-12', 'AU-6(4)', 'AU-9'], 'pci-dss-4.0': ['10.2.1', '10.5.1'] },
  doc: {
    en: {
      description:
        'Checks that "Configure Azure Activity logs to stream to specified Log Analytics workspace" applies to the subscription with effect DeployIfNotExists, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so every subscription (including new ones) gets the Activity Log diagnostic setting and gets it back if someone removes it.',
      urgency:
        'Plan it within weeks: the Activity Log itself is kept for 90 days regardless, but subscriptions without the export are invisible to the SOC, and an intruder who deletes the diagnostic setting is not put back in view.',
      risk:
        'Without the policy, the Activity Log export depends on each subscription owner: new subscriptions start without it, and anyone with Monitoring Contributor on a subscription can delete the diagnostic setting to blind the SOC before acting. Investigations then lack who changed role assignments, firewalls or keys, and the 90-day platform retention is too short for most incident timelines and for PCI DSS.',
      recommendation:
        'Assign the definition at the management group that holds your subscriptions, pointing at the central Log Analytics workspace, with a system-assigned managed identity (Monitoring Contributor and Log Analytics Contributor) and a remediation task for existing subscriptions. Restrict who can change the workspace and its retention.',
      console: steps.en,
    },
    ja: {
      description:
        '「指定された Log Analytics ワークスペースにストリーミングするように Azure アクティビティ ログを構成する」が、サブスクリプション自体または上位の管理グループへの割り当てにより効果 DeployIfNotExists で適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、新しいものも含むすべてのサブスクリプションにアクティビティ ログの診断設定が展開され、削除されても元に戻ります。',
      urgency:
        '数週間以内に計画してください。アクティビティ ログ自体は 90 日間保持されますが、エクスポートのないサブスクリプションは SOC から見えず、診断設定を削除した侵入者を再び可視化することもできません。',
      risk:
        'このポリシーがないと、アクティビティ ログのエクスポートは各サブスクリプションの所有者次第になります。新しいサブスクリプションはエクスポートなしで始まり、サブスクリプションで監視共同作成者（Monitoring Contributor）を持つ誰もが、行動を起こす前に診断設定を削除して SOC の目をふさげます。その結果、調査時にロールの割り当て、ファイアウォール、キーを誰が変更したかが分からず、プラットフォームの 90 日の保持期間は多くのインシデントの調査期間や PCI DSS には短すぎます。',
      recommendation:
        'サブスクリプションを含む管理グループで、集約 Log Analytics ワークスペースを指定してこの定義を割り当ててください。システム割り当てマネージド ID（監視共同作成者と Log Analytics 共同作成者）を付与し、既存のサブスクリプション向けに修復タスクを作成します。ワークスペースとその保持期間を変更できる人は限定してください。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/policy-reference',
    'https://learn.microsoft.com/en-us/azure/governance/policy/how-to/remediate-resources',
    'https://learn.microsoft.com/en-us/azure/governance/policy/concepts/assignment-structure',
  ],
});
