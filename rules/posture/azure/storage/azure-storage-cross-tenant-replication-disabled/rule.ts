import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasBlobService } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-cross-tenant-replication-disabled',
  services: ['storage'],
  title: {
    en: 'Storage accounts disallow cross-tenant object replication',
    ja: 'ストレージ アカウントでテナント間のオブジェクト レプリケーションが禁止されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'allowCrossTenantReplication'],
  frameworks: { 'cis-azure-6.0': ['9.3.7'], 'mcsb-1.0': ['DP-2'], 'nist-800-53-r5': ['AC-4', 'AC-21'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks that allowCrossTenantReplication is false, so object replication policies can copy blobs only to accounts in the same Microsoft Entra tenant. Accounts created before December 2023 allow cross-tenant replication when the property is not set; ARM then returns no value.',
      urgency: 'Plan within weeks: exploiting it needs write access to the account\'s replication policies, but once a policy exists every new blob is copied out continuously.',
      risk: 'A compromised or careless administrator can set up an object replication policy whose destination is an account in another tenant (their own), and every blob written to the source container is then copied there asynchronously, outside your tenant\'s logging, RBAC and retention. This is a quiet, durable exfiltration channel.',
      recommendation:
        'Set "Allow cross-tenant replication" to Disabled, unless a documented partner replication needs it. Existing cross-tenant policies must be removed first. Enforce with the built-in policy "Storage accounts should prevent cross tenant object replication".',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data management", select "Object replication".',
        'Select "Advanced settings", clear "Allow cross-tenant replication", then select "OK".',
      ],
    },
    ja: {
      description:
        'allowCrossTenantReplication が false で、オブジェクト レプリケーション ポリシーが BLOB を同じ Microsoft Entra テナント内のアカウントにしかコピーできないことを確認します。2023 年 12 月より前に作成されたアカウントは、このプロパティが未設定だとテナント間レプリケーションを許可し、その場合 ARM は値を返しません。',
      urgency: '数週間以内に計画してください。悪用にはアカウントのレプリケーション ポリシーへの書き込み権限が必要ですが、一度ポリシーが作られると新しい BLOB が継続的に外部へコピーされます。',
      risk: '侵害された、あるいは不注意な管理者が、別テナント（自分のテナント）のアカウントを宛先とするオブジェクト レプリケーション ポリシーを設定すると、ソース コンテナーに書き込まれたすべての BLOB が非同期にそこへコピーされ、自テナントのログ、RBAC、保持の管理外に置かれます。目立たず持続的なデータ持ち出しの経路になります。',
      recommendation:
        '文書化されたパートナーとのレプリケーションで必要な場合を除き、「テナント間レプリケーションを許可する」を無効にしてください。既存のテナント間ポリシーは先に削除する必要があります。組み込みポリシー「ストレージ アカウントでテナント間のオブジェクト レプリケーションを禁止する必要がある」で強制してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ管理」の「オブジェクト レプリケーション」を選択します。',
        '「詳細設定」を選択し、「テナント間レプリケーションを許可する」のチェックを外して「OK」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --allow-cross-tenant-replication false',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  cross_tenant_replication_enabled = false\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    allowCrossTenantReplication: false\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/object-replication-prevent-cross-tenant-policies',
    'https://learn.microsoft.com/azure/storage/blobs/object-replication-overview',
  ],
  evaluate(account) {
    const c = account.config;
    if (!hasBlobService(c)) {
      return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no blob service to replicate.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、レプリケーション対象の BLOB サービスがありません。` });
    }
    const v = c.allowCrossTenantReplication;
    if (v === false) {
      return pass({ en: `Storage account ${account.name} disallows cross-tenant object replication.`, ja: `ストレージ アカウント ${account.name} はテナント間のオブジェクト レプリケーションを禁止しています。` });
    }
    return fail(
      v === true
        ? { en: `Storage account ${account.name} allows object replication to accounts in other Microsoft Entra tenants.`, ja: `ストレージ アカウント ${account.name} は他の Microsoft Entra テナントのアカウントへのオブジェクト レプリケーションを許可しています。` }
        : { en: `Storage account ${account.name} has "Allow cross-tenant replication" unset, which allows it on accounts created before December 2023.`, ja: `ストレージ アカウント ${account.name} では「テナント間レプリケーションを許可する」が未設定で、2023 年 12 月より前に作成されたアカウントでは許可されます。` },
      { allowCrossTenantReplication: v ?? null },
    );
  },
});
