/** App Service, virtual machines, disks and AKS. Conventions: ./index.ts. */
import type { Site, SiteConfigResource } from '@azure/arm-appservice';
import type { Disk, VirtualMachine } from '@azure/arm-compute';
import type { ManagedCluster } from '@azure/arm-containerservice';

export type WebAppConfig = Pick<Site, 'id' | 'name' | 'kind' | 'httpsOnly' | 'clientCertEnabled' | 'clientCertMode' | 'identity' | 'publicNetworkAccess' | 'virtualNetworkSubnetId'> & {
  siteConfig?: Pick<
    SiteConfigResource,
    'minTlsVersion' | 'scmMinTlsVersion' | 'ftpsState' | 'http20Enabled' | 'remoteDebuggingEnabled' | 'linuxFxVersion' | 'windowsFxVersion' | 'javaVersion' | 'phpVersion' | 'pythonVersion' | 'httpLoggingEnabled' | 'minTlsCipherSuite'
  >;
  /** mamori: whether App Service authentication (Easy Auth) is on. */
  authEnabled?: boolean;
  /** mamori: basic-auth publishing credentials allowed for FTP and for SCM (Kudu). */
  basicPublishingCredentials?: { ftp?: boolean; scm?: boolean };
};

export type VirtualMachineConfig = Pick<VirtualMachine, 'id' | 'name' | 'hardwareProfile' | 'storageProfile' | 'osProfile' | 'networkProfile' | 'securityProfile' | 'identity' | 'diagnosticsProfile'> & {
  /** mamori: installed extensions (publisher, type, provisioning state). */
  extensions?: { name: string; publisher?: string; type?: string; provisioningState?: string }[];
};
export type DiskConfig = Pick<Disk, 'id' | 'name' | 'managedBy' | 'diskState' | 'encryption' | 'encryptionSettingsCollection' | 'networkAccessPolicy' | 'publicNetworkAccess' | 'osType'>;
export type AksClusterConfig = Pick<
  ManagedCluster,
  'id' | 'name' | 'kubernetesVersion' | 'enableRbac' | 'aadProfile' | 'apiServerAccessProfile' | 'networkProfile' | 'addonProfiles' | 'disableLocalAccounts' | 'securityProfile' | 'autoUpgradeProfile' | 'agentPoolProfiles' | 'identity' | 'privateFqdn'
>;
