/**
 * The labelled accuracy corpus (issue #12): every built-in rule's own cases (its positives, and its
 * benign look-alikes run through ALL rules) and the independent scenarios under
 * bench/corpus/scenarios/ (attack and benign CloudTrail written from the behaviour, not from the
 * rules), scored as a new user would score mamori:
 *   recall = attack items that raised the expected detection / attack items,
 *   false-positive rate = benign items that raised any signal / benign items.
 * A rule's positive counts as detected when that rule fires; a scenario's attack when any signal
 * carries one of its ATT&CK tactics or techniques.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DetectionSchema } from '../../src/config/detection.js';
import { compileRuleSet, testEvent, type DetectionRule, type RuleHit } from '../../src/detect/rules/index.js';
import { Tuner, type DetectionTuning } from '../../src/detect/tuning.js';
import type { CloudEvent, EventSource } from '../../src/model/event.js';
import { fromCloudTrail } from '../../src/providers/logs.js';

export interface LabelledItem {
  /** `rule:<name>/<case>` or `scenario:<file>/<name>`. */
  id: string;
  kind: 'rule-case' | 'scenario';
  label: 'attack' | 'benign';
  source: EventSource;
  events: Record<string, unknown>[];
  mamori?: Record<string, unknown>;
  /** rule-case positives: the rule that must fire. */
  rule?: string;
  /** scenario attacks: a signal must carry one of these ATT&CK ids (tactic or technique, sub-techniques match their parent). */
  attack?: string[];
  /** The corpus's declared tuning (its detection.yaml: automation principals), as a team's config gives it. */
  tuning?: DetectionTuning;
}

export interface ItemResult {
  item: LabelledItem;
  /** Rules that fired. */
  fired: string[];
  /** attack: detected as expected; benign: nothing fired. */
  correct: boolean;
}

/** Rule cases: positives of every rule, and benign look-alikes (the rule's other negatives are structural checks, not labelled). */
export function ruleCaseItems(rules: readonly DetectionRule[]): LabelledItem[] {
  const items: LabelledItem[] = [];
  for (const r of rules) {
    if (r.correlation) continue;
    for (const t of r.tests) {
      if (!t.match && !t.benign) continue;
      items.push({
        id: `rule:${r.name}/${t.name}`,
        kind: 'rule-case',
        label: t.match ? 'attack' : 'benign',
        source: r.logsource.service,
        events: t.events,
        ...(t.mamori ? { mamori: t.mamori as Record<string, unknown> } : {}),
        ...(t.match ? { rule: r.name } : {}),
      });
    }
  }
  return items;
}

interface ScenarioFile {
  scenarios?: { name: string; label: 'attack' | 'benign'; techniques?: string[]; tactics?: string[]; source?: string; log?: EventSource; events: Record<string, unknown>[] }[];
}

/** The scenario files of a folder (YAML, `scenarios:` lists). */
export function scenarioItems(dir: string): LabelledItem[] {
  const items: LabelledItem[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    return items;
  }
  let tuning: DetectionTuning | undefined;
  try {
    tuning = DetectionSchema.parse(parse(readFileSync(join(dir, 'detection.yaml'), 'utf8')));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const f of files) {
    if (f === 'detection.yaml') continue;
    const doc = parse(readFileSync(join(dir, f), 'utf8'), { maxAliasCount: 10_000 }) as ScenarioFile;
    for (const s of doc?.scenarios ?? []) {
      if (s.label !== 'attack' && s.label !== 'benign') throw new Error(`${f}: scenario "${s.name}": label must be attack or benign`);
      if (!Array.isArray(s.events) || !s.events.length) throw new Error(`${f}: scenario "${s.name}": no events`);
      const attack = [...(s.techniques ?? []), ...(s.tactics ?? [])].map((x) => String(x).toUpperCase());
      if (s.label === 'attack' && !attack.length) throw new Error(`${f}: scenario "${s.name}": an attack needs techniques or tactics`);
      items.push({ id: `scenario:${f}/${s.name}`, kind: 'scenario', label: s.label, source: s.log ?? 'cloudtrail', events: s.events, ...(s.label === 'attack' ? { attack } : {}), ...(tuning ? { tuning } : {}) });
    }
  }
  return items;
}

/** Whether a hit carries one of the ATT&CK ids (a sub-technique satisfies its parent and the reverse). */
function carries(hit: RuleHit, ids: readonly string[]): boolean {
  const mine = [...hit.rule.tactics, ...hit.rule.techniques];
  return ids.some((id) => mine.some((m) => m === id || m.startsWith(`${id}.`) || id.startsWith(`${m}.`)));
}

/** A CloudTrail record as the reader makes it (actor and source known: tuning needs them), else as rule tests do. */
function eventOf(record: Record<string, unknown>, source: EventSource, index: number): CloudEvent {
  if (source === 'cloudtrail') {
    const e = fromCloudTrail(record);
    if (typeof e !== 'string') return e;
  }
  return testEvent(record, source, index);
}

/** Runs each item through all the rules of its log (a fresh rule set per item, as one detection run). */
export function evaluate(rules: readonly DetectionRule[], items: readonly LabelledItem[]): ItemResult[] {
  const bySource = new Map<EventSource, DetectionRule[]>();
  for (const r of rules) bySource.set(r.logsource.service, [...(bySource.get(r.logsource.service) ?? []), r]);
  return items.map((item) => {
    const rs = compileRuleSet(bySource.get(item.source) ?? [], item.tuning ? { exclude: new Tuner(item.tuning).exclude } : {});
    const hits: RuleHit[] = [];
    item.events.forEach((record, i) => hits.push(...rs.process(eventOf(record, item.source, i), item.mamori)));
    hits.push(...rs.flush());
    const fired = [...new Set(hits.map((h) => h.rule.name))];
    const correct =
      item.label === 'benign' ? fired.length === 0 : item.rule ? fired.includes(item.rule) : hits.some((h) => carries(h, item.attack ?? []));
    return { item, fired, correct };
  });
}

export interface AccuracySummary {
  attacks: number;
  detected: number;
  benign: number;
  falsePositives: number;
  recall: number;
  falsePositiveRate: number;
  /** Per rule: its positives and how many it caught; benign items it fired on (out of all benign items). */
  perRule: Map<string, { positives: number; caught: number; falsePositives: number }>;
  missed: ItemResult[];
  noisy: ItemResult[];
}

export function summarize(results: readonly ItemResult[], rules: readonly DetectionRule[]): AccuracySummary {
  const perRule = new Map<string, { positives: number; caught: number; falsePositives: number }>();
  for (const r of rules) perRule.set(r.name, { positives: 0, caught: 0, falsePositives: 0 });
  let attacks = 0;
  let detected = 0;
  let benign = 0;
  let falsePositives = 0;
  const missed: ItemResult[] = [];
  const noisy: ItemResult[] = [];
  for (const res of results) {
    if (res.item.label === 'attack') {
      attacks++;
      if (res.correct) detected++;
      else missed.push(res);
      if (res.item.rule) {
        const pr = perRule.get(res.item.rule)!;
        pr.positives++;
        if (res.correct) pr.caught++;
      }
    } else {
      benign++;
      if (!res.correct) {
        falsePositives++;
        noisy.push(res);
        for (const name of res.fired) perRule.get(name)!.falsePositives++;
      }
    }
  }
  return { attacks, detected, benign, falsePositives, recall: attacks ? detected / attacks : 1, falsePositiveRate: benign ? falsePositives / benign : 0, perRule, missed, noisy };
}
