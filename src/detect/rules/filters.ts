/**
 * Sigma filters (sigma-specification "Sigma Filters", also called meta filters or defeats): a
 * document that tunes other rules without editing them — the usual way a team says "this writer of
 * pipeline artifacts is our CI user" or "ignore the scanner's address".
 *
 *   title: CI user uploads to the pipeline's source
 *   logsource: {product: aws, service: cloudtrail}
 *   filter:
 *     rules: [aws-ct-cicd-artifact-tampering]      # rule names or ids
 *     ci_user:
 *       userIdentity.arn: arn:aws:iam::123456789012:user/ci-deployer
 *     condition: not ci_user
 *
 * Applying a filter adds its selections to each target rule (renamed so they cannot clash) and
 * joins the conditions: `(rule's condition) and (filter's condition)`. The rule's own test events
 * are left as they are; `mamori rules test` runs rules unfiltered.
 */
import { z } from 'zod';
import { compileDetection, RuleCompileError } from './compile.js';
import type { DetectionRule, RuleIssue } from './types.js';

export interface SigmaFilter {
  id?: string;
  name: string;
  title: string;
  /** Rule names or ids; empty = every rule of the filter's logsource. */
  rules: string[];
  logsource?: { product?: string; service?: string };
  /** Selections and `condition`, as in a rule's detection. */
  detection: Record<string, unknown>;
  file: string;
  line?: number;
}

const FilterSchema = z.looseObject({
  title: z.string().min(1),
  id: z.string().optional(),
  name: z.string().optional(),
  logsource: z.looseObject({ product: z.string().optional(), service: z.string().optional() }).optional(),
  filter: z.looseObject({
    rules: z.union([z.string(), z.array(z.string().min(1))]).optional(),
    condition: z.string().min(1),
  }),
});

export function isFilterDocument(obj: Record<string, unknown>): boolean {
  return 'filter' in obj && !('detection' in obj) && !('correlation' in obj);
}

/** One filter document → a SigmaFilter, or the reason it is not one. */
export function buildFilter(obj: Record<string, unknown>, file: string, line: number | undefined, defaultName: string): SigmaFilter | RuleIssue {
  const parsed = FilterSchema.safeParse(obj);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { file, line, kind: 'invalid', message: `filter: ${i.path.join('.')}: ${i.message}` };
  }
  const f = parsed.data;
  const { rules, ...detection } = f.filter;
  const targets = rules === undefined || rules === 'any' ? [] : typeof rules === 'string' ? [rules] : rules;
  try {
    compileDetection(detection);
  } catch (err) {
    if (err instanceof RuleCompileError) return { file, line, ruleId: f.name ?? defaultName, kind: err.kind, message: `filter: ${err.message}` };
    throw err;
  }
  return { id: f.id, name: f.name ?? defaultName, title: f.title, rules: targets, logsource: f.logsource, detection, file, line };
}

const KEYWORDS = new Set(['and', 'or', 'not', 'of', 'them', 'all', '1']);

/** The filter's condition with its identifiers (and `them`) prefixed, so they sit beside the rule's. */
function renameCondition(condition: string, prefix: string): string {
  return condition.replace(/[A-Za-z_][A-Za-z0-9_*]*|\*/g, (word) => {
    const lower = word.toLowerCase();
    if (lower === 'them') return `${prefix}*`;
    if (KEYWORDS.has(lower)) return word;
    return prefix + word;
  });
}

/**
 * The rules with every filter applied to its targets (copies; the input is not changed), and an
 * issue per filter that names a rule that is not loaded or whose combined condition does not compile.
 */
export function applyFilters(rules: readonly DetectionRule[], filters: readonly SigmaFilter[]): { rules: DetectionRule[]; issues: RuleIssue[] } {
  const issues: RuleIssue[] = [];
  const out = rules.map((r) => ({ ...r }));
  const byRef = new Map<string, DetectionRule>();
  for (const r of out) {
    byRef.set(r.name, r);
    if (r.id) byRef.set(r.id, r);
  }
  filters.forEach((f, index) => {
    let targets: DetectionRule[];
    if (f.rules.length) {
      const missing = f.rules.filter((ref) => !byRef.has(ref));
      if (missing.length) {
        issues.push({ file: f.file, line: f.line, ruleId: f.name, kind: 'invalid', message: `filter refers to rules that are not loaded: ${missing.join(', ')}` });
        return;
      }
      targets = [...new Set(f.rules.map((ref) => byRef.get(ref)!))];
    } else {
      targets = out.filter((r) => r.detection && (!f.logsource?.service || r.logsource.service === f.logsource.service));
    }
    const prefix = `filter${index}_`;
    for (const rule of targets) {
      if (!rule.detection) {
        issues.push({ file: f.file, line: f.line, ruleId: f.name, kind: 'unsupported', message: `filter on ${rule.name}: filters apply to rules with a detection, not to correlations` });
        continue;
      }
      const { condition: own, ...selections } = rule.detection as Record<string, unknown> & { condition: string | string[] };
      const { condition, ...filterSelections } = f.detection as Record<string, unknown> & { condition: string };
      const renamed = Object.fromEntries(Object.entries(filterSelections).map(([k, v]) => [prefix + k, v]));
      const ownText = Array.isArray(own) ? own.map((c) => `(${c})`).join(' or ') : own;
      const detection = { ...selections, ...renamed, condition: `(${ownText}) and (${renameCondition(condition, prefix)})` };
      try {
        compileDetection(detection);
      } catch (err) {
        if (!(err instanceof RuleCompileError)) throw err;
        issues.push({ file: f.file, line: f.line, ruleId: f.name, kind: err.kind, message: `filter on ${rule.name}: ${err.message}` });
        continue;
      }
      rule.detection = detection;
      rule.filteredBy = [...(rule.filteredBy ?? []), f.name];
    }
  });
  return { rules: out, issues };
}
