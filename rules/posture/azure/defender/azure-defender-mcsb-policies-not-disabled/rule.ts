import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-defender-mcsb-policies-not-disabled',
  services: ['policy'],
  title: { en: 'No current Microsoft cloud security benchmark policy is set to Disabled', ja: '非推奨でない Microsoft クラウド セキュリティ ベンチマークのポリシーが「無効」に設定されていない' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.11'], 'mcsb-1.0': ['GS-7', 'PV-1'], 'nist-800-53-r5': ['CA-7', 'CM-6'] },
  doc: {
    en: {
      description:
        'Confirm that, in the Microsoft cloud security benchmark (MCSB) initiative assigned to each management group and subscription, no non-deprecated policy has its effect set to Disabled. A disabled policy silently removes the matching Defender for Cloud recommendation. Some policies ship disabled by default and deciding which of those to enable is a judgement call, so this is checked by hand.',
      urgency: 'Fix within the month: each disabled policy is a blind spot in every Defender for Cloud report and in this product\'s results that read Defender recommendations.',
      risk: 'If, for example, the system update or endpoint protection policies are disabled, Defender for Cloud stops raising those recommendations and the secure score improves while the machines stay unpatched or unprotected; nobody notices the gap because nothing reports it.',
      recommendation: 'Review the MCSB assignment at every scope, set disabled policies back to their default effect (Audit or AuditIfNotExists), and use exemptions with an expiry for individual resources instead of disabling a policy everywhere.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select a management group or subscription.',
        'Select "Security policies" and open "Microsoft cloud security benchmark".',
        'Add the filter Effect = Disabled and review every policy listed; for each one that should apply, open "Manage effect and parameters" and set Audit (or AuditIfNotExists), then "Save".',
        'Repeat for every management group and subscription.',
      ],
    },
    ja: {
      description:
        '各管理グループとサブスクリプションに割り当てられた Microsoft クラウド セキュリティ ベンチマーク (MCSB) のイニシアティブで、非推奨でないポリシーの効果が「無効」(Disabled) になっていないことを確認します。無効にしたポリシーは、対応する Defender for Cloud の推奨事項を黙って消してしまいます。既定で無効のポリシーもあり、そのどれを有効にするかは判断を要するため、手動で確認します。',
      urgency: '1 か月以内に対応してください。無効にされた各ポリシーは、Defender for Cloud のすべてのレポートと、Defender の推奨事項を読む本製品の結果における死角になります。',
      risk: 'たとえばシステム更新やエンドポイント保護のポリシーが無効だと、Defender for Cloud はそれらの推奨事項を出さなくなり、マシンは未適用・無防備のままセキュア スコアだけが改善します。何も報告されないため、その欠落に誰も気付きません。',
      recommendation: 'すべてのスコープの MCSB の割り当てを確認し、無効なポリシーを既定の効果 (Audit または AuditIfNotExists) に戻してください。個々のリソースを除外する場合は、ポリシー全体を無効にせず、期限付きの適用除外を使用してください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、管理グループまたはサブスクリプションを選択します。',
        '「セキュリティ ポリシー」を選択し、「Microsoft クラウド セキュリティ ベンチマーク」を開きます。',
        'フィルター「効果 = 無効」を追加して一覧のポリシーを確認し、適用すべきものは「効果とパラメーターの管理」で Audit（または AuditIfNotExists）に設定して「保存」をクリックします。',
        'すべての管理グループとサブスクリプションで繰り返します。',
      ],
    },
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/security-policy-concept', 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/manage-mcsb'],
});
