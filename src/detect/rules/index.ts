/**
 * Detection rule engine: load mamori / Sigma rules, compile them, run them over CloudEvents.
 * See docs/detection-rules.md for the rule format and ruleset.ts for the streaming semantics.
 */
export type { Aggregation, Correlation, DetectionRule, EventEnrichment, RuleHit, RuleIssue, RuleLevel, RuleStatus, RuleTestCase } from './types.js';
export { loadDetectionRules, parseRuleText, resolveRules, parseTimespan } from './load.js';
export { compileRuleSet, compileRule, MAX_HIT_EVENTS, MAX_SAVED_EVENTS, type AggregationState, type RuleSet } from './ruleset.js';
export { testRules, testEvent, type RuleTestResult } from './testing.js';
export { ATTACK_TACTICS, mapAttackTags, levelToSeverity } from './attack.js';
export { parseCondition, type ConditionNode } from './condition.js';
export { getField, SUPPORTED_MODIFIERS, UNSUPPORTED_MODIFIERS, WINDASH_CHARACTERS, windashVariants, base64OffsetVariants, utf16Bytes, type Utf16Modifier } from './compile.js';
export { applyFilters, type SigmaFilter } from './filters.js';
