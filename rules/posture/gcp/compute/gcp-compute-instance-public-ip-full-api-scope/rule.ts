import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { isComputeDefaultServiceAccount } from '../../../../../src/providers/gcp/iam.js';
import { GCP_TYPES, type InstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { CLOUD_PLATFORM_SCOPE, describeAddresses, externalAddresses, isGkeNode } from '../instance.js';

export const rule = defineRule<InstanceConfig>({
  id: 'gcp-compute-instance-public-ip-full-api-scope',
  services: ['compute'],
  title: {
    en: 'Internet-facing VM instances do not carry a service account with the cloud-platform scope',
    ja: 'インターネットに公開された VM インスタンスに cloud-platform スコープのサービス アカウントが付いていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.instance],
  requires: ['labels', 'name', 'networkInterfaces', 'serviceAccounts'],
  frameworks: {
    'nist-800-53-r5': ['AC-6', 'AC-6(10)', 'SC-7'],
    'pci-dss-4.0': ['1.4.1', '7.2.1'],
  },
  doc: {
    en: {
      description:
        'Flags VM instances that have an external IP address AND a service account with the access scope `https://www.googleapis.com/auth/cloud-platform`. This combination means one vulnerability in an internet-facing service can turn into the service account\'s full IAM permissions. GKE nodes are included: in public clusters without Workload Identity, any Pod can read the node\'s token.',
      urgency:
        'Fix within days: this is the classic path from a web vulnerability to cloud account takeover, and it is actively exploited.',
      risk:
        'Any code execution or server-side request forgery (SSRF) on the VM lets the attacker request `http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token` and use the returned OAuth token from anywhere. With the cloud-platform scope, nothing but the account\'s IAM roles limits that token: if the account is the default one (Editor) or otherwise broad, the attacker controls the project.',
      recommendation:
        'Break the combination: remove the external IP (serve through a load balancer, use Cloud NAT for egress, IAP for administration), or give the VM a dedicated service account with only the roles it needs (scopes then matter less), or both. On GKE, use private nodes and Workload Identity Federation for GKE so Pods cannot read the node token.',
      console: [
        'Open Compute Engine > VM instances, click the instance name and note the external IP and the service account.',
        'To remove the external IP: click Edit, under "Network interfaces" set "External IPv4 address" to None, and click Save.',
        'To narrow the identity: click Stop, then Edit; under "API and identity management" select a dedicated least-privilege service account (or narrower access scopes); click Save and Start.',
        'For GKE nodes, change the node pool (private nodes, dedicated node service account, Workload Identity) instead of the instance.',
      ],
    },
    ja: {
      description:
        '外部 IP アドレスを持ち、かつアクセス スコープ `https://www.googleapis.com/auth/cloud-platform` のサービス アカウントが付いている VM インスタンスを検出します。この組み合わせでは、インターネットに公開されたサービスの脆弱性 1 つがサービス アカウントの IAM 権限すべての奪取につながります。Workload Identity のない一般公開クラスタでは任意の Pod がノードのトークンを読み取れるため、GKE ノードも対象です。',
      urgency:
        '数日以内に対応してください。Web の脆弱性からクラウド アカウントの乗っ取りに至る典型的な経路であり、実際に悪用されています。',
      risk:
        'VM 上でコードを実行されたりサーバーサイド リクエスト フォージェリ（SSRF）を突かれたりすると、攻撃者は `http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token` から OAuth トークンを取得し、どこからでも使用できます。cloud-platform スコープではトークンを制限するのはアカウントの IAM ロールだけのため、デフォルトのアカウント（編集者）など権限の広いアカウントであれば、攻撃者がプロジェクトを掌握できます。',
      recommendation:
        'この組み合わせを解消してください。外部 IP を削除する（ロードバランサ経由で公開し、送信は Cloud NAT、管理は IAP を使用）、VM に必要なロールだけを持つ専用のサービス アカウントを割り当てる（そうすればスコープの影響は小さくなります）、またはその両方を行ってください。GKE では限定公開ノードと Workload Identity Federation for GKE を使い、Pod がノードのトークンを読み取れないようにしてください。',
      console: [
        '[Compute Engine] > [VM インスタンス] でインスタンス名をクリックし、外部 IP とサービス アカウントを確認します。',
        '外部 IP を削除する場合: [編集] をクリックし、[ネットワーク インターフェース] で [外部 IPv4 アドレス] を [なし] にして [保存] をクリックします。',
        'ID の権限を絞る場合: [停止]、[編集] の順にクリックし、[API と ID の管理] で最小権限の専用サービス アカウント（または狭いアクセス スコープ）を選択して [保存]、[開始] をクリックします。',
        'GKE ノードの場合は、インスタンスではなくノードプール（限定公開ノード、専用のノード サービス アカウント、Workload Identity）を変更します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Option 1: remove the external IP',
      'gcloud compute instances delete-access-config INSTANCE_NAME --zone=ZONE --network-interface=nic0 --access-config-name="External NAT"',
      '# Option 2: a dedicated least-privilege identity',
      'gcloud compute instances stop INSTANCE_NAME --zone=ZONE',
      'gcloud compute instances set-service-account INSTANCE_NAME --zone=ZONE --service-account=app-runtime@PROJECT_ID.iam.gserviceaccount.com --scopes=cloud-platform',
      'gcloud compute instances start INSTANCE_NAME --zone=ZONE',
      '# GKE: Workload Identity, so Pods cannot read the node token',
      'gcloud container clusters update CLUSTER --location=LOCATION --workload-pool=PROJECT_ID.svc.id.goog',
      'gcloud container node-pools update POOL --cluster=CLUSTER --location=LOCATION --workload-metadata=GKE_METADATA',
    ].join('\n'),
    terraform: `resource "google_compute_instance" "web" {
  name         = "web-1"
  machine_type = "e2-standard-2"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params { image = "debian-cloud/debian-12" }
  }

  network_interface {
    subnetwork = "web"
    # no access_config: serve through a load balancer, egress through Cloud NAT
  }

  service_account {
    email  = google_service_account.web.email   # only the roles the app needs
    scopes = ["cloud-platform"]
  }
}`,
  },
  references: [
    'https://cloud.google.com/compute/docs/access/service-accounts#accesscopesiam',
    'https://cloud.google.com/compute/docs/metadata/overview',
    'https://cloud.google.com/compute/docs/access/create-enable-service-accounts-for-instances',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity',
  ],
  evaluate(instance) {
    const addresses = externalAddresses(instance.config);
    const fullScope = (instance.config.serviceAccounts ?? []).filter((sa) => (sa.scopes ?? []).includes(CLOUD_PLATFORM_SCOPE));
    const evidence = {
      externalAddresses: addresses,
      serviceAccounts: (instance.config.serviceAccounts ?? []).map((sa) => ({ email: sa.email, scopes: sa.scopes ?? [] })),
      gkeNode: isGkeNode(instance.config),
    };
    if (addresses.length && fullScope.length) {
      const emails = fullScope.map((sa) => `${sa.email}${isComputeDefaultServiceAccount(sa.email) ? ' (default compute service account)' : ''}`);
      const emailsJa = fullScope.map((sa) => `${sa.email}${isComputeDefaultServiceAccount(sa.email) ? '（Compute Engine のデフォルト サービス アカウント）' : ' '}`);
      const list = describeAddresses(addresses);
      return fail(
        {
          en: `${instance.name} is reachable from the internet (${list}) and its metadata server hands out cloud-platform tokens for ${emails.join(', ')}.`,
          ja: `${instance.name} はインターネットから到達可能（${list}）で、メタデータ サーバーから ${emailsJa.join('、')}の cloud-platform スコープのトークンを取得できます。`,
        },
        evidence,
      );
    }
    if (!addresses.length) {
      return pass({ en: `${instance.name} has no external address.`, ja: `${instance.name} に外部アドレスはありません。` }, evidence);
    }
    return pass(
      {
        en: `${instance.name} has an external address but no service account with the cloud-platform scope.`,
        ja: `${instance.name} には外部アドレスがありますが、cloud-platform スコープのサービス アカウントは付いていません。`,
      },
      evidence,
    );
  },
});
