import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type StorageAccountConfig } from '../../../../../src/providers/azure/model/index.js';
import { fileServiceOf, isOutcome, smbList } from '../files.js';

const ALL_VERSIONS = ['SMB2.1', 'SMB3.0', 'SMB3.1.1'] as const;

/** `SMB3.1.1` → [3, 1, 1]; compares numerically so that a future SMB3.2 also passes. */
function atLeast311(version: string): boolean {
  const parts = version.replace(/^smb/i, '').split('.').map(Number);
  const want = [3, 1, 1];
  for (let i = 0; i < 3; i++) {
    const p = parts[i] ?? 0;
    if (Number.isNaN(p)) return false;
    if (p !== want[i]) return p > want[i];
  }
  return true;
}

export const rule = defineRule<StorageAccountConfig>({
  id: 'azure-storage-smb-protocol-version',
  services: ['storage'],
  title: {
    en: 'Azure Files allows only SMB 3.1.1 or later',
    ja: 'Azure Files で SMB 3.1.1 以降のみが許可されている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.storageAccount],
  requires: ['id', 'kind', 'fileService'],
  frameworks: { 'cis-azure-6.0': ['9.1.2'], 'mcsb-1.0': ['DP-3'], 'nist-800-53-r5': ['SC-8(1)', 'SC-13'], 'pci-dss-4.0': ['4.2.1'] },
  doc: {
    en: {
      description:
        'Checks that the file service\'s SMB settings (protocolSettings.smb.versions) allow only SMB 3.1.1 or later. When no versions are set, Azure Files accepts SMB 2.1, 3.0 and 3.1.1 (the "maximum compatibility" profile). Accounts without Azure Files are not applicable.',
      urgency: 'Plan within weeks: downgrading SMB needs a network position, but the change is quick once clients are known to support SMB 3.1.1 (Windows 10/Server 2016 and later, recent Linux kernels).',
      risk: 'SMB 2.1 has no encryption (it is usable only inside Azure when secure transfer is off), and SMB 3.0 lacks pre-authentication integrity, so a man-in-the-middle can force a weaker dialect and read or tamper with file traffic and NTLM exchanges.',
      recommendation:
        'Set the SMB protocol versions to SMB 3.1.1 only (the "Maximum security" profile, or "Custom" with only SMB 3.1.1), after checking that no clients (older Windows, macOS or Linux versions) still need SMB 3.0.',
      console: [
        'In the Azure portal, open "Storage accounts" and select the account.',
        'Under "Data storage", select "File shares".',
        'Next to "Security", select the current profile, choose "Maximum security" (or "Custom" with only "SMB 3.1.1" checked under "SMB protocol versions").',
        'Select "Save".',
      ],
    },
    ja: {
      description:
        'ファイル サービスの SMB 設定（protocolSettings.smb.versions）で SMB 3.1.1 以降のみが許可されていることを確認します。バージョンが設定されていない場合、Azure Files は SMB 2.1、3.0、3.1.1 を受け付けます（「最大互換性」プロファイル）。Azure Files のないアカウントは対象外です。',
      urgency: '数週間以内に計画してください。SMB のダウングレードにはネットワーク上の位置が必要ですが、クライアントが SMB 3.1.1 に対応していること（Windows 10 / Server 2016 以降、最近の Linux カーネル）を確認できれば、変更はすぐに済みます。',
      risk: 'SMB 2.1 には暗号化がなく（安全な転送が無効なときに Azure 内でのみ使用可能）、SMB 3.0 には事前認証の整合性保護がないため、中間者がより弱いダイアレクトを強制してファイルの通信や NTLM のやり取りを読み取ったり改ざんしたりできます。',
      recommendation:
        'SMB 3.0 を必要とするクライアント（古い Windows、macOS、Linux）がないことを確認したうえで、SMB プロトコル バージョンを SMB 3.1.1 のみ（「最大のセキュリティ」プロファイル、または「カスタム」で SMB 3.1.1 のみ）に設定してください。',
      console: [
        'Azure portal で「ストレージ アカウント」を開き、対象のアカウントを選択します。',
        '「データ ストレージ」の「ファイル共有」を選択します。',
        '「セキュリティ」の横にある現在のプロファイルを選択し、「最大のセキュリティ」（または「SMB プロトコル バージョン」で「SMB 3.1.1」のみをオンにした「カスタム」）を選びます。',
        '「保存」を選択します。',
      ],
    },
  },
  remediation: {
    cli: 'az storage account file-service-properties update --account-name STORAGE_ACCOUNT --resource-group RESOURCE_GROUP --versions SMB3.1.1',
    terraform: 'resource "azurerm_storage_account" "example" {\n  # ...\n  share_properties {\n    smb {\n      versions                = ["SMB3.1.1"]\n      channel_encryption_type = ["AES-256-GCM"]\n    }\n  }\n}',
    bicep: "resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {\n  parent: storage\n  name: 'default'\n  properties: {\n    protocolSettings: {\n      smb: {\n        versions: 'SMB3.1.1'\n        channelEncryption: 'AES-256-GCM'\n      }\n    }\n  }\n}",
  },
  references: [
    'https://learn.microsoft.com/azure/storage/files/files-smb-protocol#smb-security-settings',
    'https://learn.microsoft.com/azure/storage/files/storage-files-planning#protocols',
  ],
  evaluate(account) {
    const fs = fileServiceOf(account);
    if (isOutcome(fs)) return fs;
    const { values, defaulted } = smbList(fs.protocolSettings?.smb?.versions, ALL_VERSIONS);
    const weak = values.filter((v) => !atLeast311(v));
    if (!weak.length) {
      return pass({ en: `Storage account ${account.name} allows only ${values.join(', ')} for SMB.`, ja: `ストレージ アカウント ${account.name} は SMB で ${values.join(', ')} のみを許可しています。` }, { versions: values });
    }
    return fail(
      {
        en: `Storage account ${account.name} allows ${weak.join(' and ')} for SMB file shares${defaulted ? ' (no versions set: every version is allowed)' : ''}.`,
        ja: `ストレージ アカウント ${account.name} は SMB ファイル共有で ${weak.join(' と ')} を許可しています${defaulted ? '（バージョン未設定のため、すべてのバージョンが許可されています）' : ''}。`,
      },
      { versions: values, weak, defaulted },
    );
  },
});
