import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { hasBlobService } from '../account.js';

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-blob-anonymous-access-disabled',
  services: ['storage'],
  title: {
    en: "Storage accounts disallow anonymous blob access ('Allow Blob anonymous access' disabled)",
    ja: 'ストレージ アカウントで「BLOB の匿名アクセスを許可する」が無効になっている',
  },
  severity: 'HIGH',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'allowBlobPublicAccess'],
  frameworks: { 'cis-azure-6.0': ['9.3.8'], 'mcsb-1.0': ['NS-2'], 'nist-800-53-r5': ['AC-3', 'AC-6'], 'pci-dss-4.0': ['7.2.1'] },
  doc: {
    en: {
      description:
        'Checks that allowBlobPublicAccess is false, so no container of the account can be made anonymously readable. When ARM returns no value, the account predates the late-2023 default change and allows anonymous access. Containers that are public right now are reported by azure-storage-container-anonymous-access.',
      urgency: 'Act within days: while the setting allows it, one click (or one ARM call) on any container makes its blobs readable by anyone on the internet, without any sign-in or log of who read them.',
      risk: 'Anyone with Contributor rights, a pipeline or a script can set a container to "Blob" or "Container" access; the data is then readable by URL from anywhere, and with "Container" access the whole container can be listed. Blob URLs leak through logs, HTML and search engines, and attackers scan storage account names for public containers.',
      recommendation:
        'Set "Allow Blob anonymous access" to Disabled. First review the containers with public access (azure-storage-container-anonymous-access) and move data that must be public to a dedicated account, or serve it through Azure Front Door or SAS tokens. Enforce with the built-in policy "Storage account public access should be disallowed".',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Settings", select "Configuration".',
        'Set "Allow Blob anonymous access" to "Disabled".',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'allowBlobPublicAccess が false で、アカウント内のどのコンテナーも匿名で読み取り可能にできないことを確認します。ARM が値を返さない場合、そのアカウントは 2023 年後半の既定値変更より前に作成されており、匿名アクセスが許可されています。現在公開されているコンテナーは azure-storage-container-anonymous-access で報告します。',
      urgency: '数日以内に対応してください。この設定が許可している間は、任意のコンテナーでクリック 1 回（または ARM 呼び出し 1 回）を行うだけで、その BLOB がインターネット上の誰からでもサインインなしで読み取れるようになり、誰が読んだかの記録も残りません。',
      risk: '共同作成者の権限を持つ人、パイプライン、スクリプトのいずれでも、コンテナーのアクセス レベルを「BLOB」や「コンテナー」に変更できます。そうなるとデータはどこからでも URL で読み取れ、「コンテナー」ではコンテナー全体を一覧表示できます。BLOB の URL はログ、HTML、検索エンジンから漏れ、攻撃者はストレージ アカウント名を走査して公開コンテナーを探しています。',
      recommendation:
        '「BLOB の匿名アクセスを許可する」を無効にしてください。その前に公開アクセスが設定されたコンテナー（azure-storage-container-anonymous-access）を確認し、公開が必要なデータは専用のアカウントに移すか、Azure Front Door や SAS トークンで提供します。組み込みポリシー「ストレージ アカウントのパブリック アクセスを禁止する必要がある」で強制してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「設定」の「構成」を選択します。',
        '「BLOB の匿名アクセスを許可する」を「無効」にします。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account update --name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --allow-blob-public-access false',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  allow_nested_items_to_be_public = false\n}',
    bicep: "resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: storageAccountName\n  location: location\n  sku: { name: 'Standard_GRS' }\n  kind: 'StorageV2'\n  properties: {\n    allowBlobPublicAccess: false\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent',
    'https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure',
  ],
  evaluate(account) {
    const c = account.config;
    if (!hasBlobService(c)) {
      return notApplicable({ en: `Storage account ${account.name} is a ${c.kind} account, which has no blob service.`, ja: `ストレージ アカウント ${account.name} は ${c.kind} アカウントで、BLOB サービスがありません。` });
    }
    if (c.allowBlobPublicAccess === false) {
      return pass({ en: `Storage account ${account.name} disallows anonymous blob access.`, ja: `ストレージ アカウント ${account.name} は BLOB の匿名アクセスを禁止しています。` });
    }
    const how = c.allowBlobPublicAccess === true ? { en: 'is enabled', ja: 'が有効です' } : { en: 'is not set, which allows it on this account', ja: 'が設定されておらず、このアカウントでは許可されています' };
    return fail(
      {
        en: `Storage account ${account.name} allows containers to be made public: "Allow Blob anonymous access" ${how.en}.`,
        ja: `ストレージ アカウント ${account.name} ではコンテナーを公開できます。「BLOB の匿名アクセスを許可する」${how.ja}。`,
      },
      { allowBlobPublicAccess: c.allowBlobPublicAccess ?? null },
    );
  },
});
