import { defineRule, fail, notApplicable, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type ApplicationConfig } from '../../../../../src/providers/azure/model/index.js';
import { credentials, DAY_MS, describe } from '../credentials.js';

export const EXPIRY_WARNING_DAYS = 30;

export const rule = defineRule<ApplicationConfig>({
  id: 'azure-entra-app-credentials-not-expiring',
  services: ['graph'],
  title: {
    en: 'Application secrets and certificates are neither expired nor expiring within 30 days',
    ja: 'アプリケーションのシークレットと証明書が期限切れでなく、30 日以内に期限切れにもならない',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.application],
  requires: ['id', 'displayName', 'passwordCredentials', 'keyCredentials'],
  frameworks: { 'mcsb-1.0': ['IM-3', 'IM-8'], 'nist-800-53-r5': ['IA-5', 'IA-5(1)'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description:
        'Checks the client secrets (passwordCredentials) and certificates (keyCredentials) of each app registration: it fails when any of them has already expired or expires within 30 days of the scan. Apps without credentials are not applicable.',
      urgency: 'Rotate within the coming weeks: an expiring credential breaks the workload that uses it on a known date, and an expired one left in place is clutter that hides which credential is actually in use.',
      risk: 'When the only valid secret or certificate of an app expires, the service that authenticates with it stops working, and the usual emergency fix is a new long-lived secret pasted into configuration. Expired credentials that stay on the app make reviews harder and suggest nobody owns its rotation.',
      recommendation:
        'Add a new certificate (or secret) before the old one expires, deploy it to the workload (ideally from Key Vault with automatic renewal), then remove the old and expired credentials. Prefer managed identities or workload identity federation, which have no credential to rotate, and assign owners to every app registration.',
      console: [
        'Sign in to the Microsoft Entra admin center as at least an Application Administrator.',
        'Go to Entra ID > App registrations, select the application, then "Certificates & secrets".',
        'Under "Certificates" or "Client secrets", add a new credential, update the workload to use it, and delete the expired or expiring one.',
        'Where possible, use "Federated credentials" or a managed identity instead.',
      ],
    },
    ja: {
      description:
        '各アプリの登録のクライアント シークレット（passwordCredentials）と証明書（keyCredentials）を確認し、いずれかがすでに期限切れか、スキャン時点から 30 日以内に期限切れになる場合に不合格とします。認証情報のないアプリは対象外です。',
      urgency: '今後数週間以内にローテーションしてください。期限切れが迫った認証情報は決まった日にそれを使うワークロードを停止させ、期限切れのまま残った認証情報は実際に使われているものを分かりにくくします。',
      risk: 'アプリの唯一の有効なシークレットや証明書が期限切れになると、それで認証するサービスが停止し、応急処置として有効期間の長い新しいシークレットが設定ファイルに貼り付けられがちです。期限切れの認証情報が残ったままだとレビューが難しくなり、ローテーションの責任者がいないことを示唆します。',
      recommendation:
        '古い認証情報が期限切れになる前に新しい証明書（またはシークレット）を追加してワークロードに展開し（理想的には Key Vault から自動更新）、古いものと期限切れのものを削除してください。ローテーションが不要なマネージド ID やワークロード ID フェデレーションを優先し、すべてのアプリの登録に所有者を割り当てます。',
      console: [
        '少なくともアプリケーション管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [アプリの登録] でアプリケーションを選択し、[証明書とシークレット] を開きます。',
        '[証明書] または [クライアント シークレット] で新しい認証情報を追加し、ワークロードを更新してから、期限切れまたは期限切れ間近のものを削除します。',
        '可能であれば、[フェデレーション資格情報] またはマネージド ID を代わりに使用します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Add a new certificate (from Key Vault) or secret, then remove the old credential by its key id:',
      'az ad app credential reset --id <app-id> --keyvault <vault-name> --cert <certificate-name> --append',
      'az ad app credential delete --id <app-id> --key-id <old-key-id> [--cert]',
    ].join('\n'),
    terraform: [
      '# Rotate certificates through Terraform (azuread provider); keep end_date within policy and renew before it.',
      'resource "azuread_application_certificate" "app" {',
      '  application_id = azuread_application.app.id',
      '  type           = "AsymmetricX509Cert"',
      '  value          = azurerm_key_vault_certificate.app.certificate_data_base64',
      '  end_date       = azurerm_key_vault_certificate.app.certificate_attribute[0].expires',
      '}',
    ].join('\n'),
    bicep: [
      '// Bicep Microsoft Graph extension: manage the app and its certificate as code.',
      "extension microsoftGraphV1",
      '',
      'param certificateBase64 string',
      'param certificateEnd string',
      '',
      "resource app 'Microsoft.Graph/applications@v1.0' = {",
      "  uniqueName: 'contoso-api'",
      "  displayName: 'contoso-api'",
      '  keyCredentials: [',
      "    { type: 'AsymmetricX509Cert', usage: 'Verify', key: certificateBase64, endDateTime: certificateEnd }",
      '  ]',
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/certificate-management',
    'https://learn.microsoft.com/en-us/entra/workload-id/workload-identity-federation',
  ],
  evaluate(app, ctx) {
    const name = app.config.displayName ?? app.name;
    const all = credentials(app.config);
    if (!all.length) return notApplicable({ en: `Application ${name} has no secrets or certificates.`, ja: `アプリケーション ${name} にはシークレットも証明書もありません。` });
    const now = ctx.now.getTime();
    const expired = all.filter((c) => c.end && c.end.getTime() <= now);
    const expiring = all.filter((c) => c.end && c.end.getTime() > now && c.end.getTime() - now <= EXPIRY_WARNING_DAYS * DAY_MS);
    if (!expired.length && !expiring.length) {
      return pass(
        { en: `All ${all.length} credential(s) of ${name} are valid for more than ${EXPIRY_WARNING_DAYS} days.`, ja: `${name} の認証情報 ${all.length} 件はすべて ${EXPIRY_WARNING_DAYS} 日より先まで有効です。` },
        { credentials: all.length },
      );
    }
    const parts = [expired.length ? `${expired.length} expired` : '', expiring.length ? `${expiring.length} expiring within ${EXPIRY_WARNING_DAYS} days` : ''].filter(Boolean);
    const partsJa = [expired.length ? `期限切れ ${expired.length} 件` : '', expiring.length ? `${EXPIRY_WARNING_DAYS} 日以内に期限切れ ${expiring.length} 件` : ''].filter(Boolean);
    return fail(
      { en: `Application ${name} has ${parts.join(' and ')} credential(s).`, ja: `アプリケーション ${name} に${partsJa.join('、')}の認証情報があります。` },
      { expired: expired.slice(0, 10).map(describe), expiring: expiring.slice(0, 10).map(describe) },
    );
  },
});
