import { defineRule, fail, pass } from '../../../../../src/model/rule.js';
import { AZURE_TYPES, type ApplicationConfig } from '../../../../../src/providers/azure/model/index.js';
import { credentials, DAY_MS, describe } from '../credentials.js';

/** One year, with a day of slack for the portal's "12 months" (365 or 366 days). */
export const MAX_SECRET_DAYS = 366;

export const rule = defineRule<ApplicationConfig>({
  id: 'azure-entra-app-secrets-short-lived',
  services: ['graph'],
  title: {
    en: 'Application client secrets are valid for at most one year',
    ja: 'アプリケーションのクライアント シークレットの有効期間が 1 年以内である',
  },
  severity: 'MEDIUM',
  urgency: 'medium',
  resourceTypes: [AZURE_TYPES.application],
  requires: ['id', 'displayName', 'passwordCredentials'],
  frameworks: { 'mcsb-1.0': ['IM-3', 'IM-8'], 'nist-800-53-r5': ['IA-5', 'IA-5(1)'], 'pci-dss-4.0': ['8.6.3'] },
  doc: {
    en: {
      description:
        'Checks the client secrets (passwordCredentials) of each app registration that are still valid: it fails when a secret\'s validity period (endDateTime minus startDateTime) exceeds one year. When the start date is missing, the remaining validity is used. Apps without active client secrets pass; certificates are checked by azure-entra-app-credentials-not-expiring.',
      urgency: 'Plan the rotation within weeks: the secret is not exposed by this finding, but each extra year of validity is a year in which a leaked copy keeps working.',
      risk: 'Client secrets are passwords for applications and end up in configuration files, CI variables and developer machines. A secret valid for two years, or for the decades some scripts set, keeps working long after it has leaked or its owner has left, and lets an attacker authenticate as the app with all its API permissions, without MFA and without a user to notice.',
      recommendation:
        'Replace long-lived secrets with a managed identity or workload identity federation where the workload runs in Azure, GitHub Actions, Kubernetes or another OIDC issuer; otherwise use certificates stored in Key Vault. If a secret is unavoidable, create it for at most 12 months (6 is better) and enforce the limit with an application management policy (passwordCredentials maxLifetime).',
      console: [
        'Sign in to the Microsoft Entra admin center as at least an Application Administrator.',
        'Go to Entra ID > App registrations, select the application, then "Certificates & secrets" > "Client secrets".',
        'Add a new secret with an expiry of 12 months or less (or add a federated credential or certificate instead), update the workload, and delete the long-lived secret.',
        'To enforce it tenant-wide, configure an application management policy that limits password credential lifetime.',
      ],
    },
    ja: {
      description:
        '各アプリの登録の有効なクライアント シークレット（passwordCredentials）を確認し、有効期間（endDateTime − startDateTime）が 1 年を超えるものがあれば不合格とします。開始日がない場合は残りの有効期間で判断します。有効なクライアント シークレットのないアプリは合格です。証明書は azure-entra-app-credentials-not-expiring で確認します。',
      urgency: '数週間以内にローテーションを計画してください。この検出結果でシークレットが漏えいしたわけではありませんが、有効期間が 1 年延びるごとに、漏えいしたコピーが使える期間も 1 年延びます。',
      risk: 'クライアント シークレットはアプリケーションのパスワードであり、設定ファイル、CI の変数、開発者の端末に残りがちです。2 年、あるいはスクリプトが設定する数十年も有効なシークレットは、漏えい後や担当者の退職後も長く使え続け、攻撃者は MFA もなく、気付くユーザーもいない状態で、アプリとしてその API アクセス許可をすべて使って認証できます。',
      recommendation:
        'ワークロードが Azure、GitHub Actions、Kubernetes など OIDC 発行者のある環境で動く場合は、長期のシークレットをマネージド ID またはワークロード ID フェデレーションに置き換え、それ以外では Key Vault に保管した証明書を使ってください。どうしてもシークレットが必要な場合は有効期間を最大 12 か月（6 か月が望ましい）とし、アプリケーション管理ポリシー（passwordCredentials の maxLifetime）で上限を強制します。',
      console: [
        '少なくともアプリケーション管理者として Microsoft Entra 管理センターにサインインします。',
        '[Entra ID] > [アプリの登録] でアプリケーションを選択し、[証明書とシークレット] > [クライアント シークレット] を開きます。',
        '有効期限が 12 か月以内の新しいシークレットを追加（または代わりにフェデレーション資格情報か証明書を追加）してワークロードを更新し、長期のシークレットを削除します。',
        'テナント全体で強制するには、パスワード資格情報の有効期間を制限するアプリケーション管理ポリシーを構成します。',
      ],
    },
  },
  remediation: {
    cli: [
      '# Add a secret valid for one year, update the workload, then delete the long-lived one:',
      'az ad app credential reset --id <app-id> --years 1 --append --display-name rotated',
      'az ad app credential delete --id <app-id> --key-id <old-key-id>',
      '# Better: replace the secret with a federated credential (e.g. GitHub Actions):',
      'az ad app federated-credential create --id <app-id> --parameters \'{"name":"github-main","issuer":"https://token.actions.githubusercontent.com","subject":"repo:contoso/app:ref:refs/heads/main","audiences":["api://AzureADTokenExchange"]}\'',
    ].join('\n'),
    terraform: [
      'resource "azuread_application_password" "app" {',
      '  application_id = azuread_application.app.id',
      '  display_name   = "rotated"',
      '  end_date       = timeadd(time_rotating.yearly.id, "8760h") # at most one year',
      '  rotate_when_changed = { rotation = time_rotating.yearly.id }',
      '}',
      '',
      'resource "time_rotating" "yearly" {',
      '  rotation_months = 11',
      '}',
    ].join('\n'),
    bicep: [
      '// Bicep Microsoft Graph extension: replace the secret with a federated identity credential.',
      'extension microsoftGraphV1',
      '',
      "resource app 'Microsoft.Graph/applications@v1.0' existing = {",
      "  uniqueName: 'contoso-deploy'",
      '}',
      '',
      "resource githubMain 'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0' = {",
      "  name: '${app.uniqueName}/github-main'",
      "  issuer: 'https://token.actions.githubusercontent.com'",
      "  subject: 'repo:contoso/app:ref:refs/heads/main'",
      "  audiences: ['api://AzureADTokenExchange']",
      '}',
    ].join('\n'),
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-credentials',
    'https://learn.microsoft.com/en-us/graph/api/resources/applicationauthenticationmethodpolicy',
    'https://learn.microsoft.com/en-us/entra/workload-id/workload-identity-federation',
  ],
  evaluate(app, ctx) {
    const name = app.config.displayName ?? app.name;
    const now = ctx.now.getTime();
    const active = credentials({ passwordCredentials: app.config.passwordCredentials }).filter((c) => !c.end || c.end.getTime() > now);
    const longLived = active
      .map((c) => ({ c, days: c.end ? Math.floor((c.end.getTime() - (c.start?.getTime() ?? now)) / DAY_MS) : Infinity }))
      .filter((x) => x.days > MAX_SECRET_DAYS);
    if (!longLived.length) {
      return pass(
        { en: `Application ${name} has no active client secret valid for more than a year (${active.length} active secret(s)).`, ja: `アプリケーション ${name} に有効期間が 1 年を超える有効なクライアント シークレットはありません（有効なシークレット ${active.length} 件）。` },
        { activeSecrets: active.length },
      );
    }
    return fail(
      {
        en: `Application ${name} has ${longLived.length} client secret(s) valid for more than a year (longest: ${Number.isFinite(longLived[0].days) ? `${Math.max(...longLived.map((x) => x.days))} days` : 'no end date'}).`,
        ja: `アプリケーション ${name} に有効期間が 1 年を超えるクライアント シークレットが ${longLived.length} 件あります（最長: ${Number.isFinite(longLived[0].days) ? `${Math.max(...longLived.map((x) => x.days))} 日` : '期限なし'}）。`,
      },
      { longLivedSecrets: longLived.slice(0, 10).map((x) => ({ ...describe(x.c), validityDays: Number.isFinite(x.days) ? x.days : null })) },
    );
  },
});
