import { DB_INSTANCE_TYPE, type DbInstanceConfig } from '../../../../../src/providers/aws/model/rds.js';
import { defineRule, fail, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<DbInstanceConfig>({
  id: 'aws-rds-instance-auto-minor-version-upgrade',
  services: ['rds'],
  title: {
    en: 'Auto minor version upgrade is enabled for RDS DB instances',
    ja: 'RDS DB インスタンスでマイナーバージョンの自動アップグレードが有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [DB_INSTANCE_TYPE],
  requires: ['AutoMinorVersionUpgrade', 'Engine', 'EngineVersion'],
  frameworks: {
    'cis-aws-3.0': ['2.3.2'],
    fsbp: ['RDS.13'],
    'nist-800-53-r5': ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'],
    'pci-dss-4.0': ['6.3.3'],
  },
  doc: {
    en: {
      description: 'Checks that each RDS DB instance has AutoMinorVersionUpgrade enabled so engine security patches are applied in the maintenance window.',
      urgency: 'Fix this week: the change is a single setting with no downtime until the next maintenance window, while every published engine CVE stays open on the instance until someone patches it by hand.',
      risk: 'Minor engine versions carry fixes for vulnerabilities such as authentication bypasses and privilege escalation in MySQL, PostgreSQL or SQL Server. Without automatic upgrades the instance keeps running the vulnerable build, so anyone who can reach the database port (an application compromise is enough) can exploit the known bug.',
      recommendation: 'Enable auto minor version upgrade and set a preferred maintenance window that suits the workload. Test new minor versions in a staging instance if the application is sensitive to engine changes, but keep production on automatic upgrades.',
      console: [
        'Open the RDS console, choose Databases and select the instance.',
        'Choose Modify, and under Maintenance set "Enable auto minor version upgrade".',
        'Choose a maintenance window, then Continue and "Apply during the next scheduled maintenance window".',
      ],
    },
    ja: {
      description: '各 RDS DB インスタンスで AutoMinorVersionUpgrade が有効になり、エンジンのセキュリティパッチがメンテナンスウィンドウで適用されるかを確認します。',
      urgency: '今週中に対応してください。設定変更のみで、次のメンテナンスウィンドウまでダウンタイムも発生しません。一方、公開済みのエンジン脆弱性は手動で適用するまで残り続けます。',
      risk: 'マイナーバージョンには MySQL、PostgreSQL、SQL Server の認証回避や権限昇格などの脆弱性修正が含まれます。自動アップグレードが無効だと脆弱なビルドのまま稼働し続け、データベースポートに到達できる者（アプリケーションの侵害だけで十分）が既知の不具合を悪用できます。',
      recommendation: 'マイナーバージョンの自動アップグレードを有効にし、ワークロードに合ったメンテナンスウィンドウを設定してください。エンジン変更の影響を受けやすいアプリケーションはステージング環境で事前検証しつつ、本番は自動アップグレードを維持します。',
      console: [
        'RDS コンソールで「データベース」を開き、対象インスタンスを選択します。',
        '「変更」を選び、「メンテナンス」で「マイナーバージョン自動アップグレードの有効化」を選択します。',
        'メンテナンスウィンドウを指定し、「続行」から「次回の定期メンテナンスウィンドウ中に適用」を選びます。',
      ],
    },
  },
  remediation: {
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --preferred-maintenance-window sun:18:00-sun:19:00',
    terraform: 'resource "aws_db_instance" "main" {\n  # ...\n  auto_minor_version_upgrade = true\n  maintenance_window         = "sun:18:00-sun:19:00"\n}',
    cloudformation: 'OrdersDb:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    # ...\n    AutoMinorVersionUpgrade: true\n    PreferredMaintenanceWindow: sun:18:00-sun:19:00',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-13',
  ],
  evaluate(db) {
    const c = db.config;
    const engine = c.EngineVersion ? `${c.Engine} ${c.EngineVersion}` : c.Engine;
    return c.AutoMinorVersionUpgrade
      ? pass({ en: 'Auto minor version upgrade is enabled.', ja: 'マイナーバージョンの自動アップグレードは有効です。' })
      : fail(
          { en: `${engine} instance does not receive minor version upgrades automatically.`, ja: `${engine} のインスタンスにマイナーバージョンが自動適用されません。` },
          { AutoMinorVersionUpgrade: false, EngineVersion: c.EngineVersion },
        );
  },
});
