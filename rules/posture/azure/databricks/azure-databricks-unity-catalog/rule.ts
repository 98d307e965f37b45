import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-unity-catalog',
  services: ['databricks'],
  title: {
    en: "Databricks workspaces use Unity Catalog for data governance",
    ja: "Databricks ワークスペースでデータ ガバナンスに Unity Catalog が使われている",
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['2.1.5'], 'mcsb-1.0': ['DP-1', 'PA-7'], 'nist-800-53-r5': ['AC-3', 'AU-2'] },
  doc: {
    en: {
      description: "Confirm that each workspace is attached to a Unity Catalog metastore and that data is accessed through Unity Catalog (catalogs, schemas, external locations with storage credentials) rather than the legacy Hive metastore, table ACLs or credentials mounted into DBFS. Metastore assignment is a Databricks account setting that Azure Resource Manager does not expose.",
      urgency: "Plan within weeks: moving data to Unity Catalog is a project; without it, data access is controlled per workspace and often through shared credentials.",
      risk: "With the Hive metastore and DBFS mounts, anyone who can attach to a cluster can often read all mounted storage with the mount's shared credentials, permissions differ between workspaces, and there is no central audit of who read which table.",
      recommendation: "Create a metastore per region, assign it to the workspaces, define storage credentials (managed identities through an access connector) and external locations, migrate tables with UCX or SYNC, grant privileges to Entra ID groups, and remove DBFS mounts that embed keys.",
      console: [
        "Sign in to the Azure Databricks account console as an account admin and open \"Catalog\".",
        "Check that a metastore exists in the workspace's region and that the workspace is assigned to it.",
        "In the workspace, open \"Catalog\" and check that production tables live in Unity Catalog catalogs rather than hive_metastore."
      ],
    },
    ja: {
      description: "各ワークスペースが Unity Catalog のメタストアに接続され、データへのアクセスが従来の Hive メタストア、テーブル ACL、DBFS にマウントした認証情報ではなく、Unity Catalog（カタログ、スキーマ、ストレージ資格情報を伴う外部の場所）を通じて行われていることを確認します。メタストアの割り当ては Azure Resource Manager では取得できない Databricks アカウントの設定です。",
      urgency: "数週間以内に計画してください。Unity Catalog への移行はプロジェクトになりますが、移行しないとデータへのアクセスはワークスペースごとに、しかも共有の認証情報で制御されがちです。",
      risk: "Hive メタストアと DBFS のマウントでは、クラスターに接続できる人がマウントの共有認証情報でマウントされたストレージ全体を読めることが多く、権限はワークスペースごとに異なり、誰がどのテーブルを読んだかを一元的に監査できません。",
      recommendation: "リージョンごとにメタストアを作成してワークスペースに割り当て、ストレージ資格情報（アクセス コネクタ経由のマネージド ID）と外部の場所を定義し、UCX や SYNC でテーブルを移行し、権限を Entra ID のグループに付与して、キーを埋め込んだ DBFS のマウントを削除してください。",
      console: [
        "アカウント管理者として Azure Databricks アカウント コンソールにサインインし、「カタログ」を開きます。",
        "ワークスペースのリージョンにメタストアがあり、ワークスペースが割り当てられていることを確認します。",
        "ワークスペースで「カタログ」を開き、本番のテーブルが hive_metastore ではなく Unity Catalog のカタログにあることを確認します。"
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/',
    'https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/get-started',
  ],
});
