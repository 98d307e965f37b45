import { DEFENDER_PLANS } from '../../../../../src/providers/azure/model/index.js';
import { defenderPlanRule } from '../plans.js';

export const rule = defenderPlanRule({
  id: 'azure-defender-storage-plan-on',
  plan: DEFENDER_PLANS.storage,
  label: { en: 'Storage', ja: 'ストレージ' },
  subPlan: 'DefenderForStorageV2',
  title: { en: 'Microsoft Defender for Storage is on for the subscription', ja: 'サブスクリプションで Microsoft Defender for Storage がオンになっている' },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['8.1.5.1'], 'mcsb-1.0': ['LT-1', 'DP-2'], 'nist-800-53-r5': ['SI-4', 'SI-3(8)'], 'pci-dss-4.0': ['11.5.1'] },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-storage-introduction', 'https://learn.microsoft.com/en-us/azure/storage/common/azure-defender-storage-configure'],
  doc: {
    en: {
      description:
        'Checks that the Defender for Storage plan (pricing StorageAccounts) is set to Standard on the subscription. It analyses data-plane activity on blobs, files and Data Lake to detect access from Tor or known-malicious IPs, unusual extraction and anonymous access, and with the current plan also scans uploads for malware and finds sensitive data.',
      urgency: 'Fix within the month: storage accounts hold the data attackers come for, and a leaked SAS token or key is used silently against them.',
      risk: 'Without the plan, a leaked account key or SAS token can be used from anywhere to copy every blob out, and a public container can be scraped, with no alert. Malware uploaded through an application\'s file upload is stored and served to other users without being scanned.',
      recommendation:
        'Turn on Defender for Storage with the per-storage-account plan (DefenderForStorageV2), keep on-upload malware scanning and sensitive data threat detection on, set a monthly scanning cap that fits your budget, and send its alerts to the SOC.',
    },
    ja: {
      description:
        'サブスクリプションで Defender for Storage プラン（価格名 StorageAccounts）が Standard に設定されていることを確認します。BLOB、ファイル、Data Lake へのデータ プレーンの操作を分析し、Tor や既知の悪意ある IP からのアクセス、異常な大量取得、匿名アクセスを検出します。現行のプランではアップロード時のマルウェア スキャンと機密データの検出も行います。',
      urgency: '1 か月以内に対応してください。ストレージ アカウントには攻撃者が狙うデータがあり、漏えいした SAS トークンやキーは気付かれないまま悪用されます。',
      risk: 'このプランがないと、漏えいしたアカウント キーや SAS トークンでどこからでもすべての BLOB をコピーでき、公開コンテナーのデータも収集されますが、アラートは出ません。アプリケーションのファイル アップロード経由で置かれたマルウェアも、スキャンされずに保存され他の利用者へ配信されます。',
      recommendation:
        'ストレージ アカウント単位のプラン (DefenderForStorageV2) で Defender for Storage をオンにし、アップロード時のマルウェア スキャンと機密データの脅威検出をオンにしたまま、予算に合った月間スキャン上限を設定して、アラートを SOC に送ってください。',
    },
  },
});
