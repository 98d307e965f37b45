import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-monitor-resource-logging-enabled',
  services: ['monitor'],
  title: {
    en: 'Resource logs are enabled for every service that supports them',
    ja: 'リソース ログに対応するすべてのサービスでリソース ログを有効にしている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: {
    'cis-azure-6.0': ['6.1.4'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-2', 'AU-12'],
    'pci-dss-4.0': ['10.2.1'],
  },
  doc: {
    en: {
      description:
        'Confirm that every resource that supports Azure Monitor resource logs (storage, SQL, Key Vault, App Service, AKS, Application Gateway, Azure Firewall, Cosmos DB and many more) has a diagnostic setting sending them to a suitable destination, with the categories chosen by the sensitivity of the data it handles. Which categories each resource needs is a judgement per data classification, so the benchmark treats this as manual; mamori checks Key Vault logging automatically (azure-monitor-keyvault-logging-enabled).',
      urgency:
        'Medium urgency: resource logs are off by default, so every resource without them is a blind spot for data-plane access; start with the resources holding sensitive data.',
      risk: 'The Activity Log records only management operations. Reads of blobs, queries against databases, requests to web apps and firewall decisions are in resource logs only, so without them nobody can tell which data a stolen key or compromised identity accessed, and failed-access alerts cannot exist.',
      recommendation:
        'Assign the built-in Azure Policy initiatives "Enable allLogs category group resource logging for supported resources to Log Analytics" (or to storage / event hub) at the management group with DeployIfNotExists, tune the categories for high-volume resources, and send the logs to the central workspace; archive to storage for long retention.',
      console: [
        'In the Azure portal, open "Policy" > "Definitions" and search for "Enable allLogs category group resource logging for supported resources".',
        'Assign the initiative at the management group with your Log Analytics workspace as the parameter, and create a remediation task for existing resources.',
        'For individual resources, open the resource > "Monitoring" > "Diagnostic settings" > "+ Add diagnostic setting", select the categories and the destination, then "Save".',
      ],
    },
    ja: {
      description:
        'Azure Monitor のリソース ログに対応するすべてのリソース（ストレージ、SQL、Key Vault、App Service、AKS、Application Gateway、Azure Firewall、Cosmos DB など多数）に、取り扱うデータの機密度に応じたカテゴリを適切な送信先に送る診断設定があることを確認します。リソースごとに必要なカテゴリはデータ分類に応じた判断となるため、ベンチマークでは手動とされています。Key Vault のログは mamori が自動で確認します（azure-monitor-keyvault-logging-enabled）。',
      urgency:
        '緊急度は中程度です。リソース ログは既定で無効のため、設定のないリソースはすべてデータ プレーンのアクセスに対する死角です。機密データを持つリソースから着手してください。',
      risk: 'アクティビティ ログに記録されるのは管理操作だけです。BLOB の読み取り、データベースへのクエリ、Web アプリへの要求、ファイアウォールの判定はリソース ログにしか残らないため、これがないと盗まれたキーや侵害された ID がどのデータにアクセスしたかを誰も判別できず、アクセス失敗のアラートも作れません。',
      recommendation:
        '組み込みの Azure Policy イニシアチブ「Enable allLogs category group resource logging for supported resources to Log Analytics」（またはストレージ、イベント ハブ向け）を DeployIfNotExists で管理グループに割り当て、ログ量の多いリソースではカテゴリを調整したうえで集約先のワークスペースに送ってください。長期保管にはストレージへのアーカイブを使用します。',
      console: [
        'Azure portal で「Policy」>「定義」を開き、「Enable allLogs category group resource logging for supported resources」を検索します。',
        'Log Analytics ワークスペースをパラメーターに指定してイニシアチブを管理グループに割り当て、既存リソース向けの修復タスクを作成します。',
        '個別のリソースでは、リソースを開いて「監視」>「診断設定」>「+ 診断設定を追加する」でカテゴリと送信先を選択し、「保存」をクリックします。',
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/resource-logs',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostics-settings-policies-deployifnotexists',
  ],
});
