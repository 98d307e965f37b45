/**
 * Signal titles in the reader's language where the data carries only the English one: an attack
 * sequence's timeline stores each member's English title (and sequences stored in the hub keep
 * it so), so `--lang ja` looks the Japanese title up by rule id — first in the titles the caller
 * has at hand (this run's signals, the hub's findings), then among the built-in rules
 * (`title_ja` of rules/detection/**.yml, and the baseline rules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { TEMPLATES } from '../correlate/templates.js';
import { BASELINE_RULES, BEDROCK_FIRST_USE_RULE } from '../detect/baseline/index.js';
import type { Signal } from '../model/signal.js';
import type { Lang, LocalizedText } from '../model/types.js';
import { packageRoot } from '../version.js';

/** Rule id → localized title. */
export type TitleBook = ReadonlyMap<string, LocalizedText>;

let builtin: Map<string, LocalizedText> | undefined;

/** One top-level `key: value` of a rule file (values are one-line YAML scalars). */
function topLevel(text: string, key: string): string | undefined {
  const m = new RegExp(`^${key}:[ \\t]*(.+)$`, 'm').exec(text);
  if (!m) return undefined;
  try {
    const v = yaml.load(m[1]);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The built-in rules' titles, read once (only when a Japanese title is asked for). */
export function builtinTitles(): ReadonlyMap<string, LocalizedText> {
  if (builtin) return builtin;
  builtin = new Map();
  for (const r of [...Object.values(BASELINE_RULES), BEDROCK_FIRST_USE_RULE]) builtin.set(r.id, { en: r.title, ja: r.title_ja });
  const dir = join(packageRoot(), 'rules', 'detection');
  let files: string[] = [];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));
  } catch {
    return builtin; // an installation without the rule files: English titles stay
  }
  for (const f of files) {
    try {
      const text = readFileSync(join(dir, f), 'utf8');
      const name = topLevel(text, 'name') ?? f.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      const en = topLevel(text, 'title');
      const ja = topLevel(text, 'title_ja');
      if (en && ja) builtin.set(name, { en, ja });
    } catch {
      /* an unreadable file is the rule loader's to report */
    }
  }
  return builtin;
}

/** The titles this run's signals carry (rules given with --rules too). */
export function titlesOfSignals(signals: Iterable<Pick<Signal, 'ruleId' | 'title' | 'localized'>>): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  for (const s of signals) if (s.localized?.title?.ja && !out.has(s.ruleId)) out.set(s.ruleId, s.localized.title);
  return out;
}

/** A signal's title in a language: the English title unless a Japanese one is known for its rule. */
export function signalTitle(entry: { ruleId: string; title: string; localized?: { title?: LocalizedText } }, lang: Lang, book?: TitleBook): string {
  if (lang === 'en') return entry.title;
  const own = entry.localized?.title?.[lang];
  if (own) return own;
  return (book?.get(entry.ruleId) ?? builtinTitles().get(entry.ruleId))?.[lang] || entry.title;
}

/** A sequence (view or evidence holder) with its timeline's titles in a language; English stays as it is. */
export function localizeSequenceView<V extends { title: string; resourceName: string; evidence: { template: string; timeline: readonly { ruleId: string; title: string }[] } }>(
  view: V,
  lang: Lang,
  book?: TitleBook,
): V {
  if (lang === 'en') return view;
  const timeline = view.evidence.timeline.map((e) => ({ ...e, title: signalTitle(e, lang, book) }));
  return { ...view, title: sequenceTitleIn(view, lang), evidence: { ...view.evidence, timeline } };
}

/** A sequence's title in a language: its template's title and what it is about (as correlation titles it). */
export function sequenceTitleIn(view: { title: string; resourceName: string; evidence: { template: string } }, lang: Lang): string {
  if (lang === 'en') return view.title;
  const template = TEMPLATES.find((t) => t.id === view.evidence.template);
  return `${template ? template.title[lang] : '多段階の攻撃活動'} — ${view.resourceName}`;
}

/** The reason line of an attack sequence finding, in a language (the stored reason is English). */
export function sequenceReason(
  e: { members?: readonly string[]; truncated?: number; tactics?: readonly string[]; firstSeen?: string; lastSeen?: string; principals?: readonly string[]; sourceIps?: readonly string[] },
  lang: Lang,
): string | undefined {
  if (lang === 'en' || !Array.isArray(e.members) || !e.firstSeen || !e.lastSeen) return undefined;
  const n = e.members.length + (e.truncated ?? 0);
  const tactics = e.tactics?.length ? `（ATT&CK の ${e.tactics.length} 個の戦術にわたる）` : '';
  const principals = e.principals?.length ? `。プリンシパル: ${e.principals.slice(0, 3).join(', ')}` : '';
  const ips = e.sourceIps?.length ? `。アドレス: ${e.sourceIps.slice(0, 5).join(', ')}` : '';
  return `${e.firstSeen} 〜 ${e.lastSeen} に ${n} 件のシグナル${tactics}${principals}${ips}。`;
}
