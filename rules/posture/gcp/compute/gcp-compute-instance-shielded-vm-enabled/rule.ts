import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-shielded-vm-enabled',
  services: ['compute'],
  title: {
    en: 'VM instances run as Shielded VMs (vTPM and integrity monitoring on)',
    ja: 'VM インスタンスが Shielded VM（vTPM と整合性モニタリングが有効）として動作している',
  },
  severity: 'MEDIUM',
  urgency: 'low',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['shieldedInstanceConfig'],
  frameworks: {
    'cis-gcp-5.0': ['4.8'],
    'nist-800-53-r5': ['SI-7', 'SI-7(1)', 'SI-7(9)', 'SC-3'],
    'pci-dss-4.0': ['11.5.2'],
  },
  doc: {
    en: {
      description:
        'Checks that each VM instance has Shielded VM\'s virtual Trusted Platform Module (`enableVtpm`) and integrity monitoring (`enableIntegrityMonitoring`) turned on, as CIS requires. Secure Boot is reported too and recommended, but not required, because it blocks unsigned drivers.',
      urgency:
        'Low to medium: it protects against boot-level persistence, a late stage of an attack; schedule it with the next stop/start or image refresh.',
      risk:
        'Without vTPM-backed measured boot and integrity monitoring, a rootkit or bootkit that modifies the bootloader or kernel survives reboots unnoticed: there is no baseline to compare boot measurements against and no integrity-failure event in Cloud Logging.',
      recommendation:
        'Use images with Shielded VM support (all current public images), turn on vTPM and integrity monitoring on every VM, and turn on Secure Boot unless the VM needs custom or unsigned kernel modules. Enforce the organisation policy constraint `compute.requireShieldedVm` so new VMs are always shielded, and alert on `earlyBootReportEvent`/`lateBootReportEvent` integrity failures.',
      console: [
        'Open Compute Engine > VM instances, click the instance name and click Stop.',
        'When stopped, click Edit.',
        'Under "Security and access" > "Shielded VM", select "Turn on vTPM" and "Turn on Integrity Monitoring" (and "Turn on Secure Boot" if no unsigned drivers are used).',
        'Click Save, then Start the instance.',
      ],
    },
    ja: {
      description:
        'CIS の要件どおり、各 VM インスタンスで Shielded VM の仮想トラステッド プラットフォーム モジュール（`enableVtpm`）と整合性モニタリング（`enableIntegrityMonitoring`）が有効になっているかを確認します。セキュアブートも結果に含めて推奨しますが、署名されていないドライバを使えなくなるため必須とはしていません。',
      urgency:
        '緊急度は低〜中程度です。攻撃の後半段階であるブートレベルの永続化への対策のため、次回の停止・起動やイメージ更新に合わせて対応してください。',
      risk:
        'vTPM による測定ブートと整合性モニタリングがないと、ブートローダやカーネルを改ざんするルートキットやブートキットが再起動後も気付かれずに残ります。ブート時の測定値を比較するベースラインがなく、Cloud Logging に整合性違反のイベントも記録されません。',
      recommendation:
        'Shielded VM 対応のイメージ（現行の公開イメージはすべて対応）を使い、すべての VM で vTPM と整合性モニタリングを有効にしてください。カスタムまたは署名されていないカーネル モジュールが不要であればセキュアブートも有効にしてください。組織のポリシー制約 `compute.requireShieldedVm` を適用して新しい VM が常に Shielded VM になるようにし、`earlyBootReportEvent`／`lateBootReportEvent` の整合性違反をアラート対象にしてください。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンス名をクリックし、[停止] をクリックします。',
        '停止したら [編集] をクリックします。',
        '[セキュリティとアクセス] > [Shielded VM] で [vTPM を有効にする] と [整合性モニタリングを有効にする]（署名されていないドライバを使わない場合は [セキュアブートを有効にする] も）を選択します。',
        '[保存] をクリックし、インスタンスを [開始] します。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute instances stop INSTANCE_NAME --zone=ZONE',
      'gcloud compute instances update INSTANCE_NAME --zone=ZONE --shielded-vtpm --shielded-integrity-monitoring',
      '# Optional, when no unsigned drivers are used:',
      'gcloud compute instances update INSTANCE_NAME --zone=ZONE --shielded-secure-boot',
      'gcloud compute instances start INSTANCE_NAME --zone=ZONE',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }   # Shielded VM capable image
  }
  network_interface { subnetwork = "app" }

  shielded_instance_config {
    enable_vtpm                 = true
    enable_integrity_monitoring = true
    enable_secure_boot          = true
  }
  allow_stopping_for_update = true
}`,
  },
  references: [
    'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
    'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm',
    'https://cloud.google.com/compute/shielded-vm/docs/integrity-monitoring',
  ],
  evaluate(instance) {
    const cfg = instance.config.shieldedInstanceConfig;
    const evidence = {
      enableVtpm: cfg?.enableVtpm ?? false,
      enableIntegrityMonitoring: cfg?.enableIntegrityMonitoring ?? false,
      enableSecureBoot: cfg?.enableSecureBoot ?? false,
    };
    if (!cfg) {
      return fail(
        {
          en: `${instance.name} has no Shielded VM configuration (its image probably does not support Shielded VM).`,
          ja: `${instance.name} には Shielded VM の構成がありません（イメージが Shielded VM に対応していない可能性があります）。`,
        },
        evidence,
      );
    }
    const off = [!evidence.enableVtpm && 'vTPM', !evidence.enableIntegrityMonitoring && 'integrity monitoring'].filter((x): x is string => Boolean(x));
    if (off.length) {
      const offJa = off.length === 2 ? ' vTPM と整合性モニタリング' : off[0] === 'vTPM' ? ' vTPM ' : '整合性モニタリング';
      return fail({ en: `${instance.name} has Shielded VM ${off.join(' and ')} turned off.`, ja: `${instance.name} では Shielded VM の${offJa}が無効です。` }, evidence);
    }
    return pass(
      evidence.enableSecureBoot
        ? { en: `${instance.name} has vTPM, integrity monitoring and Secure Boot on.`, ja: `${instance.name} では vTPM、整合性モニタリング、セキュアブートが有効です。` }
        : {
            en: `${instance.name} has vTPM and integrity monitoring on (Secure Boot is off; turn it on if no unsigned drivers are needed).`,
            ja: `${instance.name} では vTPM と整合性モニタリングが有効です（セキュアブートは無効のため、署名されていないドライバが不要であれば有効にしてください）。`,
          },
      evidence,
    );
  },
});
