/** Config schemas of the entra types (model/entra.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const ENTRA_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
