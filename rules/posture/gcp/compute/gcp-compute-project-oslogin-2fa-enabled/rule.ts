import { defineRule, fail, type RuleOutcome } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type ComputeProjectConfig } from '../../../../../src/providers/gcp/model.js';
import { evaluateProjectWideFlag, metadataBool, metadataValue } from '../metadata.js';

export const rule = defineRule<ComputeProjectConfig>({
  id: 'gcp-compute-project-oslogin-2fa-enabled',
  services: ['compute'],
  title: {
    en: 'OS Login 2-step verification is required for SSH in the project',
    ja: 'プロジェクトで SSH に OS Login の 2 段階認証プロセスが必須になっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.computeProject],
  requires: ['commonInstanceMetadata'],
  reads: [GCP_TYPES.instance],
  frameworks: {
    'nist-800-53-r5': ['IA-2(1)', 'IA-2(2)', 'AC-17'],
    'pci-dss-4.0': ['8.4.2', '8.4.3'],
  },
  doc: {
    en: {
      description:
        'Checks that the project-wide metadata sets both `enable-oslogin=TRUE` and `enable-oslogin-2fa=TRUE`, so every SSH login to a VM also asks for the user\'s 2-step verification, and that no instance turns 2-step verification off with `enable-oslogin-2fa=FALSE`. GKE nodes are not counted.',
      urgency:
        'Medium: it adds a second factor to administrative access to VMs; most valuable where VMs hold production data.',
      risk:
        'With OS Login alone, anyone holding an SSH key registered to a user\'s OS Login profile (for example copied from a laptop) and the IAM role can log in. Requiring 2-step verification means a stolen private key is not enough to open a shell on production VMs.',
      recommendation:
        'Enable OS Login and set `enable-oslogin-2fa=TRUE` in the project metadata; make sure users have 2-step verification enrolled in Cloud Identity or Google Workspace first. Service accounts are exempt (they cannot do 2-step verification), so automated access keeps working. Remove instance-level `enable-oslogin-2fa=FALSE` overrides.',
      console: [
        'Check that users who need SSH have 2-step verification enrolled (Google Admin console > Security > 2-Step Verification).',
        'Open Compute Engine > Settings > Metadata and click Edit.',
        'Add or set `enable-oslogin` = `TRUE` and `enable-oslogin-2fa` = `TRUE`, then click Save.',
        'For instances listed in the finding, open the instance, click Edit, remove `enable-oslogin-2fa` = `FALSE` under "Custom metadata" and click Save.',
      ],
    },
    ja: {
      description:
        'プロジェクト全体のメタデータで `enable-oslogin=TRUE` と `enable-oslogin-2fa=TRUE` の両方が設定され、VM への SSH ログイン時に毎回ユーザーの 2 段階認証プロセスが求められること、またインスタンスが `enable-oslogin-2fa=FALSE` で無効化していないことを確認します。GKE ノードは対象外です。',
      urgency:
        '中程度です。VM への管理アクセスに 2 つ目の要素を追加するもので、本番データを扱う VM で特に有効です。',
      risk:
        'OS Login だけでは、ユーザーの OS Login プロファイルに登録された SSH 鍵（ノート PC からコピーされたものなど）と IAM ロールがあればログインできます。2 段階認証プロセスを必須にすれば、秘密鍵を盗まれただけでは本番 VM のシェルを取得されません。',
      recommendation:
        'OS Login を有効にし、プロジェクトのメタデータで `enable-oslogin-2fa=TRUE` を設定してください。事前に、ユーザーが Cloud Identity または Google Workspace で 2 段階認証プロセスを登録済みであることを確認してください。サービス アカウントは 2 段階認証プロセスの対象外のため、自動化されたアクセスは引き続き動作します。インスタンス単位の `enable-oslogin-2fa=FALSE` は削除してください。',
      console: [
        'SSH が必要なユーザーが 2 段階認証プロセスを登録済みであることを確認します（Google 管理コンソール > [セキュリティ] > [2 段階認証プロセス]）。',
        '[Compute Engine] > [設定] > [メタデータ] を開き、[編集] をクリックします。',
        '`enable-oslogin` = `TRUE` と `enable-oslogin-2fa` = `TRUE` を追加または設定し、[保存] をクリックします。',
        '検出結果に挙げられたインスタンスを開いて [編集] をクリックし、[カスタム メタデータ] の `enable-oslogin-2fa` = `FALSE` を削除して [保存] をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute project-info add-metadata --project=PROJECT_ID --metadata=enable-oslogin=TRUE,enable-oslogin-2fa=TRUE',
      'gcloud compute instances remove-metadata INSTANCE_NAME --zone=ZONE --keys=enable-oslogin-2fa',
    ].join('\n'),
    terraform: `resource "google_compute_project_metadata_item" "oslogin" {
  project = "PROJECT_ID"
  key     = "enable-oslogin"
  value   = "TRUE"
}

resource "google_compute_project_metadata_item" "oslogin_2fa" {
  project = "PROJECT_ID"
  key     = "enable-oslogin-2fa"
  value   = "TRUE"
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/oslogin/set-up-oslogin',
    'https://cloud.google.com/compute/docs/oslogin',
  ],
  evaluate(project, ctx): RuleOutcome {
    // 2-step verification is an OS Login feature: without OS Login the 2FA key does nothing.
    const oslogin = metadataValue(project.config.commonInstanceMetadata, 'enable-oslogin');
    if (metadataBool(oslogin) !== true) {
      return fail(
        {
          en: `OS Login is not enabled project-wide in ${project.account} (enable-oslogin is ${oslogin === undefined ? 'not set' : `"${oslogin}"`}), so SSH logins cannot require 2-step verification.`,
          ja: `${project.account} ではプロジェクト全体で OS Login が有効になっていないため（enable-oslogin は${oslogin === undefined ? '未設定' : `「${oslogin}」`}）、SSH ログインに 2 段階認証プロセスを必須にできません。`,
        },
        { 'enable-oslogin': oslogin ?? null, 'enable-oslogin-2fa': metadataValue(project.config.commonInstanceMetadata, 'enable-oslogin-2fa') ?? null },
      );
    }
    return evaluateProjectWideFlag(project, ctx, 'enable-oslogin-2fa', { en: 'OS Login 2-step verification', ja: ' OS Login の 2 段階認証プロセス' });
  },
});
