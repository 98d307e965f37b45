import { GCP_TYPES, type DataprocClusterConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notAssessed, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DataprocClusterConfig>({
  id: 'gcp-dataproc-cluster-internal-ip-only',
  services: ['dataproc'],
  title: {
    en: 'Dataproc cluster VMs have internal IP addresses only',
    ja: 'Dataproc クラスタの VM に内部 IP アドレスのみが割り当てられている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [GCP_TYPES.dataprocCluster],
  requires: ['config'],
  frameworks: { 'nist-800-53-r5': ['AC-4', 'SC-7'], 'pci-dss-4.0': ['1.4.1'] },
  doc: {
    en: {
      description:
        'Best practice beyond CIS: checks that Dataproc clusters are created with internal IP addresses only (config.gceClusterConfig.internalIpOnly is true), so their master and worker VMs have no external IP. Clusters that do not report the setting are not assessed.',
      urgency: 'Medium: external IPs expose the Hadoop/Spark web interfaces and services of the cluster to any firewall mistake.',
      risk: 'Dataproc VMs with external IPs can be reached from the internet whenever a firewall rule allows it. Exposed YARN ResourceManager and Jupyter interfaces have been widely abused to run cryptominers and reach the data and service-account credentials on the cluster.',
      recommendation:
        'Create clusters with internal IP only on a subnet with Private Google Access enabled (and Cloud NAT if jobs need the internet). Reach the web interfaces through the Component Gateway instead of external IPs. Internal IP only is the default from image version 2.2; set it explicitly for older images.',
      console: [
        'In the Google Cloud console, open "Dataproc" > "Clusters" and click "Create cluster" (the setting cannot be changed on an existing cluster).',
        'Under "Customize cluster" > "Network configuration", select "Internal IP only" and a subnet with Private Google Access.',
        'Enable "Component Gateway" for web interface access.',
        'Create the cluster, move the workloads to it and delete the old cluster.',
      ],
    },
    ja: {
      description:
        'CIS の範囲を超えるベストプラクティスとして、Dataproc クラスタが内部 IP アドレスのみで作成されており（config.gceClusterConfig.internalIpOnly が true）、マスターとワーカーの VM に外部 IP がないことを確認します。設定値が返されないクラスタは未評価とします。',
      urgency: '緊急度は中程度です。外部 IP があると、ファイアウォールの設定ミス一つでクラスタの Hadoop や Spark の Web インターフェースやサービスが公開されます。',
      risk: '外部 IP を持つ Dataproc の VM は、ファイアウォールルールが許可すればインターネットから到達できます。公開された YARN ResourceManager や Jupyter のインターフェースは、クリプトマイナーの実行や、クラスタ上のデータやサービスアカウントの認証情報の取得に広く悪用されています。',
      recommendation:
        'クラスタは限定公開の Google アクセスを有効にしたサブネット上で、内部 IP のみで作成してください（ジョブがインターネットを必要とする場合は Cloud NAT を併用します）。Web インターフェースには外部 IP ではなくコンポーネント ゲートウェイ経由でアクセスします。イメージバージョン 2.2 以降は内部 IP のみが既定ですが、それより古いイメージでは明示的に指定してください。',
      console: [
        'Google Cloud コンソールで「Dataproc」>「クラスタ」を開き、「クラスタを作成」をクリックします（既存のクラスタではこの設定を変更できません）。',
        '「クラスタのカスタマイズ」>「ネットワーク構成」で「内部 IP のみ」を選択し、限定公開の Google アクセスが有効なサブネットを指定します。',
        'Web インターフェースにアクセスするため、「コンポーネント ゲートウェイ」を有効にします。',
        'クラスタを作成し、ワークロードを移行してから古いクラスタを削除します。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud dataproc clusters create CLUSTER_NAME --region=REGION \\\n  --subnet=projects/PROJECT_ID/regions/REGION/subnetworks/SUBNET \\\n  --no-address --enable-component-gateway',
    terraform:
      'resource "google_dataproc_cluster" "main" {\n  name   = "CLUSTER_NAME"\n  region = "us-central1"\n\n  cluster_config {\n    gce_cluster_config {\n      subnetwork       = google_compute_subnetwork.private.id\n      internal_ip_only = true\n    }\n    endpoint_config {\n      enable_http_port_access = true # Component Gateway\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/dataproc/docs/concepts/configuring-clusters/network#create_a_dataproc_cluster_with_internal_ip_address_only', 'https://cloud.google.com/dataproc/docs/concepts/accessing/dataproc-gateways'],
  evaluate(cluster) {
    const internalIpOnly = cluster.config.config?.gceClusterConfig?.internalIpOnly;
    const evidence = { internalIpOnly: internalIpOnly ?? null };
    if (internalIpOnly === undefined) {
      return notAssessed({ en: `Cluster ${cluster.name} does not report whether its VMs have external IPs (gceClusterConfig.internalIpOnly).`, ja: `クラスタ ${cluster.name} は VM に外部 IP があるかどうか（gceClusterConfig.internalIpOnly）を返していません。` }, evidence);
    }
    return internalIpOnly
      ? pass({ en: `Cluster ${cluster.name} uses internal IP addresses only.`, ja: `クラスタ ${cluster.name} は内部 IP アドレスのみを使用しています。` }, evidence)
      : fail({ en: `Cluster ${cluster.name} gives its VMs external IP addresses (internalIpOnly is false).`, ja: `クラスタ ${cluster.name} の VM には外部 IP アドレスが割り当てられています（internalIpOnly が false）。` }, evidence);
  },
});
