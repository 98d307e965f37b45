/** Virtual machines (with their extensions) and managed disks (SDK `@azure/arm-compute`). OS profile secrets and custom data are never copied. */
import { mapPool } from '../../../aws/collect/pool.js';
import { AZURE_TYPES, azureUid, type VirtualMachineConfig } from '../../model/index.js';
import type { AzureServiceCollector } from '../types.js';
import { armParts, fieldsFor, pick } from '../util.js';

const VM_FIELDS = fieldsFor(AZURE_TYPES.virtualMachine, ['id', 'name', 'hardwareProfile', 'storageProfile', 'osProfile', 'networkProfile', 'securityProfile', 'identity', 'diagnosticsProfile']).filter((f) => f !== 'extensions');
const DISK_FIELDS = fieldsFor(AZURE_TYPES.disk, ['id', 'name', 'managedBy', 'diskState', 'encryption', 'encryptionSettingsCollection', 'networkAccessPolicy', 'publicNetworkAccess', 'osType']);

export const collector: AzureServiceCollector = {
  service: 'compute',
  scopes: ['subscription'],
  resourceTypes: [AZURE_TYPES.virtualMachine, AZURE_TYPES.disk],
  gatedBy: [AZURE_TYPES.virtualMachine, AZURE_TYPES.disk],
  async collect(ctx) {
    const { ComputeManagementClient } = await import('@azure/arm-compute');
    const client = ctx.clients.arm(ComputeManagementClient, ctx.scope.subscriptionId!);
    const vms = async () => {
      if (!ctx.has(AZURE_TYPES.virtualMachine)) return;
      const items = await ctx.list('compute.virtualMachines.listAll', [AZURE_TYPES.virtualMachine], () => client.virtualMachines.listAll());
      await mapPool(items ?? [], 4, async (vm) => {
        if (!vm.id || !vm.name) return;
        const { resourceGroup, name, uid } = armParts(vm.id);
        const errors: Record<string, string> = {};
        const config = pick<VirtualMachineConfig & Record<string, unknown>>(vm, VM_FIELDS);
        if (config.osProfile) {
          const os = { ...(config.osProfile as Record<string, unknown>) };
          // Never copied: custom data (may hold bootstrap secrets), the admin password, Key Vault secret references.
          delete os.customData;
          delete os.adminPassword;
          delete os.secrets;
          config.osProfile = os as VirtualMachineConfig['osProfile'];
        }
        const ext = await ctx.detail(errors, uid, 'extensions', 'compute.virtualMachineExtensions.list', () => client.virtualMachineExtensions.list(resourceGroup, name));
        if (ext) config.extensions = (ext.value ?? []).filter((e) => e.name).map((e) => pick(e, ['name', 'publisher', 'typePropertiesType', 'type', 'provisioningState', 'typeHandlerVersion', 'autoUpgradeMinorVersion', 'enableAutomaticUpgrade']));
        if (config.extensions) {
          // The SDK names the extension's own type `typePropertiesType` (the ARM `type` is the resource type).
          config.extensions = config.extensions.map((e) => {
            const { typePropertiesType, ...rest } = e as typeof e & { typePropertiesType?: string };
            return typePropertiesType ? { ...rest, type: typePropertiesType } : rest;
          });
        }
        ctx.emit({ uid: azureUid(uid), type: AZURE_TYPES.virtualMachine, name: vm.name, region: vm.location, tags: vm.tags, config, errors });
      });
    };
    const disks = async () => {
      if (!ctx.has(AZURE_TYPES.disk)) return;
      const items = await ctx.list('compute.disks.list', [AZURE_TYPES.disk], () => client.disks.list());
      for (const d of items ?? []) {
        if (!d.id || !d.name) continue;
        ctx.emit({ uid: azureUid(d.id), type: AZURE_TYPES.disk, name: d.name, region: d.location, tags: d.tags, config: pick<Record<string, unknown>>(d, DISK_FIELDS) });
      }
    };
    await Promise.all([vms(), disks()]);
  },
};
