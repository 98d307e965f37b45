import { defineRule, fail, notApplicable, notAssessed, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type KeyVaultConfig } from '../../../../../src/providers/azure/model/index.js';
import { byExpiry, enabledItems } from '../vault.js';

const WINDOW_DAYS = 30;
const KINDS = [
  { field: 'keys', en: 'key', ja: 'キー' },
  { field: 'secrets', en: 'secret', ja: 'シークレット' },
  { field: 'certificates', en: 'certificate', ja: '証明書' },
] as const;

export const rule = defineRule<KeyVaultConfig>({
  id: 'azure-keyvault-items-not-expiring-soon',
  services: ['keyvault'],
  title: { en: 'No enabled Key Vault key, secret or certificate has expired or expires within 30 days', ja: 'Key Vault の有効なキー、シークレット、証明書が期限切れでなく、30 日以内に期限切れにならない' },
  severity: 'MEDIUM',
  urgency: 'high',
  resourceTypes: [AZURE_TYPES.keyVault],
  requires: ['id', 'keys', 'secrets', 'certificates'],
  frameworks: { 'mcsb-1.0': ['DP-6', 'DP-7'], 'nist-800-53-r5': ['SC-12', 'IA-5'], 'pci-dss-4.0': ['3.7.4', '4.2.1', '8.6.3'] },
  doc: {
    en: {
      description: `Flags key vaults holding an enabled key, secret or certificate whose expiration date has passed or falls within the next ${WINDOW_DAYS} days (at the time of the scan). Disabled items are ignored. Keys and secrets come from the management plane, certificates from the data plane when it could be read.`,
      urgency: 'Act this week: an item about to expire either breaks the service that uses it on a known date, or, if it already expired and nothing broke, is a forgotten credential that should be cleaned up.',
      risk: 'When a TLS certificate, a customer-managed key or a connection secret expires unnoticed, the application, storage account or integration that depends on it stops working at once (expired CMKs make data unreadable until the key is renewed). Expired items left enabled are also a sign that rotation is not owned, so the same secrets are likely still valid at their source.',
      recommendation: 'For each item listed, rotate it (new key version, new secret value, renewed certificate) and update its consumers, or disable and delete it if it is no longer used. Automate from now on: key rotation policies, certificate auto-renewal, and Event Grid "near expiry" events (SecretNearExpiry, CertificateNearExpiry) routed to the owning team.',
      console: ['In the Azure portal, open the key vault and check Objects > Keys, Secrets and Certificates; sort by "Expiration date".', 'For each item expired or expiring soon, create a new version (or renew the certificate) and update the applications that use it, or disable it if unused.', 'Under Events, subscribe to the near-expiry events so the owners are warned automatically.'],
    },
    ja: {
      description: `有効期限が過ぎている、または今後 ${WINDOW_DAYS} 日以内（スキャン時点）に到来する有効なキー、シークレット、証明書を保持するキー コンテナーを検出します。無効な項目は対象外です。キーとシークレットは管理プレーンから、証明書はデータ プレーンを読み取れた場合にそこから取得します。`,
      urgency: '今週中に対応してください。期限が迫った項目は、それを使うサービスを決まった日に停止させます。すでに期限切れで何も止まっていないなら、整理すべき忘れられた資格情報です。',
      risk: 'TLS 証明書、カスタマー マネージド キー、接続用シークレットが気付かれずに期限切れになると、それに依存するアプリケーション、ストレージ アカウント、連携が即座に停止します（期限切れの CMK はキーが更新されるまでデータを読めなくします）。有効なまま放置された期限切れの項目は、ローテーションの担当者が決まっていない兆候でもあり、同じシークレットが接続先ではまだ有効である可能性が高いです。',
      recommendation: '一覧の各項目をローテーション（新しいキー バージョン、新しいシークレット値、証明書の更新）して利用側を更新するか、使っていなければ無効化して削除してください。今後は自動化してください: キーのローテーション ポリシー、証明書の自動更新、Event Grid の期限間近イベント (SecretNearExpiry、CertificateNearExpiry) を担当チームに通知する仕組みです。',
      console: ['Azure portal でキー コンテナーを開き、「オブジェクト」の「キー」「シークレット」「証明書」を「有効期限」で並べ替えて確認します。', '期限切れまたは期限間近の項目ごとに新しいバージョンを作成（または証明書を更新）して利用側のアプリケーションを更新するか、使っていなければ無効にします。', '「イベント」で期限間近のイベントをサブスクライブし、担当者に自動で通知されるようにします。'],
    },
  },
  remediation: {
    cli: 'az keyvault secret set --vault-name <vault-name> --name <secret-name> --value "<new value>" --expires 2027-03-31T00:00:00Z\naz keyvault key rotate --vault-name <vault-name> --name <key-name>\naz keyvault secret set-attributes --vault-name <vault-name> --name <unused-secret> --enabled false',
    terraform: 'resource "azurerm_eventgrid_system_topic_event_subscription" "kv_near_expiry" {\n  name                = "kv-near-expiry"\n  system_topic        = azurerm_eventgrid_system_topic.kv.name\n  resource_group_name = azurerm_resource_group.ops.name\n  included_event_types = [\n    "Microsoft.KeyVault.SecretNearExpiry",\n    "Microsoft.KeyVault.KeyNearExpiry",\n    "Microsoft.KeyVault.CertificateNearExpiry",\n  ]\n  azure_function_endpoint {\n    function_id = "${azurerm_linux_function_app.rotation.id}/functions/rotate"\n  }\n}',
    bicep: "resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {\n  name: 'kv-events'\n  location: location\n  properties: {\n    source: vault.id\n    topicType: 'Microsoft.KeyVault.vaults'\n  }\n}\n\nresource nearExpiry 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2024-06-01-preview' = {\n  parent: topic\n  name: 'near-expiry'\n  properties: {\n    destination: {\n      endpointType: 'AzureFunction'\n      properties: { resourceId: rotationFunctionId }\n    }\n    filter: {\n      includedEventTypes: [ 'Microsoft.KeyVault.SecretNearExpiry', 'Microsoft.KeyVault.KeyNearExpiry', 'Microsoft.KeyVault.CertificateNearExpiry' ]\n    }\n  }\n}",
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/event-grid-overview', 'https://learn.microsoft.com/en-us/azure/key-vault/secrets/tutorial-rotation', 'https://learn.microsoft.com/en-us/azure/key-vault/certificates/overview-renew-certificate'],
  evaluate(v, ctx) {
    const found: { kind: string; name: string; expires: string; state: 'expired' | 'expiring' }[] = [];
    const missing: string[] = [];
    let enabledCount = 0;
    for (const k of KINDS) {
      const items = v.config[k.field];
      if (!items) {
        missing.push(k.field);
        continue;
      }
      const enabled = enabledItems(items as { name: string; expires?: string; enabled?: boolean }[]);
      enabledCount += enabled.length;
      const { expired, expiring } = byExpiry(enabled, ctx.now, WINDOW_DAYS);
      for (const i of expired) found.push({ kind: k.en, name: i.name, expires: i.expires!, state: 'expired' });
      for (const i of expiring) found.push({ kind: k.en, name: i.name, expires: i.expires!, state: 'expiring' });
    }
    if (found.length) {
      const expired = found.filter((f) => f.state === 'expired');
      const expiring = found.filter((f) => f.state === 'expiring');
      const list = (xs: typeof found) => xs.slice(0, 10).map((f) => `${f.kind} ${f.name} (${f.expires.slice(0, 10)})`).join(', ');
      const jaList = (xs: typeof found) => xs.slice(0, 10).map((f) => `${KINDS.find((k) => k.en === f.kind)!.ja} ${f.name} (${f.expires.slice(0, 10)})`).join('、');
      return fail(
        {
          en: `Key vault ${v.name}: ${[expired.length ? `${expired.length} enabled item(s) expired: ${list(expired)}` : '', expiring.length ? `${expiring.length} expire within ${WINDOW_DAYS} days: ${list(expiring)}` : ''].filter(Boolean).join('; ')}.`,
          ja: `キー コンテナー ${v.name}: ${[expired.length ? `有効な項目 ${expired.length} 件が期限切れです: ${jaList(expired)}` : '', expiring.length ? `${expiring.length} 件が ${WINDOW_DAYS} 日以内に期限切れになります: ${jaList(expiring)}` : ''].filter(Boolean).join('。')}。`,
        },
        { expired: expired.slice(0, 20), expiring: expiring.slice(0, 20), notCollected: missing },
      );
    }
    if (missing.length) {
      return notAssessed(
        { en: `Key vault ${v.name}: nothing found expiring, but its ${missing.join(', ')} were not collected.`, ja: `キー コンテナー ${v.name}: 期限が迫った項目は見つかりませんでしたが、${missing.join('、')} が収集されていません。` },
        { notCollected: missing },
      );
    }
    if (enabledCount === 0) return notApplicable({ en: `Key vault ${v.name} holds no enabled keys, secrets or certificates.`, ja: `キー コンテナー ${v.name} には有効なキー、シークレット、証明書がありません。` });
    return pass({ en: `No enabled item in key vault ${v.name} has expired or expires within ${WINDOW_DAYS} days.`, ja: `キー コンテナー ${v.name} には、期限切れまたは ${WINDOW_DAYS} 日以内に期限切れになる有効な項目はありません。` }, { enabled: enabledCount });
  },
});
