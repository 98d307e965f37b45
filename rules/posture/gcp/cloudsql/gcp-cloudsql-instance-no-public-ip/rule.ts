import { GCP_TYPES, type SqlInstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { isOnPremisesInstance } from '../instance.js';

export const rule = defineRule<SqlInstanceConfig>({
  id: 'gcp-cloudsql-instance-no-public-ip',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances do not have a public IP address',
    ja: 'Cloud SQL インスタンスにパブリック IP アドレスが割り当てられていない',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.sqlInstance],
  requires: ['instanceType', 'settings'],
  frameworks: { 'cis-gcp-5.0': ['6.7'], 'nist-800-53-r5': ['AC-4', 'SC-7'], 'pci-dss-4.0': ['1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL instance has public IP disabled (settings.ipConfiguration.ipv4Enabled is false), so it is reachable only through private IP (VPC, Private Service Connect) and never from the internet.',
      urgency: 'High: a public IP puts the database one configuration mistake (an authorized network that is too broad) away from the internet.',
      risk: 'An instance with a public IP is addressable from the internet. Its protection then depends entirely on the authorized-networks list and the database passwords; a broad range, a leaked password or a database vulnerability exposes the data directly.',
      recommendation:
        'Connect the instance to a VPC with private IP (private services access or Private Service Connect), move clients to the private address or the Cloud SQL Auth Proxy over private IP, then disable the public IP. Enforce constraints/sql.restrictPublicIp through an organization policy.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances" and select the instance.',
        'Open "Connections" and the "Networking" tab.',
        'Select "Private IP" and choose the VPC network (set up private services access if asked).',
        'Clear "Public IP" and click "Save".',
      ],
    },
    ja: {
      description:
        'すべての Cloud SQL インスタンスでパブリック IP が無効（settings.ipConfiguration.ipv4Enabled が false）になっており、プライベート IP（VPC、Private Service Connect）経由でのみ到達でき、インターネットからは到達できないことを確認します。',
      urgency: '緊急度は高です。パブリック IP があると、承認済みネットワークを広く設定するといった設定ミス一つでデータベースがインターネットに公開されます。',
      risk: 'パブリック IP を持つインスタンスはインターネットからアドレス指定できます。その保護は承認済みネットワークの一覧とデータベースのパスワードだけに依存し、広すぎる範囲の許可、パスワードの漏えい、データベースの脆弱性があれば、データが直接露出します。',
      recommendation:
        'インスタンスをプライベート IP で VPC に接続し（プライベートサービスアクセスまたは Private Service Connect）、クライアントの接続先をプライベートアドレスまたはプライベート IP 経由の Cloud SQL Auth Proxy に切り替えたうえで、パブリック IP を無効にしてください。組織のポリシーで constraints/sql.restrictPublicIp を適用することも推奨します。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択します。',
        '「接続」を開き、「ネットワーキング」タブを選択します。',
        '「プライベート IP」を選択して VPC ネットワークを指定します（求められた場合はプライベートサービスアクセスを設定します）。',
        '「パブリック IP」のチェックを外し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud sql instances patch INSTANCE_NAME --network=projects/PROJECT_ID/global/networks/VPC_NAME\ngcloud sql instances patch INSTANCE_NAME --no-assign-ip',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/configure-private-ip', 'https://cloud.google.com/sql/docs/postgres/configure-private-ip', 'https://cloud.google.com/sql/docs/mysql/org-policy/org-policy'],
  evaluate(instance) {
    const config = instance.config;
    if (isOnPremisesInstance(config)) {
      return notApplicable({ en: `Instance ${instance.name} represents an external primary server; it has no Cloud SQL networking.`, ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すインスタンスで、Cloud SQL のネットワーク設定はありません。` });
    }
    const ip = config.settings?.ipConfiguration;
    const evidence = { ipv4Enabled: ip?.ipv4Enabled ?? null, privateNetwork: ip?.privateNetwork ?? null };
    if (ip?.ipv4Enabled === undefined) {
      return notAssessed({ en: `The IP configuration of ${instance.name} does not say whether public IP is enabled.`, ja: `インスタンス ${instance.name} の IP 構成に、パブリック IP が有効かどうかの情報がありません。` }, evidence);
    }
    return ip.ipv4Enabled
      ? fail({ en: `Instance ${instance.name} has a public IP address (ipv4Enabled is true).`, ja: `インスタンス ${instance.name} にはパブリック IP アドレスがあります（ipv4Enabled が true）。` }, evidence)
      : pass(
          {
            en: `Instance ${instance.name} has no public IP${ip.privateNetwork ? ` (private IP on ${ip.privateNetwork})` : ''}.`,
            ja: `インスタンス ${instance.name} にはパブリック IP がありません${ip.privateNetwork ? `（プライベート IP: ${ip.privateNetwork}）` : ''}。`,
          },
          evidence,
        );
  },
});
