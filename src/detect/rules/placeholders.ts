/**
 * Sigma placeholders (`|expand`): a value such as `%admin_roles%` stands for a list the
 * organisation defines once — in pySigma a processing pipeline supplies it, in mamori the config
 * (`detection.placeholders`). Expansion happens when a rule loads, before it compiles, so a rule
 * with placeholders costs exactly what the same rule with the values written out costs.
 *
 * As pySigma's value-list placeholder transformation does, each value holding placeholders becomes
 * one value per combination of their values (`arn:aws:iam::%accounts%:role/%roles%` with 2 accounts
 * and 3 roles: 6 values), wildcards in them kept; the `expand` modifier is then dropped. A value
 * without a placeholder is kept as it is. A placeholder the config does not define makes the rule
 * fail to load with a clear message (never a rule that silently matches the literal `%name%`).
 */
import { RuleCompileError } from './compile.js';

export type Placeholders = Readonly<Record<string, readonly string[]>>;

/** A placeholder name as pySigma reads it: `%` word characters, dashes and dots `%`. */
const PLACEHOLDER = /%([A-Za-z0-9_.-]+)%/g;

/** Upper bound on the values one field's expansion may produce (the compile limit on values per field is the same order). */
export const MAX_EXPANDED_VALUES = 10_000;

/**
 * The detection with every `|expand` field's placeholders replaced by the configured values. Returns
 * the same object when no field uses `expand`. Throws RuleCompileError (with the field's path) for an
 * undefined placeholder, a non-string value with `expand`, or an expansion over MAX_EXPANDED_VALUES.
 */
export function expandPlaceholders(detection: Record<string, unknown>, placeholders: Placeholders | undefined): Record<string, unknown> {
  if (!usesExpand(detection)) return detection;
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(detection)) {
    out[name] = name === 'condition' ? def : expandSelection(def, placeholders, ['detection', name]);
  }
  return out;
}

/**
 * Whether some field key uses `expand`. Only selections' own keys matter (selections are maps or
 * lists of maps of field: value), so two levels are looked at — never a walk into a YAML alias
 * that refers to itself, which the compiler then refuses with its own message.
 */
function usesExpand(detection: Record<string, unknown>): boolean {
  const keyUses = (map: unknown) => !!map && typeof map === 'object' && !Array.isArray(map) && Object.keys(map).some((k) => k.split('|').slice(1).includes('expand'));
  return Object.entries(detection).some(([name, def]) => name !== 'condition' && (keyUses(def) || (Array.isArray(def) && def.some(keyUses))));
}

function expandSelection(def: unknown, placeholders: Placeholders | undefined, path: (string | number)[]): unknown {
  if (Array.isArray(def)) return def.map((item, i) => (item && typeof item === 'object' && !Array.isArray(item) ? expandMap(item as Record<string, unknown>, placeholders, [...path, i]) : item));
  if (def && typeof def === 'object') return expandMap(def as Record<string, unknown>, placeholders, path);
  return def;
}

function expandMap(map: Record<string, unknown>, placeholders: Placeholders | undefined, path: (string | number)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) {
    const [field, ...modifiers] = key.split('|');
    if (!modifiers.includes('expand')) {
      out[key] = value;
      continue;
    }
    const at = [...path, key];
    if (!placeholders) {
      throw new RuleCompileError('unsupported', `field "${field}" uses |expand, but the config defines no placeholders (detection.placeholders: { name: [values] })`, at);
    }
    const values = Array.isArray(value) ? value : [value];
    const expanded: unknown[] = [];
    values.forEach((v, i) => {
      const where = Array.isArray(value) ? [...at, i] : at;
      if (typeof v !== 'string') throw new RuleCompileError('invalid', `|expand needs string values (field "${field}")`, where);
      const list = expandValue(v, placeholders, field, where);
      if (modifiers.includes('all') && list.length !== 1) {
        // With |all each written value must match; an expanded value is a choice among its
        // expansions, which the flat value list of a field cannot say.
        throw new RuleCompileError('unsupported', `|expand with |all needs each placeholder to have one value (field "${field}")`, where);
      }
      expanded.push(...list);
      if (expanded.length > MAX_EXPANDED_VALUES) throw new RuleCompileError('invalid', `|expand gives more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values for field "${field}"`, at);
    });
    const rest = modifiers.filter((m) => m !== 'expand');
    out[[field, ...rest].join('|')] = expanded.length === 1 ? expanded[0] : expanded;
  }
  return out;
}

function expandValue(value: string, placeholders: Placeholders, field: string, path: (string | number)[]): string[] {
  const names = [...value.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (names.length === 0) return [value];
  let results = [''];
  let last = 0;
  for (const m of value.matchAll(PLACEHOLDER)) {
    const literal = value.slice(last, m.index);
    const list = Object.hasOwn(placeholders, m[1]) ? placeholders[m[1]] : undefined;
    if (!list) throw new RuleCompileError('invalid', `placeholder %${m[1]}% (field "${field}") is not defined in the config (detection.placeholders)`, path);
    if (list.length === 0) throw new RuleCompileError('invalid', `placeholder %${m[1]}% (field "${field}") has no values in the config`, path);
    const next: string[] = [];
    for (const r of results) for (const v of list) next.push(r + literal + v);
    if (next.length > MAX_EXPANDED_VALUES) throw new RuleCompileError('invalid', `|expand gives more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values for field "${field}"`, path);
    results = next;
    last = m.index + m[0].length;
  }
  const tail = value.slice(last);
  return results.map((r) => r + tail);
}
