/**
 * App Service (SDK `@azure/arm-appservice`): web and function apps with their site configuration
 * (TLS, FTPS, HTTP/2, remote debugging, runtime versions), whether App Service authentication is
 * on (auth settings V2 read "without secrets") and whether basic-auth publishing credentials are
 * allowed for FTP and SCM. App settings, connection strings and publishing profiles are never read.
 */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type WebAppConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { armParts, fieldsFor, pick } from '../util.js';

const SITE_FIELDS = fieldsFor(AZURE_TYPES.webApp, ['id', 'name', 'kind', 'httpsOnly', 'clientCertEnabled', 'clientCertMode', 'identity', 'publicNetworkAccess', 'virtualNetworkSubnetId']).filter(
  (f) => !['siteConfig', 'authEnabled', 'basicPublishingCredentials'].includes(f),
);
const CONFIG_FIELDS = [
  'minTlsVersion', 'scmMinTlsVersion', 'ftpsState', 'http20Enabled', 'remoteDebuggingEnabled', 'linuxFxVersion', 'windowsFxVersion', 'javaVersion', 'phpVersion', 'pythonVersion',
  'nodeVersion', 'netFrameworkVersion', 'powerShellVersion', 'httpLoggingEnabled', 'detailedErrorLoggingEnabled', 'requestTracingEnabled', 'minTlsCipherSuite', 'alwaysOn',
  'ipSecurityRestrictionsDefaultAction', 'scmIpSecurityRestrictionsDefaultAction', 'scmIpSecurityRestrictionsUseMain', 'publicNetworkAccess', 'managedServiceIdentityId', 'vnetRouteAllEnabled',
];

export const collector: AzureServiceCollector = {
  service: 'web',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.webApp],
  gatedBy: [AZURE_TYPES.webApp],
  async collect(ctx) {
    const { WebSiteManagementClient } = await import('@azure/arm-appservice');
    const client = ctx.clients.arm(WebSiteManagementClient, ctx.scope.subscriptionId!);
    const sites = await ctx.list('web.webApps.list', [AZURE_TYPES.webApp], () => client.webApps.list());
    await mapPool(sites ?? [], 4, async (s) => {
      if (!s.id || !s.name) return;
      const { resourceGroup: rg, name, uid } = armParts(s.id);
      const errors: Record<string, string> = {};
      const config = pick<WebAppConfig & Record<string, unknown>>(s, SITE_FIELDS);
      const [siteConfig, auth, ftp, scm] = await Promise.all([
        ctx.detail(errors, uid, 'siteConfig', 'web.webApps.getConfiguration', () => client.webApps.getConfiguration(rg, name)),
        ctx.detail(errors, uid, 'authEnabled', 'web.webApps.getAuthSettingsV2WithoutSecrets', () => client.webApps.getAuthSettingsV2WithoutSecrets(rg, name)),
        ctx.detail(errors, uid, 'basicPublishingCredentials', 'web.webApps.getFtpAllowed', () => client.webApps.getFtpAllowed(rg, name)),
        ctx.detail(errors, uid, 'basicPublishingCredentials', 'web.webApps.getScmAllowed', () => client.webApps.getScmAllowed(rg, name)),
      ]);
      if (siteConfig) config.siteConfig = pick(siteConfig, CONFIG_FIELDS);
      if (auth !== undefined) config.authEnabled = auth?.platform?.enabled === true;
      if (ftp !== undefined && scm !== undefined) config.basicPublishingCredentials = { ftp: ftp?.allow, scm: scm?.allow };
      ctx.emit({ uid: azureUid(uid), type: AZURE_TYPES.webApp, name: s.name, region: s.location, tags: s.tags, config, errors });
    });
  },
};
