import { GCP_TYPES, type SqlInstanceConfig } from '../../../../../src/providers/gcp/model.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { isOnPremisesInstance } from '../instance.js';

const ENCRYPTED_MODES = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

export const rule = defineRule<SqlInstanceConfig>({
  id: 'gcp-cloudsql-instance-ssl-required',
  services: ['sqladmin'],
  title: {
    en: 'Cloud SQL instances require SSL/TLS for all incoming connections',
    ja: 'Cloud SQL インスタンスがすべての接続に SSL/TLS を必須にしている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [GCP_TYPES.sqlInstance],
  requires: ['instanceType', 'settings'],
  frameworks: { 'cis-gcp-5.0': ['6.4'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that every Cloud SQL instance refuses unencrypted connections: the SSL mode (settings.ipConfiguration.sslMode) is ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED, or, on instances that do not report an SSL mode, the legacy requireSsl setting is true. ALLOW_UNENCRYPTED_AND_ENCRYPTED, the default, fails.',
      urgency: 'High: credentials and query results of any client that connects without TLS cross the network in clear text.',
      risk: 'When unencrypted connections are accepted, a misconfigured client silently falls back to plain text. Anyone able to observe the path (a compromised host in the VPC, a peered network, or the internet for instances with a public IP) can capture database passwords and the data returned by queries, or tamper with it.',
      recommendation:
        'Set the SSL mode to ENCRYPTED_ONLY (TLS required; clients may use the Cloud SQL Auth Proxy or connectors, which always encrypt), or TRUSTED_CLIENT_CERTIFICATE_REQUIRED if you also want client certificates (not available for SQL Server). Check first that every client connects with TLS.',
      console: [
        'In the Google Cloud console, open "Cloud SQL" > "Instances" and select the instance.',
        'Open "Connections" and the "Security" tab.',
        'Under "SSL mode", choose "Allow only SSL connections" (or "Require trusted client certificates").',
        'Click "Save".',
      ],
    },
    ja: {
      description:
        'すべての Cloud SQL インスタンスが暗号化されていない接続を拒否すること、つまり SSL モード（settings.ipConfiguration.sslMode）が ENCRYPTED_ONLY または TRUSTED_CLIENT_CERTIFICATE_REQUIRED であること（SSL モードを返さないインスタンスでは従来の requireSsl が true であること）を確認します。既定値の ALLOW_UNENCRYPTED_AND_ENCRYPTED は不合格です。',
      urgency: '緊急度は高です。TLS を使わずに接続するクライアントの認証情報やクエリ結果が、平文でネットワークを流れます。',
      risk: '暗号化されていない接続を受け付けると、設定を誤ったクライアントが気付かないうちに平文にフォールバックします。経路を観測できる者（VPC 内の侵害されたホスト、ピアリング先のネットワーク、パブリック IP を持つインスタンスではインターネット上の第三者）が、データベースのパスワードやクエリが返すデータを盗聴したり改ざんしたりできます。',
      recommendation:
        'SSL モードを ENCRYPTED_ONLY（TLS 必須。常に暗号化する Cloud SQL Auth Proxy やコネクタも利用可能）に設定してください。クライアント証明書も求める場合は TRUSTED_CLIENT_CERTIFICATE_REQUIRED を選びます（SQL Server では利用不可）。変更前に、すべてのクライアントが TLS で接続していることを確認してください。',
      console: [
        'Google Cloud コンソールで「Cloud SQL」>「インスタンス」を開き、対象のインスタンスを選択します。',
        '「接続」を開き、「セキュリティ」タブを選択します。',
        '「SSL モード」で「SSL 接続のみ許可する」（または「信頼できるクライアント証明書を必須にする」）を選択します。',
        '「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: 'gcloud sql instances patch INSTANCE_NAME --ssl-mode=ENCRYPTED_ONLY\n# or, to also require client certificates (MySQL and PostgreSQL):\n# gcloud sql instances patch INSTANCE_NAME --ssl-mode=TRUSTED_CLIENT_CERTIFICATE_REQUIRED',
    terraform:
      'resource "google_sql_database_instance" "main" {\n  name             = "INSTANCE_NAME"\n  database_version = "POSTGRES_16"\n  region           = "us-central1"\n\n  settings {\n    tier = "db-custom-2-7680"\n\n    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/configure-ssl-instance', 'https://cloud.google.com/sql/docs/mysql/configure-ssl-instance'],
  evaluate(instance) {
    const config = instance.config;
    if (isOnPremisesInstance(config)) {
      return notApplicable({ en: `Instance ${instance.name} represents an external primary server; its connections are not configured in Cloud SQL.`, ja: `インスタンス ${instance.name} は外部のプライマリサーバーを表すインスタンスで、接続設定は Cloud SQL で管理されません。` });
    }
    const ip = config.settings?.ipConfiguration;
    const sslMode = ip?.sslMode;
    const evidence = { sslMode: sslMode ?? null, requireSsl: ip?.requireSsl ?? null };
    if (sslMode) {
      return ENCRYPTED_MODES.includes(sslMode)
        ? pass({ en: `Instance ${instance.name} accepts only encrypted connections (SSL mode ${sslMode}).`, ja: `インスタンス ${instance.name} は暗号化された接続のみを受け付けます（SSL モード ${sslMode}）。` }, evidence)
        : fail(
            { en: `Instance ${instance.name} accepts unencrypted connections (SSL mode ${sslMode}).`, ja: `インスタンス ${instance.name} は暗号化されていない接続も受け付けます（SSL モード ${sslMode}）。` },
            evidence,
          );
    }
    return ip?.requireSsl === true
      ? pass({ en: `Instance ${instance.name} requires SSL (requireSsl is true).`, ja: `インスタンス ${instance.name} は SSL を必須にしています（requireSsl が true）。` }, evidence)
      : fail(
          { en: `Instance ${instance.name} does not require SSL: no SSL mode is set and requireSsl is not true.`, ja: `インスタンス ${instance.name} は SSL を必須にしていません。SSL モードが設定されておらず、requireSsl も true ではありません。` },
          evidence,
        );
  },
});
