import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type DiskConfig } from '../../../../../src/providers/gcp/model.js';
import { diskEncryption } from '../disk.js';

export const rule = defineRule<DiskConfig>({
  id: 'gcp-compute-disk-csek-encrypted',
  services: ['compute'],
  title: {
    en: 'VM disks are encrypted with customer-supplied encryption keys (CSEK)',
    ja: 'VM ディスクが顧客指定の暗号鍵（CSEK）で暗号化されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.disk],
  requires: ['diskEncryptionKey'],
  frameworks: {
    'cis-gcp-5.0': ['4.7'],
    'nist-800-53-r5': ['SC-12', 'SC-28', 'SC-28(1)'],
    'pci-dss-4.0': ['3.5.1', '3.6.1'],
  },
  doc: {
    en: {
      description:
        'Checks that each persistent disk is encrypted with a customer-supplied encryption key (CSEK): the disk reports `diskEncryptionKey.sha256`, the hash of a key Google does not store. CIS (Level 2) asks for this on critical VMs; disks of non-critical VMs can be accepted as exceptions.',
      urgency:
        'Low: Google encrypts every disk at rest anyway; CSEK adds control over the key for the most sensitive workloads, at a real operational cost.',
      risk:
        'With Google-managed keys, anyone with sufficient IAM permissions in the project can attach, snapshot or image the disk and read its data. With CSEK, those operations also require the raw key, which Google never stores, so a compromised IAM identity alone cannot read the disk.',
      recommendation:
        'For critical VMs, create disks with a customer-supplied key (a 256-bit AES key, base64-encoded, kept in your own key management system). CSEK cannot be added to an existing disk: snapshot it and create a new disk from the snapshot with the key. Plan key custody carefully: a lost key makes the disk unrecoverable, and the key must be supplied again whenever the VM restarts after a host event. Customer-managed keys (Cloud KMS) are often a more practical alternative.',
      console: [
        'Open Compute Engine > Snapshots and create a snapshot of the disk.',
        'Open Compute Engine > Disks and click Create disk; choose the snapshot as source.',
        'Under Encryption, choose "Customer-supplied key" and paste the base64-encoded key (optionally wrapped with the Google public certificate).',
        'Stop the VM, detach the old disk, attach the new one, start the VM and delete the old disk once verified.',
      ],
    },
    ja: {
      description:
        '各永続ディスクが顧客指定の暗号鍵（CSEK）で暗号化されていること、つまりディスクに Google が保存しない鍵のハッシュ `diskEncryptionKey.sha256` があることを確認します。CIS（レベル 2）は重要な VM でこれを求めており、重要でない VM のディスクは例外として扱えます。',
      urgency:
        '緊急度は低めです。Google はすべてのディスクを保存時に暗号化しています。CSEK は最も機密性の高いワークロードで鍵を自社管理するためのもので、運用上のコストも伴います。',
      risk:
        'Google 管理の鍵では、プロジェクトで十分な IAM 権限を持つ人なら誰でもディスクをアタッチ、スナップショット化、イメージ化してデータを読み取れます。CSEK ではこれらの操作に Google が保存しない鍵そのものが必要になるため、IAM の ID が侵害されただけではディスクを読み取れません。',
      recommendation:
        '重要な VM では、顧客指定の鍵（自社の鍵管理システムで保管する 256 ビット AES 鍵を base64 エンコードしたもの）でディスクを作成してください。既存のディスクに CSEK を後から追加することはできないため、スナップショットを作成し、鍵を指定してスナップショットから新しいディスクを作成します。鍵を紛失するとディスクを復元できず、ホスト イベント後の VM 再起動時にも鍵の再指定が必要になるため、鍵の保管方法を慎重に設計してください。より実用的な代替策として顧客管理の鍵（Cloud KMS）も検討してください。',
      console: [
        '[Compute Engine] > [スナップショット] を開き、ディスクのスナップショットを作成します。',
        '[Compute Engine] > [ディスク] で [ディスクを作成] をクリックし、ソースとしてそのスナップショットを選択します。',
        '[暗号化] で「顧客指定の暗号鍵」を選び、base64 エンコードした鍵（必要に応じて Google の公開証明書でラップしたもの）を貼り付けます。',
        'VM を停止して古いディスクを切り離し、新しいディスクをアタッチして VM を起動します。動作を確認したら古いディスクを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute snapshots create DISK_NAME-snap --source-disk=DISK_NAME --source-disk-zone=ZONE',
      '# key.json: [{"uri": "https://www.googleapis.com/compute/v1/projects/PROJECT_ID/zones/ZONE/disks/DISK_NAME-csek", "key": "BASE64_AES256_KEY", "key-type": "raw"}]',
      'gcloud compute disks create DISK_NAME-csek --zone=ZONE --source-snapshot=DISK_NAME-snap --csek-key-file=key.json',
    ].join('\n'),
    terraform: `resource "google_compute_disk" "data" {
  name     = "data-csek"
  zone     = "us-central1-a"
  size     = 100
  snapshot = "data-snap"

  disk_encryption_key {
    # Supply the key from a secret store; never commit it.
    raw_key = var.data_disk_csek   # base64-encoded 256-bit AES key (sensitive)
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/disks/customer-supplied-encryption',
    'https://cloud.google.com/compute/docs/disks/disk-encryption',
  ],
  evaluate(disk) {
    const enc = diskEncryption(disk.config);
    if (enc.kind === 'csek') {
      return pass({ en: `Disk ${disk.name} is encrypted with a customer-supplied key.`, ja: `ディスク ${disk.name} は顧客指定の暗号鍵で暗号化されています。` }, enc.evidence);
    }
    return fail(
      enc.kind === 'cmek'
        ? {
            en: `Disk ${disk.name} is encrypted with the Cloud KMS key ${enc.kmsKeyName}, not a customer-supplied key.`,
            ja: `ディスク ${disk.name} は Cloud KMS の鍵 ${enc.kmsKeyName} で暗号化されており、顧客指定の暗号鍵ではありません。`,
          }
        : {
            en: `Disk ${disk.name} is encrypted with a Google-managed key, not a customer-supplied key.`,
            ja: `ディスク ${disk.name} は Google 管理の鍵で暗号化されており、顧客指定の暗号鍵ではありません。`,
          },
      enc.evidence,
    );
  },
});
