import { isPublicMember } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type DatasetConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';
import { describeGrants, grantsTo } from '../access.js';

export const rule = defineRule<DatasetConfig>({
  id: 'gcp-bigquery-dataset-not-public',
  services: ['bigquery'],
  title: {
    en: 'BigQuery datasets are not anonymously or publicly accessible',
    ja: 'BigQuery データセットが匿名または一般公開でアクセス可能になっていない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.dataset],
  requires: ['access'],
  frameworks: { 'cis-gcp-5.0': ['7.1'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        "Checks that no access entry of a BigQuery dataset grants a role to allUsers or allAuthenticatedUsers (as specialGroup or iamMember), which would let anyone on the internet, or anyone with a Google account, query the dataset's tables.",
      urgency: 'Fix today: every table in the dataset can be read, and with write roles modified, by anyone, and queries are billed to whoever runs them so nothing alerts you.',
      risk: 'A public dataset exposes all of its tables and views, including personal or financial data loaded later by someone unaware of the setting. Anyone can copy the data out with a simple query; with WRITER or OWNER they can also alter or delete it.',
      recommendation:
        'Remove the allUsers and allAuthenticatedUsers entries. Grant access to specific groups or service accounts, publish data meant for outsiders through Analytics Hub or authorized views in a dedicated dataset, and consider the iam.allowedPolicyMemberDomains organization policy (domain-restricted sharing) to block public principals.',
      console: [
        'In the Google Cloud console, open "BigQuery" > "Studio" and select the dataset in the Explorer.',
        'Click "Sharing" > "Permissions".',
        'Expand the allUsers and allAuthenticatedUsers principals and delete their roles.',
        'Click "Close" (the change applies immediately).',
      ],
    },
    ja: {
      description:
        'BigQuery データセットのアクセスエントリに、allUsers または allAuthenticatedUsers（specialGroup または iamMember として）にロールを付与するものがなく、インターネット上の誰でも、あるいは Google アカウントを持つ誰でもデータセットのテーブルをクエリできる状態になっていないことを確認します。',
      urgency: '本日中に対応してください。データセットのすべてのテーブルを誰でも読み取れ、書き込みロールがあれば変更もできます。クエリ料金は実行者に課金されるため、アラートも発生しません。',
      risk: '公開データセットは、設定を知らない人が後から読み込んだ個人データや財務データを含め、すべてのテーブルとビューを公開します。誰でも簡単なクエリでデータを持ち出せ、WRITER や OWNER が付与されていれば変更や削除も可能です。',
      recommendation:
        'allUsers と allAuthenticatedUsers のエントリを削除してください。アクセスは特定のグループやサービスアカウントに付与し、外部向けのデータは専用データセットの Analytics Hub や承認済みビューで公開します。公開プリンシパルをブロックするため、組織のポリシー iam.allowedPolicyMemberDomains（ドメインで制限された共有）の適用も検討してください。',
      console: [
        'Google Cloud コンソールで「BigQuery」>「Studio」を開き、エクスプローラでデータセットを選択します。',
        '「共有」>「権限」をクリックします。',
        'allUsers と allAuthenticatedUsers のプリンシパルを展開し、ロールを削除します。',
        '「閉じる」をクリックします（変更はすぐに反映されます）。',
      ],
    },
  },
  remediation: {
    cli: '# Export the dataset, delete the allUsers / allAuthenticatedUsers entries from "access", then update it:\nbq show --format=prettyjson PROJECT_ID:DATASET_ID > dataset.json\nbq update --source dataset.json PROJECT_ID:DATASET_ID',
    terraform:
      '# Manage the dataset access list authoritatively, with named principals only:\nresource "google_bigquery_dataset_iam_binding" "readers" {\n  dataset_id = "DATASET_ID"\n  role       = "roles/bigquery.dataViewer"\n  members    = ["group:analysts@example.com"]\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/control-access-to-resources-iam', 'https://cloud.google.com/bigquery/docs/dataset-access-controls'],
  evaluate(dataset) {
    const access = dataset.config.access;
    if (!access) {
      return notAssessed({ en: `The access list of dataset ${dataset.name} was not collected.`, ja: `データセット ${dataset.name} のアクセスリストが収集されていません。` });
    }
    const grants = grantsTo(access, isPublicMember);
    if (grants.length === 0) {
      return pass(
        { en: `Dataset ${dataset.name} grants nothing to allUsers or allAuthenticatedUsers.`, ja: `データセット ${dataset.name} は allUsers にも allAuthenticatedUsers にも何も付与していません。` },
        { entries: access.length },
      );
    }
    return fail(
      { en: `Dataset ${dataset.name} is publicly accessible: ${describeGrants(grants)}.`, ja: `データセット ${dataset.name} は一般公開でアクセス可能です: ${describeGrants(grants)}。` },
      { publicGrants: grants },
    );
  },
});
