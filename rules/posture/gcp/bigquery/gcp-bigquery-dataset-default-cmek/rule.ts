import { GCP_TYPES, type DatasetConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DatasetConfig>({
  id: 'gcp-bigquery-dataset-default-cmek',
  services: ['bigquery'],
  title: {
    en: 'BigQuery datasets specify a default customer-managed encryption key (CMEK)',
    ja: 'BigQuery データセットにデフォルトの顧客管理の暗号鍵（CMEK）が指定されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.dataset],
  requires: ['defaultEncryptionConfiguration'],
  frameworks: { 'cis-gcp-5.0': ['7.3'], 'nist-800-53-r5': ['SC-12', 'SC-28'] },
  doc: {
    en: {
      description:
        'Checks that every BigQuery dataset has a default Cloud KMS key (defaultEncryptionConfiguration.kmsKeyName), so new tables created in it are encrypted with a key you manage without each job having to specify one.',
      urgency: 'Low urgency: it prevents future tables from silently falling back to Google-managed keys; existing tables are checked separately.',
      risk: 'Without a default key, every table created by a load job, query or pipeline that does not name a key uses a Google-managed key, so CMEK coverage erodes over time and regulated data ends up outside your key control.',
      recommendation:
        "Create a Cloud KMS key in the dataset's location, grant the BigQuery service account roles/cloudkms.cryptoKeyEncrypterDecrypter on it and set it as the dataset default. The default applies to new tables only: re-encrypt existing ones (for example with bq cp and --destination_kms_key).",
      console: [
        'In the Google Cloud console, open "BigQuery" > "Studio" and select the dataset.',
        'Click "Edit details".',
        'Under "Encryption", choose "Customer-managed encryption key (CMEK)" and select the key.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'すべての BigQuery データセットにデフォルトの Cloud KMS 鍵（defaultEncryptionConfiguration.kmsKeyName）が設定されており、ジョブごとに鍵を指定しなくても、新しく作成されるテーブルが自社で管理する鍵で暗号化されることを確認します。',
      urgency: '緊急度は低めです。今後作成されるテーブルが気付かないうちに Google 管理の鍵で作成されるのを防ぐ設定で、既存のテーブルは別のルールで確認します。',
      risk: 'デフォルト鍵がないと、鍵を指定しない読み込みジョブ、クエリ、パイプラインで作成されたテーブルはすべて Google 管理の鍵を使用します。CMEK の適用範囲が徐々に失われ、規制対象のデータが自社の鍵管理の外に置かれることになります。',
      recommendation:
        'データセットと同じロケーションに Cloud KMS 鍵を作成し、BigQuery のサービスアカウントに roles/cloudkms.cryptoKeyEncrypterDecrypter を付与して、データセットのデフォルト鍵に設定してください。デフォルト鍵は新しいテーブルにのみ適用されるため、既存のテーブルは再暗号化します（例: bq cp と --destination_kms_key）。',
      console: [
        'Google Cloud コンソールで「BigQuery」>「Studio」を開き、対象のデータセットを選択します。',
        '「詳細を編集」をクリックします。',
        '「暗号化」で「顧客管理の暗号鍵（CMEK）」を選び、鍵を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'bq update --default_kms_key=projects/PROJECT_ID/locations/LOCATION/keyRings/RING/cryptoKeys/KEY PROJECT_ID:DATASET_ID',
    terraform:
      'resource "google_bigquery_dataset" "analytics" {\n  dataset_id = "analytics"\n  location   = "US"\n\n  default_encryption_configuration {\n    kms_key_name = google_kms_crypto_key.bigquery.id\n  }\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/customer-managed-encryption#dataset_default_key'],
  evaluate(dataset) {
    const key = dataset.config.defaultEncryptionConfiguration?.kmsKeyName;
    return key
      ? pass({ en: `Dataset ${dataset.name} has the default customer-managed key ${key}.`, ja: `データセット ${dataset.name} にはデフォルトの顧客管理の鍵 ${key} が設定されています。` }, { kmsKeyName: key })
      : fail({ en: `Dataset ${dataset.name} has no default customer-managed key.`, ja: `データセット ${dataset.name} にはデフォルトの顧客管理の鍵が設定されていません。` }, { kmsKeyName: null });
  },
});
