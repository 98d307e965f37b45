/** Config schemas of the hierarchy types (model/hierarchy.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const HIERARCHY_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.Management/managementGroups': { name: 'string', displayName: 'string?', tenantId: 'string', parent: 'string?', ancestors: 'array' },
  'Microsoft.Resources/subscriptions': { subscriptionId: 'string', displayName: 'string?', state: 'string?', tenantId: 'string?', managementGroupAncestors: 'array', tags: 'object?' },
};
