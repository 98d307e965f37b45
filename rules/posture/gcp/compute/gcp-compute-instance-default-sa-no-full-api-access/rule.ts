import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { isComputeDefaultServiceAccount } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { CLOUD_PLATFORM_SCOPE, gkeNodeExcluded, isGkeNode } from '../instance.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-default-sa-no-full-api-access',
  services: ['compute'],
  title: {
    en: 'VM instances do not use the default service account with full access to all Cloud APIs',
    ja: 'VM インスタンスがデフォルト サービス アカウントを「すべての Cloud API へのフルアクセス」で使用していない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['labels', 'name', 'serviceAccounts'],
  frameworks: {
    'cis-gcp-5.0': ['4.2'],
    'nist-800-53-r5': ['AC-6', 'AC-6(1)', 'AC-6(10)'],
    'pci-dss-4.0': ['7.2.1', '7.2.2', '7.2.5'],
  },
  doc: {
    en: {
      description:
        'Checks that no VM instance combines the Compute Engine default service account with the access scope `https://www.googleapis.com/auth/cloud-platform` ("Allow full access to all Cloud APIs"). GKE nodes (name starting with `gke-`, label `goog-gke-node`) are excluded, as in the CIS benchmark.',
      urgency:
        'Fix soon: with this combination the VM\'s token is effectively a project Editor credential, obtainable by anything that runs on the VM.',
      risk:
        'Access scopes are the only thing limiting what the default service account\'s token can do on the VM. With the cloud-platform scope, the token carries the account\'s full IAM roles (Editor on the project by default): an attacker who reaches the metadata server, through a compromised process or a server-side request forgery in the application, can modify or delete almost every resource in the project and pivot to other VMs.',
      recommendation:
        'Attach a dedicated service account with least-privilege roles instead of the default one. If the default account must stay for now, replace "Allow full access to all Cloud APIs" with "Allow default access" or the specific scopes the workload needs.',
      console: [
        'Open Compute Engine > VM instances and click the instance name.',
        'Click Stop and wait until the instance is stopped, then click Edit.',
        'Under "API and identity management", select a dedicated service account, or keep the default one and set "Access scopes" to "Allow default access" or "Set access for each API".',
        'Click Save, then Start the instance.',
      ],
    },
    ja: {
      description:
        'VM インスタンスが Compute Engine のデフォルト サービス アカウントとアクセス スコープ `https://www.googleapis.com/auth/cloud-platform`（「すべての Cloud API に完全アクセス権を許可」）を組み合わせて使用していないかを確認します。CIS ベンチマークに従い、GKE ノード（名前が `gke-` で始まり `goog-gke-node` ラベルを持つもの）は対象外です。',
      urgency:
        '早急に対応してください。この組み合わせでは VM のトークンが実質的にプロジェクト編集者の認証情報となり、VM 上で動く任意のプロセスから取得できます。',
      risk:
        'VM 上でデフォルト サービス アカウントのトークンにできることを制限しているのはアクセス スコープだけです。cloud-platform スコープでは、トークンはアカウントの IAM ロール（既定ではプロジェクトの編集者）をそのまま行使できます。侵害されたプロセスやアプリケーションのサーバーサイド リクエスト フォージェリ（SSRF）でメタデータ サーバーに到達した攻撃者は、プロジェクト内のほぼすべてのリソースを変更・削除し、他の VM へ侵入を広げられます。',
      recommendation:
        'デフォルトのアカウントではなく、最小権限のロールを付与した専用のサービス アカウントを割り当ててください。当面デフォルトのアカウントを使い続ける必要がある場合は、「すべての Cloud API に完全アクセス権を許可」を「デフォルトのアクセス権を許可」またはワークロードに必要なスコープだけに変更してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] を開き、インスタンス名をクリックします。',
        '[停止] をクリックし、停止が完了したら [編集] をクリックします。',
        '[API と ID の管理] で専用のサービス アカウントを選択するか、デフォルトのままにする場合は [アクセス スコープ] を「デフォルトのアクセス権を許可」または「各 API にアクセス権を設定」にします。',
        '[保存] をクリックし、インスタンスを [開始] します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute instances stop INSTANCE_NAME --zone=ZONE',
      '# Preferred: a dedicated least-privilege service account',
      'gcloud compute instances set-service-account INSTANCE_NAME --zone=ZONE --service-account=app-runtime@PROJECT_ID.iam.gserviceaccount.com --scopes=cloud-platform',
      '# Interim: keep the default account but drop the full-access scope',
      '# gcloud compute instances set-service-account INSTANCE_NAME --zone=ZONE --service-account=PROJECT_NUMBER-compute@developer.gserviceaccount.com --scopes=default',
      'gcloud compute instances start INSTANCE_NAME --zone=ZONE',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }
  network_interface { subnetwork = "app" }

  service_account {
    # A dedicated account whose IAM roles limit what the VM can do
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
  # If the default account must stay for now, never combine it with "cloud-platform":
  # service_account {
  #   scopes = ["logging-write", "monitoring-write", "storage-ro"]
  # }
  allow_stopping_for_update = true
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam',
    'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
    'https://cloud.google.com/sdk/gcloud/reference/compute/instances/set-service-account',
  ],
  evaluate(instance) {
    if (isGkeNode(instance.config)) return gkeNodeExcluded(instance);
    const accounts = instance.config.serviceAccounts ?? [];
    const offending = accounts.filter((sa) => isComputeDefaultServiceAccount(sa.email) && (sa.scopes ?? []).includes(CLOUD_PLATFORM_SCOPE));
    const evidence = { serviceAccounts: accounts.map((sa) => ({ email: sa.email, scopes: sa.scopes ?? [] })) };
    if (offending.length) {
      return fail(
        {
          en: `${instance.name} runs as the default service account ${offending.map((sa) => sa.email).join(', ')} with the full-access scope ${CLOUD_PLATFORM_SCOPE}.`,
          ja: `${instance.name} はデフォルト サービス アカウント ${offending.map((sa) => sa.email).join('、')} をフルアクセス スコープ ${CLOUD_PLATFORM_SCOPE} で使用しています。`,
        },
        evidence,
      );
    }
    const usesDefault = accounts.some((sa) => isComputeDefaultServiceAccount(sa.email));
    return pass(
      usesDefault
        ? {
            en: `${instance.name} uses the default service account but without the cloud-platform scope.`,
            ja: `${instance.name} はデフォルト サービス アカウントを使用していますが、cloud-platform スコープは付与されていません。`,
          }
        : { en: `${instance.name} does not use the default service account.`, ja: `${instance.name} はデフォルト サービス アカウントを使用していません。` },
      evidence,
    );
  },
});
