/** Config schemas of the network types (model/network.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const NETWORK_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
