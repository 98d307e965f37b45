import assert from 'node:assert/strict';
import type { CloudEvent, EventSource } from '../../../src/model/event.js';
import { parseRuleText, resolveRules } from '../../../src/detect/rules/load.js';
import { compileRule } from '../../../src/detect/rules/ruleset.js';
import type { DetectionRule, EventEnrichment } from '../../../src/detect/rules/types.js';

let uuidN = 0;
/** A fresh UUID-shaped id. */
export function uid(): string {
  uuidN++;
  return `00000000-0000-4000-8000-${uuidN.toString(16).padStart(12, '0')}`;
}

/** Rules from YAML text; fails the test if any document does not load. */
export function rulesFrom(text: string, file?: string): DetectionRule[] {
  const named = /^name: (\S+)$/m.exec(text);
  file ??= named && !text.includes('\n---\n') ? `${named[1]}.yml` : 'mem.yml';
  const parsed = parseRuleText(text, file);
  const resolved = resolveRules(parsed.rules);
  assert.deepEqual([...parsed.issues, ...resolved.issues], [], 'rules should load');
  return resolved.rules;
}

/** One Sigma rule over CloudTrail with the given detection block (YAML, indented by 2). */
export function sigma(detection: string, extra = '', service = 'cloudtrail'): string {
  return `title: t\nid: ${uid()}\ndescription: d\nlevel: medium\nlogsource: { product: aws, service: ${service} }\ndetection:\n${detection
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n${extra}`;
}

/** Predicate of a one-rule detection. */
export function matcher(detection: string): (raw: Record<string, unknown>, extra?: EventEnrichment) => boolean {
  const [rule] = rulesFrom(sigma(detection));
  const p = compileRule(rule);
  return (raw, extra) => p(ev(raw), extra);
}

let evN = 0;
export function ev(raw: Record<string, unknown>, time?: string | number, source: EventSource = 'cloudtrail'): CloudEvent {
  const timeMs = typeof time === 'number' ? time : time ? Date.parse(time) : Date.parse('2026-01-01T00:00:00Z');
  evN++;
  return { id: `e${evN}`, source, time: new Date(timeMs).toISOString(), timeMs, account: '111111111111', region: 'us-east-1', resources: [], raw };
}
