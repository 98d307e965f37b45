/** App Service, virtual machines, disks and AKS. Conventions: ./index.ts. */
import type { Site, SiteConfigResource } from '@azure/arm-appservice';
import type { Disk, VirtualMachine } from '@azure/arm-compute';
import type { ManagedCluster } from '@azure/arm-containerservice';

/** An App Service app (web app, function app, Logic Apps Standard: see `kind`). */
export type WebAppConfig = Pick<Site, 'id' | 'name' | 'kind' | 'httpsOnly' | 'clientCertEnabled' | 'clientCertMode' | 'identity' | 'publicNetworkAccess' | 'virtualNetworkSubnetId'> & {
  /** mamori: `WebApps.getConfiguration` (the `web` config resource; the site listing does not carry it). */
  siteConfig?: Pick<
    SiteConfigResource,
    'minTlsVersion' | 'scmMinTlsVersion' | 'ftpsState' | 'http20Enabled' | 'remoteDebuggingEnabled' | 'linuxFxVersion' | 'windowsFxVersion' | 'javaVersion' | 'phpVersion' | 'pythonVersion' | 'httpLoggingEnabled' | 'minTlsCipherSuite'
  >;
  /** mamori: whether App Service authentication (Easy Auth) is on (`WebApps.getAuthSettingsV2WithoutSecrets` → `platform.enabled`). */
  authEnabled?: boolean;
  /**
   * mamori: basic-auth publishing credentials allowed for FTP and for SCM (Kudu / Web Deploy):
   * `WebApps.getFtpAllowed` and `WebApps.getScmAllowed` → `allow`.
   */
  basicPublishingCredentials?: { ftp?: boolean; scm?: boolean };
};

export type VirtualMachineConfig = Pick<VirtualMachine, 'id' | 'name' | 'hardwareProfile' | 'storageProfile' | 'osProfile' | 'networkProfile' | 'securityProfile' | 'identity' | 'diagnosticsProfile'> & {
  /** mamori: installed extensions (`VirtualMachineExtensions.list`: name, publisher, type, provisioning state); `[]` when none. */
  extensions?: { name: string; publisher?: string; type?: string; provisioningState?: string }[];
};
export type DiskConfig = Pick<Disk, 'id' | 'name' | 'managedBy' | 'diskState' | 'encryption' | 'encryptionSettingsCollection' | 'networkAccessPolicy' | 'publicNetworkAccess' | 'osType' | 'diskAccessId'>;
export type AksClusterConfig = Pick<
  ManagedCluster,
  | 'id'
  | 'name'
  | 'kubernetesVersion'
  | 'enableRbac'
  | 'aadProfile'
  | 'apiServerAccessProfile'
  | 'networkProfile'
  | 'addonProfiles'
  | 'disableLocalAccounts'
  | 'securityProfile'
  | 'autoUpgradeProfile'
  | 'agentPoolProfiles'
  | 'identity'
  | 'privateFqdn'
  | 'publicNetworkAccess'
>;
