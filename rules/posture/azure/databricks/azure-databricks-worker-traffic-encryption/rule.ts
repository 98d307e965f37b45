import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-worker-traffic-encryption',
  services: ['databricks'],
  title: {
    en: "Traffic between Databricks cluster worker nodes is encrypted",
    ja: "Databricks クラスターのワーカー ノード間の通信が暗号化されている",
  },
  severity: 'LOW',
  urgency: 'low',
  frameworks: { 'cis-azure-6.0': ['2.1.3'], 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8', 'SC-8(1)'] },
  doc: {
    en: {
      description: "Confirm that clusters processing sensitive data encrypt the traffic between the driver and worker nodes (Spark RPC, shuffle and broadcast data), normally with a cluster-scoped or global init script that enables Spark authentication, network encryption and TLS for shuffle, with the shared secret kept in a Databricks secret scope. The setting lives inside the workspace, not in Azure Resource Manager, so it needs a manual review.",
      urgency: "Low urgency: the traffic stays inside your cluster network; this protects against an attacker already able to observe that network.",
      risk: "Shuffle and RPC traffic between nodes is not encrypted by default, so anyone who can capture packets in the cluster subnet (a compromised VM in the VNet, a misconfigured mirror) can read intermediate data, including records from sensitive tables.",
      recommendation: "Create an init script that sets spark.authenticate, spark.authenticate.enableSaslEncryption, spark.network.crypto.enabled and spark.io.encryption.enabled, storing the key in a secret scope; attach it to clusters (or as a global init script), or use compute policies that require it. Expect some performance cost.",
      console: [
        "In the Azure Databricks workspace, open \"Compute\" and select a cluster that processes sensitive data.",
        "Under \"Advanced options\" > \"Init scripts\", check that an encryption init script is attached (or check \"Settings\" > \"Compute\" > \"Global init scripts\" as a workspace admin).",
        "Open the script and verify that Spark authentication and network encryption are enabled, with the secret read from a secret scope."
      ],
    },
    ja: {
      description: "機密データを処理するクラスターで、ドライバーとワーカー ノードの間の通信（Spark の RPC、シャッフル、ブロードキャストのデータ）が暗号化されていることを確認します。通常は、Spark の認証、ネットワーク暗号化、シャッフルの TLS を有効にするクラスター単位またはグローバルの init スクリプトで設定し、共有シークレットは Databricks のシークレット スコープに保管します。この設定は Azure Resource Manager ではなくワークスペース内にあるため、手動での確認が必要です。",
      urgency: "緊急度は低めです。通信はクラスターのネットワーク内に留まり、すでにそのネットワークを観測できる攻撃者から保護するための対策です。",
      risk: "ノード間のシャッフルや RPC の通信は既定では暗号化されないため、クラスターのサブネットでパケットを取得できる者（VNet 内の侵害された VM、誤って構成されたミラーリング）が、機密テーブルのレコードを含む中間データを読み取れます。",
      recommendation: "spark.authenticate、spark.authenticate.enableSaslEncryption、spark.network.crypto.enabled、spark.io.encryption.enabled を設定し、キーをシークレット スコープに保管する init スクリプトを作成して、クラスターに（またはグローバル init スクリプトとして）適用するか、それを必須とするコンピューティング ポリシーを使ってください。一定の性能低下を見込んでおきます。",
      console: [
        "Azure Databricks ワークスペースで「コンピューティング」を開き、機密データを処理するクラスターを選択します。",
        "「詳細オプション」>「init スクリプト」で暗号化用の init スクリプトが設定されているか確認します（ワークスペース管理者は「設定」>「コンピューティング」>「グローバル init スクリプト」も確認します）。",
        "スクリプトを開き、Spark の認証とネットワーク暗号化が有効で、シークレットをシークレット スコープから読み取っていることを確認します。"
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/security/keys/encrypt-otw',
    'https://learn.microsoft.com/azure/databricks/init-scripts/',
  ],
});
