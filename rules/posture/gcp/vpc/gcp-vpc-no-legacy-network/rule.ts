import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { GCP_TYPES, type NetworkConfig } from '../../../../../src/providers/gcp/model.js';
import { networkMode } from '../network.js';

export const rule = defineRule<NetworkConfig>({
  id: 'gcp-vpc-no-legacy-network',
  services: ['compute'],
  title: {
    en: 'VPC networks are not legacy networks',
    ja: 'VPC ネットワークがレガシーネットワークではない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.network],
  requires: ['IPv4Range', 'autoCreateSubnetworks', 'name'],
  frameworks: {
    'cis-gcp-5.0': ['3.2'],
    'nist-800-53-r5': ['CM-6', 'SC-7'],
  },
  doc: {
    en: {
      description: 'Checks that a VPC network is an auto mode or custom mode network, not a legacy network. A legacy network has a single global IPv4 range (IPv4Range) and no subnets; the API returns it without the autoCreateSubnetworks field.',
      urgency: 'Plan the migration: legacy networks can no longer be created, so only old projects have them, and moving their VMs takes a maintenance window.',
      risk: 'A legacy network has one IP range for all regions and no subnets, so it cannot have subnet-level controls: no VPC Flow Logs, no Private Google Access per subnet, no regional segmentation, and many newer features (Cloud NAT, Private Service Connect, GKE VPC-native clusters) do not work on it. Traffic inside it cannot be observed or segmented the way the rest of the estate is.',
      recommendation: 'Create a custom mode VPC network with subnets in the regions you use, recreate the firewall rules there, move the VMs (recreate them from images or snapshots with a NIC in the new network) and delete the legacy network.',
      console: [
        'Open the Google Cloud console → "VPC network" → "VPC networks"; legacy networks show "Legacy" in the "Mode" column.',
        'Choose "Create VPC network", select "Custom" subnet creation mode and add a subnet per region you need.',
        'Recreate the required firewall rules on the new network, then move each VM to it (create it again from a machine image or snapshot).',
        'When nothing is attached any more, open the legacy network and choose "Delete VPC network".',
      ],
    },
    ja: {
      description: 'VPC ネットワークが自動モードまたはカスタムモードであり、レガシーネットワークではないことを確認します。レガシーネットワークはグローバルな IPv4 範囲（IPv4Range）を 1 つだけ持ちサブネットがないネットワークで、API は autoCreateSubnetworks フィールドなしで返します。',
      urgency: '移行を計画してください。レガシーネットワークは現在は新規作成できないため古いプロジェクトにしか存在しませんが、VM の移行にはメンテナンス時間が必要です。',
      risk: 'レガシーネットワークは全リージョンで 1 つの IP 範囲を使いサブネットを持たないため、サブネット単位の制御ができません。VPC フローログもサブネットごとの限定公開の Google アクセスもリージョン単位の分離も使えず、Cloud NAT、Private Service Connect、VPC ネイティブの GKE クラスタなど多くの新しい機能も利用できません。ネットワーク内の通信を他の環境と同じように監視・分離できなくなります。',
      recommendation: '利用するリージョンにサブネットを持つカスタムモードの VPC ネットワークを作成し、ファイアウォールルールを作り直したうえで、VM を移行（新しいネットワークの NIC を持つ VM をイメージやスナップショットから再作成）し、レガシーネットワークを削除してください。',
      console: [
        'Google Cloud コンソールで「VPC ネットワーク」→「VPC ネットワーク」を開きます。レガシーネットワークは「モード」列に「レガシー」と表示されます。',
        '「VPC ネットワークを作成」を選び、サブネット作成モードに「カスタム」を選択して、必要なリージョンごとにサブネットを追加します。',
        '必要なファイアウォールルールを新しいネットワークに作成し、各 VM を新しいネットワークへ移行します（マシンイメージやスナップショットから再作成します）。',
        '何も接続されていないことを確認したら、レガシーネットワークを開いて「VPC ネットワークを削除」を選択します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Replacement custom mode network',
      'gcloud compute networks create prod-vpc --project=PROJECT_ID --subnet-mode=custom',
      'gcloud compute networks subnets create prod-us-central1 --project=PROJECT_ID \\',
      '  --network=prod-vpc --region=us-central1 --range=10.10.0.0/20 --enable-private-ip-google-access',
      '# After moving the workloads and firewall rules:',
      'gcloud compute networks delete LEGACY_NETWORK --project=PROJECT_ID',
    ].join('\n'),
    terraform: [
      'resource "google_compute_network" "prod" {',
      '  name                    = "prod-vpc"',
      '  auto_create_subnetworks = false',
      '}',
      '',
      'resource "google_compute_subnetwork" "prod_us_central1" {',
      '  name                     = "prod-us-central1"',
      '  network                  = google_compute_network.prod.id',
      '  region                   = "us-central1"',
      '  ip_cidr_range            = "10.10.0.0/20"',
      '  private_ip_google_access = true',
      '}',
    ].join('\n'),
  },
  references: [
    'https://cloud.google.com/vpc/docs/legacy',
    'https://cloud.google.com/vpc/docs/create-modify-vpc-networks',
  ],
  evaluate(network) {
    const mode = networkMode(network.config);
    if (mode === 'legacy') {
      return fail(
        {
          en: `Network ${network.config.name} is a legacy network (single range ${network.config.IPv4Range}, no subnets).`,
          ja: `ネットワーク ${network.config.name} はレガシーネットワークです（単一の範囲 ${network.config.IPv4Range}、サブネットなし）。`,
        },
        { IPv4Range: network.config.IPv4Range, autoCreateSubnetworks: null },
      );
    }
    return pass(
      {
        en: `Network ${network.config.name} is ${mode === 'auto' ? 'an auto' : 'a custom'} mode VPC network.`,
        ja: `ネットワーク ${network.config.name} は${mode === 'auto' ? '自動' : 'カスタム'}モードの VPC ネットワークです。`,
      },
      { autoCreateSubnetworks: network.config.autoCreateSubnetworks },
    );
  },
});
