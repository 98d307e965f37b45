import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { fileServiceOf, isOutcome, smbList } from '../files.js';

const ALL_CIPHERS = ['AES-128-CCM', 'AES-128-GCM', 'AES-256-GCM'] as const;
const WEAK = new Set(['aes-128-ccm', 'aes-128-gcm']);

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-smb-channel-encryption',
  services: ['storage'],
  title: {
    en: 'Azure Files allows only AES-256-GCM SMB channel encryption',
    ja: 'Azure Files の SMB チャネル暗号化で AES-256-GCM のみが許可されている',
  },
  severity: 'LOW',
  urgency: 'low',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'fileService'],
  frameworks: { 'cis-azure-6.0': ['9.1.3'], 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that the file service\'s SMB channel encryption (protocolSettings.smb.channelEncryption) allows only AES-256-GCM. When it is not set, Azure Files accepts AES-128-CCM, AES-128-GCM and AES-256-GCM. Accounts without Azure Files are not applicable.',
      urgency: 'Low urgency: AES-128 is not broken; this removes weaker options so that every session uses the strongest cipher the service offers.',
      risk: 'Clients and servers negotiate the cipher; while AES-128-CCM and AES-128-GCM are accepted, older or misconfigured clients use them, leaving file traffic protected by a weaker cipher than your policy (or a regulator) requires.',
      recommendation:
        'Set SMB channel encryption to AES-256-GCM only (part of the "Maximum security" profile), after confirming clients support it (Windows 11 / Server 2022 and later, or Linux kernels with AES-256-GCM SMB support).',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data storage", select "File shares".',
        'Next to "Security", select the current profile, choose "Maximum security" (or "Custom" with only "AES-256-GCM" checked under "SMB channel encryption").',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ファイル サービスの SMB チャネル暗号化（protocolSettings.smb.channelEncryption）で AES-256-GCM のみが許可されていることを確認します。設定されていない場合、Azure Files は AES-128-CCM、AES-128-GCM、AES-256-GCM を受け付けます。Azure Files のないアカウントは対象外です。',
      urgency: '緊急度は低めです。AES-128 が破られているわけではなく、より弱い選択肢をなくしてすべてのセッションがサービスの提供する最も強い暗号を使うようにするものです。',
      risk: '暗号はクライアントとサーバーの交渉で決まるため、AES-128-CCM と AES-128-GCM を受け付けている間は古いクライアントや設定の誤ったクライアントがそれらを使い、ファイルの通信が自社のポリシー（や規制）の求める強度より弱い暗号で保護されることになります。',
      recommendation:
        'クライアントが対応していること（Windows 11 / Server 2022 以降、または AES-256-GCM の SMB に対応した Linux カーネル）を確認したうえで、SMB チャネル暗号化を AES-256-GCM のみ（「最大のセキュリティ」プロファイルに含まれます）に設定してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ ストレージ」の「ファイル共有」を選択します。',
        '「セキュリティ」の横にある現在のプロファイルを選択し、「最大のセキュリティ」（または「SMB チャネル暗号化」で「AES-256-GCM」のみをオンにした「カスタム」）を選びます。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account file-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --channel-encryption AES-256-GCM',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  share_properties {\n    smb {\n      versions                = ["SMB3.1.1"]\n      channel_encryption_type = ["AES-256-GCM"]\n    }\n  }\n}',
    bicep: "resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    protocolSettings: {\n      smb: {\n        versions: 'SMB3.1.1'\n        channelEncryption: 'AES-256-GCM'\n      }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/files/files-smb-protocol#smb-security-settings',
    'https://learn.microsoft.com/azure/storage/files/storage-files-planning#encryption-in-transit',
  ],
  evaluate(account) {
    const fs = fileServiceOf(account);
    if (isOutcome(fs)) return fs;
    const { values, defaulted } = smbList(fs.protocolSettings?.smb?.channelEncryption, ALL_CIPHERS);
    const weak = values.filter((v) => WEAK.has(v.toLowerCase()));
    if (!weak.length) {
      return pass({ en: `Storage account ${account.name} allows only ${values.join(', ')} for SMB channel encryption.`, ja: `ストレージ アカウント ${account.name} は SMB チャネル暗号化で ${values.join(', ')} のみを許可しています。` }, { channelEncryption: values });
    }
    return fail(
      {
        en: `Storage account ${account.name} allows ${weak.join(' and ')} for SMB channel encryption${defaulted ? ' (not set: every cipher is allowed)' : ''}.`,
        ja: `ストレージ アカウント ${account.name} は SMB チャネル暗号化で ${weak.join(' と ')} を許可しています${defaulted ? '（未設定のため、すべての暗号が許可されています）' : ''}。`,
      },
      { channelEncryption: values, weak, defaulted },
    );
  },
});
