/** Config schemas of the monitor types (model/monitor.ts). Conventions: ./index.ts. */
import type { ConfigSchema } from '../../../model/snapshot.js';

export const MONITOR_SCHEMAS: Readonly<Record<string, ConfigSchema>> = {};
