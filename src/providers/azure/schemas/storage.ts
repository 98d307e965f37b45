/** Config schemas of the storage types (model/storage.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const STORAGE_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
