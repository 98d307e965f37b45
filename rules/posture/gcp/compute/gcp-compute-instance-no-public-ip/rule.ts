import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { describeAddresses, externalAddresses, gkeNodeExcluded, isGkeNode } from '../instance.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-no-public-ip',
  services: ['compute'],
  title: {
    en: 'VM instances do not have external IP addresses',
    ja: 'VM インスタンスに外部 IP アドレスが割り当てられていない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['labels', 'name', 'networkInterfaces'],
  frameworks: {
    'cis-gcp-5.0': ['4.9'],
    'nist-800-53-r5': ['AC-4', 'SC-7', 'SC-7(4)', 'SC-7(5)'],
    'pci-dss-4.0': ['1.3.1', '1.4.1', '1.4.4'],
  },
  doc: {
    en: {
      description:
        'Checks that no network interface of a VM instance has an external address: an IPv4 access config (even an ephemeral one on a stopped VM, which has no `natIP` yet) or an external IPv6 access config. GKE nodes (name starting with `gke-`, label `goog-gke-node`) are excluded, as in the CIS benchmark; use private clusters for them.',
      urgency:
        'Medium: an external address makes the VM reachable from the internet as soon as a firewall rule allows it, and firewall mistakes are common.',
      risk:
        'An internet-routable VM is scanned continuously. One permissive firewall rule (SSH or RDP from 0.0.0.0/0, a debug port) exposes it directly, and a compromised VM with an external address can also exfiltrate data without going through a controlled egress path.',
      recommendation:
        'Remove external addresses and reach VMs through Identity-Aware Proxy TCP forwarding or a bastion; put serving workloads behind a load balancer; give outbound internet access through Cloud NAT. Enforce the organisation policy constraint `compute.vmExternalIpAccess` to allow external IPs only on approved instances.',
      console: [
        'Open Compute Engine > VM instances, click the instance name and click Edit.',
        'Under "Network interfaces", expand each interface and set "External IPv4 address" to None (and remove any external IPv6 access).',
        'Click Done, then Save.',
        'Set up Cloud NAT for outbound traffic and IAP TCP forwarding (firewall rule from 35.235.240.0/20) for administration if needed.',
      ],
    },
    ja: {
      description:
        'VM インスタンスのどのネットワーク インターフェースにも外部アドレス（IPv4 のアクセス構成。停止中の VM のエフェメラル アドレスのように `natIP` がまだないものも含む。または外部 IPv6 のアクセス構成）がないことを確認します。CIS ベンチマークに従い、GKE ノード（名前が `gke-` で始まり `goog-gke-node` ラベルを持つもの）は対象外です。GKE では限定公開クラスタを使用してください。',
      urgency:
        '中程度です。外部アドレスを持つ VM は、ファイアウォール ルールが許可した時点でインターネットから到達可能になり、ファイアウォールの設定ミスはよく起こります。',
      risk:
        'インターネットから到達可能な VM は常にスキャンされています。許可範囲の広いファイアウォール ルールが 1 つあるだけ（0.0.0.0/0 からの SSH や RDP、デバッグ用ポートなど）で直接公開され、侵害された場合も管理された送信経路を通らずにデータを持ち出されます。',
      recommendation:
        '外部アドレスを削除し、管理アクセスは Identity-Aware Proxy の TCP 転送または踏み台サーバー経由にしてください。サービスを提供するワークロードはロードバランサの背後に置き、インターネットへの送信は Cloud NAT を使ってください。組織のポリシー制約 `compute.vmExternalIpAccess` を適用し、承認されたインスタンスにだけ外部 IP を許可してください。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンス名をクリックし、[編集] をクリックします。',
        '[ネットワーク インターフェース] で各インターフェースを展開し、[外部 IPv4 アドレス] を [なし] にします（外部 IPv6 アクセスがあれば削除します）。',
        '[完了]、[保存] の順にクリックします。',
        '必要に応じて、送信用に Cloud NAT を、管理用に IAP TCP 転送（35.235.240.0/20 からのファイアウォール ルール）を設定します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Find the access config name (usually "External NAT" or "external-nat")',
      'gcloud compute instances describe INSTANCE_NAME --zone=ZONE --format="yaml(networkInterfaces[].accessConfigs)"',
      'gcloud compute instances delete-access-config INSTANCE_NAME --zone=ZONE --network-interface=nic0 --access-config-name="External NAT"',
      '# Outbound internet through Cloud NAT instead',
      'gcloud compute routers create nat-router --network=NETWORK --region=REGION',
      'gcloud compute routers nats create nat-config --router=nat-router --region=REGION --auto-allocate-nat-external-ips --nat-all-subnet-ip-ranges',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "app" {
  name         = "app-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }

  network_interface {
    subnetwork = "app"
    # no access_config block: no external IP
  }
}

resource "google_org_policy_policy" "no_vm_external_ip" {
  name   = "organizations/ORGANIZATION_ID/policies/compute.vmExternalIpAccess"
  parent = "organizations/ORGANIZATION_ID"
  spec {
    rules { deny_all = "TRUE" }
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/ip-addresses/reserve-static-external-ip-address#unassign_ip',
    'https://cloud.google.com/compute/docs/instances/connecting-advanced',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
    'https://cloud.google.com/nat/docs/overview',
    'https://cloud.google.com/compute/docs/ip-addresses/configure-ipv6-address',
  ],
  evaluate(instance) {
    if (isGkeNode(instance.config)) return gkeNodeExcluded(instance);
    const addresses = externalAddresses(instance.config);
    if (addresses.length) {
      const list = describeAddresses(addresses);
      return fail({ en: `${instance.name} has external addresses: ${list}.`, ja: `${instance.name} に外部アドレスがあります: ${list}。` }, { externalAddresses: addresses });
    }
    return pass({ en: `${instance.name} has no external IP address.`, ja: `${instance.name} に外部 IP アドレスはありません。` }, { externalAddresses: [] });
  },
});
