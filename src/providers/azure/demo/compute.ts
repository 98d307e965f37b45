/**
 * Compute: App Service apps (a legacy admin site with FTP and TLS 1.0 beside the hardened
 * storefront), virtual machines and their disks, and the production AKS cluster (public API server,
 * no network policy).
 */
import { AZURE_TYPES } from '../model/index.js';
import { armId, type AzureDemoBuilder } from './builder.js';
import { AZURE_DEMO } from './scenario.js';
import { NIC, subnetId, VNET } from './network.js';

const { prod, dev, names, region } = AZURE_DEMO;
const T = AZURE_TYPES;
const P = prod.subscriptionId;
const D = dev.subscriptionId;

function addWebApps(demo: AzureDemoBuilder): void {
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-web',
    type: T.webApp,
    name: 'app-shop-storefront',
    region,
    tags: { environment: 'production', workload: 'storefront' },
    config: {
      kind: 'app,linux',
      httpsOnly: true,
      clientCertEnabled: false,
      clientCertMode: 'Required',
      identity: { type: 'SystemAssigned', principalId: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', tenantId: AZURE_DEMO.tenantId },
      publicNetworkAccess: 'Enabled',
      virtualNetworkSubnetId: subnetId(VNET.prod, 'snet-web'),
      siteConfig: { minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'Disabled', http20Enabled: true, remoteDebuggingEnabled: false, linuxFxVersion: 'NODE|20-lts', httpLoggingEnabled: true, minTlsCipherSuite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256' },
      authEnabled: false,
      basicPublishingCredentials: { ftp: false, scm: false },
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-web',
    type: T.webApp,
    name: 'app-shop-legacy-admin',
    region,
    tags: { environment: 'production', workload: 'back-office' },
    config: {
      kind: 'app',
      httpsOnly: false,
      clientCertEnabled: false,
      publicNetworkAccess: 'Enabled',
      // The 2019 back-office site: deployed over FTP by an outside agency.
      siteConfig: { minTlsVersion: '1.0', scmMinTlsVersion: '1.0', ftpsState: 'AllAllowed', http20Enabled: false, remoteDebuggingEnabled: true, windowsFxVersion: '', phpVersion: '7.4', httpLoggingEnabled: false },
      authEnabled: false,
      basicPublishingCredentials: { ftp: true, scm: true },
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.webApp,
    name: 'func-shop-dev-jobs',
    region,
    tags: { environment: 'development' },
    config: {
      kind: 'functionapp,linux',
      httpsOnly: true,
      clientCertEnabled: false,
      identity: { type: 'SystemAssigned', principalId: '8f9a0b1c-2d3e-4f4a-9b5c-6d7e8f9a0b1c', tenantId: AZURE_DEMO.tenantId },
      publicNetworkAccess: 'Enabled',
      siteConfig: { minTlsVersion: '1.2', scmMinTlsVersion: '1.2', ftpsState: 'FtpsOnly', http20Enabled: true, remoteDebuggingEnabled: false, linuxFxVersion: 'PYTHON|3.11', httpLoggingEnabled: false },
      authEnabled: false,
      basicPublishingCredentials: { ftp: false, scm: true },
    },
  });
}

const osDiskId = (sub: string, rg: string, vm: string) => armId(sub, rg, T.disk, `${vm}_OsDisk_1`);

function addVirtualMachines(demo: AzureDemoBuilder): void {
  const web = 'vm-shop-web-01';
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-web',
    type: T.virtualMachine,
    name: web,
    region,
    tags: { environment: 'production', workload: 'storefront' },
    config: {
      hardwareProfile: { vmSize: 'Standard_D4s_v5' },
      storageProfile: {
        imageReference: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
        osDisk: { osType: 'Linux', name: `${web}_OsDisk_1`, createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { storageAccountType: 'Premium_LRS', id: osDiskId(P, 'rg-shop-prod-web', web) }, deleteOption: 'Delete' },
        dataDisks: [],
      },
      osProfile: { computerName: web, adminUsername: 'azureops', linuxConfiguration: { disablePasswordAuthentication: true, provisionVMAgent: true, patchSettings: { patchMode: 'AutomaticByPlatform', assessmentMode: 'AutomaticByPlatform' } } },
      networkProfile: { networkInterfaces: [{ id: NIC.web }] },
      securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true }, encryptionAtHost: true },
      identity: { type: 'SystemAssigned', principalId: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', tenantId: AZURE_DEMO.tenantId },
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      extensions: [
        { name: 'AzureMonitorLinuxAgent', publisher: 'Microsoft.Azure.Monitor', type: 'AzureMonitorLinuxAgent', provisioningState: 'Succeeded' },
        { name: 'MDE.Linux', publisher: 'Microsoft.Azure.AzureDefenderForServers', type: 'MDE.Linux', provisioningState: 'Succeeded' },
      ],
    },
  });
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-app',
    type: T.virtualMachine,
    name: names.batchVm,
    region,
    tags: { environment: 'production', workload: 'batch' },
    config: {
      hardwareProfile: { vmSize: 'Standard_D8s_v3' },
      storageProfile: {
        imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2019-Datacenter', version: 'latest' },
        osDisk: { osType: 'Windows', name: `${names.batchVm}_OsDisk_1`, createOption: 'FromImage', caching: 'ReadWrite', managedDisk: { storageAccountType: 'Premium_LRS', id: osDiskId(P, 'rg-shop-prod-app', names.batchVm) }, deleteOption: 'Detach' },
        dataDisks: [{ lun: 0, name: `${names.batchVm}-data-01`, createOption: 'Attach', caching: 'None', managedDisk: { storageAccountType: 'Premium_LRS', id: armId(P, 'rg-shop-prod-app', T.disk, `${names.batchVm}-data-01`) }, diskSizeGB: 512 }],
      },
      osProfile: { computerName: 'shopbatch01', adminUsername: 'shopadmin', windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: false, patchSettings: { patchMode: 'Manual' } } },
      networkProfile: { networkInterfaces: [{ id: NIC.batch }] },
      diagnosticsProfile: { bootDiagnostics: { enabled: true } },
      extensions: [{ name: 'MDE.Windows', publisher: 'Microsoft.Azure.AzureDefenderForServers', type: 'MDE.Windows', provisioningState: 'Succeeded' }],
    },
  });
  demo.arm({
    subscriptionId: D,
    resourceGroup: 'rg-shop-dev',
    type: T.virtualMachine,
    name: 'vm-shop-jump-01',
    region,
    tags: { environment: 'development' },
    config: {
      hardwareProfile: { vmSize: 'Standard_B2ms' },
      // Built in 2019 from a custom VHD: unmanaged disks in a storage account.
      storageProfile: {
        imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: '2016-Datacenter', version: 'latest' },
        osDisk: { osType: 'Windows', name: 'vm-shop-jump-01-os', createOption: 'FromImage', caching: 'ReadWrite', vhd: { uri: 'https://stshopdevscratch.blob.core.windows.net/vhds/vm-shop-jump-01-os.vhd' } },
        dataDisks: [],
      },
      osProfile: { computerName: 'shopjump01', adminUsername: 'devadmin', windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } },
      networkProfile: { networkInterfaces: [{ id: NIC.jump }] },
      diagnosticsProfile: { bootDiagnostics: { enabled: false } },
      extensions: [],
    },
  });

  // Managed disks: the web server's are closed to export; the batch server's were exported once for a migration and left open.
  const disks: [string, string, string, string, string | undefined, 'DenyAll' | 'AllowAll', 'Disabled' | 'Enabled'][] = [
    [P, 'rg-shop-prod-web', `${web}_OsDisk_1`, 'Linux', armId(P, 'rg-shop-prod-web', T.virtualMachine, web), 'DenyAll', 'Disabled'],
    [P, 'rg-shop-prod-app', `${names.batchVm}_OsDisk_1`, 'Windows', armId(P, 'rg-shop-prod-app', T.virtualMachine, names.batchVm), 'AllowAll', 'Enabled'],
    [P, 'rg-shop-prod-app', `${names.batchVm}-data-01`, '', armId(P, 'rg-shop-prod-app', T.virtualMachine, names.batchVm), 'AllowAll', 'Enabled'],
    [D, 'rg-shop-dev', 'disk-orphaned-import-2024', '', undefined, 'AllowAll', 'Enabled'],
  ];
  for (const [sub, rg, name, osType, vm, access, publicAccess] of disks) {
    demo.arm({
      subscriptionId: sub,
      resourceGroup: rg,
      type: T.disk,
      name,
      region,
      config: {
        ...(vm ? { managedBy: vm } : {}),
        diskState: vm ? 'Attached' : 'Unattached',
        encryption: { type: 'EncryptionAtRestWithPlatformKey' },
        networkAccessPolicy: access,
        publicNetworkAccess: publicAccess,
        ...(osType ? { osType } : {}),
      },
    });
  }
}

function addAks(demo: AzureDemoBuilder): void {
  demo.arm({
    subscriptionId: P,
    resourceGroup: 'rg-shop-prod-app',
    type: T.aksCluster,
    name: 'aks-shop-prod',
    region,
    tags: { environment: 'production', workload: 'storefront-api' },
    config: {
      kubernetesVersion: '1.30.6',
      enableRbac: true,
      aadProfile: { managed: true, enableAzureRbac: true, tenantID: AZURE_DEMO.tenantId, adminGroupObjectIDs: ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'] },
      // The API server is public, with no authorized IP ranges; pods talk to each other freely.
      apiServerAccessProfile: { enablePrivateCluster: false },
      networkProfile: { networkPlugin: 'kubenet', loadBalancerSku: 'standard', outboundType: 'loadBalancer', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' },
      addonProfiles: { azurepolicy: { enabled: false }, omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: armId(P, 'rg-contoso-logging', T.logAnalyticsWorkspace, names.workspace) } } },
      disableLocalAccounts: false,
      securityProfile: { defender: { logAnalyticsWorkspaceResourceId: armId(P, 'rg-contoso-logging', T.logAnalyticsWorkspace, names.workspace), securityMonitoring: { enabled: true } } },
      autoUpgradeProfile: { upgradeChannel: 'none', nodeOSUpgradeChannel: 'NodeImage' },
      agentPoolProfiles: [{ name: 'system', count: 5, vmSize: 'Standard_D4s_v5', mode: 'System', osType: 'Linux', enableNodePublicIP: false, vnetSubnetID: subnetId(VNET.prod, 'snet-app') }],
      identity: { type: 'SystemAssigned', principalId: 'ab0c1d2e-3f4a-4b5c-9d6e-7f8a9b0c1d2e', tenantId: AZURE_DEMO.tenantId },
      publicNetworkAccess: 'Enabled',
    },
  });
}

export function addCompute(demo: AzureDemoBuilder): void {
  addWebApps(demo);
  addVirtualMachines(demo);
  addAks(demo);
}
