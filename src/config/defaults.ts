/**
 * What no config file means. Kept apart from the schema (zod) and the parser (yaml) so a command
 * run without a config file loads neither.
 */
import type { MamoriConfig } from './schema.js';

export const DEFAULT_CRITICALITY_TAG = 'mamori:criticality';
export const DEFAULT_DATA_CLASSIFICATION_TAG = 'data-classification';
export const DEFAULT_SENSITIVE_DATA_VALUES = ['confidential', 'restricted', 'pii'] as const;

/** Defaults only: what a missing default config file means. */
export function defaultConfig(): MamoriConfig {
  return {
    risk: {
      criticalityTag: DEFAULT_CRITICALITY_TAG,
      criticalResources: [],
      productionAccounts: [],
      sandboxAccounts: [],
      dataClassificationTag: DEFAULT_DATA_CLASSIFICATION_TAG,
      sensitiveDataValues: [...DEFAULT_SENSITIVE_DATA_VALUES],
    },
    automation: [],
    suppressions: [],
    notifications: [],
    detection: { allowlists: [], automation: [] },
  };
}
