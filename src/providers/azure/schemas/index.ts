/**
 * What the Azure collector writes in each resource type's config (the SDK's deserialised shape,
 * trimmed, see ../model). The engine reports a rule's result NOT_ASSESSED when a field the rule
 * requires is missing or of another kind, so a config that lost a field never reads as "not
 * configured". Spec syntax: src/model/snapshot.ts (FieldSpec).
 *
 * ARM leaves out many properties that hold their default, so most fields are optional (`?`) and
 * their absence is a value the rules interpret. Without `?`: `id` and `name`, which ARM always
 * returns, the fields ARM always returns for a type, and what mamori adds itself.
 */
import type { ConfigSchema } from '../../../model/snapshot.js';
import { COMPUTE_SCHEMAS } from './compute.js';
import { DATABASES_SCHEMAS } from './databases.js';
import { DEFENDER_SCHEMAS } from './defender.js';
import { ENTRA_SCHEMAS } from './entra.js';
import { HIERARCHY_SCHEMAS } from './hierarchy.js';
import { KEYVAULT_SCHEMAS } from './keyvault.js';
import { MONITOR_SCHEMAS } from './monitor.js';
import { NETWORK_SCHEMAS } from './network.js';
import { STORAGE_SCHEMAS } from './storage.js';

export const AZURE_RESOURCE_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  ...HIERARCHY_SCHEMAS,
  ...ENTRA_SCHEMAS,
  ...DEFENDER_SCHEMAS,
  ...MONITOR_SCHEMAS,
  ...NETWORK_SCHEMAS,
  ...KEYVAULT_SCHEMAS,
  ...STORAGE_SCHEMAS,
  ...DATABASES_SCHEMAS,
  ...COMPUTE_SCHEMAS,
};
