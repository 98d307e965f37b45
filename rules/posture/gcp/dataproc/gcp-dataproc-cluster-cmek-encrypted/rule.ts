import { GCP_TYPES, type DataprocClusterConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DataprocClusterConfig>({
  id: 'gcp-dataproc-cluster-cmek-encrypted',
  services: ['dataproc'],
  title: {
    en: 'Dataproc clusters are encrypted with a customer-managed encryption key (CMEK)',
    ja: 'Dataproc クラスタが顧客管理の暗号鍵（CMEK）で暗号化されている',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.dataprocCluster],
  requires: ['config'],
  frameworks: { 'cis-gcp-5.0': ['8.1'], 'nist-800-53-r5': ['SC-12', 'SC-28'] },
  doc: {
    en: {
      description:
        "Checks that every Dataproc cluster names a Cloud KMS key in its encryption configuration: gcePdKmsKeyName (the key for the persistent disks of all cluster VMs) or kmsKey (the newer setting, which covers the persistent disks and the arguments of jobs submitted to the cluster).",
      urgency: 'Low urgency: the disks are always encrypted with Google-managed keys; CMEK adds control over the key. The key can only be set when the cluster is created, so plan it into the next rebuild.',
      risk: 'Without CMEK, you cannot rotate the disk keys on your own schedule, audit their use in Cloud KMS, or make the data of a cluster unreadable by disabling a key, which some regulations and customer contracts require for data processed on the cluster.',
      recommendation:
        "Create a Cloud KMS key in the cluster's region, grant the Compute Engine service agent (service-PROJECT_NUMBER@compute-system.iam.gserviceaccount.com) and the Dataproc service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on it, and recreate the cluster with the key. Ephemeral clusters created per job pick it up automatically once the creation template includes it.",
      console: [
        'In the Google Cloud console, open "Dataproc" > "Clusters" and click "Create cluster" (an existing cluster cannot be changed).',
        'Open "Manage security" (or "Security" in the cluster creation form).',
        'Under "Encryption", choose "Customer-managed encryption key (CMEK)" and select the key.',
        'Create the cluster, move the workloads to it and delete the old cluster.',
      ],
    },
    ja: {
      description:
        'すべての Dataproc クラスタの暗号化構成で Cloud KMS 鍵が指定されていること、つまり gcePdKmsKeyName（クラスタのすべての VM の永続ディスク用の鍵）または kmsKey（永続ディスクに加えて、クラスタに送信されたジョブの引数も対象とする新しい設定）が設定されていることを確認します。',
      urgency: '緊急度は低めです。ディスクは常に Google 管理の鍵で暗号化されており、CMEK は鍵の管理権を加えるものです。鍵はクラスタ作成時にしか設定できないため、次回の再構築時に組み込んでください。',
      risk: 'CMEK がないと、自社のスケジュールでのディスク鍵のローテーション、Cloud KMS での鍵の使用状況の監査、鍵の無効化によるクラスタのデータの読み取り不能化ができません。クラスタで処理するデータについて、規制や顧客との契約でこれらが求められる場合があります。',
      recommendation:
        'クラスタと同じリージョンに Cloud KMS 鍵を作成し、Compute Engine サービスエージェント（service-PROJECT_NUMBER@compute-system.iam.gserviceaccount.com）と Dataproc サービスエージェントに roles/cloudkms.cryptoKeyEncrypterDecrypter を付与してから、鍵を指定してクラスタを再作成してください。ジョブごとに作成するエフェメラルクラスタは、作成テンプレートに鍵を含めれば以降自動的に適用されます。',
      console: [
        'Google Cloud コンソールで「Dataproc」>「クラスタ」を開き、「クラスタを作成」をクリックします（既存のクラスタは変更できません）。',
        '作成フォームで「セキュリティの管理」（または「セキュリティ」）を開きます。',
        '「暗号化」で「顧客管理の暗号鍵（CMEK）」を選び、鍵を選択します。',
        'クラスタを作成し、ワークロードを移行してから古いクラスタを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud dataproc clusters create CLUSTER_NAME --region=REGION \\\n  --gce-pd-kms-key=projects/PROJECT_ID/locations/REGION/keyRings/RING/cryptoKeys/KEY \\\n  --kms-key=projects/PROJECT_ID/locations/REGION/keyRings/RING/cryptoKeys/KEY',
    terraform:
      'resource "google_dataproc_cluster" "main" {\n  name   = "CLUSTER_NAME"\n  region = "us-central1"\n\n  cluster_config {\n    encryption_config {\n      kms_key_name = google_kms_crypto_key.dataproc.id\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/customer-managed-encryption'],
  evaluate(cluster) {
    const encryption = cluster.config.config?.encryptionConfig;
    const key = encryption?.gcePdKmsKeyName || encryption?.kmsKey;
    const evidence = { encryptionConfig: encryption ?? null };
    return key
      ? pass({ en: `Cluster ${cluster.name} is encrypted with the customer-managed key ${key}.`, ja: `クラスタ ${cluster.name} は顧客管理の鍵 ${key} で暗号化されています。` }, evidence)
      : fail({ en: `Cluster ${cluster.name} has no customer-managed key: its disks use Google-managed encryption.`, ja: `クラスタ ${cluster.name} には顧客管理の鍵がなく、ディスクは Google 管理の鍵で暗号化されています。` }, evidence);
  },
});
