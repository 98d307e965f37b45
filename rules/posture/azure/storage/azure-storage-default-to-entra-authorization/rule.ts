import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-default-to-entra-authorization',
  services: ['storage'],
  title: {
    en: 'Storage accounts default to Microsoft Entra authorization in the Azure portal',
    ja: 'ストレージ アカウントで「Azure portal で既定で Microsoft Entra 認可を使用する」が有効になっている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'defaultToOAuthAuthentication', 'allowSharedKeyAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.3.1'], 'mcsb-1.0': ['IM-1'], 'nist-800-53-r5': ['IA-2', 'AC-3'], 'pci-dss-4.0': ['8.2.1'] },
  doc: {
    en: {
      description:
        'Checks that defaultToOAuthAuthentication is true, so the Azure portal (and Storage Explorer) browse blobs, files, queues and tables with the signed-in user\'s Microsoft Entra identity and RBAC data roles rather than the account key. The property defaults to false. An account that disallows Shared Key passes, since the portal cannot use the key there.',
      urgency: 'Low urgency: it changes how people browse data in the portal, not what an attacker can reach, but it is a one-click change.',
      risk: 'With key-based browsing, anyone with the management-plane listKeys permission (Contributor, Storage Account Contributor) silently gets full data access in the portal, data-plane RBAC is bypassed, and the access logs show only "AccountKey", not who read the data.',
      recommendation:
        'Enable "Default to Microsoft Entra authorization in the Azure portal", grant people the data roles they need (Storage Blob Data Reader / Contributor), and ultimately disallow Shared Key access (azure-storage-shared-key-access-disabled).',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Set "Default to Microsoft Entra authorization in the Azure portal" to "Enabled".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'defaultToOAuthAuthentication が true で、Azure portal（および Storage Explorer）が BLOB、ファイル、キュー、テーブルをアカウント キーではなくサインインしたユーザーの Microsoft Entra ID と RBAC のデータ ロールで参照することを確認します。このプロパティの既定値は false です。共有キーを禁止しているアカウントはポータルがキーを使えないため合格とします。',
      urgency: '緊急度は低めです。ポータルでのデータ参照方法が変わるだけで、攻撃者が到達できる範囲は変わりませんが、1 回の操作で設定できます。',
      risk: 'キーによる参照では、管理プレーンの listKeys 権限（共同作成者、ストレージ アカウント共同作成者）を持つ人がポータルで黙ってデータへのフル アクセスを得られ、データ プレーンの RBAC は迂回され、アクセス ログには誰が読んだかではなく "AccountKey" としか残りません。',
      recommendation:
        '「Azure portal で既定で Microsoft Entra 認可を使用する」を有効にし、利用者に必要なデータ ロール（ストレージ BLOB データ閲覧者 / 共同作成者）を付与したうえで、最終的には共有キーによるアクセスを禁止してください（azure-storage-shared-key-access-disabled）。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「Azure portal で既定で Microsoft Entra 認可を使用する」を「有効」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --default-to-oauth-authentication true',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  default_to_oauth_authentication = true\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    defaultToOAuthAuthentication: true\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/authorize-data-operations-portal#default-to-microsoft-entra-authorization-in-the-azure-portal',
    'https://learn.microsoft.com/azure/storage/common/shared-key-authorization-prevent',
  ],
  evaluate(account) {
    const c = account.config;
    if (c.defaultToOAuthAuthentication === true) {
      return pass({ en: `Storage account ${account.name} defaults to Microsoft Entra authorization in the portal.`, ja: `ストレージ アカウント ${account.name} はポータルで既定で Microsoft Entra 認可を使用します。` });
    }
    if (c.allowSharedKeyAccess === false) {
      return pass(
        { en: `Storage account ${account.name} disallows Shared Key, so the portal can only use Microsoft Entra authorization.`, ja: `ストレージ アカウント ${account.name} は共有キーを禁止しているため、ポータルは Microsoft Entra 認可しか使えません。` },
        { defaultToOAuthAuthentication: c.defaultToOAuthAuthentication ?? null, allowSharedKeyAccess: false },
      );
    }
    return fail(
      { en: `Storage account ${account.name} lets the Azure portal browse data with the account key by default.`, ja: `ストレージ アカウント ${account.name} では、Azure portal が既定でアカウント キーを使ってデータを参照します。` },
      { defaultToOAuthAuthentication: c.defaultToOAuthAuthentication ?? null },
    );
  },
});
