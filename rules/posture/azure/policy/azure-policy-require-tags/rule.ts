import { defineAzurePolicyGuardrail } from '../guardrail.js';
import { assignmentCode, assignmentSteps, type BuiltInAssignment } from '../remediation.js';

const ASSIGNMENT: BuiltInAssignment = {
  name: 'require-owner-tag',
  displayName: 'Require an owner tag on resources',
  guid: '871b6d14-10aa-478d-b590-94f262ecfa99',
  definition: { en: 'Require a tag on resources', ja: 'リソースでタグを必須にする' },
  parameters: { tagName: 'owner' },
};
const steps = assignmentSteps(ASSIGNMENT, {
  en: 'On "Parameters", enter the tag name (for example owner); the effect is always Deny. Create one assignment per required tag, and assign "Require a tag on resource groups" (96670d01-0a4d-4649-9c89-2d3abc0a5025) too. To fill the tag on existing resources, add "Inherit a tag from the resource group if missing" (Modify) with a remediation task.',
  ja: '「パラメーター」タブでタグ名（例: owner）を入力します。効果は常に Deny です。必須タグごとに割り当てを 1 つ作成し、「リソース グループでタグを必須にする」（96670d01-0a4d-4649-9c89-2d3abc0a5025）も割り当てます。既存リソースにタグを付けるには、「タグがない場合にリソース グループからタグを継承する」（Modify）を修復タスク付きで追加します。',
});

export const rule = defineAzurePolicyGuardrail({
  id: 'azure-policy-require-tags',
  intent: 'require-tags',
  title: {
    en: 'Azure Policy requires ownership tags on resources',
    ja: 'Azure Policy でリソースに所有者タグを必須にしている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'mcsb-1.0': ['AM-1'], 'nist-800-53-r5': ['CM-8'] },
  doc: {
    en: {
      description:
        'Checks that "Require a tag on resources" or "Require a tag on resource groups" (both always Deny) applies to the subscription, assigned at the subscription or a management group above it, not exempted and not in DoNotEnforce mode, so resources cannot be created without the tags that name their owner.',
      urgency:
        'Low urgency: untagged resources are not exposed by themselves, but every finding on one takes a search to route, which slows the response to the findings that matter.',
      risk:
        'Without required tags, a finding on a public storage account or an exposed VM reaches nobody: the security team must trace the creator through the Activity Log (kept 90 days) before anyone can fix it, orphaned resources keep running and are never patched, and costs cannot be charged back.',
      recommendation:
        'Assign "Require a tag on resources" (and "on resource groups") for each tag your organisation requires, such as owner and data classification, at the landing-zones management group. Inherit tags from resource groups with a Modify policy so teams tag once per resource group.',
      console: steps.en,
    },
    ja: {
      description:
        '「リソースでタグを必須にする」または「リソース グループでタグを必須にする」（いずれも効果は常に Deny）が、サブスクリプション自体または上位の管理グループへの割り当てにより適用されており、適用除外や DoNotEnforce モードになっていないことを確認します。これにより、所有者を示すタグのないリソースを作成できなくなります。',
      urgency:
        '緊急度は低めです。タグのないリソース自体が露出しているわけではありませんが、その検出結果は毎回担当者を探す必要があり、重要な検出結果への対応が遅れます。',
      risk:
        '必須タグがないと、公開されたストレージ アカウントや露出した VM の検出結果が誰にも届きません。セキュリティ チームは修正を依頼する前に、アクティビティ ログ（保持は 90 日）から作成者を突き止めなければならず、放置されたリソースは修正プログラムが適用されないまま稼働し続け、コストの配賦もできません。',
      recommendation:
        'ランディング ゾーンの管理グループで、owner やデータ分類など組織が必須とするタグごとに「リソースでタグを必須にする」（および「リソース グループでタグを必須にする」）を割り当ててください。Modify ポリシーでリソース グループからタグを継承させれば、チームはリソース グループごとに 1 回タグを付けるだけで済みます。',
      console: steps.ja,
    },
  },
  remediation: assignmentCode(ASSIGNMENT),
  references: [
    'https://learn.microsoft.com/en-us/azure/governance/policy/tutorials/govern-tags',
    'https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/tag-policies',
    'https://learn.microsoft.com/en-us/azure/governance/policy/samples/built-in-policies',
  ],
});
