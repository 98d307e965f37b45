import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';
import { capturesCategory, destinationsOf, exportedLogNames, settingsOn } from '../diagnostics.js';

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-monitor-keyvault-logging-enabled',
  services: ['keyvault', 'monitor'],
  title: {
    en: 'Key Vault audit logs are sent to a destination by a diagnostic setting',
    ja: 'Key Vault の監査ログを診断設定で送信先に送っている',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.keyVault],
  reads: [AZURE_TYPES.diagnosticSetting],
  // The vault is identified by its uid; `id` anchors the config (a vault collected without it is NOT_ASSESSED).
  requires: ['id'],
  frameworks: {
    'cis-azure-6.0': ['6.1.1.4'],
    'mcsb-1.0': ['LT-3'],
    'nist-800-53-r5': ['AU-2', 'AU-12', 'SC-12'],
    'pci-dss-4.0': ['10.2.1', '10.2.2'],
  },
  doc: {
    en: {
      description:
        'Checks that each key vault has a diagnostic setting that sends its AuditEvent logs (the AuditEvent category, or the audit or allLogs category group) to a Log Analytics workspace, storage account, event hub or partner solution. Key Vault records every data-plane request (reading a secret, using a key to decrypt or sign, listing certificates) only in these resource logs, which are off by default.',
      urgency:
        'Medium urgency: nothing is exposed by the missing logs themselves, but until they are on, every secret read or key operation leaves no trace. Turn them on before the next incident needs them.',
      risk: 'If a credential with access to the vault leaks, an attacker can read every secret (database passwords, storage keys, certificates) or use keys to decrypt data, and without AuditEvent logs there is no way to tell which secrets were read, by whom, from where or when. Responders must then assume everything was taken and rotate it all, and the misuse itself raises no alert.',
      recommendation:
        'Add a diagnostic setting to every key vault that sends the "audit" category group (AuditEvent) to the central Log Analytics workspace, and to an immutable storage account if you need long retention. Enforce it at the management group with the built-in Azure Policy "Enable logging by category group for Key vaults (microsoft.keyvault/vaults) to Log Analytics" (DeployIfNotExists), so new vaults are covered automatically.',
      console: [
        'In the Azure portal, open the key vault and select "Monitoring" > "Diagnostic settings".',
        'Click "+ Add diagnostic setting" and enter a name.',
        'Under "Logs", check the "audit" category group (or "allLogs").',
        'Under "Destination details", select "Send to Log Analytics workspace" (and/or "Archive to a storage account"), choose the destination and click "Save".',
      ],
    },
    ja: {
      description:
        '各キー コンテナーに、AuditEvent ログ（AuditEvent カテゴリ、または audit か allLogs のカテゴリ グループ）を Log Analytics ワークスペース、ストレージ アカウント、イベント ハブ、パートナー ソリューションのいずれかに送る診断設定があることを確認します。Key Vault はデータ プレーンのすべての要求（シークレットの読み取り、キーによる復号や署名、証明書の一覧取得）をこのリソース ログにだけ記録し、既定では無効です。',
      urgency:
        '緊急度は中程度です。ログがないこと自体で何かが公開されるわけではありませんが、有効にするまではシークレットの読み取りやキーの操作がすべて痕跡を残しません。次のインシデントで必要になる前に有効にしてください。',
      risk: 'キー コンテナーにアクセスできる資格情報が漏えいすると、攻撃者はすべてのシークレット（データベースのパスワード、ストレージ キー、証明書）を読み取ったり、キーでデータを復号したりできます。AuditEvent ログがなければ、どのシークレットが、誰に、どこから、いつ読まれたかを判別できず、対応者はすべてが持ち出されたと仮定して全部をローテーションするしかありません。不正利用そのものもアラートになりません。',
      recommendation:
        'すべてのキー コンテナーに、「audit」カテゴリ グループ（AuditEvent）を集約先の Log Analytics ワークスペースに、長期保管が必要なら不変ストレージのストレージ アカウントにも送る診断設定を追加してください。新しいキー コンテナーにも自動で適用されるよう、組み込みの Azure Policy「Enable logging by category group for Key vaults (microsoft.keyvault/vaults) to Log Analytics」（DeployIfNotExists）を管理グループに割り当てることを推奨します。',
      console: [
        'Azure portal でキー コンテナーを開き、「監視」>「診断設定」を選択します。',
        '「+ 診断設定を追加する」をクリックし、名前を入力します。',
        '「ログ」で「audit」カテゴリ グループ（または「allLogs」）をオンにします。',
        '「宛先の詳細」で「Log Analytics ワークスペースに送信する」（または「ストレージ アカウントへのアーカイブ」）を選択して送信先を指定し、「保存」をクリックします。',
      ],
    },
  },
  remediation: {
    cli: [
      'az monitor diagnostic-settings create \\',
      '  --name kv-audit-to-law \\',
      '  --resource /subscriptions/<subscription-id>/resourceGroups/<resource-group>/providers/Microsoft.KeyVault/vaults/<vault-name> \\',
      '  --workspace /subscriptions/<subscription-id>/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/law-security \\',
      '  --logs \'[{"categoryGroup":"audit","enabled":true}]\'',
    ].join('\n'),
    terraform: [
      'resource "azurerm_monitor_diagnostic_setting" "key_vault_audit" {',
      '  name                       = "kv-audit-to-law"',
      '  target_resource_id         = azurerm_key_vault.app.id',
      '  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id',
      '',
      '  enabled_log {',
      '    category_group = "audit"',
      '  }',
      '}',
    ].join('\n'),
    bicep: [
      'param vaultName string',
      'param workspaceId string',
      '',
      "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {",
      '  name: vaultName',
      '}',
      '',
      "resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {",
      "  name: 'kv-audit-to-law'",
      '  scope: vault',
      '  properties: {',
      '    workspaceId: workspaceId',
      "    logs: [ { categoryGroup: 'audit', enabled: true } ]",
      '  }',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/key-vault/general/logging',
    'https://learn.microsoft.com/en-us/azure/key-vault/general/howto-logging',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
  ],
  evaluate(vault, ctx) {
    const settings = settingsOn(ctx, vault.account, vault.uid);
    const auditing = settings.filter((s) => destinationsOf(s.config).length > 0 && capturesCategory(s.config, 'AuditEvent', ['audit', 'allLogs']));
    if (auditing.length) {
      return pass(
        {
          en: `Key vault ${vault.name} sends its audit logs through ${auditing.map((s) => s.name).join(', ')}.`,
          ja: `キー コンテナー ${vault.name} は ${auditing.map((s) => s.name).join(', ')} で監査ログを送信しています。`,
        },
        { settings: auditing.map((s) => ({ name: s.name, destinations: destinationsOf(s.config).map((d) => d.kind), logs: exportedLogNames(s.config) })) },
      );
    }
    if (settings.length) {
      return fail(
        {
          en: `Key vault ${vault.name} has diagnostic settings (${settings.map((s) => s.name).join(', ')}) but none sends AuditEvent logs to a destination.`,
          ja: `キー コンテナー ${vault.name} には診断設定（${settings.map((s) => s.name).join(', ')}）がありますが、AuditEvent ログを送信先に送っているものはありません。`,
        },
        { settings: settings.map((s) => ({ name: s.name, destinations: destinationsOf(s.config).map((d) => d.kind), logs: exportedLogNames(s.config) })) },
      );
    }
    return fail({
      en: `Key vault ${vault.name} has no diagnostic setting: reads of its secrets and uses of its keys are not logged.`,
      ja: `キー コンテナー ${vault.name} には診断設定がなく、シークレットの読み取りやキーの使用が記録されていません。`,
    });
  },
});
