import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as diskExportRestricted } from './azure-compute-disk-export-restricted/rule.js';
import { rule as vmDiskEncryption } from './azure-compute-vm-disk-encryption/rule.js';
import { rule as vmManagedDisks } from './azure-compute-vm-managed-disks/rule.js';
import { rule as vmTrustedLaunch } from './azure-compute-vm-trusted-launch/rule.js';

export const rules: PostureRule[] = [vmManagedDisks, vmDiskEncryption, vmTrustedLaunch, diskExportRestricted];
