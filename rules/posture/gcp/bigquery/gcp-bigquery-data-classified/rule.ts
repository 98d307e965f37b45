import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-bigquery-data-classified',
  services: ['bigquery'],
  title: {
    en: 'All data in BigQuery has been classified',
    ja: 'BigQuery のすべてのデータが分類されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  frameworks: { 'cis-gcp-5.0': ['7.4'], 'nist-800-53-r5': ['RA-2', 'PM-5(1)'], 'pci-dss-4.0': ['12.5.2'] },
  doc: {
    en: {
      description:
        'Confirm that the data held in BigQuery is classified by sensitivity, typically with Sensitive Data Protection discovery profiling every table, and that the results are used (tags, policy tags, access decisions). Whether the classification is complete and acted on is an organisational judgement, so this stays a manual check.',
      urgency: 'Low urgency as a single change, but without classification you cannot tell which datasets need the strictest controls.',
      risk: 'Unclassified data is protected by guesswork: personal data, credentials or card numbers copied into an analytics dataset keep its broad access, escape CMEK, column-level security and retention rules, and are found only after a leak.',
      recommendation:
        'Enable Sensitive Data Protection discovery for BigQuery at the organisation or project level, send the data profiles to a central project, review high-sensitivity findings, and attach tags or policy tags (column-level security, data masking) to the tables and columns that hold sensitive data.',
      console: [
        'In the Google Cloud console, open "Security" > "Sensitive Data Protection" and the "Discovery" tab.',
        'Click "Enable" (or "Create scan configuration") for BigQuery, choose the organisation, folder or project to scan and the project that stores the profiles.',
        'Review the data profiles under "Discovery" > "Data profiles", starting with high sensitivity and data risk.',
        'In BigQuery, apply policy tags from Dataplex taxonomies to sensitive columns and restrict who can read them.',
      ],
    },
    ja: {
      description:
        'BigQuery に保持されたデータが機密度に応じて分類されていること（一般的には Sensitive Data Protection の検出機能で全テーブルをプロファイリングする）と、その結果がタグ、ポリシータグ、アクセスの判断に活用されていることを確認します。分類が網羅的で、実際に活用されているかは組織としての判断が必要なため、手動での確認になります。',
      urgency: '単独の変更としての緊急度は低めですが、分類がないと、どのデータセットに最も厳しい管理が必要かを判断できません。',
      risk: '分類されていないデータは推測で保護されることになります。分析用データセットにコピーされた個人データ、認証情報、カード番号は、そのデータセットの広いアクセス権のまま放置され、CMEK、列レベルのセキュリティ、保持ルールの対象から漏れ、漏えいして初めて発見されます。',
      recommendation:
        '組織またはプロジェクトのレベルで BigQuery 向けの Sensitive Data Protection の検出を有効にし、データプロファイルを中央のプロジェクトに集約してください。機密度の高い検出結果を確認し、機密データを含むテーブルや列にタグやポリシータグ（列レベルのセキュリティ、データマスキング）を設定します。',
      console: [
        'Google Cloud コンソールで「セキュリティ」>「Sensitive Data Protection」を開き、「検出」タブを選択します。',
        'BigQuery の「有効にする」（または「スキャン構成を作成」）をクリックし、スキャン対象の組織、フォルダ、プロジェクトと、プロファイルを保存するプロジェクトを選択します。',
        '「検出」>「データ プロファイル」で、機密度とデータリスクが高いものから確認します。',
        'BigQuery で、Dataplex の分類（タクソノミー）のポリシータグを機密性の高い列に設定し、閲覧できるユーザーを制限します。',
      ],
    },
  },
  references: ['https://cloud.google.com/sensitive-data-protection/docs/data-profiles', 'https://cloud.google.com/bigquery/docs/column-level-security-intro'],
});
