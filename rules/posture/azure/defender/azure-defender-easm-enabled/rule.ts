import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-defender-easm-enabled',
  services: ['resources'],
  title: { en: 'Microsoft Defender External Attack Surface Management (EASM) is in use', ja: 'Microsoft Defender External Attack Surface Management (EASM) を使用している' },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['8.1.16'], 'mcsb-1.0': ['AM-1', 'PV-5'], 'nist-800-53-r5': ['CM-8', 'RA-5'], 'pci-dss-4.0': ['12.5.1'] },
  doc: {
    en: {
      description:
        'Confirm that a Microsoft Defender EASM workspace exists and is configured with the organisation\'s domains, IP ranges and brands, so that internet-facing assets (including ones created outside Azure or forgotten) are discovered and their exposures reviewed. EASM is a separately billed product whose setup is an organisational decision, so this is checked by hand.',
      urgency: 'Low urgency: it improves discovery of unknown exposure; plan it with the cost owner (billing is per discovered asset after a 30-day trial).',
      risk: 'Without external attack surface discovery, forgotten hosts, expired certificates, dangling DNS records and test sites published by other teams stay on the internet unnoticed, and attackers who scan the whole internet find them first.',
      recommendation: 'Create a Defender EASM workspace, seed it with your domains, IP blocks and ASNs, review the discovered inventory with asset owners, and track high-severity observations to closure. Set a cost alert before the trial ends.',
      console: [
        'In the Azure portal, search for "Microsoft Defender EASM" and check that a workspace exists.',
        'Open the workspace and check that discovery groups cover your domains, IP ranges and brands, and that the inventory is reviewed.',
        'If none exists, click "+ Create", choose the subscription, resource group, name and region, then "Review + create".',
      ],
    },
    ja: {
      description:
        'Microsoft Defender EASM のワークスペースが存在し、組織のドメイン、IP 範囲、ブランドで構成されていて、インターネットに公開された資産（Azure の外で作られたものや忘れられたものを含む）が発見され、その露出が確認されていることを確かめます。EASM は別課金の製品で導入は組織の判断によるため、手動で確認します。',
      urgency: '緊急度は低めです。未知の露出の発見を改善するものです。30 日間の試用期間後は検出資産ごとに課金されるため、コスト責任者と計画してください。',
      risk: '外部の攻撃対象領域を把握していないと、忘れられたホスト、期限切れの証明書、宙に浮いた DNS レコード、他チームが公開したテスト サイトが気付かれないままインターネットに残り、インターネット全体をスキャンする攻撃者が先に見つけます。',
      recommendation: 'Defender EASM のワークスペースを作成し、自社のドメイン、IP ブロック、ASN を登録して、検出されたインベントリを資産の所有者と確認し、重大度の高い所見を完了まで追跡してください。試用期間の終了前にコスト アラートを設定してください。',
      console: [
        'Azure portal で「Microsoft Defender EASM」を検索し、ワークスペースがあることを確認します。',
        'ワークスペースを開き、検出グループが自社のドメイン、IP 範囲、ブランドを網羅し、インベントリが確認されていることを確かめます。',
        'ない場合は「+ 作成」をクリックし、サブスクリプション、リソース グループ、名前、リージョンを選んで「確認および作成」をクリックします。',
      ],
    },
  },
  references: ['https://learn.microsoft.com/en-us/azure/external-attack-surface-management/', 'https://learn.microsoft.com/en-us/azure/external-attack-surface-management/deploying-the-defender-easm-azure-resource'],
});
