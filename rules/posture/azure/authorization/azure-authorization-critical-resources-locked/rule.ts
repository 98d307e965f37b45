import { defineManualRule } from '../../../../../src/model/rule.js';

export const rule = defineManualRule({
  id: 'azure-authorization-critical-resources-locked',
  services: ['authorization', 'locks'],
  title: {
    en: 'Mission-critical resources are protected by resource locks',
    ja: 'ミッション クリティカルなリソースがリソース ロックで保護されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  frameworks: { 'cis-azure-6.0': ['6.2'], 'mcsb-1.0': ['AM-4'], 'nist-800-53-r5': ['CM-5', 'CP-2'], 'pci-dss-4.0': ['7.2.2'] },
  doc: {
    en: {
      description:
        'Confirm that the subscriptions, resource groups and resources your organisation considers mission-critical (production databases, key vaults, storage accounts holding backups or logs, hub networks, recovery services vaults) carry a CanNotDelete or ReadOnly lock (Microsoft.Authorization/locks). Which resources are mission-critical is a business decision, so this is a manual check; storage-account locks are also checked by the storage rules.',
      urgency: 'Put locks in place within weeks on the resources whose loss would stop the business; it takes minutes and prevents the most expensive accidents.',
      risk: 'Without a lock, one mistaken delete (a wrong resource group in a script, a Terraform destroy, a portal click) or a compromised Contributor account removes a production database, key vault or log archive at once, and some of these cannot be recovered. A lock adds a deliberate extra step that RBAC alone does not.',
      recommendation:
        'Tag mission-critical resources, apply CanNotDelete locks to them (or to their resource groups), and use ReadOnly only where you understand its side effects (for example it blocks listing storage keys). Restrict who can remove locks with a dedicated lock-administrator role and alert on lock deletion.',
      console: [
        'In the Azure portal, open the critical resource (or its resource group or subscription) > "Settings" > "Locks".',
        'Select "Add", enter a name, choose "Lock type" = "Delete" (CanNotDelete) or "Read-only", add a note explaining why, and select "OK".',
        'Repeat for each mission-critical resource, and review the list of locks periodically.',
      ],
    },
    ja: {
      description:
        '組織がミッション クリティカルと位置付けるサブスクリプション、リソース グループ、リソース（本番データベース、キー コンテナー、バックアップやログを保持するストレージ アカウント、ハブ ネットワーク、Recovery Services コンテナーなど）に CanNotDelete（削除）または ReadOnly（読み取り専用）のロック（Microsoft.Authorization/locks）が設定されていることを確認します。どのリソースがミッション クリティカルかは業務上の判断によるため、手動での確認になります。ストレージ アカウントのロックはストレージのルールでも確認します。',
      urgency: '失うと業務が止まるリソースには、数週間以内にロックを設定してください。数分で設定でき、最も高くつく事故を防げます。',
      risk: 'ロックがないと、1 回の誤削除（スクリプトでのリソース グループの取り違え、Terraform の destroy、portal でのクリック）や侵害された共同作成者アカウントによって、本番データベース、キー コンテナー、ログのアーカイブが一度に削除され、中には復元できないものもあります。ロックは RBAC だけでは得られない、意図的な追加の手順を加えます。',
      recommendation:
        'ミッション クリティカルなリソースにタグを付け、そのリソース（またはリソース グループ）に CanNotDelete のロックを設定してください。ReadOnly は副作用（例: ストレージ キーの一覧取得がブロックされる）を理解したうえでのみ使います。ロックを解除できる人は専用のロック管理者ロールで限定し、ロックの削除を監視します。',
      console: [
        'Azure portal で重要なリソース（またはそのリソース グループやサブスクリプション）> [設定] > [ロック] を開きます。',
        '[追加] を選び、名前を入力して [ロックの種類] を [削除]（CanNotDelete）または [読み取り専用] にし、理由をメモに記載して [OK] を選択します。',
        'ミッション クリティカルなリソースごとに繰り返し、ロックの一覧を定期的に見直します。',
      ],
    },
  },
  remediation: {
    cli: 'az lock create --name protect-prod-db --lock-type CanNotDelete --resource-group <rg> --resource-name <server> --resource-type Microsoft.Sql/servers --notes "Mission-critical: production database"',
    terraform: [
      'resource "azurerm_management_lock" "prod_db" {',
      '  name       = "protect-prod-db"',
      '  scope      = azurerm_mssql_server.prod.id',
      '  lock_level = "CanNotDelete"',
      '  notes      = "Mission-critical: production database"',
      '}',
    ].join('\n'),
    bicep: [
      'param serverName string',
      '',
      "resource server 'Microsoft.Sql/servers@2023-08-01-preview' existing = {",
      '  name: serverName',
      '}',
      '',
      "resource protectProdDb 'Microsoft.Authorization/locks@2020-05-01' = {",
      "  name: 'protect-prod-db'",
      '  scope: server',
      '  properties: {',
      "    level: 'CanNotDelete'",
      "    notes: 'Mission-critical: production database'",
      '  }',
      '}',
    ].join('\n'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources'],
});
