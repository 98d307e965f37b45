/**
 * The effective EC2 declarative policy of an account, attribute by attribute, from the policies
 * attached along its path (root → OUs → account), as AWS Organizations documents inheritance for
 * management policy types (AWS Organizations User Guide › Understanding declarative policy
 * inheritance › Inheritance operators):
 *   - a child's `@@assign` replaces the value it inherits;
 *   - `@@operators_allowed_for_child_policies` without `@@assign` (e.g. `["@@none"]`) on a node
 *     freezes that node and everything under it for the levels below.
 * Simplification: when two policies at the SAME level assign one attribute, the later one in
 * snapshot order wins (AWS reports such a conflict in the effective policy; it is rare).
 */

export interface DeclarativePolicyRef {
  /** Policy name (or id). */
  name: string;
  /** Policy ARN (the resource uid). */
  arn: string;
  /** Parsed content; undefined when it could not be read. */
  content: unknown;
}

export interface DeclarativeLevel {
  /** r-…, ou-…, or the account id. */
  target: string;
  policies: DeclarativePolicyRef[];
}

export interface EffectiveAttribute {
  value: unknown;
  /** The policy and level the effective value comes from. */
  policy: string;
  target: string;
}

const ASSIGN = '@@assign';
const ALLOWED = '@@operators_allowed_for_child_policies';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a node stops children from assigning below it. */
function freezes(node: Record<string, unknown>): boolean {
  const allowed = node[ALLOWED];
  if (allowed === undefined) return false;
  const list = Array.isArray(allowed) ? allowed : [allowed];
  return !list.includes(ASSIGN) && !list.includes('@@all');
}

/**
 * The effective value of `ec2_attributes.<path>` for the account whose path `levels` is (root
 * first), or null when no policy assigns it.
 */
export function effectiveAttribute(levels: readonly DeclarativeLevel[], path: readonly string[]): EffectiveAttribute | null {
  let result: EffectiveAttribute | null = null;
  let frozen = false;
  for (const level of levels) {
    let freezeBelow = false;
    for (const p of level.policies) {
      let node: unknown = isObject(p.content) ? p.content.ec2_attributes : undefined;
      if (!isObject(node)) continue;
      let nodeFrozen = freezes(node);
      for (const key of path) {
        const next: unknown = (node as Record<string, unknown>)[key];
        if (!isObject(next)) {
          node = undefined;
          break;
        }
        node = next;
        nodeFrozen ||= freezes(next);
      }
      if (!isObject(node)) continue;
      if (!frozen && ASSIGN in node) result = { value: node[ASSIGN], policy: p.name, target: level.target };
      if (nodeFrozen) freezeBelow = true;
    }
    if (freezeBelow) frozen = true;
  }
  return result;
}
