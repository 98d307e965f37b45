/**
 * The pre-built rule summaries for `rules list` (see rule-catalogue.ts). This source holds none:
 * scripts/bundle-cli.ts fills this module in the bundle from the validated registry. Without a
 * bundle they are taken from the rule modules.
 */
import type { RuleSummary } from './rule-catalogue.js';

export const RULE_SUMMARIES: readonly RuleSummary[] | undefined = undefined;
