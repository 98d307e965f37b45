/** Config schemas of the keyvault types (model/keyvault.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const KEYVAULT_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
