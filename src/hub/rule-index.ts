/**
 * An index over an ordered list of rules (suppressions, automation rules) so that a finding meets
 * only the rules that could match it, not all of them: 100,000 suppressions tested one by one
 * against every finding took minutes.
 *
 * Each rule is filed under one necessary condition drawn from its criteria: a field of the
 * finding equals one of some values (bucketed by value), or starts with one of some literal
 * prefixes (globs are filed under the text before their first wildcard). A rule with no such
 * condition (only negations, severities, dates, or globs starting with a wildcard) is kept in a
 * residual list that every finding meets. Candidates come back in rule order and the caller still
 * runs the full match on each: the index may only include too much, never leave a rule out.
 *
 * Only fields that automation actions cannot change are indexed (actions change severity,
 * workflow status and user fields), so the candidates of a finding hold for every rule in turn.
 */
import { globLiteralPrefix, isGlob } from './glob.js';
import type { HubFinding } from './model.js';

/** Fields a rule can be filed under. `tag` is `key + TAG_SEPARATOR + value` of one resource tag. */
export const INDEXED_FIELDS = ['ruleId', 'resourceUid', 'account', 'region', 'resourceType', 'tag'] as const;
export type IndexedField = (typeof INDEXED_FIELDS)[number];

export const TAG_SEPARATOR = '\u0000';

/** A necessary condition for a rule to match: `field` equals `value`, or starts with it (`prefix`). */
export interface IndexKey {
  field: IndexedField;
  value: string;
  prefix: boolean;
}

/** Several keys: the rule can match only if one of them holds. */
export type IndexKeys = readonly IndexKey[];

/**
 * How narrow a set of keys is likely to be (lower is narrower), to choose among the conditions
 * of one rule: a resource or rule id names few findings, a region many.
 */
export function keysCost(keys: IndexKeys): number {
  let worst = 0;
  for (const k of keys) {
    const base = FIELD_COST[k.field];
    const cost = k.prefix ? base + 10 - Math.min(k.value.length, 40) / 10 : base;
    if (cost > worst) worst = cost;
  }
  return worst;
}

const FIELD_COST: Record<IndexedField, number> = { resourceUid: 1, ruleId: 2, tag: 3, account: 4, resourceType: 6, region: 8 };

/** The narrower of two key sets (undefined means "no condition"). */
export function narrower(a: IndexKeys | undefined, b: IndexKeys | undefined): IndexKeys | undefined {
  if (!a) return b;
  if (!b) return a;
  return keysCost(b) < keysCost(a) ? b : a;
}

/** Keys for "the field matches one of these globs": the exact value, or the text before the first wildcard. */
export function globKeys(field: IndexedField, globs: readonly string[], keyPrefix = ''): IndexKey[] | undefined {
  if (globs.length === 0) return undefined;
  const keys: IndexKey[] = [];
  for (const g of globs) {
    if (typeof g !== 'string') return undefined;
    if (!isGlob(g)) keys.push({ field, value: keyPrefix + g, prefix: false });
    else {
      const literal = globLiteralPrefix(g);
      // A glob that starts with a wildcard says nothing about the start of the value.
      if (literal === '' && keyPrefix === '') return undefined;
      keys.push({ field, value: keyPrefix + literal, prefix: true });
    }
  }
  return keys;
}

/** Keys for "the field equals one of these values". */
export function exactKeys(field: IndexedField, values: readonly unknown[], keyPrefix = ''): IndexKey[] | undefined {
  if (values.length === 0) return undefined;
  const keys: IndexKey[] = [];
  for (const v of values) {
    if (typeof v !== 'string') return undefined;
    keys.push({ field, value: keyPrefix + v, prefix: false });
  }
  return keys;
}

interface FieldIndex {
  exact: Map<string, number[]>;
  prefix: Map<string, number[]>;
  /** Distinct lengths of the prefixes, ascending: a value is looked up once per length. */
  prefixLengths: number[];
}

const FIELD_NUMBER: Record<IndexedField, number> = { ruleId: 0, resourceUid: 1, account: 2, region: 3, resourceType: 4, tag: 5 };

function push(map: Map<string, number[]>, key: string, rule: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [rule]);
  // Rules are added in order, so a rule filed twice under one key is the last entry.
  else if (list[list.length - 1] !== rule) list.push(rule);
}

/** Rule numbers by the conditions they were filed under. Build with `add` in rule order, then `candidates`. */
export class RuleIndex {
  private readonly fields: FieldIndex[] = INDEXED_FIELDS.map(() => ({ exact: new Map(), prefix: new Map(), prefixLengths: [] }));
  private readonly residual: number[] = [];
  private size = 0;
  // Scratch for candidates(): lists met, and a stamp per rule to merge them without duplicates.
  private readonly met: (readonly number[])[] = [];
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private readonly merged: number[] = [];

  /** Files rule number `rule` (numbers must be added in ascending order) under `keys`, or as residual. */
  add(rule: number, keys: IndexKeys | undefined): void {
    this.size = Math.max(this.size, rule + 1);
    if (!keys || keys.length === 0) {
      this.residual.push(rule);
      return;
    }
    for (const k of keys) {
      const field = this.fields[FIELD_NUMBER[k.field]];
      if (!k.prefix) push(field.exact, k.value, rule);
      else {
        if (!field.prefix.has(k.value) && !field.prefixLengths.includes(k.value.length)) {
          field.prefixLengths.push(k.value.length);
          field.prefixLengths.sort((a, b) => a - b);
        }
        push(field.prefix, k.value, rule);
      }
    }
  }

  /** How many rules sit in the residual list (met by every finding). */
  get residualCount(): number {
    return this.residual.length;
  }

  private meet(field: FieldIndex, value: string): void {
    const exact = field.exact.get(value);
    if (exact) this.met.push(exact);
    const lengths = field.prefixLengths;
    for (let i = 0; i < lengths.length && lengths[i] <= value.length; i++) {
      const list = field.prefix.get(lengths[i] === value.length ? value : value.slice(0, lengths[i]));
      if (list) this.met.push(list);
    }
  }

  private meetValue(n: number, value: unknown): void {
    if (value === undefined || value === null) return;
    const field = this.fields[n];
    if (field.exact.size === 0 && field.prefix.size === 0) return;
    this.meet(field, typeof value === 'string' ? value : String(value));
  }

  /**
   * The rules that may match the finding, ascending. The array is the index's own (or one of its
   * buckets): read it before the next call and do not change it.
   */
  candidates(f: HubFinding): readonly number[] {
    this.met.length = 0;
    if (this.residual.length) this.met.push(this.residual);
    this.meetValue(0, f.ruleId);
    this.meetValue(1, f.resourceUid);
    this.meetValue(2, f.account);
    this.meetValue(3, f.region);
    this.meetValue(4, f.resourceType);
    const tags = this.fields[5];
    if ((tags.exact.size || tags.prefix.size) && f.resourceTags) {
      for (const key in f.resourceTags) {
        const v = f.resourceTags[key];
        if (v !== undefined && v !== null) this.meet(tags, key + TAG_SEPARATOR + (typeof v === 'string' ? v : String(v)));
      }
    }
    if (this.met.length === 0) return EMPTY;
    if (this.met.length === 1) return this.met[0];
    return this.merge();
  }

  private merge(): readonly number[] {
    if (this.stamps.length < this.size) this.stamps = new Uint32Array(this.size);
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    const out = this.merged;
    out.length = 0;
    for (const list of this.met) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i];
        if (this.stamps[r] !== this.stamp) {
          this.stamps[r] = this.stamp;
          out.push(r);
        }
      }
    }
    out.sort((a, b) => a - b);
    return out;
  }
}

const EMPTY: readonly number[] = [];
