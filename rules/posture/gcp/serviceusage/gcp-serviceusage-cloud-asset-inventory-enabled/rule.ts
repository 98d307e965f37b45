import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, gcpUid, type ProjectConfig, type ServiceConfig } from '../../../../../src/providers/gcp/model.js';

const API = 'cloudasset.googleapis.com';

export const rule = defineRule<ProjectConfig>({
  id: 'gcp-serviceusage-cloud-asset-inventory-enabled',
  services: ['serviceusage'],
  title: {
    en: 'Cloud Asset Inventory is enabled',
    ja: 'Cloud Asset Inventory が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.project],
  requires: ['projectId'],
  reads: [GCP_TYPES.service],
  frameworks: {
    'cis-gcp-5.0': ['2.14'],
    'nist-800-53-r5': ['CM-8'],
    'pci-dss-4.0': ['12.5.1'],
  },
  doc: {
    en: {
      description: `Checks that the Cloud Asset API (${API}) is enabled in the project, so its resources, IAM policies and their change history can be searched and exported with Cloud Asset Inventory.`,
      urgency:
        'Plan it with your next change: enabling the API exposes nothing and costs nothing, but the five-week change history it keeps only starts once it is on.',
      risk:
        'Without Cloud Asset Inventory there is no quick way to answer "what exists in this project and who can access it?" or "what did this resource look like last week?" during an incident or audit, and organisation-wide inventory and policy tools (Security Command Center, Config Validator, asset feeds) have gaps for this project.',
      recommendation:
        'Enable the Cloud Asset API in every project (add it to the project factory defaults). For organisation-wide inventory, also run Cloud Asset Inventory queries or exports at organisation level from a central security project.',
      console: [
        'In the Google Cloud console select the project and open APIs & Services > Library.',
        'Search for "Cloud Asset API" and open it.',
        'Click "Enable".',
      ],
    },
    ja: {
      description: `プロジェクトで Cloud Asset API（${API}）が有効になっており、Cloud Asset Inventory でリソース・IAM ポリシーとその変更履歴を検索・エクスポートできることを確認します。`,
      urgency:
        '次回の変更に合わせて計画してください。API を有効にしても何かが公開されることはなく費用もかかりませんが、保持される 5 週間分の変更履歴は有効にした時点からしか記録されません。',
      risk:
        'Cloud Asset Inventory がないと、インシデントや監査の際に「このプロジェクトに何があり、誰がアクセスできるか」「先週このリソースはどういう状態だったか」にすぐ答えられず、組織全体のインベントリやポリシーのツール（Security Command Center、Config Validator、アセットフィードなど）でもこのプロジェクトが抜け落ちます。',
      recommendation:
        'すべてのプロジェクトで Cloud Asset API を有効にしてください（プロジェクト作成時の既定設定に追加するのが確実です）。組織全体のインベントリには、中央のセキュリティ プロジェクトから組織レベルで Cloud Asset Inventory の検索やエクスポートも実行してください。',
      console: [
        'Google Cloud コンソールで対象のプロジェクトを選択し、[API とサービス] > [ライブラリ] を開きます。',
        '「Cloud Asset API」を検索して開きます。',
        '[有効にする] をクリックします。',
      ],
    },
  },
  remediation: {
    cli: `gcloud services enable ${API} --project=<project-id>`,
    terraform: ['resource "google_project_service" "cloudasset" {', '  project            = var.project_id', `  service            = "${API}"`, '  disable_on_destroy = false', '}'].join('\n'),
  },
  references: [
    'https://cloud.google.com/asset-inventory/docs/overview',
    'https://cloud.google.com/asset-inventory/docs/enable-cloud-asset-inventory',
  ],
  evaluate(project, ctx) {
    const projectId = project.config.projectId;
    const service = ctx.byUid<ServiceConfig>(gcpUid.service(projectId, API));
    if (service && service.type === GCP_TYPES.service && service.config.state === 'ENABLED') {
      return pass({ en: `${API} is enabled in project ${projectId}.`, ja: `プロジェクト ${projectId} で ${API} が有効です。` }, { service: service.uid });
    }
    const state = service?.config.state;
    return fail(
      state
        ? { en: `${API} is ${state} in project ${projectId}.`, ja: `プロジェクト ${projectId} で ${API} の状態が ${state} です。` }
        : { en: `${API} is not among the enabled APIs of project ${projectId}.`, ja: `プロジェクト ${projectId} で有効な API に ${API} が含まれていません。` },
      { api: API, state: state ?? 'not enabled' },
    );
  },
});
