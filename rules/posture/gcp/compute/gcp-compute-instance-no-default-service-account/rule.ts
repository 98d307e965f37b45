import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { isComputeDefaultServiceAccount } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { gkeNodeExcluded, isGkeNode } from '../instance.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-no-default-service-account',
  services: ['compute'],
  title: {
    en: 'VM instances do not use the Compute Engine default service account',
    ja: 'VM インスタンスが Compute Engine のデフォルト サービス アカウントを使用していない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['labels', 'name', 'serviceAccounts'],
  frameworks: {
    'cis-gcp-5.0': ['4.1'],
    'nist-800-53-r5': ['AC-6', 'AC-6(1)'],
    'pci-dss-4.0': ['7.2.1', '7.2.5'],
  },
  doc: {
    en: {
      description:
        'Checks that no VM instance runs as the Compute Engine default service account (`<project-number>-compute@developer.gserviceaccount.com`). Nodes created by GKE (name starting with `gke-`, label `goog-gke-node`) are excluded, as in the CIS benchmark.',
      urgency:
        'Plan the change in the next maintenance window: it needs a stop/start of the VM, but every VM on the default account is one exploit away from project-wide access.',
      risk:
        'Unless the organisation policy `iam.automaticIamGrantsForDefaultServiceAccounts` was enforced when the project was created, the default service account holds the Editor role on the project. Anyone who gets code execution on the VM (a web application vulnerability, a leaked SSH key) can ask the metadata server for its access token and read or modify almost every resource in the project: storage buckets, databases, other VMs, secrets.',
      recommendation:
        'Create a dedicated, user-managed service account per workload with only the roles it needs, attach it to the VM, and remove the Editor role from the default service account (or disable it). Enforce `iam.automaticIamGrantsForDefaultServiceAccounts` at the organisation so new projects do not grant Editor to it.',
      console: [
        'Open Compute Engine > VM instances and click the instance name.',
        'Click Stop and wait until the instance is stopped, then click Edit.',
        'Under "API and identity management" (Identity and API access), choose a dedicated service account instead of "Compute Engine default service account".',
        'Click Save, then Start the instance.',
      ],
    },
    ja: {
      description:
        'VM インスタンスが Compute Engine のデフォルト サービス アカウント（`<プロジェクト番号>-compute@developer.gserviceaccount.com`）で動作していないかを確認します。CIS ベンチマークに従い、GKE が作成したノード（名前が `gke-` で始まり `goog-gke-node` ラベルを持つもの）は対象外です。',
      urgency:
        '次のメンテナンス枠で対応を計画してください。VM の停止・起動が必要ですが、デフォルト アカウントで動く VM は、1 つの脆弱性を突かれるだけでプロジェクト全体へのアクセスを許してしまいます。',
      risk:
        'プロジェクト作成時に組織のポリシー `iam.automaticIamGrantsForDefaultServiceAccounts` が適用されていなければ、デフォルト サービス アカウントにはプロジェクトの編集者ロールが付与されています。VM 上でコードを実行できた攻撃者（Web アプリの脆弱性、漏えいした SSH 鍵など）はメタデータ サーバーからアクセス トークンを取得し、Cloud Storage バケット、データベース、他の VM、シークレットなどプロジェクト内のほぼすべてのリソースを読み取り・変更できます。',
      recommendation:
        'ワークロードごとに必要なロールだけを付与したユーザー管理のサービス アカウントを作成して VM に割り当て、デフォルト サービス アカウントからは編集者ロールを外す（または無効化する）ことを推奨します。新しいプロジェクトで編集者ロールが自動付与されないよう、組織で `iam.automaticIamGrantsForDefaultServiceAccounts` を適用してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] を開き、インスタンス名をクリックします。',
        '[停止] をクリックし、停止が完了したら [編集] をクリックします。',
        '[API と ID の管理]（ID と API へのアクセス）で、「Compute Engine default service account」ではなく専用のサービス アカウントを選択します。',
        '[保存] をクリックし、インスタンスを [開始] します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Create a dedicated service account and grant it only the roles the workload needs',
      'gcloud iam service-accounts create app-runtime --project=PROJECT_ID --display-name="app runtime"',
      'gcloud projects add-iam-policy-binding PROJECT_ID --member="serviceAccount:app-runtime@PROJECT_ID.iam.gserviceaccount.com" --role="roles/logging.logWriter"',
      '# Swap the service account (the instance must be stopped)',
      'gcloud compute instances stop INSTANCE_NAME --zone=ZONE',
      'gcloud compute instances set-service-account INSTANCE_NAME --zone=ZONE --service-account=app-runtime@PROJECT_ID.iam.gserviceaccount.com --scopes=cloud-platform',
      'gcloud compute instances start INSTANCE_NAME --zone=ZONE',
    ].join('\n'),
    terraform: `resource "google_service_account" "app" {
  account_id   = "app-runtime"
  display_name = "app runtime"
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
    email  = google_service_account.app.email   # not the default compute service account
    scopes = ["cloud-platform"]                  # access is then limited by the account's IAM roles
  }
  allow_stopping_for_update = true
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/access/service-accounts',
    'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
    'https://cloud.google.com/sdk/gcloud/reference/compute/instances/set-service-account',
    'https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts#disable_service_account_default_grants',
  ],
  evaluate(instance) {
    if (isGkeNode(instance.config)) return gkeNodeExcluded(instance);
    const emails = (instance.config.serviceAccounts ?? []).map((sa) => sa.email);
    const defaults = emails.filter(isComputeDefaultServiceAccount);
    if (defaults.length) {
      return fail(
        {
          en: `${instance.name} runs as the Compute Engine default service account ${defaults.join(', ')}.`,
          ja: `${instance.name} は Compute Engine のデフォルト サービス アカウント ${defaults.join('、')} で動作しています。`,
        },
        { serviceAccounts: emails },
      );
    }
    return pass(
      emails.length
        ? { en: `${instance.name} runs as ${emails.join(', ')}, not the default service account.`, ja: `${instance.name} はデフォルトではないサービス アカウント ${emails.join('、')} で動作しています。` }
        : { en: `${instance.name} has no service account attached.`, ja: `${instance.name} にはサービス アカウントが割り当てられていません。` },
      { serviceAccounts: emails },
    );
  },
});
