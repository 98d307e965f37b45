import { GCP_TYPES, type SqlInstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isOnPremisesInstance } from '../instance.js';

/** A CIDR that matches every address (0.0.0.0/0, or any other /0 spelling). */
const matchesEveryAddress = (cidr: string) => /\/0$/.test(cidr.trim());

export const rule = defineRule<SqlInstanceConfig>({
  id: 'gcp-cloudsql-instance-no-open-authorized-networks',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances do not authorize connections from all IP addresses (0.0.0.0/0)',
    ja: 'Cloud SQL インスタンスがすべての IP アドレス（0.0.0.0/0）からの接続を許可していない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [GCP_TYPES.sqlInstance],
  requires: ['instanceType', 'settings'],
  frameworks: { 'cis-gcp-5.0': ['6.5'], 'nist-800-53-r5': ['AC-3', 'AC-4', 'SC-7'], 'pci-dss-4.0': ['1.3.1', '1.4.1'] },
  doc: {
    en: {
      description:
        'Checks that no Cloud SQL instance lists 0.0.0.0/0 (or any other /0 range) among its authorized networks, which would let every address on the internet reach the database port of its public IP.',
      urgency: 'Fix today: the database login is then the only barrier between the internet and the data, and internet-wide scanners find open database ports within hours.',
      risk: 'With 0.0.0.0/0 authorized, anyone can attempt to log in over the public IP. Weak or leaked passwords, default accounts and database vulnerabilities are exploited directly from the internet, leading to data theft, ransomware-style deletion or use of the instance for further attacks.',
      recommendation:
        'Remove 0.0.0.0/0 from the authorized networks. Connect applications through private IP or the Cloud SQL Auth Proxy / connectors (which authenticate with IAM and need no authorized networks), and if a public IP is unavoidable, authorize only the specific office or partner ranges that need it. Enforce constraints/sql.restrictAuthorizedNetworks through an organization policy.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances" and select the instance.',
        'Open "Connections" and the "Networking" tab.',
        'Under "Authorized networks", delete the 0.0.0.0/0 entry (and any other overly broad range); add only the specific ranges that need access.',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'Cloud SQL インスタンスの承認済みネットワークに 0.0.0.0/0（またはその他の /0 の範囲）が含まれておらず、インターネット上のすべてのアドレスからパブリック IP のデータベースポートに到達できる状態になっていないことを確認します。',
      urgency: '本日中に対応してください。インターネットとデータの間の障壁がデータベースのログインだけになり、インターネット全体を走査するスキャナーは公開されたデータベースポートを数時間で見つけます。',
      risk: '0.0.0.0/0 を承認すると、誰でもパブリック IP 経由でログインを試行できます。弱いパスワードや漏えいしたパスワード、既定のアカウント、データベースの脆弱性がインターネットから直接悪用され、データの窃取、ランサムウェアのような削除、さらなる攻撃の踏み台化につながります。',
      recommendation:
        '承認済みネットワークから 0.0.0.0/0 を削除してください。アプリケーションはプライベート IP、または Cloud SQL Auth Proxy / コネクタ（IAM で認証し、承認済みネットワークを必要としない）経由で接続します。パブリック IP がどうしても必要な場合は、アクセスが必要なオフィスやパートナーの特定の範囲のみを承認してください。組織のポリシーで constraints/sql.restrictAuthorizedNetworks を適用することも推奨します。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択します。',
        '「接続」を開き、「ネットワーキング」タブを選択します。',
        '「承認済みネットワーク」で 0.0.0.0/0 の項目（およびその他の広すぎる範囲）を削除し、アクセスが必要な特定の範囲のみを追加します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: '# --authorized-networks replaces the list: pass only the ranges to keep, or clear it entirely.\ngcloud sql instances patch INSTANCE_NAME --authorized-networks=203.0.113.0/24\ngcloud sql instances patch INSTANCE_NAME --clear-authorized-networks',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    ip_configuration {\n      # Only specific ranges; never 0.0.0.0/0.\n      authorized_networks {\n        name  = "office"\n        value = "203.0.113.0/24"\n      }\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/authorize-networks', 'https://cloud.google.com/sql/docs/mysql/org-policy/org-policy'],
  evaluate(instance) {
    const config = instance.config;
    if (isOnPremisesInstance(config)) {
      return notApplicable({ en: `Instance ${instance.name} represents an external primary server; it has no Cloud SQL networking.`, ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すインスタンスで、Cloud SQL のネットワーク設定はありません。` });
    }
    const ip = config.settings?.ipConfiguration;
    const networks = ip?.authorizedNetworks ?? [];
    const open = networks.filter((n) => matchesEveryAddress(n.value));
    const evidence = { authorizedNetworks: networks, ipv4Enabled: ip?.ipv4Enabled ?? null };
    if (open.length === 0) {
      return pass(
        networks.length === 0
          ? { en: `Instance ${instance.name} has no authorized networks.`, ja: `インスタンス ${instance.name} には承認済みネットワークがありません。` }
          : { en: `Instance ${instance.name} authorizes ${networks.length} network(s), none of them covering all addresses.`, ja: `インスタンス ${instance.name} の承認済みネットワークは ${networks.length} 件で、すべてのアドレスを許可するものはありません。` },
        evidence,
      );
    }
    const list = open.map((n) => (n.name ? `${n.value} ("${n.name}")` : n.value)).join(', ');
    const note =
      ip?.ipv4Enabled === false
        ? { en: ' The public IP is currently disabled, but the entry takes effect as soon as it is enabled.', ja: '現在パブリック IP は無効ですが、有効にした時点でこの設定が適用されます。' }
        : { en: '', ja: '' };
    return fail(
      { en: `Instance ${instance.name} authorizes connections from every address: ${list}.${note.en}`, ja: `インスタンス ${instance.name} はすべてのアドレスからの接続を許可しています: ${list}。${note.ja}` },
      evidence,
    );
  },
});
