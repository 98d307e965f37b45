/** Config schemas of the compute types (model/compute.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const COMPUTE_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
