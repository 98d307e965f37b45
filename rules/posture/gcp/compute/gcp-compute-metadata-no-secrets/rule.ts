import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ComputeProjectConfig, type InstanceConfig, type MetadataItems } from '../../../../../src/providers/gcp/model.js';
import { secretKindJa, secretKinds } from '../../../../../src/providers/gcp/secrets.js';
import { isGkeNode } from '../instance.js';

/** Keys GKE writes on its nodes (cluster bootstrap data), which the node owner does not control. */
const GKE_MANAGED_KEYS = new Set(['kube-env', 'kube-labels', 'kubelet-config', 'configure-sh', 'user-data', 'cluster-name', 'cluster-uid', 'cluster-location', 'gci-update-strategy', 'gci-metrics-enabled', 'google-compute-enable-pcid']);

export interface SecretFinding {
  key: string;
  kinds: string[];
  /** The same kinds, in Japanese (for reasons only). */
  kindsJa: string[];
}

/** Metadata keys whose values look like they contain credentials (keys and kinds only). */
export function findSecrets(metadata: MetadataItems | undefined, skip: ReadonlySet<string> = new Set()): SecretFinding[] {
  const out: SecretFinding[] = [];
  for (const item of metadata?.items ?? []) {
    if (skip.has(item.key)) continue;
    // Collected snapshots carry only the kinds the collector found; fixtures may carry values.
    const kinds = item.secretKinds ?? (item.value ? secretKinds(item.value) : []);
    if (kinds.length) out.push({ key: item.key, kinds, kindsJa: kinds.map(secretKindJa) });
  }
  return out;
}

function isInstance(type: string, _config: InstanceConfig | ComputeProjectConfig): _config is InstanceConfig {
  return type === GCP_TYPES.instance;
}

export const rule = defineRule<InstanceConfig | ComputeProjectConfig>({
  id: 'gcp-compute-metadata-no-secrets',
  services: ['compute'],
  title: {
    en: 'Instance and project metadata (startup scripts) contain no credentials',
    ja: 'インスタンスとプロジェクトのメタデータ（起動スクリプトなど）に認証情報が含まれていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.instance, GCP_TYPES.computeProject],
  requires: ['commonInstanceMetadata', 'labels', 'metadata', 'name'],
  frameworks: {
    'nist-800-53-r5': ['IA-5(7)', 'SC-28'],
    'pci-dss-4.0': ['8.3.2', '8.6.2'],
  },
  doc: {
    en: {
      description:
        'Scans the values of instance metadata and project-wide metadata (`startup-script`, `user-data`, `windows-startup-script-ps1`, custom keys) for things that look like credentials: private keys, service account key files, AWS access keys, Google API keys, GitHub/Slack tokens and hard-coded password assignments. Findings name only the metadata key and the kind of secret, never the value. On GKE nodes, keys written by GKE itself (such as `kube-env`) are not scanned.',
      urgency:
        'Fix promptly and rotate the exposed credential: metadata is readable by many identities and by every process on the VM.',
      risk:
        'Metadata is not a secret store. Anyone with `compute.instances.get` (Viewer on the project) can read it in the console or API, every process on the VM can read it from the metadata server without authentication, and it is copied into instance templates, machine images and logs of deployment tools. A key in a startup script is therefore effectively shared with a large and unaudited audience.',
      recommendation:
        'Move the secret to Secret Manager and fetch it at boot with the VM\'s service account (`gcloud secrets versions access latest --secret=NAME`), granting `roles/secretmanager.secretAccessor` on that secret only. Rotate or revoke the credential that was exposed, since it must be considered leaked, and remove it from instance templates and images too.',
      console: [
        'Open Compute Engine > VM instances, click the instance and click Edit (for project-wide metadata: Compute Engine > Settings > Metadata > Edit).',
        'Under "Automation" / "Custom metadata", find the key named in the finding and remove the secret from its value, replacing it with a call to Secret Manager.',
        'Click Save.',
        'Open Security > Secret Manager, create a secret holding the value and grant the VM\'s service account "Secret Manager Secret Accessor" on it.',
        'Rotate the exposed credential at its issuer (Cloud IAM key, AWS IAM, GitHub, database).',
      ],
    },
    ja: {
      description:
        'インスタンス メタデータとプロジェクト全体のメタデータの値（`startup-script`、`user-data`、`windows-startup-script-ps1`、独自のキー）に、認証情報らしきもの（秘密鍵、サービス アカウント キー ファイル、AWS アクセスキー、Google API キー、GitHub／Slack トークン、ハードコードされたパスワードの代入）が含まれていないかを確認します。検出結果にはメタデータのキー名とシークレットの種類だけを示し、値そのものは示しません。GKE ノードでは GKE 自身が書き込むキー（`kube-env` など）は対象外です。',
      urgency:
        '速やかに対応し、露出した認証情報をローテーションしてください。メタデータは多くの ID と VM 上のすべてのプロセスから読み取れます。',
      risk:
        'メタデータはシークレットの保管場所ではありません。`compute.instances.get` 権限（プロジェクトの閲覧者）があればコンソールや API で読み取れ、VM 上のすべてのプロセスが認証なしでメタデータ サーバーから取得でき、インスタンス テンプレートやマシンイメージ、デプロイツールのログにも複製されます。起動スクリプト内の鍵は、実質的に多数の監査されない相手と共有されている状態です。',
      recommendation:
        'シークレットを Secret Manager に移し、起動時に VM のサービス アカウントで取得してください（`gcloud secrets versions access latest --secret=NAME`）。権限はそのシークレットに対する `roles/secretmanager.secretAccessor` だけを付与します。露出した認証情報は漏えいしたものとみなしてローテーションまたは無効化し、インスタンス テンプレートやイメージからも削除してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンスをクリックし、[編集] をクリックします（プロジェクト全体のメタデータの場合は [Compute Engine] > [設定] > [メタデータ] > [編集]）。',
        '[自動化]／[カスタム メタデータ] で検出結果に示されたキーを探し、値からシークレットを削除して Secret Manager からの取得処理に置き換えます。',
        '[保存] をクリックします。',
        '[セキュリティ] > [Secret Manager] で値を保持するシークレットを作成し、VM のサービス アカウントに「Secret Manager のシークレット アクセサー」ロールを付与します。',
        '露出した認証情報を発行元（Cloud IAM のキー、AWS IAM、GitHub、データベースなど）でローテーションします。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Store the secret in Secret Manager and let the VM service account read it',
      'printf "%s" "$DB_PASSWORD" | gcloud secrets create db-password --project=PROJECT_ID --data-file=-',
      'gcloud secrets add-iam-policy-binding db-password --project=PROJECT_ID --member="serviceAccount:app-runtime@PROJECT_ID.iam.gserviceaccount.com" --role="roles/secretmanager.secretAccessor"',
      '# startup.sh now reads it at boot:  DB_PASSWORD="$(gcloud secrets versions access latest --secret=db-password)"',
      'gcloud compute instances add-metadata INSTANCE_NAME --zone=ZONE --metadata-from-file=startup-script=startup.sh',
      '# or, for project-wide metadata:',
      'gcloud compute project-info remove-metadata --project=PROJECT_ID --keys=KEY_NAME',
    ].join('\n'),
    terraform: `resource "google_secret_manager_secret" "db_password" {
  secret_id = "db-password"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_iam_member" "app_reads_db_password" {
  secret_id = google_secret_manager_secret.db_password.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:\${google_service_account.app.email}"
}

resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }
  network_interface { subnetwork = "app" }
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }

  # No secret in metadata: the script fetches it at boot.
  metadata_startup_script = <<-EOT
    DB_PASSWORD="$(gcloud secrets versions access latest --secret=db-password)"
  EOT
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/metadata/overview',
    'https://cloud.google.com/secret-manager/docs/best-practices',
    'https://cloud.google.com/compute/docs/instances/startup-scripts/linux',
    'https://cloud.google.com/secret-manager/docs/access-secret-version',
  ],
  evaluate(resource) {
    const config = resource.config;
    const onInstance = isInstance(resource.type, config);
    const found = onInstance
      ? findSecrets(config.metadata, isGkeNode(config) ? GKE_MANAGED_KEYS : undefined)
      : findSecrets(config.commonInstanceMetadata);
    const where = onInstance
      ? { en: `instance ${resource.name}`, ja: `インスタンス ${resource.name} ` }
      : { en: `project ${resource.account} (project-wide metadata)`, ja: `プロジェクト ${resource.account} 全体` };
    if (found.length) {
      const en = found.map((f) => `${f.key} (${f.kinds.join(', ')})`).join('; ');
      const ja = found.map((f) => `${f.key}（${f.kindsJa.join('、')}）`).join('、');
      return fail(
        {
          en: `Metadata of ${where.en} appears to contain credentials: ${en}.`,
          ja: `${where.ja}のメタデータに認証情報らしき値が含まれています: ${ja}。`,
        },
        { secrets: found.map((f) => ({ key: f.key, kinds: f.kinds })) },
      );
    }
    return pass({ en: `No credential-like values found in the metadata of ${where.en}.`, ja: `${where.ja}のメタデータに認証情報らしき値は見つかりませんでした。` }, { secrets: [] });
  },
});
