import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-resourcemanager-folders-by-environment',
  services: ['cloudresourcemanager'],
  title: {
    en: 'Folders are structured by environment and data sensitivity',
    ja: 'フォルダが環境とデータの機密度に沿って構成されている',
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: {
    'cis-gcp-5.0': ['1.1.3'],
    'nist-800-53-r5': ['AC-4', 'SC-7'],
  },
  doc: {
    en: {
      description:
        'Confirm that the resource hierarchy separates environments (production, staging, development, sandbox) and data sensitivity into distinct folders, so IAM grants, organization policies and logging sinks can be set once per folder and inherited by the right projects. Whether a folder layout matches your environments is a judgement call, so this is a manual check.',
      urgency: 'Low urgency: a good structure prevents future mistakes rather than fixing a current exposure; plan it before the number of projects grows.',
      risk: 'When production and development projects share a folder (or sit directly under the organization), broad grants made for developers also reach production data, production-only constraints cannot be applied without breaking sandboxes, and reviews cannot tell which projects hold sensitive data.',
      recommendation:
        'Create top-level folders per environment (for example production, non-production, sandbox) and, where needed, sub-folders per business unit or data classification. Move projects into them, grant roles to groups at the folder level, and apply stricter organization policies and log sinks to the production and sensitive folders.',
      console: [
        'Open IAM & Admin > Manage resources in the Google Cloud console with the organization selected.',
        'Review the tree: every project should sit in a folder that reflects its environment and data sensitivity.',
        'Click "Create folder" to add missing environment folders, then use the project\'s actions menu > "Migrate" to move projects into them.',
        'Re-check folder-level IAM and organization policies after the move.',
      ],
    },
    ja: {
      description:
        'リソース階層で環境（本番、ステージング、開発、サンドボックス）とデータの機密度が別々のフォルダに分かれていることを確認します。これにより IAM の付与、組織ポリシー、ログシンクをフォルダごとに一度設定すれば、適切なプロジェクトに継承されます。フォルダ構成が自社の環境に合っているかは判断を要するため、手動での確認になります。',
      urgency: '緊急度は低めです。適切な構成は現在の露出を直すものではなく将来の設定ミスを防ぐものです。プロジェクト数が増える前に計画してください。',
      risk: '本番と開発のプロジェクトが同じフォルダにある（または組織の直下にある）と、開発者向けの広い付与が本番データにまで及び、サンドボックスを壊さずに本番専用の制約を適用できず、どのプロジェクトが機密データを持つのかもレビューで判別できません。',
      recommendation:
        '環境ごとの最上位フォルダ（例: production、non-production、sandbox）を作成し、必要に応じて事業部門やデータ分類ごとのサブフォルダを設けてください。プロジェクトをそこへ移動し、ロールはフォルダ単位でグループに付与して、本番と機密のフォルダにはより厳しい組織ポリシーとログシンクを適用します。',
      console: [
        'Google Cloud コンソールで組織を選択し、「IAM と管理」>「リソースの管理」を開きます。',
        'ツリーを確認します。すべてのプロジェクトが、環境とデータの機密度を表すフォルダに入っているべきです。',
        '「フォルダを作成」で不足している環境フォルダを追加し、プロジェクトの操作メニュー >「移行」でプロジェクトを移動します。',
        '移動後、フォルダ単位の IAM と組織ポリシーを再確認します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud resource-manager folders create --display-name="production" --organization=ORGANIZATION_ID',
      'gcloud beta projects move PROJECT_ID --folder=FOLDER_ID',
    ].join('\n'),
    terraform: [
      'resource "google_folder" "production" {',
      '  display_name = "production"',
      '  parent       = "organizations/${var.org_id}"',
      '}',
      '',
      'resource "google_project" "app_prod" {',
      '  name       = "app-prod"',
      '  project_id = "app-prod-123456"',
      '  folder_id  = google_folder.production.folder_id',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/resource-manager/docs/cloud-platform-resource-hierarchy',
    'https://cloud.google.com/architecture/landing-zones/decide-resource-hierarchy',
  ],
});
