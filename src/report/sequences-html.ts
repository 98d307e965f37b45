/**
 * Attack sequences as one self-contained HTML page: per sequence a summary, an SVG timeline (time
 * left to right, zoomed to the sequence, one lane per ATT&CK tactic it lists, a numbered marker per
 * signal and tactic, labels laid out in rows so they never overlap) and the ordered table of its signals.
 */
import type { SequenceEvidence, TimelineEntry } from '../correlate/sequence.js';
import { sortTactics, tacticInfo } from '../correlate/tactics.js';
import { TEMPLATES } from '../correlate/templates.js';
import type { Lang, Severity } from '../model/types.js';
import { esc } from './html.js';
import { severityLabel } from './i18n.js';
import { signalTitle, type TitleBook } from './titles.js';
import { textWidth } from './width.js';

export interface SequenceView {
  id: string;
  title: string;
  severity: Severity;
  workflowStatus?: string;
  account: string;
  region: string;
  resourceName: string;
  resourceUid: string;
  evidence: SequenceEvidence;
}

const TEXT = {
  en: {
    heading: 'Attack sequences',
    none: 'No attack sequence: no actor’s or workload’s signals added up to one.',
    generated: 'Generated',
    span: 'Time span',
    about: 'About',
    principals: 'Principals',
    keys: 'Access keys',
    ips: 'IP addresses',
    agents: 'User agents',
    tactics: 'Tactics',
    techniques: 'Techniques',
    template: 'Pattern',
    multi: 'Multi-stage activity (no template)',
    time: 'Time (UTC)',
    tactic: 'Tactic',
    signal: 'Signal',
    actor: 'Actor',
    source: 'Source IP',
    resource: 'Resource',
    step: 'Step',
    open: 'still open',
    closed: 'closed',
    more: 'more signals not shown',
  },
  ja: {
    heading: '攻撃シーケンス',
    none: '攻撃シーケンスはありません（どの主体・ワークロードのシグナルもシーケンスを構成しませんでした）。',
    generated: '作成日時',
    span: '期間',
    about: '対象',
    principals: 'プリンシパル',
    keys: 'アクセスキー',
    ips: 'IP アドレス',
    agents: 'ユーザーエージェント',
    tactics: '戦術',
    techniques: 'テクニック',
    template: 'パターン',
    multi: '複数段階の活動（テンプレートなし）',
    time: '時刻 (UTC)',
    tactic: '戦術',
    signal: 'シグナル',
    actor: '主体',
    source: '送信元 IP',
    resource: 'リソース',
    step: 'ステップ',
    open: '継続中',
    closed: '終了',
    more: '件のシグナルは表示していません',
  },
} as const;

const CSS = `
:root{--crit:#8b0000;--high:#d9480f;--med:#e8a400;--low:#1c7ed6;--info:#868e96;--bg:#f8f9fa;--fg:#212529}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans JP","Noto Sans CJK JP",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#1b2a41;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header .meta{opacity:.85;font-size:13px}
main{padding:24px 32px;max-width:1400px}section{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:16px 20px;margin-bottom:20px}
h2{font-size:17px;margin:0 0 8px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eee;vertical-align:top;font-size:13px}
th{background:#f1f3f5;font-weight:600}.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}
.sev-CRITICAL{background:var(--crit)}.sev-HIGH{background:var(--high)}.sev-MEDIUM{background:var(--med)}.sev-LOW{background:var(--low)}.sev-INFORMATIONAL{background:var(--info)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0 12px}dt{color:#495057}dd{margin:0}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.muted{color:#868e96;font-size:12px}svg{width:100%;height:auto;background:#fcfcfd;border:1px solid #eee;border-radius:6px;margin:8px 0}
svg text{font:11px system-ui,sans-serif;fill:#495057}svg .lane-bg{fill:transparent}svg .lane-alt{fill:#f4f6f8}svg .tick{stroke:#e9ecef}svg .span{stroke-width:4;stroke-linecap:round;opacity:.45}
svg .label{fill:#fff;opacity:.9}svg .step text{fill:#212529}svg .lane-name{fill:#495057;font-weight:600}
`;

const SEV_COLOR: Record<Severity, string> = { CRITICAL: '#8b0000', HIGH: '#d9480f', MEDIUM: '#e8a400', LOW: '#1c7ed6', INFORMATIONAL: '#868e96' };

const linked = (text: string, href: string | undefined) => (href ? `<a href="${esc(href)}">${text}</a>` : text);

const hhmm = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** Geometry of a timeline, kept apart from drawing so tests can check it (labels never overlap). */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Where the plot starts (lane names are left of it) and ends. */
  plotLeft: number;
  plotRight: number;
  /** The time the axis shows: the sequence's own span, or the span of its steps when long tails would squeeze them. */
  axisStart: number;
  axisEnd: number;
  lanes: { tactic: string; name: string; y: number; height: number }[];
  /** One marker per entry and tactic: filled in the entry's first tactic, hollow in its others. */
  markers: { entry: number; tactic: string; primary: boolean; cx: number; cy: number; spanTo?: number; clipped: boolean; label: { x: number; y: number; width: number; height: number; text: string } }[];
  ticks: { x: number; text: string; labelX: number; labelWidth: number }[];
  /** Entries whose activity runs past the axis end, and until when. */
  clipped: { entry: number; until: string }[];
}

const MARKER_R = 6;
const ROW_H = 22;
const LANE_GAP = 6;
const LABEL_H = 14;
/** Pixels per terminal column at the 11px timeline font (a wide character counts two): on the safe side. */
const PX_PER_COLUMN = 6.6;
const labelWidth = (text: string) => Math.ceil(textWidth(text) * PX_PER_COLUMN) + 6;

const MINUTE = 60_000;
const TICK_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MINUTE);

/**
 * Lays a sequence's timeline out: one lane per tactic the sequence lists (and any a member adds),
 * time zoomed to the sequence's span — or to the span of its members' starts, when members that
 * keep going (mining traffic, C2 beacons) would otherwise squeeze everything else into a corner —
 * and each lane split into rows so that no two markers with their labels overlap.
 */
export function timelineLayout(ev: SequenceEvidence, lang: Lang): TimelineLayout {
  const entries = ev.timeline;
  const known = (id: string) => Boolean(tacticInfo(id));
  const laneIds = sortTactics([...ev.tactics, ...entries.flatMap((e) => e.tactics)].filter(known));
  const other = entries.some((e) => !e.tactics.some(known));
  const laneNames = [...laneIds.map((id) => tacticInfo(id)!.name[lang]), ...(other ? ['—'] : [])];
  const plotLeft = Math.max(170, 16 + Math.max(0, ...laneNames.map(labelWidth)));
  const width = 1100;
  const plotRight = width - 24;

  const starts = entries.map((e) => Date.parse(e.time));
  const ends = entries.map((e, i) => Math.max(starts[i], Date.parse(e.lastTime) || starts[i]));
  const t0 = starts.length ? Math.min(...starts) : Date.parse(ev.firstSeen);
  const lastStart = starts.length ? Math.max(...starts) : Date.parse(ev.lastSeen);
  const lastEnd = ends.length ? Math.max(...ends) : Date.parse(ev.lastSeen);
  // Zoom to the members' starts when tails run on for more than as long again as the steps took.
  const stepsSpan = Math.max(lastStart - t0, 10 * MINUTE);
  const zoomed = lastEnd - t0 > 2 * stepsSpan;
  const axisStart = t0;
  const axisEnd = Math.max(zoomed ? lastStart + stepsSpan * 0.06 : lastEnd, t0 + MINUTE);
  const x = (t: number) => plotLeft + ((Math.min(t, axisEnd) - axisStart) / (axisEnd - axisStart)) * (plotRight - plotLeft);

  // Items per lane, then rows: an item goes into the first row where it overlaps nothing.
  type Item = { entry: number; tactic: string; primary: boolean; cx: number; left: number; right: number; text: string; row: number };
  const lanesItems = new Map<string, Item[]>([...laneIds, ...(other ? ['—'] : [])].map((id) => [id, []]));
  entries.forEach((e, i) => {
    const tactics = e.tactics.filter(known);
    const lanes = tactics.length ? sortTactics(tactics) : ['—'];
    lanes.forEach((tactic, k) => {
      const cx = x(starts[i]);
      const text = String(i + 1);
      // A member's span (how long it went on) keeps its row too: another marker on it would read as part of it.
      const right = Math.max(cx + MARKER_R + 3 + labelWidth(text), ends[i] > starts[i] ? x(ends[i]) + (ends[i] > axisEnd ? 8 : 0) : 0);
      lanesItems.get(tactic)!.push({ entry: i, tactic, primary: k === 0, cx, left: cx - MARKER_R - 1, right, text, row: 0 });
    });
  });
  const top = 12;
  let y = top;
  const lanes: TimelineLayout['lanes'] = [];
  const markers: TimelineLayout['markers'] = [];
  for (const [tactic, items] of lanesItems) {
    const rowEnds: number[] = [];
    for (const it of [...items].sort((a, b) => a.cx - b.cx || a.entry - b.entry)) {
      let row = rowEnds.findIndex((end) => end + 2 <= it.left);
      if (row < 0) row = rowEnds.push(-Infinity) - 1;
      rowEnds[row] = it.right;
      it.row = row;
    }
    const height = Math.max(1, rowEnds.length) * ROW_H + LANE_GAP;
    lanes.push({ tactic, name: tactic === '—' ? '—' : tacticInfo(tactic)!.name[lang], y, height });
    for (const it of items) {
      const cy = y + LANE_GAP / 2 + it.row * ROW_H + ROW_H / 2;
      const spanEnd = ends[it.entry];
      const lw = labelWidth(it.text);
      markers.push({
        entry: it.entry,
        tactic,
        primary: it.primary,
        cx: it.cx,
        cy,
        spanTo: spanEnd > starts[it.entry] ? x(spanEnd) : undefined,
        clipped: spanEnd > axisEnd,
        label: { x: it.cx + MARKER_R + 2, y: cy - LABEL_H / 2, width: lw, height: LABEL_H, text: it.text },
      });
    }
    y += height;
  }
  // Ticks: the smallest step that gives at most 8 of them; the date with the first and at midnight.
  const span = axisEnd - axisStart;
  const step = TICK_STEPS.find((s) => span / s <= 8) ?? TICK_STEPS[TICK_STEPS.length - 1];
  const ticks: TimelineLayout['ticks'] = [];
  let lastDay = '';
  for (let t = Math.ceil(axisStart / step) * step; t <= axisEnd; t += step) {
    const iso = new Date(t).toISOString();
    const day = iso.slice(0, 10);
    const text = day !== lastDay ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(11, 16);
    lastDay = day;
    const tx = x(t);
    const lw = labelWidth(text);
    ticks.push({ x: tx, text, labelX: Math.min(tx - lw / 2, width - lw), labelWidth: lw });
  }
  const clipped = entries.flatMap((e, i) => (ends[i] > axisEnd ? [{ entry: i, until: e.lastTime }] : []));
  return { width, height: y + 26, plotLeft, plotRight, axisStart, axisEnd, lanes, markers, ticks, clipped };
}

function timelineSvg(ev: SequenceEvidence, lang: Lang, book: TitleBook | undefined): string {
  const l = timelineLayout(ev, lang);
  const parts: string[] = [];
  const f = (n: number) => Math.round(n * 10) / 10;
  const bottom = l.height - 22;
  for (const [i, lane] of l.lanes.entries()) {
    parts.push(`<rect class="lane-bg${i % 2 ? ' lane-alt' : ''}" x="0" y="${f(lane.y)}" width="${l.width}" height="${f(lane.height)}"/>`);
    parts.push(`<text class="lane-name" x="8" y="${f(lane.y + Math.min(lane.height, ROW_H + LANE_GAP) / 2 + 4)}">${esc(lane.name)}</text>`);
  }
  for (const t of l.ticks) {
    parts.push(`<line class="tick" x1="${f(t.x)}" y1="4" x2="${f(t.x)}" y2="${f(bottom)}"/><text class="tick-label" x="${f(t.labelX + 3)}" y="${f(l.height - 8)}">${esc(t.text)}</text>`);
  }
  // Spans first, markers and labels over them.
  for (const m of l.markers) {
    const e = ev.timeline[m.entry];
    if (m.spanTo !== undefined && m.spanTo - m.cx > 3) {
      parts.push(`<line class="span" x1="${f(m.cx)}" y1="${f(m.cy)}" x2="${f(m.spanTo)}" y2="${f(m.cy)}" stroke="${SEV_COLOR[e.severity] ?? '#868e96'}"/>`);
      if (m.clipped) parts.push(`<path class="more" d="M${f(m.spanTo)},${f(m.cy - 4)} l6,4 l-6,4 z" fill="${SEV_COLOR[e.severity] ?? '#868e96'}"/>`);
    }
  }
  for (const m of l.markers) {
    const e = ev.timeline[m.entry];
    const color = SEV_COLOR[e.severity] ?? '#868e96';
    const tip = esc(`${m.entry + 1}. ${hhmm(e.time)}${e.lastTime !== e.time ? ` → ${hhmm(e.lastTime)}` : ''} ${signalTitle(e, lang, book)} (${e.ruleId})`);
    parts.push(
      `<g class="step"><title>${tip}</title><circle cx="${f(m.cx)}" cy="${f(m.cy)}" r="${MARKER_R}" ${m.primary ? `fill="${color}"` : `fill="#fff" stroke="${color}" stroke-width="2"`}/>` +
        `<rect class="label" x="${f(m.label.x)}" y="${f(m.label.y)}" width="${f(m.label.width)}" height="${m.label.height}" rx="3"/><text x="${f(m.label.x + 3)}" y="${f(m.label.y + 11)}">${esc(m.label.text)}</text></g>`,
    );
  }
  return `<svg viewBox="0 0 ${l.width} ${f(l.height)}" role="img" aria-label="timeline">${parts.join('')}</svg>`;
}

/** Below the timeline: which members run on past its end (the axis is zoomed to the steps). */
function clippedNote(ev: SequenceEvidence, lang: Lang): string {
  const legend =
    lang === 'ja'
      ? '<p class="muted">● シグナルの主な戦術　○ 同じシグナルのその他の戦術　番号は下の表のステップ番号です。</p>'
      : '<p class="muted">● a signal in its first tactic, ○ the same signal in its other tactics; numbers are the steps in the table below.</p>';
  const { clipped } = timelineLayout(ev, lang);
  if (!clipped.length) return legend;
  const until = hhmm(clipped.map((c) => c.until).sort().at(-1)!);
  const which = clipped.map((c) => c.entry + 1).join(', ');
  return `<p class="muted">${
    lang === 'ja'
      ? `▸ ステップ ${esc(which)} の活動は表示範囲の後も ${esc(until)} まで続いています（時間軸は各ステップの開始時刻に合わせて拡大しています）。`
      : `▸ Steps ${esc(which)} go on past the end of the axis, until ${esc(until)} (the axis is zoomed to when the steps began).`
  }</p>${legend}`;
}

/** The timeline styles, for a report that embeds sequence sections (src/report/html.ts). */
export const sequencesCss = () => CSS;

/**
 * One sequence as a section with its timeline and steps. `signalHref` links a step to its signal
 * elsewhere in the same file (the hub report), when the signal is there.
 */
export function sequenceSection(s: SequenceView, lang: Lang, book: TitleBook | undefined, signalHref?: (signalId: string) => string | undefined): string {
  const t = TEXT[lang];
  const ev = s.evidence;
  const template = TEMPLATES.find((x) => x.id === ev.template);
  const tacticNames = ev.tactics.map((id) => tacticInfo(id)?.name[lang] ?? id).join(' → ');
  const rows = ev.timeline
    .map((e, i) => {
      const tactic = e.tactics.map((id) => tacticInfo(id)?.name[lang] ?? id).join(', ');
      const step = e.step ? (template?.steps.find((st) => st.id === e.step)?.label[lang] ?? e.step) : '';
      return `<tr><td>${i + 1}</td><td><code>${esc(hhmm(e.time))}</code>${e.lastTime !== e.time ? `<div class="muted">→ ${esc(hhmm(e.lastTime))}</div>` : ''}</td><td>${esc(tactic)}<div class="muted">${esc(e.techniques.join(', '))}</div></td>
<td><span class="badge sev-${e.severity}">${esc(severityLabel(lang, e.severity))}</span> ${linked(esc(signalTitle(e, lang, book)), signalHref?.(e.signalId))}<div class="muted">${esc(e.ruleId)} · ${esc(e.source)} · ×${e.count}</div></td><td>${esc(step)}</td>
<td><code>${esc(e.actor ?? e.accessKeyId ?? '-')}</code></td><td>${esc(e.sourceIps.join(', ') || '-')}</td><td><code>${esc(e.resources.slice(0, 2).join(' '))}</code></td></tr>`;
    })
    .join('\n');
  return `<section id="${esc(s.id)}"><h2><span class="badge sev-${s.severity}">${esc(severityLabel(lang, s.severity))}</span> ${esc(template ? `${template.title[lang]} — ${s.resourceName}` : s.title)}</h2>
<p>${esc(template?.description[lang] ?? t.multi)}</p>
<dl><dt>${t.span}</dt><dd><code>${esc(hhmm(ev.firstSeen))}</code> – <code>${esc(hhmm(ev.lastSeen))}</code> (${ev.open ? t.open : t.closed}${s.workflowStatus ? ` · ${esc(s.workflowStatus)}` : ''})</dd>
<dt>${t.about}</dt><dd>${esc(s.resourceName)} <span class="muted">${esc(s.resourceUid)} · ${esc(s.account)} · ${esc(s.region)}</span></dd>
<dt>${t.template}</dt><dd>${esc(template ? template.id : t.multi)}</dd>
<dt>${t.tactics}</dt><dd>${esc(tacticNames)}</dd><dt>${t.techniques}</dt><dd>${esc(ev.techniques.join(', '))}</dd>
<dt>${t.principals}</dt><dd><code>${esc(ev.principals.join(' ') || '-')}</code></dd><dt>${t.keys}</dt><dd><code>${esc(ev.accessKeyIds.join(' ') || '-')}</code></dd>
<dt>${t.ips}</dt><dd>${esc(ev.sourceIps.join(', ') || '-')}</dd>
<dt>${t.agents}</dt><dd>${(ev.userAgents ?? []).map((u) => `<code>${esc(u)}</code>`).join('<br>') || '-'}</dd></dl>
${timelineSvg(ev, lang, book)}
${clippedNote(ev, lang)}
<table><thead><tr><th>#</th><th>${t.time}</th><th>${t.tactic}</th><th>${t.signal}</th><th>${t.step}</th><th>${t.actor}</th><th>${t.source}</th><th>${t.resource}</th></tr></thead><tbody>${rows}</tbody></table>
${ev.truncated ? `<p class="muted">${ev.truncated} ${t.more}</p>` : ''}
<p class="muted">${esc(s.id)}</p></section>`;
}

/** A single self-contained HTML page (no external scripts, styles or fonts). */
export function renderSequencesHtml(sequences: readonly SequenceView[], lang: Lang, generatedAt = new Date().toISOString(), titles?: TitleBook): string {
  const t = TEXT[lang];
  const body = sequences.length ? sequences.map((s) => sequenceSection(s, lang, titles)).join('\n') : `<section><p>${t.none}</p></section>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>mamori — ${t.heading}</title><style>${CSS}</style></head><body>
<header><h1>mamori — ${t.heading} (${sequences.length})</h1><div class="meta">${t.generated}: ${esc(generatedAt)}</div></header>
<main>${body}</main></body></html>
`;
}
