import { defineRule } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ComputeProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { evaluateProjectWideFlag } from '../metadata.js';

export const rule = defineRule<ComputeProjectConfig>({
  id: 'gcp-compute-project-oslogin-enabled',
  services: ['compute'],
  title: {
    en: 'OS Login is enabled for the project and not disabled on instances',
    ja: 'プロジェクトで OS Login が有効で、インスタンスで無効化されていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.computeProject],
  requires: ['commonInstanceMetadata'],
  reads: [GCP_TYPES.instance],
  frameworks: {
    'cis-gcp-5.0': ['4.4'],
    'nist-800-53-r5': ['AC-2', 'AC-3', 'IA-2', 'IA-5'],
    'pci-dss-4.0': ['7.2.1', '8.2.1', '8.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks that the project-wide Compute Engine metadata sets `enable-oslogin=TRUE` and that no instance switches it off with its own `enable-oslogin=FALSE` metadata. GKE nodes (name starting with `gke-`, label `goog-gke-node`) are not counted, as in the CIS benchmark.',
      urgency:
        'Medium: without OS Login, SSH access is managed with keys in metadata that nobody reviews, and revoking a person\'s IAM access does not revoke their SSH keys.',
      risk:
        'With metadata-managed SSH keys, access to VMs is not tied to an identity: keys of people who left, or of compromised laptops, keep working until someone edits the metadata of every project and instance. There is no central audit of who can log in, and no way to require 2-step verification for SSH.',
      recommendation:
        'Set `enable-oslogin=TRUE` in the project metadata, remove `enable-oslogin=FALSE` from instance metadata, and grant `roles/compute.osLogin` (or `roles/compute.osAdminLogin` for sudo) to the people who need access. Enforce the organisation policy constraint `compute.requireOsLogin` so it cannot be switched off again.',
      console: [
        'Open Compute Engine > Settings > Metadata and click Edit.',
        'Add the metadata entry key `enable-oslogin`, value `TRUE`, and click Save.',
        'For each instance listed in the finding, open Compute Engine > VM instances, click the instance, click Edit, remove the `enable-oslogin` entry with value `FALSE` under "Custom metadata" and click Save.',
        'Grant the "Compute OS Login" or "Compute OS Admin Login" role in IAM & Admin > IAM to the users who need SSH access.',
      ],
    },
    ja: {
      description:
        'プロジェクト全体の Compute Engine メタデータで `enable-oslogin=TRUE` が設定され、個々のインスタンスが自身のメタデータ `enable-oslogin=FALSE` で無効化していないかを確認します。CIS ベンチマークに従い、GKE ノード（名前が `gke-` で始まり `goog-gke-node` ラベルを持つもの）は対象外です。',
      urgency:
        '中程度です。OS Login がないと SSH アクセスは誰もレビューしないメタデータ内の鍵で管理され、IAM のアクセス権を取り消しても SSH 鍵は取り消されません。',
      risk:
        'メタデータで管理する SSH 鍵では、VM へのアクセスが ID に紐づきません。退職者の鍵や侵害された端末の鍵は、誰かがすべてのプロジェクトとインスタンスのメタデータを編集するまで使い続けられます。ログインできる人を一元的に監査できず、SSH に 2 段階認証プロセスを必須にすることもできません。',
      recommendation:
        'プロジェクトのメタデータで `enable-oslogin=TRUE` を設定し、インスタンス メタデータから `enable-oslogin=FALSE` を削除したうえで、アクセスが必要な人に `roles/compute.osLogin`（sudo が必要なら `roles/compute.osAdminLogin`）を付与してください。再び無効化されないよう、組織のポリシー制約 `compute.requireOsLogin` を適用してください。',
      console: [
        '[Compute Engine] > [設定] > [メタデータ] を開き、[編集] をクリックします。',
        'キー `enable-oslogin`、値 `TRUE` のメタデータ エントリを追加して [保存] をクリックします。',
        '検出結果に挙げられた各インスタンスについて、[Compute Engine] > [VM インスタンス] でインスタンスを開いて [編集] をクリックし、[カスタム メタデータ] から値が `FALSE` の `enable-oslogin` エントリを削除して [保存] をクリックします。',
        '[IAM と管理] > [IAM] で、SSH アクセスが必要なユーザーに「Compute OS ログイン」または「Compute OS 管理者ログイン」ロールを付与します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute project-info add-metadata --project=PROJECT_ID --metadata=enable-oslogin=TRUE',
      '# Remove the override from each instance named in the finding',
      'gcloud compute instances remove-metadata INSTANCE_NAME --zone=ZONE --keys=enable-oslogin',
      '# Keep it enforced',
      'gcloud resource-manager org-policies enable-enforce compute.requireOsLogin --project=PROJECT_ID',
    ].join('\n'),
    terraform: `resource "google_compute_project_metadata_item" "oslogin" {
  project = "PROJECT_ID"
  key     = "enable-oslogin"
  value   = "TRUE"
}

resource "google_org_policy_policy" "require_os_login" {
  name   = "projects/PROJECT_ID/policies/compute.requireOsLogin"
  parent = "projects/PROJECT_ID"
  spec {
    rules { enforce = "TRUE" }
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
    'https://cloud.google.com/compute/docs/oslogin',
    'https://cloud.google.com/sdk/gcloud/reference/compute/instances/remove-metadata',
    'https://cloud.google.com/compute/docs/oslogin/manage-oslogin-in-an-org',
  ],
  evaluate(project, ctx) {
    return evaluateProjectWideFlag(project, ctx, 'enable-oslogin', { en: 'OS Login', ja: ' OS Login ' });
  },
});
