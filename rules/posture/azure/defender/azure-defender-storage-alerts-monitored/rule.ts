import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-defender-storage-alerts-monitored',
  services: ['security'],
  title: { en: 'Defender for Storage threat alerts are monitored by the SOC', ja: 'Defender for Storage の脅威アラートが SOC によって監視されている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.5.2'], 'mcsb-1.0': ['LT-1', 'IR-2'], 'nist-800-53-r5': ['SI-4(5)', 'IR-6'], 'pci-dss-4.0': ['10.4.1.1'] },
  doc: {
    en: {
      description:
        'Confirm that security alerts from Defender for Storage (and the other Defender plans) are exported continuously, at least Medium and High severity, to a Log Analytics workspace or Event Hub that feeds a SIEM such as Microsoft Sentinel, and that someone triages them under a defined incident process. Whether a SIEM watches the destination cannot be read from Azure, so this is checked by hand.',
      urgency: 'Fix within the month: detection without triage is paid for but does not shorten any incident.',
      risk: 'Alerts such as access from a Tor exit node, malware uploaded to a blob container or unusual mass downloads are raised but left in the portal; the exfiltration completes and is discovered much later from another source.',
      recommendation: 'Configure continuous export (or the Microsoft Sentinel Defender for Cloud connector) for security alerts of Medium and High severity, build an analytics rule or queue for them, and document who triages storage alerts and how fast.',
      console: [
        'In the Azure portal, open Microsoft Defender for Cloud > Management > Environment settings and select the subscription.',
        'Select "Continuous export", choose Event Hub or Log Analytics workspace, and check that export is On with "Security alerts" of Medium and High severity selected.',
        'Check that the target workspace or Event Hub is connected to the SIEM and that alerts reach the SOC queue.',
      ],
    },
    ja: {
      description:
        'Defender for Storage（および他の Defender プラン）のセキュリティ アラートが、少なくとも重要度「中」と「高」について、Microsoft Sentinel などの SIEM に接続された Log Analytics ワークスペースまたは Event Hub に連続エクスポートされ、定められたインシデント対応手順のもとで誰かがトリアージしていることを確認します。エクスポート先を SIEM が監視しているかは Azure からは読み取れないため、手動で確認します。',
      urgency: '1 か月以内に対応してください。トリアージされない検出は費用がかかるだけで、インシデントを短縮しません。',
      risk: 'Tor の出口ノードからのアクセス、BLOB コンテナーへのマルウェアのアップロード、異常な大量ダウンロードといったアラートが出てもポータルに放置され、データの持ち出しが完了した後に別の経路からずっと遅れて発覚します。',
      recommendation: '重要度「中」と「高」のセキュリティ アラートについて連続エクスポート（または Microsoft Sentinel の Defender for Cloud コネクタ）を構成し、分析ルールやキューを用意して、ストレージのアラートを誰がどれだけの時間でトリアージするかを文書化してください。',
      console: [
        'Azure portal で Microsoft Defender for Cloud >「管理」>「環境設定」を開き、対象のサブスクリプションを選択します。',
        '「連続エクスポート」を選択し、Event Hub または Log Analytics ワークスペースで、エクスポートがオンで重要度「中」と「高」の「セキュリティ アラート」が選択されていることを確認します。',
        'エクスポート先のワークスペースまたは Event Hub が SIEM に接続され、アラートが SOC のキューに届くことを確認します。',
      ],
    },
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/continuous-export', 'https://learn.microsoft.com/en-us/azure/sentinel/connect-defender-for-cloud'],
});
