import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'gcp-compute-os-updates-installed',
  services: ['compute'],
  title: {
    en: 'The latest operating system updates are installed on VMs in all projects',
    ja: 'すべてのプロジェクトの VM に最新の OS 更新プログラムが適用されている',
  },
  severity: 'HIGH',
  urgency: 'high',
  frameworks: {
    'cis-gcp-5.0': ['4.12'],
    'nist-800-53-r5': ['SI-2', 'SI-2(2)', 'RA-5'],
    'pci-dss-4.0': ['6.3.3'],
  },
  doc: {
    en: {
      description:
        'Confirm that every VM in every project receives operating system patches: VM Manager (OS Config) is enabled, the OS Config agent reports inventory, patch compliance reports show no missing critical/security updates, and patch deployments run on a schedule. mamori does not collect OS inventory or patch state, so this is a manual check, as in the CIS benchmark.',
      urgency: 'High: unpatched operating systems are one of the most common ways into cloud VMs, and exploits for new vulnerabilities appear within days.',
      risk:
        'A VM missing security updates can be compromised through publicly known vulnerabilities in the kernel, SSH, or system libraries. From there an attacker can use the VM\'s service account, move to other hosts in the VPC, or mine cryptocurrency at your expense.',
      recommendation:
        'Enable the OS Config API and VM Manager in each project (enable-osconfig=TRUE in project metadata), make sure the OS Config agent runs on all VMs (it is preinstalled on current public images), create recurring patch deployments per environment, and review the patch compliance dashboard. Replace VMs built from images that no longer receive updates.',
      console: [
        'Open Compute Engine > VM Manager > Patch and review the patch compliance overview per operating system.',
        'Open Compute Engine > VM Manager > OS inventory (or VM instances > instance > OS info) to find VMs not reporting.',
        'Create or review patch deployments under Patch > Schedule patch, with a recurring schedule and a rollout plan per zone.',
        'Repeat for every project, or use the organisation-level VM Manager settings.',
      ],
    },
    ja: {
      description:
        'すべてのプロジェクトのすべての VM に OS のパッチが適用されていることを確認します。VM Manager（OS Config）が有効で、OS Config エージェントがインベントリを報告し、パッチ コンプライアンス レポートで重要・セキュリティ更新の不足がなく、パッチのデプロイが定期実行されていることを確認してください。mamori は OS のインベントリやパッチの状態を収集しないため、CIS ベンチマークと同じく手動での確認となります。',
      urgency: '緊急度は高めです。パッチ未適用の OS はクラウド VM への侵入経路として最も多いものの 1 つで、新しい脆弱性のエクスプロイトは数日で出回ります。',
      risk:
        'セキュリティ更新が適用されていない VM は、カーネル、SSH、システム ライブラリの公開済み脆弱性を突いて侵害される可能性があります。攻撃者はそこから VM のサービス アカウントを悪用したり、VPC 内の他のホストへ侵入を広げたり、費用を負担させて暗号資産のマイニングを行ったりできます。',
      recommendation:
        '各プロジェクトで OS Config API と VM Manager を有効にし（プロジェクト メタデータで enable-osconfig=TRUE）、すべての VM で OS Config エージェントが動作していること（現行の公開イメージにはプリインストール済み）を確認してください。環境ごとに定期的なパッチ デプロイを作成し、パッチ コンプライアンスのダッシュボードを確認してください。更新が提供されなくなったイメージから作成した VM は置き換えてください。',
      console: [
        '[Compute Engine] > [VM Manager] > [パッチ] を開き、OS ごとのパッチ コンプライアンスの概要を確認します。',
        '[Compute Engine] > [VM Manager] > [OS インベントリ]（または [VM インスタンス] > インスタンス > [OS 情報]）で、報告していない VM を特定します。',
        '[パッチ] > [パッチのスケジュール設定] で、定期スケジュールとゾーンごとのロールアウト計画を持つパッチ デプロイを作成または確認します。',
        'すべてのプロジェクトで繰り返すか、組織レベルの VM Manager 設定を使用します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud services enable osconfig.googleapis.com --project=PROJECT_ID',
      'gcloud compute project-info add-metadata --project=PROJECT_ID --metadata=enable-osconfig=TRUE',
      '# patch.yaml: instanceFilter: {all: true}; recurringSchedule: {frequency: WEEKLY, weekly: {dayOfWeek: SUNDAY}, timeOfDay: {hours: 3}, timeZone: {id: UTC}}',
      'gcloud compute os-config patch-deployments create weekly-security --project=PROJECT_ID --file=patch.yaml',
      'gcloud compute os-config patch-jobs list --project=PROJECT_ID',
    ].join('\n'),
    terraform: `resource "google_compute_project_metadata_item" "osconfig" {
  project = "PROJECT_ID"
  key     = "enable-osconfig"
  value   = "TRUE"
}

resource "google_os_config_patch_deployment" "weekly" {
  patch_deployment_id = "weekly-security"
  instance_filter { all = true }

  patch_config {
    apt { type = "DIST" }
    yum { security = true }
    windows_update { classifications = ["CRITICAL", "SECURITY"] }
  }

  recurring_schedule {
    time_zone { id = "UTC" }
    time_of_day { hours = 3 }
    weekly { day_of_week = "SUNDAY" }
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/vm-manager',
    'https://cloud.google.com/compute/docs/os-patch-management',
    'https://cloud.google.com/compute/docs/os-patch-management/create-patch-job',
    'https://cloud.google.com/compute/docs/manage-os',
  ],
});
