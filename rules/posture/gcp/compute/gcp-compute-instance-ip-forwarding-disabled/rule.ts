import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { gkeNodeExcluded, isGkeNode } from '../instance.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-ip-forwarding-disabled',
  services: ['compute'],
  title: {
    en: 'IP forwarding is not enabled on VM instances',
    ja: 'VM インスタンスで IP 転送が有効になっていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['canIpForward', 'labels', 'name'],
  frameworks: {
    'cis-gcp-5.0': ['4.6'],
    'nist-800-53-r5': ['AC-4', 'CM-7', 'SC-7'],
    'pci-dss-4.0': ['1.3.1', '1.4.1'],
  },
  doc: {
    en: {
      description:
        'Checks that `canIpForward` is false on each VM instance, so Google Cloud keeps enforcing the source/destination address check on its traffic. GKE nodes (name starting with `gke-`, label `goog-gke-node`) are excluded, as in the CIS benchmark: they need IP forwarding for Pod traffic.',
      urgency:
        'Medium: only a problem if the VM is not meant to route traffic, but the setting can only be changed by recreating the instance, so plan it.',
      risk:
        'With IP forwarding on, the VM may send packets with any source address and receive packets for any destination. A compromised VM can then spoof other hosts, act as an unintended router between networks, or relay traffic around firewall rules that are written for specific addresses.',
      recommendation:
        'Keep IP forwarding off except on VMs whose job is routing (NAT gateways, network virtual appliances, VPN). Those should be documented and isolated. `canIpForward` is set at creation: recreate other instances without it (from an updated instance template for managed instance groups). The organisation policy constraint `compute.vmCanIpForward` can restrict which VMs may enable it.',
      console: [
        'Open Compute Engine > VM instances and click the instance name; check "IP forwarding" under "Network interfaces".',
        'If it is On and the VM is not a router, create a machine image or snapshot of its disks.',
        'Create a new instance from it (Create instance > Advanced options > Networking, leave "IP forwarding" off) and move the workload.',
        'Delete the old instance.',
      ],
    },
    ja: {
      description:
        '各 VM インスタンスで `canIpForward` が false になっており、Google Cloud による送信元・宛先アドレスのチェックが有効なままであることを確認します。CIS ベンチマークに従い、GKE ノード（名前が `gke-` で始まり `goog-gke-node` ラベルを持つもの）は Pod の通信に IP 転送が必要なため対象外です。',
      urgency:
        '中程度です。VM がルーティング用途でなければ問題になりますが、この設定はインスタンスの再作成でしか変更できないため、計画的に対応してください。',
      risk:
        'IP 転送が有効な VM は任意の送信元アドレスでパケットを送信し、任意の宛先のパケットを受信できます。侵害された VM が他のホストになりすましたり、意図しないネットワーク間のルーターとして動作したり、特定のアドレス向けに書かれたファイアウォール ルールを迂回して通信を中継したりできるようになります。',
      recommendation:
        'ルーティングが役割の VM（NAT ゲートウェイ、ネットワーク仮想アプライアンス、VPN など）以外では IP 転送をオフにしてください。ルーティング用の VM は文書化し、分離してください。`canIpForward` は作成時にしか設定できないため、それ以外のインスタンスは IP 転送なしで再作成してください（マネージド インスタンス グループは更新したインスタンス テンプレートから）。組織のポリシー制約 `compute.vmCanIpForward` で有効化できる VM を制限できます。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンス名をクリックし、[ネットワーク インターフェース] の「IP 転送」を確認します。',
        'オンになっていてルーターではない VM の場合は、マシンイメージまたはディスクのスナップショットを作成します。',
        'そこから新しいインスタンスを作成し（[インスタンスを作成] > [詳細オプション] > [ネットワーキング] で「IP 転送」をオフのまま）、ワークロードを移行します。',
        '古いインスタンスを削除します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# canIpForward cannot be changed in place: recreate the instance without it',
      'gcloud compute machine-images create INSTANCE_NAME-image --source-instance=INSTANCE_NAME --source-instance-zone=ZONE',
      'gcloud compute instances create INSTANCE_NAME-v2 --zone=ZONE --source-machine-image=INSTANCE_NAME-image --no-can-ip-forward',
      'gcloud compute instances delete INSTANCE_NAME --zone=ZONE',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name           = "app-1"
  machine_type   = "e2-standard-2"
  zone           = "us-central1-a"
  can_ip_forward = false   # changing this forces a new instance

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }
  network_interface { subnetwork = "app" }
}`,
  },
  references: [
    'https://cloud.google.com/vpc/docs/using-routes#canipforward',
    'https://cloud.google.com/vpc/docs/routes',
    'https://cloud.google.com/resource-manager/docs/organization-policy/org-policy-constraints',
  ],
  evaluate(instance) {
    if (isGkeNode(instance.config)) return gkeNodeExcluded(instance);
    return instance.config.canIpForward === true
      ? fail({ en: `${instance.name} has IP forwarding enabled (canIpForward=true).`, ja: `${instance.name} では IP 転送が有効です（canIpForward=true）。` }, { canIpForward: true })
      : pass({ en: `${instance.name} has IP forwarding disabled.`, ja: `${instance.name} では IP 転送が無効です。` }, { canIpForward: instance.config.canIpForward ?? false });
  },
});
