import { GCP_TYPES, type TableConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

/** Table types without storage of their own in BigQuery: nothing for a key to encrypt. */
const NO_STORAGE = ['VIEW', 'EXTERNAL'];

export const rule = defineRule<TableConfig>({
  id: 'gcp-bigquery-table-cmek-encrypted',
  services: ['bigquery'],
  title: {
    en: 'BigQuery tables are encrypted with a customer-managed encryption key (CMEK)',
    ja: 'BigQuery テーブルが顧客管理の暗号鍵（CMEK）で暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.table],
  requires: ['encryptionConfiguration', 'type'],
  frameworks: { 'cis-gcp-5.0': ['7.2'], 'nist-800-53-r5': ['SC-12', 'SC-28'] },
  doc: {
    en: {
      description:
        'Checks that every BigQuery table stores its data encrypted with a Cloud KMS key you manage (encryptionConfiguration.kmsKeyName) rather than a Google-managed key. Logical views and external tables, which keep no data in BigQuery, are not applicable.',
      urgency: 'Low urgency: data is always encrypted at rest; CMEK adds control over the key, which matters for regulated data and for the ability to revoke access quickly.',
      risk: 'With Google-managed keys you cannot rotate on your own schedule, audit every use of the key in Cloud KMS logs, or make the data unreadable in an emergency by disabling the key, and some regulations or customer contracts require customer-controlled keys.',
      recommendation:
        "Create a Cloud KMS key in the dataset's location, grant the BigQuery service account (bq-PROJECT_NUMBER@bigquery-encryption.iam.gserviceaccount.com) roles/cloudkms.cryptoKeyEncrypterDecrypter on it, and set the key on the table (or set a dataset default key and recreate or copy the table so it picks it up).",
      console: [
        'In the Google Cloud console, open "BigQuery" > "Studio", select the table and note its dataset and table ID.',
        'Open Cloud Shell and rewrite the table onto itself with the key: bq cp -f --destination_kms_key=KEY_NAME DATASET_ID.TABLE_ID DATASET_ID.TABLE_ID.',
        'Back on the table\'s "Details" tab, check that "Customer-managed key" shows the key.',
        'To move a table that already uses CMEK to another key, run ALTER TABLE DATASET_ID.TABLE_ID SET OPTIONS (kms_key_name = "KEY_NAME") in the query editor.',
      ],
    },
    ja: {
      description:
        'すべての BigQuery テーブルが、Google 管理の鍵ではなく自社で管理する Cloud KMS 鍵（encryptionConfiguration.kmsKeyName）でデータを暗号化していることを確認します。BigQuery にデータを保持しない論理ビューと外部テーブルは対象外です。',
      urgency: '緊急度は低めです。データは常に保存時に暗号化されています。CMEK は鍵の管理権を加えるもので、規制対象のデータや、アクセスを迅速に遮断できる必要がある場合に重要になります。',
      risk: 'Google 管理の鍵では、自社のスケジュールでのローテーション、Cloud KMS のログによる鍵の使用状況の監査、緊急時に鍵を無効化してデータを読み取れなくすることができません。また、規制や顧客との契約で顧客管理の鍵が求められる場合があります。',
      recommendation:
        'データセットと同じロケーションに Cloud KMS 鍵を作成し、BigQuery のサービスアカウント（bq-PROJECT_NUMBER@bigquery-encryption.iam.gserviceaccount.com）に roles/cloudkms.cryptoKeyEncrypterDecrypter を付与したうえで、テーブルに鍵を設定してください（またはデータセットのデフォルト鍵を設定し、テーブルを再作成またはコピーして鍵を適用します）。',
      console: [
        'Google Cloud コンソールで「BigQuery」>「Studio」を開き、対象のテーブルを選択して、データセット ID とテーブル ID を確認します。',
        'Cloud Shell を開き、鍵を指定してテーブルを自身に上書きコピーします: bq cp -f --destination_kms_key=KEY_NAME DATASET_ID.TABLE_ID DATASET_ID.TABLE_ID',
        'テーブルの「詳細」タブに戻り、「顧客管理の鍵」に鍵が表示されていることを確認します。',
        'すでに CMEK を使用しているテーブルの鍵を切り替える場合は、クエリエディタで ALTER TABLE DATASET_ID.TABLE_ID SET OPTIONS (kms_key_name = "KEY_NAME") を実行します。',
      ],
    },
  },
  remediation: {
    cli: '# Re-encrypt a table that uses Google-managed encryption by rewriting it onto itself with the key:\nbq cp -f --destination_kms_key=projects/PROJECT_ID/locations/LOCATION/keyRings/RING/cryptoKeys/KEY PROJECT_ID:DATASET_ID.TABLE_ID PROJECT_ID:DATASET_ID.TABLE_ID\n# Switch a CMEK-protected table to another key:\nbq update --destination_kms_key=projects/PROJECT_ID/locations/LOCATION/keyRings/RING/cryptoKeys/KEY -t PROJECT_ID:DATASET_ID.TABLE_ID',
    terraform:
      'resource "google_bigquery_table" "events" {\n  dataset_id = google_bigquery_dataset.analytics.dataset_id\n  table_id   = "events"\n\n  encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bigquery.id\n  }\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption'],
  evaluate(table) {
    const config = table.config;
    if (config.type && NO_STORAGE.includes(config.type)) {
      const view = config.type === 'VIEW';
      return notApplicable(
        {
          en: `${table.name} is ${view ? 'a logical view' : 'an external table'} and keeps no data in BigQuery.`,
          ja: `${table.name} は${view ? '論理ビュー' : '外部テーブル'}で、BigQuery にデータを保持しません。`,
        },
        { type: config.type },
      );
    }
    const key = config.encryptionConfiguration?.kmsKeyName;
    return key
      ? pass({ en: `Table ${table.name} is encrypted with the customer-managed key ${key}.`, ja: `テーブル ${table.name} は顧客管理の鍵 ${key} で暗号化されています。` }, { kmsKeyName: key })
      : fail({ en: `Table ${table.name} is encrypted with a Google-managed key.`, ja: `テーブル ${table.name} は Google 管理の鍵で暗号化されています。` }, { kmsKeyName: null, type: config.type ?? null });
  },
});
