import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { computeProject, effectiveFlag, metadataBool, metadataValue, projectMetadataMissing } from '../metadata.js';

const KEY = 'serial-port-enable';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-serial-port-disabled',
  services: ['compute'],
  title: {
    en: '"Enable connecting to serial ports" is off for VM instances',
    ja: 'VM インスタンスで「シリアルポートへの接続を有効にする」がオフになっている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['metadata'],
  reads: [GCP_TYPES.computeProject],
  frameworks: {
    'cis-gcp-5.0': ['4.5'],
    'nist-800-53-r5': ['AC-17', 'CM-7'],
    'pci-dss-4.0': ['1.3.1', '2.2.4'],
  },
  doc: {
    en: {
      description:
        'Checks that interactive serial console access is off for each VM instance: the `serial-port-enable` metadata key is not TRUE/1 on the instance, nor inherited from the project-wide metadata when the instance does not set it.',
      urgency:
        'Medium: the serial console bypasses firewall rules and IP restrictions, but still requires a valid SSH key and IAM permission on the instance.',
      risk:
        'The interactive serial console is reached through `ssh-serialport.googleapis.com`, not the VM\'s network, so VPC firewall rules, private IPs and IAP do not restrict it: anyone on the internet who holds an authorised SSH key and knows the project, zone and instance name can connect. On many images it also gives a login prompt usable with a local password, even when SSH is locked down.',
      recommendation:
        'Keep `serial-port-enable` unset or FALSE on instances and in the project metadata; enable it temporarily on a single VM only for troubleshooting, then turn it off. Enforce the organisation policy constraint `compute.disableSerialPortAccess` to prevent it.',
      console: [
        'Open Compute Engine > VM instances and click the instance name, then click Edit.',
        'Under "Remote access", clear "Enable connecting to serial ports" and click Save.',
        'If the finding says the value is inherited, open Compute Engine > Settings > Metadata, click Edit, remove the `serial-port-enable` entry (or set it to FALSE) and click Save.',
      ],
    },
    ja: {
      description:
        '各 VM インスタンスで対話型シリアル コンソールへのアクセスがオフになっているかを確認します。インスタンスのメタデータ `serial-port-enable` が TRUE/1 でないこと、またインスタンスで設定していない場合はプロジェクト全体のメタデータから TRUE/1 を継承していないことを確認します。',
      urgency:
        '中程度です。シリアル コンソールはファイアウォール ルールや IP 制限を経由しませんが、接続には有効な SSH 鍵とインスタンスへの IAM 権限が必要です。',
      risk:
        '対話型シリアル コンソールには VM のネットワークではなく `ssh-serialport.googleapis.com` 経由で接続するため、VPC ファイアウォール ルール、プライベート IP、IAP による制限が効きません。承認済みの SSH 鍵を持ち、プロジェクト・ゾーン・インスタンス名を知っていれば、インターネット上のどこからでも接続できます。多くのイメージではローカル パスワードで使えるログイン プロンプトも表示されるため、SSH を制限していても迂回される可能性があります。',
      recommendation:
        'インスタンスとプロジェクトのメタデータで `serial-port-enable` を未設定または FALSE のままにし、トラブルシューティング時だけ対象の VM で一時的に有効化して終わったら無効に戻してください。組織のポリシー制約 `compute.disableSerialPortAccess` を適用して有効化を防止してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンス名をクリックし、[編集] をクリックします。',
        '[リモート アクセス] で [シリアルポートへの接続を有効にする] のチェックを外し、[保存] をクリックします。',
        '値がプロジェクトから継承されている場合は、[Compute Engine] > [設定] > [メタデータ] で [編集] をクリックし、`serial-port-enable` エントリを削除（または FALSE に変更）して [保存] をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'gcloud compute instances add-metadata INSTANCE_NAME --zone=ZONE --metadata=serial-port-enable=FALSE',
      '# If inherited from the project-wide metadata:',
      'gcloud compute project-info remove-metadata --project=PROJECT_ID --keys=serial-port-enable',
      '# Prevent it organisation-wide',
      'gcloud resource-manager org-policies enable-enforce compute.disableSerialPortAccess --organization=ORGANIZATION_ID',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }
  network_interface { subnetwork = "app" }

  metadata = {
    serial-port-enable = "FALSE"
  }
}

resource "google_org_policy_policy" "disable_serial_port" {
  name   = "organizations/ORGANIZATION_ID/policies/compute.disableSerialPortAccess"
  parent = "organizations/ORGANIZATION_ID"
  spec {
    rules { enforce = "TRUE" }
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console',
    'https://cloud.google.com/compute/docs/instances/interacting-with-serial-console',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
  ],
  evaluate(instance, ctx) {
    const project = computeProject(ctx, instance.account);
    // The instance's own value decides on its own; only an unset value needs the project-wide metadata.
    if (metadataBool(metadataValue(instance.config.metadata, KEY)) === undefined && !project) return projectMetadataMissing(instance.account);
    const flag = effectiveFlag(instance.config, project?.config, KEY);
    const evidence = { [KEY]: flag.raw ?? null, source: flag.source };
    if (flag.value === true) {
      return fail(
        flag.source === 'instance'
          ? {
              en: `${instance.name} enables the interactive serial console (${KEY}=${flag.raw} in its metadata).`,
              ja: `${instance.name} は対話型シリアル コンソールを有効にしています（インスタンス メタデータで ${KEY}=${flag.raw}）。`,
            }
          : {
              en: `${instance.name} inherits the interactive serial console from the project-wide metadata of ${instance.account} (${KEY}=${flag.raw}).`,
              ja: `${instance.name} はプロジェクト ${instance.account} 全体のメタデータから対話型シリアル コンソールの有効化を継承しています（${KEY}=${flag.raw}）。`,
            },
        evidence,
      );
    }
    return pass(
      flag.value === false
        ? {
            en: `${instance.name} has serial port access disabled (${KEY}=${flag.raw}, set on the ${flag.source}).`,
            ja: `${instance.name} のシリアルポート接続は無効です（${flag.source === 'instance' ? 'インスタンス' : 'プロジェクト'}で ${KEY}=${flag.raw}）。`,
          }
        : {
            en: `${instance.name} does not enable serial port access (${KEY} is not set; the default is off).`,
            ja: `${instance.name} ではシリアルポート接続が有効になっていません（${KEY} は未設定で、既定はオフです）。`,
          },
      evidence,
    );
  },
});
