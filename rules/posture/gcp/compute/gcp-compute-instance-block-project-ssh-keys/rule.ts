import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { metadataBool, metadataValue } from '../metadata.js';

const KEY = 'block-project-ssh-keys';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-block-project-ssh-keys',
  services: ['compute'],
  title: {
    en: '"Block project-wide SSH keys" is enabled on VM instances',
    ja: 'VM インスタンスで「プロジェクト全体の SSH 認証鍵をブロック」が有効になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['metadata'],
  frameworks: {
    'cis-gcp-5.0': ['4.3'],
    'nist-800-53-r5': ['AC-3', 'AC-17', 'IA-5'],
    'pci-dss-4.0': ['7.2.1', '8.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks that each VM instance sets the instance metadata key `block-project-ssh-keys` to `TRUE`, so SSH public keys stored in the project-wide metadata cannot be used to log in to it. The key only has an effect in instance metadata.',
      urgency:
        'Medium: one leaked project-wide key opens every VM that accepts project keys, but exploiting it still requires network access to SSH.',
      risk:
        'Keys in the project-wide metadata (`ssh-keys`) are installed on every VM that does not block them. A single lost laptop or departed contractor\'s key therefore grants a shell on all those VMs, and removing access means editing shared metadata that is easy to forget.',
      recommendation:
        'Prefer OS Login (access tied to IAM identities). Where metadata-managed keys are still used, set `block-project-ssh-keys=TRUE` on every instance (or in the instance template), and distribute per-instance keys only to the people who need them.',
      console: [
        'Open Compute Engine > VM instances and click the instance name.',
        'Click Edit.',
        'Under "Security and access" > "SSH keys", select "Block project-wide SSH keys".',
        'Click Save. Repeat for every affected instance, and update the instance templates used by managed instance groups.',
      ],
    },
    ja: {
      description:
        '各 VM インスタンスでインスタンス メタデータのキー `block-project-ssh-keys` が `TRUE` に設定され、プロジェクト全体のメタデータに保存された SSH 公開鍵でログインできないようになっているかを確認します。このキーはインスタンス メタデータでのみ有効です。',
      urgency:
        '中程度です。プロジェクト全体の鍵が 1 つ漏えいすると、その鍵を受け入れるすべての VM が開かれてしまいますが、悪用には SSH へのネットワーク到達性が必要です。',
      risk:
        'プロジェクト全体のメタデータ（`ssh-keys`）にある鍵は、ブロックしていないすべての VM にインストールされます。紛失したノート PC や退職した委託先の鍵 1 つで、それらすべての VM のシェルを取得でき、アクセスの削除も共有メタデータの編集に頼るため漏れが起きやすくなります。',
      recommendation:
        'OS Login（IAM の ID に紐づくアクセス）の利用を優先してください。メタデータで管理する鍵を使い続ける場合は、すべてのインスタンス（またはインスタンス テンプレート）で `block-project-ssh-keys=TRUE` を設定し、インスタンス個別の鍵を必要な人だけに配布してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] を開き、インスタンス名をクリックします。',
        '[編集] をクリックします。',
        '[セキュリティとアクセス] > [SSH 認証鍵] で [プロジェクト全体の SSH 認証鍵をブロック] を選択します。',
        '[保存] をクリックします。対象のすべてのインスタンスで繰り返し、マネージド インスタンス グループが使うインスタンス テンプレートも更新してください。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud compute instances add-metadata INSTANCE_NAME --zone=ZONE --metadata=block-project-ssh-keys=TRUE',
    terraform: `resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }
  network_interface { subnetwork = "app" }

  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/connect/restrict-ssh-keys',
    'https://cloud.google.com/compute/docs/connect/add-ssh-keys',
    'https://cloud.google.com/compute/docs/oslogin',
  ],
  evaluate(instance) {
    const raw = metadataValue(instance.config.metadata, KEY);
    if (metadataBool(raw) === true) {
      return pass({ en: `${instance.name} blocks project-wide SSH keys (${KEY}=${raw}).`, ja: `${instance.name} はプロジェクト全体の SSH 認証鍵をブロックしています（${KEY}=${raw}）。` }, { [KEY]: raw });
    }
    return fail(
      raw === undefined
        ? {
            en: `${instance.name} does not set ${KEY}, so project-wide SSH keys can log in to it.`,
            ja: `${instance.name} には ${KEY} が設定されていないため、プロジェクト全体の SSH 認証鍵でログインできます。`,
          }
        : {
            en: `${instance.name} sets ${KEY} to "${raw}", so project-wide SSH keys can log in to it.`,
            ja: `${instance.name} の ${KEY} は「${raw}」のため、プロジェクト全体の SSH 認証鍵でログインできます。`,
          },
      { [KEY]: raw ?? null },
    );
  },
});
