import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasBlobService, notCollected } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-container-anonymous-access',
  services: ['storage'],
  title: {
    en: 'No blob container is anonymously readable',
    ja: '匿名で読み取り可能な BLOB コンテナーがない',
  },
  severity: 'CRITICAL',
  urgency: 'immediate',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'allowBlobPublicAccess', 'containers'],
  frameworks: { 'mcsb-1.0': ['NS-2', 'DP-2'], 'nist-800-53-r5': ['AC-3', 'AC-6', 'AC-21'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks that no container of the account is readable anonymously right now: a container with public access "Blob" or "Container" is readable by anyone while the account allows anonymous access (allowBlobPublicAccess true, or unset on accounts created before late 2023). When the account disallows it, container settings have no effect and the account passes.',
      urgency: 'Fix today: the data in these containers can be downloaded by anyone on the internet who learns or guesses a URL, and with "Container" access they can list every blob.',
      risk: 'Public containers are a leading cause of cloud data leaks: attackers and researchers scan storage account names and well-known container names, download everything, and nothing in your logs identifies them. Backups, exports and logs placed in a "temporarily" public container are exposed as well.',
      recommendation:
        'Set each container\'s access level to Private and disallow anonymous access on the account (azure-storage-blob-anonymous-access-disabled). If content must be public (a website, downloads), serve it from a dedicated account through Azure Front Door or the static website endpoint, or share it with short-lived user delegation SAS.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data storage", select "Containers".',
        'Select each container whose "Anonymous access level" is "Blob" or "Container", select "Change access level", choose "Private (no anonymous access)" and select "OK".',
        'Then under "Settings" > "Configuration", set "Allow Blob anonymous access" to "Disabled" and select "Save".',
      ],
    },
    ja: {
      description:
        'アカウント内に現在匿名で読み取り可能なコンテナーがないことを確認します。アカウントが匿名アクセスを許可している間（allowBlobPublicAccess が true、または 2023 年後半より前に作成されたアカウントで未設定）、パブリック アクセスが「BLOB」または「コンテナー」のコンテナーは誰でも読み取れます。アカウントが匿名アクセスを禁止していれば、コンテナーの設定は効果がないため合格とします。',
      urgency: '本日中に対応してください。これらのコンテナーのデータは URL を知るか推測したインターネット上の誰でもダウンロードでき、「コンテナー」ではすべての BLOB を一覧表示できます。',
      risk: '公開コンテナーはクラウドでのデータ漏えいの主な原因の 1 つです。攻撃者や研究者はストレージ アカウント名やよく使われるコンテナー名を走査してすべてをダウンロードし、ログには彼らを特定する情報が残りません。「一時的に」公開したコンテナーに置いたバックアップ、エクスポート、ログも同様に露出します。',
      recommendation:
        '各コンテナーのアクセス レベルを「プライベート」にし、アカウントで匿名アクセスを禁止してください（azure-storage-blob-anonymous-access-disabled）。公開が必要なコンテンツ（Web サイト、ダウンロード）は、専用のアカウントから Azure Front Door や静的 Web サイトのエンドポイントで提供するか、有効期間の短いユーザー委任 SAS で共有します。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ ストレージ」の「コンテナー」を選択します。',
        '「匿名アクセス レベル」が「BLOB」または「コンテナー」のコンテナーを選択し、「アクセス レベルの変更」で「プライベート (匿名アクセスなし)」を選んで「OK」を選択します。',
        '続いて「設定」>「構成」で「BLOB の匿名アクセスを許可する」を「無効」にし、「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage container set-permission --account-name STORAGE_ACCOUNT --name CONTAINER --public-access off --auth-mode login\naz storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --allow-blob-public-access false',
    terraform: 'resource "azurerm_storage_container" "example" {\n  name                  = "images"\n  storage_account_id    = azurerm_storage_account.example.id\n  container_access_type = "private"\n}\n\nresource "azurerm_storage_account" "example" {\n  # ...\n  allow_nested_items_to_be_public = false\n}',
    bicep: "resource container 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {\n  parent: blobService\n  name: 'images'\n  properties: {\n    publicAccess: 'None'\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure',
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent',
  ],
  evaluate(account) {
    const c = account.config;
    if (!hasBlobService(c)) {
      return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no blob containers.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、BLOB コンテナーがありません。` });
    }
    if (c.allowBlobPublicAccess === false) {
      return pass({ en: `Storage account ${account.name} disallows anonymous access, so no container can be public.`, ja: `ストレージ アカウント ${account.name} は匿名アクセスを禁止しているため、公開されるコンテナーはありません。` });
    }
    if (!c.containers) return notAssessed(notCollected('container list', 'コンテナーの一覧', account.name));
    const open = c.containers.filter((x) => x.publicAccess && x.publicAccess.toLowerCase() !== 'none').map((x) => ({ name: x.name, publicAccess: x.publicAccess! }));
    if (!open.length) {
      return pass({ en: `None of the ${c.containers.length} container(s) of storage account ${account.name} allows anonymous access.`, ja: `ストレージ アカウント ${account.name} の ${c.containers.length} 個のコンテナーは、いずれも匿名アクセスを許可していません。` }, { containers: c.containers.length });
    }
    const list = open.map((x) => `${x.name} (${x.publicAccess})`).join(', ');
    return fail(
      { en: `Storage account ${account.name} has anonymously readable container(s): ${list}.`, ja: `ストレージ アカウント ${account.name} には匿名で読み取り可能なコンテナーがあります: ${list}。` },
      { publicContainers: open },
    );
  },
});
