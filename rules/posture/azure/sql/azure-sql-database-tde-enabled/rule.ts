import { AZURE_TYPES, type SqlDatabaseConfig } from '../../../../../src/providers/azure/model/index.js';
import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';

export const rule = defineRule<SqlDatabaseConfig>({
  id: 'azure-sql-database-tde-enabled',
  services: ['sql'],
  title: {
    en: 'Azure SQL databases have transparent data encryption enabled',
    ja: 'Azure SQL データベースで Transparent Data Encryption が有効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.sqlDatabase],
  requires: ['name', 'transparentDataEncryption'],
  frameworks: { 'mcsb-1.0': ['DP-4'], 'nist-800-53-r5': ['SC-28', 'SC-28(1)'], 'pci-dss-4.0': ['3.5.1'] },
  doc: {
    en: {
      description: 'Checks that transparent data encryption (TDE) is Enabled on each user database of an Azure SQL server (the master database is managed by Azure and skipped). TDE is on by default for new databases, so a disabled one was turned off on purpose or migrated from an old server.',
      urgency: 'Fix within days: turning TDE back on is online and invisible to applications, and a database without it keeps its files, backups and geo-replicas unencrypted.',
      risk: 'Without TDE, the data files, transaction log and backups of the database are stored in clear text; anyone who obtains a copy of a backup or a stolen export can read every row without any database login.',
      recommendation: 'Enable TDE on the database (it encrypts existing pages in the background) and deny disabling it with the built-in Azure Policy "Transparent Data Encryption on SQL databases should be enabled".',
      console: ['In the Azure portal, open "SQL databases" and select the database.', 'Under "Security", select "Transparent data encryption".', 'Set "Data encryption" to "ON".', 'Click "Save".'],
    },
    ja: {
      description: 'Azure SQL サーバーの各ユーザー データベースで Transparent Data Encryption (TDE) が有効であることを確認します (master データベースは Azure が管理するため対象外)。新しいデータベースでは既定で有効のため、無効なものは意図的に無効化されたか古いサーバーから移行されたものです。',
      urgency: '数日以内に対応してください。TDE の再有効化はオンラインでアプリケーションに影響なく行え、無効のままではデータ ファイル、バックアップ、geo レプリカが暗号化されません。',
      risk: 'TDE がないと、データベースのデータ ファイル、トランザクション ログ、バックアップが平文で保存されます。バックアップのコピーや持ち出されたエクスポートを入手した者は、データベースのログインなしで全行を読み取れます。',
      recommendation: 'データベースで TDE を有効にし (既存ページはバックグラウンドで暗号化されます)、組み込みの Azure Policy「SQL データベースの Transparent Data Encryption を有効にする必要がある」で無効化を防いでください。',
      console: ['Azure portal で「SQL データベース」を開き、対象のデータベースを選択します。', '「セキュリティ」の「Transparent Data Encryption」を選択します。', '「データ暗号化」を「オン」にします。', '「保存」をクリックします。'],
    },
  },
  remediation: {
    cli: 'az sql db tde set --resource-group RG --server SERVER --database DATABASE --status Enabled',
    terraform: 'resource "azurerm_mssql_database" "this" {\n  # ...\n  transparent_data_encryption_enabled = true\n}',
    bicep: "resource tde 'Microsoft.Sql/servers/databases/transparentDataEncryption@2021-11-01' = {\n  parent: database\n  name: 'current'\n  properties: {\n    state: 'Enabled'\n  }\n}",
  },
  references: ['https://learn.microsoft.com/azure/azure-sql/database/transparent-data-encryption-tde-overview'],
  evaluate(db) {
    if (db.config.name?.toLowerCase() === 'master') {
      return notApplicable({ en: 'The master database is managed by Azure; its encryption is not configurable.', ja: 'master データベースは Azure が管理しており、暗号化は構成できません。' });
    }
    const state = db.config.transparentDataEncryption?.state;
    if (state === 'Enabled') return pass({ en: `Database ${db.name} has TDE enabled.`, ja: `データベース ${db.name} で TDE が有効です。` }, { state });
    return fail({ en: `Database ${db.name} has TDE ${state ?? 'not set'}.`, ja: `データベース ${db.name} の TDE が無効です (${state ?? '未設定'})。` }, { state: state ?? null });
  },
});
