import { z } from 'zod';
import { FRAMEWORK_IDS, frameworkDefinition, isFrameworkId, type FrameworkId } from '../frameworks/index.js';
import { URGENCIES, type PostureRule } from '../model/rule.js';
import { PROVIDERS, SEVERITIES } from '../model/types.js';
import { allPostureRules } from '../providers/index.js';
import { pickRules, type RuleSelection } from './select.js';

export type { RuleSelection } from './select.js';

const text = z.string().trim().min(1);
const docSchema = z.object({
  description: text,
  urgency: text,
  risk: text,
  recommendation: text,
  console: z.array(text).min(1),
});
const ruleMetaSchema = z.object({
  id: z.string().regex(/^(aws|gcp|azure)-[a-z0-9]+(-[a-z0-9]+)+$/, 'ids look like <provider>-<service>-<what>'),
  kind: z.enum(['automated', 'manual']),
  provider: z.enum(PROVIDERS),
  services: z.array(z.string()).min(1),
  title: z.object({ en: text, ja: text }),
  severity: z.enum(SEVERITIES),
  urgency: z.enum(URGENCIES),
  frameworks: z
    .record(z.string(), z.array(text).min(1))
    .refine((f) => Object.keys(f).length > 0, 'at least one framework mapping')
    .refine((f) => Object.keys(f).every(isFrameworkId), `framework ids must be one of ${FRAMEWORK_IDS.join(', ')}`),
  doc: z.object({ en: docSchema, ja: docSchema }),
  references: z.array(z.url()).min(1),
  resourceTypes: z.array(text).min(1).optional(),
  remediation: z.object({ cli: text, terraform: text, cloudformation: text.optional(), bicep: text.optional() }).optional(),
});

/** Validates every rule's metadata and refuses duplicates: a bad rule fails loudly at load time. */
export function buildRegistry(rules: readonly PostureRule[]): Map<string, PostureRule> {
  const registry = new Map<string, PostureRule>();
  for (const rule of rules) {
    const parsed = ruleMetaSchema.safeParse(rule);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`rule ${rule.id ?? '(no id)'}: invalid metadata at ${issue.path.join('.')}: ${issue.message}`);
    }
    if (rule.kind === 'automated' && (!rule.resourceTypes || !rule.remediation || typeof rule.evaluate !== 'function')) {
      throw new Error(`rule ${rule.id}: automated rules need resourceTypes, remediation and evaluate()`);
    }
    if (!rule.id.startsWith(`${rule.provider}-`)) throw new Error(`rule ${rule.id}: id must start with its provider "${rule.provider}-"`);
    if (rule.provider === 'aws' && rule.remediation && !rule.remediation.cloudformation) {
      throw new Error(`rule ${rule.id}: AWS rules give a CloudFormation remediation`);
    }
    if (rule.provider === 'azure' && rule.kind === 'automated' && !rule.remediation?.bicep) {
      throw new Error(`rule ${rule.id}: Azure rules give a Bicep remediation`);
    }
    for (const fw of Object.keys(rule.frameworks) as FrameworkId[]) {
      const owner = frameworkDefinition(fw).provider;
      if (owner && owner !== rule.provider) throw new Error(`rule ${rule.id}: framework ${fw} is for ${owner}, not ${rule.provider}`);
    }
    if (rule.kind === 'automated' && rule.readsAcrossScopes?.some((t) => !rule.reads?.includes(t))) {
      throw new Error(`rule ${rule.id}: readsAcrossScopes must be a subset of reads`);
    }
    if (registry.has(rule.id)) throw new Error(`duplicate rule id: ${rule.id}`);
    registry.set(rule.id, rule);
  }
  return registry;
}

let cached: Map<string, PostureRule> | undefined;
export function postureRules(): Map<string, PostureRule> {
  cached ??= buildRegistry(allPostureRules());
  return cached;
}

/** The registry's rules that the selection asks for (unknown ids and frameworks are errors). */
export function selectRules(selection: RuleSelection = {}): PostureRule[] {
  return pickRules(postureRules(), selection);
}
