import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type DiskConfig } from '../../../../../src/providers/gcp/model.js';
import { diskEncryption } from '../disk.js';

export const rule = defineRule<DiskConfig>({
  id: 'gcp-compute-disk-cmek-encrypted',
  services: ['compute'],
  title: {
    en: 'Persistent disks are encrypted with a customer-managed key (Cloud KMS)',
    ja: '永続ディスクが顧客管理の暗号鍵（Cloud KMS）で暗号化されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.disk],
  requires: ['diskEncryptionKey'],
  frameworks: {
    'nist-800-53-r5': ['SC-12', 'SC-28', 'SC-28(1)'],
    'pci-dss-4.0': ['3.5.1', '3.6.1'],
  },
  doc: {
    en: {
      description:
        'Checks that each persistent disk is encrypted with a key you control: a customer-managed encryption key (CMEK) in Cloud KMS (`diskEncryptionKey.kmsKeyName`), or a customer-supplied key (CSEK). Disks with Google-managed encryption fail.',
      urgency:
        'Low: data is encrypted at rest either way; CMEK adds control over key access, rotation and revocation, which regulated data usually requires.',
      risk:
        'With Google-managed keys you cannot separate the right to use the data from the right to manage the disk, cannot see key usage in your own audit logs, and cannot make the data unreadable in an emergency by disabling the key. Snapshots and images made from the disk inherit the same lack of control.',
      recommendation:
        'Create a Cloud KMS key ring in the disk\'s region, grant the Compute Engine service agent (`service-PROJECT_NUMBER@compute-system.iam.gserviceaccount.com`) `roles/cloudkms.cryptoKeyEncrypterDecrypter` on the key, and create disks with it. Existing disks cannot be re-keyed in place: snapshot them and create new disks from the snapshot with the key. The organisation policy constraint `gcp.restrictNonCmekServices` (with `compute.googleapis.com`) makes CMEK mandatory for new disks.',
      console: [
        'Open Security > Key Management, create a key ring in the disk\'s region and a symmetric key; grant the Compute Engine service agent "Cloud KMS CryptoKey Encrypter/Decrypter" on it.',
        'Open Compute Engine > Snapshots and create a snapshot of the disk.',
        'Open Compute Engine > Disks > Create disk, choose the snapshot as source and, under Encryption, select "Cloud KMS key" and the key.',
        'Stop the VM, swap the disks, start the VM and delete the old disk after verification.',
      ],
    },
    ja: {
      description:
        '各永続ディスクが自社で管理する鍵、すなわち Cloud KMS の顧客管理の暗号鍵（CMEK、`diskEncryptionKey.kmsKeyName`）または顧客指定の暗号鍵（CSEK）で暗号化されているかを確認します。Google 管理の暗号化のディスクは不合格となります。',
      urgency:
        '緊急度は低めです。いずれにしても保存データは暗号化されていますが、CMEK では鍵へのアクセス、ローテーション、無効化を自社で管理でき、規制対象のデータでは通常これが求められます。',
      risk:
        'Google 管理の鍵では、データを利用する権限とディスクを管理する権限を分離できず、鍵の使用状況を自社の監査ログで確認できず、緊急時に鍵を無効化してデータを読めなくすることもできません。ディスクから作成したスナップショットやイメージも同じ状態を引き継ぎます。',
      recommendation:
        'ディスクと同じリージョンに Cloud KMS のキーリングを作成し、Compute Engine サービス エージェント（`service-PROJECT_NUMBER@compute-system.iam.gserviceaccount.com`）に鍵の `roles/cloudkms.cryptoKeyEncrypterDecrypter` を付与して、その鍵でディスクを作成してください。既存のディスクの鍵はその場で変更できないため、スナップショットを作成し、鍵を指定してスナップショットから新しいディスクを作成します。組織のポリシー制約 `gcp.restrictNonCmekServices`（`compute.googleapis.com` を指定）で新しいディスクに CMEK を必須にできます。',
      console: [
        '[セキュリティ] > [鍵管理] でディスクと同じリージョンにキーリングと対称鍵を作成し、Compute Engine サービス エージェントに「クラウド KMS 暗号鍵の暗号化 / 復号」ロールを付与します。',
        '[Compute Engine] > [スナップショット] でディスクのスナップショットを作成します。',
        '[Compute Engine] > [ディスク] > [ディスクを作成] でスナップショットをソースに選び、[暗号化] で「Cloud KMS 鍵」と作成した鍵を選択します。',
        'VM を停止してディスクを入れ替え、VM を起動します。動作を確認したら古いディスクを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud kms keyrings create compute --location=REGION --project=PROJECT_ID',
      'gcloud kms keys create disks --keyring=compute --location=REGION --purpose=encryption --rotation-period=90d --next-rotation-time=$(date -u -d "+90 days" +%Y-%m-%dT%H:%M:%SZ) --project=PROJECT_ID',
      'gcloud kms keys add-iam-policy-binding disks --keyring=compute --location=REGION --project=PROJECT_ID --member="serviceAccount:service-PROJECT_NUMBER@compute-system.iam.gserviceaccount.com" --role="roles/cloudkms.cryptoKeyEncrypterDecrypter"',
      'gcloud compute snapshots create DISK_NAME-snap --source-disk=DISK_NAME --source-disk-zone=ZONE',
      'gcloud compute disks create DISK_NAME-cmek --zone=ZONE --source-snapshot=DISK_NAME-snap --kms-key=projects/PROJECT_ID/locations/REGION/keyRings/compute/cryptoKeys/disks',
    ].join('\n'),
    terraform: `resource "google_kms_key_ring" "compute" {
  name     = "compute"
  location = "us-central1"
}

resource "google_kms_crypto_key" "disks" {
  name            = "disks"
  key_ring        = google_kms_key_ring.compute.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key_iam_member" "compute_agent" {
  crypto_key_id = google_kms_crypto_key.disks.id
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:service-\${data.google_project.this.number}@compute-system.iam.gserviceaccount.com"
}

resource "google_compute_disk" "data" {
  name = "data"
  zone = "us-central1-a"
  size = 100

  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
  depends_on = [google_kms_crypto_key_iam_member.compute_agent]
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/disks/customer-managed-encryption',
    'https://cloud.google.com/compute/docs/disks/disk-encryption',
    'https://cloud.google.com/kms/docs/cmek',
  ],
  evaluate(disk) {
    const enc = diskEncryption(disk.config);
    switch (enc.kind) {
      case 'cmek':
        return pass({ en: `Disk ${disk.name} is encrypted with the Cloud KMS key ${enc.kmsKeyName}.`, ja: `ディスク ${disk.name} は Cloud KMS の鍵 ${enc.kmsKeyName} で暗号化されています。` }, enc.evidence);
      case 'csek':
        return pass({ en: `Disk ${disk.name} is encrypted with a customer-supplied key.`, ja: `ディスク ${disk.name} は顧客指定の暗号鍵で暗号化されています。` }, enc.evidence);
      default:
        return fail({ en: `Disk ${disk.name} uses Google-managed encryption, not a key you control.`, ja: `ディスク ${disk.name} は Google 管理の暗号化を使用しており、自社で管理する鍵ではありません。` }, enc.evidence);
    }
  },
});
