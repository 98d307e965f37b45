import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { lastSegment, machineFamily } from '../instance.js';

/**
 * Machine series that can run as Confidential VMs (AMD SEV / SEV-SNP on N2D, C2D and C3D; Intel TDX on C3),
 * per Google's "Supported configurations" page. Other series cannot be made confidential.
 */
export const CONFIDENTIAL_FAMILIES = ['n2d', 'c2d', 'c3d', 'c3'] as const;

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-confidential-computing-enabled',
  services: ['compute'],
  title: {
    en: 'VM instances on supported machine types have Confidential Computing enabled',
    ja: '対応するマシンタイプの VM インスタンスで Confidential Computing が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['confidentialInstanceConfig', 'machineType'],
  frameworks: {
    'cis-gcp-5.0': ['4.11'],
    'nist-800-53-r5': ['SC-28', 'SC-39'],
  },
  doc: {
    en: {
      description:
        'Checks that VM instances whose machine series supports Confidential VM (N2D, C2D, C3D with AMD SEV/SEV-SNP; C3 with Intel TDX) run with `confidentialInstanceConfig.enableConfidentialCompute` or a confidential instance type set. Instances on other machine series are not applicable.',
      urgency:
        'Low: this is defence in depth for data in use, relevant mainly to regulated or highly sensitive workloads (CIS Level 2).',
      risk:
        'Without memory encryption, data being processed sits in clear text in host memory. It is exposed to memory-level attacks from the host side and to privileged insiders or compromised hypervisor software, which Confidential VM guards against with keys generated in the CPU that never leave it.',
      recommendation:
        'Run sensitive workloads on Confidential VMs. Confidential Computing can only be chosen when an instance is created: create a new instance (or instance template) on a supported machine type with Confidential VM on, using a supported image, with on-host maintenance set to TERMINATE where the technology requires it, and move the workload. Consider the organisation policy constraint `compute.restrictNonConfidentialComputing` for projects that must only run confidential workloads.',
      console: [
        'Open Compute Engine > VM instances and click Create instance.',
        'Under "Machine configuration", pick a supported series (N2D, C2D, C3D or C3).',
        'Under "Security" > "Confidential VM service", click Enable and choose the technology (AMD SEV, AMD SEV-SNP or Intel TDX).',
        'Choose a supported boot image, create the instance, migrate the workload and delete the old instance.',
      ],
    },
    ja: {
      description:
        'マシンシリーズが Confidential VM に対応している VM インスタンス（AMD SEV／SEV-SNP の N2D、C2D、C3D、Intel TDX の C3）で、`confidentialInstanceConfig.enableConfidentialCompute` または Confidential インスタンス タイプが設定されているかを確認します。それ以外のマシンシリーズのインスタンスは対象外です。',
      urgency:
        '緊急度は低めです。使用中のデータに対する多層防御であり、主に規制対象や機密性の高いワークロードで重要になります（CIS レベル 2）。',
      risk:
        'メモリが暗号化されていないと、処理中のデータはホストのメモリ上に平文で存在します。ホスト側からのメモリレベルの攻撃や、特権を持つ内部関係者、侵害されたハイパーバイザ ソフトウェアにさらされます。Confidential VM は CPU 内で生成されて外に出ない鍵でメモリを暗号化し、これを防ぎます。',
      recommendation:
        '機密性の高いワークロードは Confidential VM で実行してください。Confidential Computing はインスタンス作成時にしか選択できないため、対応するマシンタイプと対応イメージで Confidential VM を有効にした新しいインスタンス（またはインスタンス テンプレート）を作成し、技術の要件に応じてホスト メンテナンス時の動作を TERMINATE に設定して、ワークロードを移行してください。Confidential なワークロードだけを実行すべきプロジェクトには、組織のポリシー制約 `compute.restrictNonConfidentialComputing` の適用を検討してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] を開き、[インスタンスを作成] をクリックします。',
        '[マシンの構成] で対応シリーズ（N2D、C2D、C3D、C3）を選択します。',
        '[セキュリティ] > [Confidential VM サービス] で [有効にする] をクリックし、技術（AMD SEV、AMD SEV-SNP、Intel TDX）を選択します。',
        '対応するブートイメージを選んでインスタンスを作成し、ワークロードを移行して古いインスタンスを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Confidential Computing is chosen at creation time: create a replacement instance',
      'gcloud compute instances create INSTANCE_NAME-cvm --zone=ZONE --machine-type=n2d-standard-4 --confidential-compute-type=SEV --maintenance-policy=MIGRATE --image-family=ubuntu-2404-lts-amd64 --image-project=ubuntu-os-cloud --shielded-secure-boot --shielded-vtpm --shielded-integrity-monitoring',
      '# Intel TDX: --machine-type=c3-standard-4 --confidential-compute-type=TDX --maintenance-policy=TERMINATE',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name             = "app-cvm-1"
  machine_type     = "n2d-standard-4"
  zone             = "us-central1-a"
  min_cpu_platform = "AMD Milan"

  boot_disk {
    initialize_params { image = "ubuntu-os-cloud/ubuntu-2404-lts-amd64" }
  }
  network_interface { subnetwork = "app" }

  confidential_instance_config {
    confidential_instance_type = "SEV"   # or "SEV_SNP" (N2D), "TDX" (C3)
  }
  scheduling {
    on_host_maintenance = "MIGRATE"      # TERMINATE for SEV_SNP and TDX
  }
}`,
  },
  references: [
    'https://cloud.google.com/confidential-computing/confidential-vm/docs/confidential-vm-overview',
    'https://cloud.google.com/confidential-computing/confidential-vm/docs/supported-configurations',
    'https://cloud.google.com/confidential-computing/confidential-vm/docs/create-a-confidential-vm-instance',
  ],
  evaluate(instance) {
    const cfg = instance.config.confidentialInstanceConfig;
    const type = cfg?.confidentialInstanceType && cfg.confidentialInstanceType !== 'CONFIDENTIAL_INSTANCE_TYPE_UNSPECIFIED' ? cfg.confidentialInstanceType : undefined;
    const enabled = cfg?.enableConfidentialCompute === true || type !== undefined;
    const machineType = lastSegment(instance.config.machineType);
    const family = machineFamily(instance.config.machineType);
    const evidence = { machineType: machineType ?? null, enableConfidentialCompute: cfg?.enableConfidentialCompute ?? false, confidentialInstanceType: type ?? null };
    if (enabled) {
      return pass(
        { en: `${instance.name} runs as a Confidential VM${type ? ` (${type})` : ''}.`, ja: `${instance.name} は Confidential VM として動作しています${type ? `（${type}）` : ''}。` },
        evidence,
      );
    }
    if (!family || !(CONFIDENTIAL_FAMILIES as readonly string[]).includes(family)) {
      return notApplicable(
        {
          en: `${instance.name} uses machine type ${machineType ?? 'unknown'}, whose series does not support Confidential VM.`,
          ja: `${instance.name} のマシンタイプ ${machineType ?? '不明'} のシリーズは Confidential VM に対応していません。`,
        },
        evidence,
      );
    }
    return fail(
      {
        en: `${instance.name} (${machineType}) supports Confidential VM but does not have Confidential Computing enabled.`,
        ja: `${instance.name}（${machineType}）は Confidential VM に対応していますが、Confidential Computing が有効になっていません。`,
      },
      evidence,
    );
  },
});
