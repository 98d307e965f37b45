import { memberKind } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type DatasetConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { describeGrants, grantsTo } from '../access.js';

export const rule = defineRule<DatasetConfig>({
  id: 'gcp-bigquery-dataset-not-shared-with-domain',
  services: ['bigquery'],
  title: {
    en: 'BigQuery datasets are not shared with an entire domain',
    ja: 'BigQuery データセットがドメイン全体と共有されていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.dataset],
  requires: ['access'],
  frameworks: { 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1', '7.2.2'] },
  doc: {
    en: {
      description:
        'Best practice beyond CIS: checks that no access entry of a BigQuery dataset grants a role to a whole Google Workspace or Cloud Identity domain (the domain field, or a domain: IAM member). Your own company domain counts too: it means every account in the company.',
      urgency: 'Medium: the data is not public, but everyone in the domain, including contractors, test accounts and compromised mailboxes, can read it.',
      risk: 'A domain grant gives every current and future account in the domain access, far beyond the team that owns the data. Any phished account in the company can then export the dataset, and a grant to a partner or typo domain exposes the data outside the company.',
      recommendation:
        'Replace the domain entry with the Google groups that need access (for example data-analysts@example.com), grant the narrowest role (READER / roles/bigquery.dataViewer), and share individual tables through authorized views when only part of the data is needed.',
      console: [
        'In the Google Cloud console, open "BigQuery" > "Studio" and select the dataset in the Explorer.',
        'Click "Sharing" > "Permissions".',
        'Add the groups that need access with the appropriate role.',
        'Expand the domain principal (for example example.com) and delete its roles.',
      ],
    },
    ja: {
      description:
        'CIS の範囲を超えるベストプラクティスとして、BigQuery データセットのアクセスエントリに Google Workspace や Cloud Identity のドメイン全体（domain フィールド、または domain: 形式の IAM メンバー）にロールを付与するものがないことを確認します。自社のドメインも対象です。社内のすべてのアカウントを意味するためです。',
      urgency: '緊急度は中程度です。一般公開ではありませんが、委託先、テスト用アカウント、侵害されたメールボックスを含め、ドメイン内の全員がデータを読み取れます。',
      risk: 'ドメインへの付与は、現在および将来のドメイン内のすべてのアカウントにアクセスを与え、データを所有するチームの範囲を大きく超えます。社内で 1 つでもフィッシングされたアカウントがあればデータセットを持ち出され、パートナーのドメインや入力ミスのドメインへの付与であれば社外にデータが公開されます。',
      recommendation:
        'ドメインのエントリを、アクセスが必要な Google グループ（例: data-analysts@example.com）に置き換え、最小限のロール（READER / roles/bigquery.dataViewer）を付与してください。データの一部だけが必要な場合は、承認済みビューで個別のテーブルを共有します。',
      console: [
        'Google Cloud コンソールで「BigQuery」>「Studio」を開き、エクスプローラでデータセットを選択します。',
        '「共有」>「権限」をクリックします。',
        'アクセスが必要なグループを適切なロールで追加します。',
        'ドメインのプリンシパル（例: example.com）を展開し、ロールを削除します。',
      ],
    },
  },
  remediation: {
    cli: '# Export the dataset, replace the "domain" entries in "access" with groupByEmail entries, then update it:\nbq show --format=prettyjson PROJECT_ID:DATASET_ID > dataset.json\nbq update --source dataset.json PROJECT_ID:DATASET_ID',
    terraform:
      'resource "google_bigquery_dataset_iam_member" "analysts" {\n  dataset_id = "DATASET_ID"\n  role       = "roles/bigquery.dataViewer"\n  member     = "group:data-analysts@example.com" # not "domain:example.com"\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://cloud.google.com/bigquery/docs/authorized-views'],
  evaluate(dataset) {
    const access = dataset.config.access;
    if (!access) {
      return notAssessed({ en: `The access list of dataset ${dataset.name} was not collected.`, ja: `データセット ${dataset.name} のアクセスリストが収集されていません。` });
    }
    const grants = grantsTo(access, (principal) => memberKind(principal) === 'domain');
    return grants.length === 0
      ? pass({ en: `Dataset ${dataset.name} is not shared with any whole domain.`, ja: `データセット ${dataset.name} はどのドメイン全体とも共有されていません。` }, { entries: access.length })
      : fail(
          { en: `Dataset ${dataset.name} is shared with entire domains: ${describeGrants(grants)}.`, ja: `データセット ${dataset.name} はドメイン全体と共有されています: ${describeGrants(grants)}。` },
          { domainGrants: grants },
        );
  },
});
