/** Config schemas of the defender types (model/defender.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const DEFENDER_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
