/** Config schemas of the keyvault types (model/keyvault.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const KEYVAULT_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {
  'Microsoft.KeyVault/vaults': {
    id: 'string',
    name: 'string',
    location: 'string',
    properties: 'object',
    keys: 'array?',
    secrets: 'array?',
    certificates: 'array?',
  },
};
