/**
 * Attack sequences as one self-contained HTML page: per sequence a summary, an SVG timeline (time
 * left to right, one lane per ATT&CK tactic, a dot per signal) and the ordered table of its signals.
 */
import type { SequenceEvidence, TimelineEntry } from '../correlate/sequence.js';
import { tacticInfo, TACTICS } from '../correlate/tactics.js';
import { TEMPLATES } from '../correlate/templates.js';
import type { Lang, Severity } from '../model/types.js';
import { esc } from './html.js';
import { severityLabel } from './i18n.js';

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
svg text{font:11px system-ui,sans-serif;fill:#495057}svg .lane{stroke:#e9ecef}svg .span{stroke-width:4;stroke-linecap:round;opacity:.45}
`;

const SEV_COLOR: Record<Severity, string> = { CRITICAL: '#8b0000', HIGH: '#d9480f', MEDIUM: '#e8a400', LOW: '#1c7ed6', INFORMATIONAL: '#868e96' };

const hhmm = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** The lane of an entry: its earliest-stage tactic (a signal with none goes to the last lane). */
function laneOf(e: TimelineEntry): string | undefined {
  return e.tactics.find((t) => tacticInfo(t));
}

function timelineSvg(ev: SequenceEvidence, lang: Lang): string {
  const lanes = TACTICS.filter((t) => ev.timeline.some((e) => laneOf(e) === t.id));
  const other = ev.timeline.some((e) => !laneOf(e));
  const rows = lanes.length + (other ? 1 : 0);
  const left = 170;
  const width = 1100;
  const laneH = 28;
  const top = 24;
  const height = top + rows * laneH + 24;
  const t0 = Date.parse(ev.firstSeen);
  const t1 = Math.max(Date.parse(ev.lastSeen), t0 + 60_000);
  const x = (iso: string) => left + ((Date.parse(iso) - t0) / (t1 - t0)) * (width - left - 20);
  const y = (e: TimelineEntry) => {
    const lane = laneOf(e);
    const i = lane ? lanes.findIndex((l) => l.id === lane) : lanes.length;
    return top + i * laneH + laneH / 2;
  };
  const parts: string[] = [];
  lanes.forEach((l, i) => {
    const ly = top + i * laneH + laneH / 2;
    parts.push(`<line class="lane" x1="${left}" y1="${ly}" x2="${width - 10}" y2="${ly}"/><text x="8" y="${ly + 4}">${esc(l.name[lang])}</text>`);
  });
  if (other) parts.push(`<text x="8" y="${top + lanes.length * laneH + laneH / 2 + 4}">—</text>`);
  // Hour ticks (at most ~12 of them).
  const hours = (t1 - t0) / 3_600_000;
  const stepH = Math.max(1, Math.ceil(hours / 12));
  for (let t = Math.ceil(t0 / 3_600_000) * 3_600_000; t <= t1; t += stepH * 3_600_000) {
    const tx = x(new Date(t).toISOString());
    parts.push(`<line class="lane" x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${height - 18}"/><text x="${tx - 14}" y="${height - 6}">${new Date(t).toISOString().slice(11, 16)}</text>`);
  }
  ev.timeline.forEach((e, i) => {
    const cy = y(e);
    const cx = x(e.time);
    const color = SEV_COLOR[e.severity] ?? '#868e96';
    const x2 = x(e.lastTime);
    if (x2 - cx > 3) parts.push(`<line class="span" x1="${cx}" y1="${cy}" x2="${x2}" y2="${cy}" stroke="${color}"/>`);
    parts.push(
      `<circle cx="${cx}" cy="${cy}" r="6" fill="${color}"><title>${esc(`${hhmm(e.time)} ${e.title} (${e.ruleId})`)}</title></circle><text x="${cx + 8}" y="${cy - 7}">${i + 1}</text>`,
    );
  });
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="timeline">${parts.join('')}</svg>`;
}

function sequenceSection(s: SequenceView, lang: Lang): string {
  const t = TEXT[lang];
  const ev = s.evidence;
  const template = TEMPLATES.find((x) => x.id === ev.template);
  const tacticNames = ev.tactics.map((id) => tacticInfo(id)?.name[lang] ?? id).join(' → ');
  const rows = ev.timeline
    .map((e, i) => {
      const tactic = e.tactics.map((id) => tacticInfo(id)?.name[lang] ?? id).join(', ');
      const step = e.step ? (template?.steps.find((st) => st.id === e.step)?.label[lang] ?? e.step) : '';
      return `<tr><td>${i + 1}</td><td><code>${esc(hhmm(e.time))}</code>${e.lastTime !== e.time ? `<div class="muted">→ ${esc(hhmm(e.lastTime))}</div>` : ''}</td><td>${esc(tactic)}<div class="muted">${esc(e.techniques.join(', '))}</div></td>
<td><span class="badge sev-${e.severity}">${esc(severityLabel(lang, e.severity))}</span> ${esc(e.title)}<div class="muted">${esc(e.ruleId)} · ${esc(e.source)} · ×${e.count}</div></td><td>${esc(step)}</td>
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
${timelineSvg(ev, lang)}
<table><thead><tr><th>#</th><th>${t.time}</th><th>${t.tactic}</th><th>${t.signal}</th><th>${t.step}</th><th>${t.actor}</th><th>${t.source}</th><th>${t.resource}</th></tr></thead><tbody>${rows}</tbody></table>
${ev.truncated ? `<p class="muted">${ev.truncated} ${t.more}</p>` : ''}
<p class="muted">${esc(s.id)}</p></section>`;
}

/** A single self-contained HTML page (no external scripts, styles or fonts). */
export function renderSequencesHtml(sequences: readonly SequenceView[], lang: Lang, generatedAt = new Date().toISOString()): string {
  const t = TEXT[lang];
  const body = sequences.length ? sequences.map((s) => sequenceSection(s, lang)).join('\n') : `<section><p>${t.none}</p></section>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>mamori — ${t.heading}</title><style>${CSS}</style></head><body>
<header><h1>mamori — ${t.heading} (${sequences.length})</h1><div class="meta">${t.generated}: ${esc(generatedAt)}</div></header>
<main>${body}</main></body></html>
`;
}
