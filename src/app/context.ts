/**
 * An open findings hub as the application functions use it: the store, the config it was opened
 * with, and the policy (automation rules, suppressions) and risk settings taken from that config.
 * A CLI command opens one per run (withHub); a server or a worker keeps one open.
 */
import type { MamoriConfig } from '../config/schema.js';
import type { FindingPolicy } from '../hub/lifecycle.js';
import type { RiskSettings } from '../hub/risk.js';
import type { FindingStore } from '../hub/store/store.js';
import { openHub, type HubOptions } from './hub.js';

export interface HubContext {
  store: FindingStore;
  config: MamoriConfig;
  policy?: FindingPolicy;
  risk?: RiskSettings;
}

/** Opens the hub named by the options (or MAMORI_DB / the config / ~/.mamori), runs `fn`, closes it. */
export async function withHub<T>(options: HubOptions, fn: (hub: HubContext) => Promise<T>, open: { readOnly?: boolean } = {}): Promise<T> {
  const hub = await openHub(options, open);
  try {
    return await fn(hub);
  } finally {
    await hub.store.close();
  }
}
