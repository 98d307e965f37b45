/**
 * Choosing rules by id, provider, framework and kind. Kept apart from the registry (which loads
 * every rule module and validates it with zod) so that `mamori rules list` can apply the same
 * selection to the pre-built rule catalogue without loading either (src/cli/rule-catalogue.ts).
 */
import { FRAMEWORK_IDS, isFrameworkId, type FrameworkId } from '../frameworks/index.js';
import { MamoriError } from '../model/errors.js';
import type { FrameworkMappings } from '../model/rule.js';
import type { Provider } from '../model/types.js';

export interface RuleSelection {
  ruleIds?: string[];
  /** Only these providers' rules. */
  providers?: Provider[];
  frameworks?: string[];
  /** Include manual recommendations (default true). */
  manual?: boolean;
}

/** What selection looks at: a rule or its catalogue entry. */
export interface SelectableRule {
  id: string;
  kind: 'automated' | 'manual';
  provider: Provider;
  frameworks: FrameworkMappings;
}

/** The rules of `all` (in its order, or in ruleIds order) that the selection asks for. */
export function pickRules<R extends SelectableRule>(all: ReadonlyMap<string, R>, selection: RuleSelection = {}): R[] {
  for (const f of selection.frameworks ?? []) {
    if (!isFrameworkId(f)) throw new MamoriError('UNKNOWN_FRAMEWORK', `unknown framework "${f}" (known: ${FRAMEWORK_IDS.join(', ')})`);
  }
  let rules = [...all.values()];
  if (selection.ruleIds?.length) {
    rules = selection.ruleIds.map((id) => {
      const rule = all.get(id);
      if (!rule) throw new MamoriError('UNKNOWN_RULE', `unknown rule id "${id}" (see: mamori rules list)`);
      return rule;
    });
  }
  if (selection.providers?.length) {
    const providers = selection.providers;
    rules = rules.filter((r) => providers.includes(r.provider));
  }
  if (selection.frameworks?.length) {
    const wanted = selection.frameworks as FrameworkId[];
    rules = rules.filter((r) => wanted.some((f) => r.frameworks[f]?.length));
  }
  if (selection.manual === false) rules = rules.filter((r) => r.kind === 'automated');
  return rules;
}
