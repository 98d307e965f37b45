/** Fixture builders for the App Service rules. */
import { AZURE_TYPES, type WebAppConfig } from '../../../../src/providers/azure/model/index.js';
import type { Resource } from '../../../../src/model/types.js';
import { armId, armResource } from '../testing.js';

export const webAppUid = (name: string) => armId(AZURE_TYPES.webApp, name).toLowerCase();

export const HARDENED_SITE_CONFIG: NonNullable<WebAppConfig['siteConfig']> = {
  minTlsVersion: '1.2',
  scmMinTlsVersion: '1.2',
  ftpsState: 'Disabled',
  http20Enabled: true,
  remoteDebuggingEnabled: false,
  linuxFxVersion: 'NODE|20-lts',
};

export function webApp(name: string, config: Partial<WebAppConfig> = {}, siteConfig: Partial<NonNullable<WebAppConfig['siteConfig']>> = {}, errors?: Record<string, string>): Resource {
  return armResource<WebAppConfig>(
    AZURE_TYPES.webApp,
    name,
    {
      kind: 'app,linux',
      httpsOnly: true,
      identity: { type: 'SystemAssigned' },
      publicNetworkAccess: 'Enabled',
      siteConfig: { ...HARDENED_SITE_CONFIG, ...siteConfig },
      authEnabled: false,
      basicPublishingCredentials: { ftp: false, scm: false },
      ...config,
    },
    { errors },
  );
}
