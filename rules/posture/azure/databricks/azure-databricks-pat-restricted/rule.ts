import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-databricks-pat-restricted',
  services: ['databricks'],
  title: {
    en: "Databricks personal access tokens are restricted and expire",
    ja: "Databricks の個人用アクセス トークンが制限され、有効期限が強制されている",
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['2.1.6'], 'mcsb-1.0': ['IM-8'], 'nist-800-53-r5': ['IA-5', 'IA-5(1)', 'AC-2'] },
  doc: {
    en: {
      description: "Confirm that each workspace either disables personal access tokens or limits who may create them (token permissions granted to a specific group) and enforces a maximum lifetime for new tokens, and that long-lived or unused tokens are revoked. These are workspace settings reachable only through the Databricks APIs, not Azure Resource Manager.",
      urgency: "Plan within weeks: a leaked token gives API access as its owner, from anywhere the workspace is reachable, until it expires or is revoked.",
      risk: "Tokens without expiry accumulate in scripts, notebooks, CI systems and laptops; one leaked token lets an attacker run code on clusters and read every table the owner can, bypassing Entra ID conditional access and MFA.",
      recommendation: "Prefer Microsoft Entra ID tokens and OAuth for service principals. If personal access tokens are needed, grant \"Can Use\" token permission only to a specific group, set a maximum token lifetime (for example 90 days) in the workspace admin settings, and regularly revoke unused tokens.",
      console: [
        "In the Azure Databricks workspace, as a workspace admin, open \"Settings\" > \"Advanced\" (or \"Settings\" > \"Developer\").",
        "Under \"Personal Access Tokens\", check whether tokens are enabled and who has permission to use them.",
        "Check the \"Maximum lifetime of new tokens\" setting and review existing tokens under \"Token management\"."
      ],
    },
    ja: {
      description: "各ワークスペースで、個人用アクセス トークンを無効にしているか、作成できる人を限定し（特定のグループにトークンの権限を付与）、新しいトークンに最大有効期間を強制していること、また長期間有効なトークンや使われていないトークンが失効されていることを確認します。これらは Azure Resource Manager ではなく Databricks の API からしか取得できないワークスペースの設定です。",
      urgency: "数週間以内に計画してください。漏えいしたトークンは、期限切れか失効まで、ワークスペースに到達できる場所からどこでも所有者として API を使えます。",
      risk: "期限のないトークンはスクリプト、ノートブック、CI システム、端末に蓄積し、1 つ漏えいすれば攻撃者はクラスターでコードを実行して所有者が読めるすべてのテーブルを読み取れ、Entra ID の条件付きアクセスや MFA も迂回されます。",
      recommendation: "Microsoft Entra ID のトークンとサービス プリンシパルの OAuth を優先してください。個人用アクセス トークンが必要な場合は、トークンの「使用可能」権限を特定のグループにのみ付与し、ワークスペースの管理設定で新しいトークンの最大有効期間（例: 90 日）を設定し、使われていないトークンを定期的に失効させます。",
      console: [
        "Azure Databricks ワークスペースでワークスペース管理者として「設定」>「詳細」（または「設定」>「開発者」）を開きます。",
        "「個人用アクセス トークン」で、トークンが有効かどうかと、使用権限を持つ人を確認します。",
        "「新しいトークンの最大有効期間」の設定を確認し、「トークンの管理」で既存のトークンを見直します。"
      ],
    },
  },
  references: [
    'https://learn.microsoft.com/azure/databricks/admin/access-control/tokens',
    'https://learn.microsoft.com/azure/databricks/dev-tools/auth/pat',
  ],
});
