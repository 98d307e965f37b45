/** mamori as a library: the CLI is a thin shell over these functions. */
export { assess } from './assess/engine.js';
export { postureRules, selectRules, type RuleSelection } from './assess/registry.js';
export { summarize } from './assess/summary.js';
export { collectAws, type CollectOptions } from './providers/aws/collect/collector.js';
export { readSnapshot, writeSnapshot, parseSnapshot, type Snapshot } from './model/snapshot.js';
export type { PostureFinding } from './model/finding.js';
export type { PostureRule, AutomatedRule, ManualRule } from './model/rule.js';
export { buildReport, type AssessmentReport } from './report/report.js';
export { WRITERS, writerFor } from './report/index.js';
export { loadDemoSnapshot } from './providers/aws/demo/index.js';
