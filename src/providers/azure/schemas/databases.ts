/** Config schemas of the databases types (model/databases.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const DATABASES_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
