import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { criticalTag } from '../account.js';

/** SKUs that keep a copy in the paired region (RA- variants add read access to it). */
const GEO_REDUNDANT = /(^|_)(ra)?g(z)?rs$/i;

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-geo-redundant-critical',
  services: ['storage'],
  title: {
    en: 'Critical storage accounts use geo-redundant storage',
    ja: '重要なストレージ アカウントが geo 冗長ストレージを使用している',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'sku'],
  frameworks: { 'cis-azure-6.0': ['9.3.11'], 'mcsb-1.0': ['BR-1'], 'nist-800-53-r5': ['CP-6', 'CP-6(1)', 'CP-9'] },
  doc: {
    en: {
      description:
        'For storage accounts tagged as critical (tag mamori:criticality with value high or critical, the tag mamori uses for business criticality everywhere), checks that the SKU is geo-redundant: Standard_GRS, Standard_RAGRS, Standard_GZRS or Standard_RAGZRS. Untagged accounts are not applicable, since whether an account is critical is a business decision; tag the accounts that hold data you must survive a regional disaster with.',
      urgency: 'Plan within weeks: the risk is a rare regional outage, but converting replication takes time (a ZRS-to-GZRS conversion can take days) and must be done before it is needed.',
      risk: 'With LRS or ZRS, every copy of the data is in one region: a regional disaster, a prolonged outage or a region-wide incident makes the data unavailable, or lost, with no failover possible.',
      recommendation:
        'Change the redundancy of critical accounts to GZRS (or GRS where zones are not available), with read access (RA-) if applications should read from the secondary during an outage. Test customer-managed failover. Premium accounts do not support geo-redundancy: use object replication or a backup to another region instead.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data management", select "Redundancy".',
        'Choose "Geo-zone-redundant storage (GZRS)" or "Geo-redundant storage (GRS)", optionally with read access to the secondary region.',
        'Select "Save" (a conversion from ZRS may need a migration request).',
      ],
    },
    ja: {
      description:
        '重要とタグ付けされたストレージ アカウント（mamori がビジネス上の重要度に共通で使うタグ mamori:criticality の値が high または critical）について、SKU が geo 冗長（Standard_GRS、Standard_RAGRS、Standard_GZRS、Standard_RAGZRS）であることを確認します。アカウントが重要かどうかはビジネス上の判断であるため、タグのないアカウントは対象外です。リージョン規模の災害でも失えないデータを持つアカウントにタグを付けてください。',
      urgency: '数週間以内に計画してください。リスクはまれなリージョン障害ですが、レプリケーションの変更には時間がかかる（ZRS から GZRS への変換は数日かかることがあります）ため、必要になる前に済ませておく必要があります。',
      risk: 'LRS や ZRS では、データのすべてのコピーが 1 つのリージョンにあります。リージョン規模の災害、長時間の障害、リージョン全体のインシデントが起きると、データは利用できなくなるか失われ、フェールオーバーもできません。',
      recommendation:
        '重要なアカウントの冗長性を GZRS（ゾーンが使えない場合は GRS）に変更し、障害時にアプリケーションがセカンダリから読み取る必要があれば読み取りアクセス（RA-）付きにしてください。顧客管理のフェールオーバーもテストします。Premium アカウントは geo 冗長に対応していないため、代わりにオブジェクト レプリケーションや別リージョンへのバックアップを使います。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ管理」の「冗長性」を選択します。',
        '「geo ゾーン冗長ストレージ (GZRS)」または「geo 冗長ストレージ (GRS)」を選び、必要に応じてセカンダリ リージョンへの読み取りアクセスを有効にします。',
        '「保存」を選択します（ZRS からの変換には移行要求が必要な場合があります）。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --sku Standard_GZRS\n# tag the accounts this rule should hold to the requirement:\naz resource tag --ids STORAGE_ACCOUNT_ID --is-incremental --tags mamori:criticality=high',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  account_tier             = "Standard"\n  account_replication_type = "GZRS" # or RAGZRS, GRS, RAGRS\n  tags = {\n    "mamori:criticality" = "high"\n  }\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  kind: 'StorageV2'\n  sku: { name: 'Standard_GZRS' }\n  tags: { 'mamori:criticality': 'high' }\n  properties: {}\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/common/storage-redundancy',
    'https://learn.microsoft.com/azure/storage/common/redundancy-migration',
  ],
  evaluate(account) {
    const basis = criticalTag(account.tags);
    if (!basis) {
      return notApplicable({
        en: `Storage account ${account.name} is not tagged as critical (mamori:criticality=high or critical).`,
        ja: `ストレージ アカウント ${account.name} は重要（mamori:criticality=high または critical）とタグ付けされていません。`,
      });
    }
    const sku = account.config.sku?.name ?? '';
    if (GEO_REDUNDANT.test(sku)) {
      return pass({ en: `Critical storage account ${account.name} is geo-redundant (${sku}).`, ja: `重要なストレージ アカウント ${account.name} は geo 冗長です（${sku}）。` }, { sku, basis });
    }
    return fail(
      { en: `Critical storage account ${account.name} (${basis}) keeps all its copies in one region (${sku || 'unknown SKU'}).`, ja: `重要なストレージ アカウント ${account.name}（${basis}）はすべてのコピーを 1 つのリージョンに保持しています（${sku || 'SKU 不明'}）。` },
      { sku, basis },
    );
  },
});
