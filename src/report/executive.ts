/**
 * The executive summary: one A4 page for a monthly CoE report, in English or Japanese — posture
 * score per framework with its trend, open findings by severity and by scope, what the last scan
 * changed, active attack sequences, critical attack paths and the five highest risks with a
 * one-line fix. Drawn from the hub report's data (triage applied); rendered to PDF by src/report/pdf.ts.
 */
import { docText, findingTitle, type Finding } from '../model/finding.js';
import { localize, SEVERITIES, type Lang } from '../model/types.js';
import { attackPathsOf, byRisk, esc, triaged, type HubReport } from './html.js';
import { severityLabel } from './i18n.js';

const TEXT = {
  en: {
    title: 'Security posture — executive summary',
    generated: 'Generated',
    lastScan: 'Latest scan',
    filters: 'Filters',
    open: 'Open findings',
    critical: 'Critical',
    newSince: 'New since last scan',
    resolvedSince: 'Resolved since last scan',
    sequences: 'Active attack sequences',
    paths: 'Critical attack paths',
    posture: 'Posture score by framework',
    framework: 'Framework',
    score: 'Score',
    trend: 'Trend',
    controls: 'Controls passed / failed',
    bySeverity: 'Open findings by severity',
    byScope: 'Open findings by scope (top 10)',
    scope: 'Scope',
    count: 'Open',
    topRisks: 'Top 5 risks and how to fix them',
    risk: 'Risk',
    finding: 'Finding',
    fix: 'Fix',
    none: 'None.',
    noScan: 'No scan stored yet.',
    note: 'Suppressed and resolved findings are not counted. Scores: passed / (passed + failed) controls of the latest scan, with triage.',
    seeReport: 'See the full report for details.',
  },
  ja: {
    title: 'セキュリティ態勢 エグゼクティブサマリー',
    generated: '作成日時',
    lastScan: '最新スキャン',
    filters: '絞り込み',
    open: '未対応の検出結果',
    critical: '緊急',
    newSince: '前回スキャン以降の新規',
    resolvedSince: '前回スキャン以降の解決',
    sequences: '対応中の攻撃シーケンス',
    paths: '重大な攻撃パス',
    posture: 'フレームワーク別ポスチャスコア',
    framework: 'フレームワーク',
    score: 'スコア',
    trend: '推移',
    controls: '合格 / 不合格コントロール',
    bySeverity: '重大度別の未対応件数',
    byScope: '対象範囲別の未対応件数（上位 10）',
    scope: '対象範囲',
    count: '件数',
    topRisks: 'リスク上位 5 件と対応方法',
    risk: 'リスク',
    finding: '検出結果',
    fix: '対応',
    none: 'なし。',
    noScan: '保存されたスキャンはまだありません。',
    note: '抑制中・解決済みの検出結果は集計に含めていません。スコアは最新スキャンの合格 /（合格 + 不合格）コントロール数で、トリアージ結果を反映しています。',
    seeReport: '詳細は完全版レポートを参照してください。',
  },
} as const;

const CSS = `
@page{size:A4;margin:10mm}
*{box-sizing:border-box}html,body{margin:0}body{font:10px/1.35 "Noto Sans CJK JP","Noto Sans JP",system-ui,sans-serif;color:#212529;width:190mm}
header{background:#1b2a41;color:#fff;padding:8px 12px;border-radius:4px;-webkit-print-color-adjust:exact;print-color-adjust:exact}header h1{font-size:15px;margin:0}header div{opacity:.85;font-size:9px}
.kpis{display:grid;grid-template-columns:repeat(6,1fr);gap:6px;margin:8px 0}.kpi{border:1px solid #dee2e6;border-radius:4px;padding:5px 6px}.kpi b{display:block;font-size:17px}.kpi span{font-size:8.5px;color:#495057}
.kpi.crit b{color:#8b0000}.grid{display:grid;grid-template-columns:1fr 1fr;gap:8px}h2{font-size:11px;margin:8px 0 4px;border-bottom:2px solid #1b2a41;padding-bottom:2px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:2px 4px;border-bottom:1px solid #eee;vertical-align:top;font-size:9px}th{background:#f1f3f5}
.bar{background:#e9ecef;height:7px;width:60px;display:inline-block;vertical-align:middle;border-radius:2px}.bar i{display:block;height:7px;background:#2b8a3e;border-radius:2px}
.sev{display:inline-block;padding:0 5px;border-radius:6px;color:#fff;font-size:8px;white-space:nowrap}.CRITICAL{background:#8b0000}.HIGH{background:#d9480f}.MEDIUM{background:#e8a400}.LOW{background:#1c7ed6}.INFORMATIONAL{background:#868e96}
.hbar{display:flex;align-items:center;gap:4px;margin:2px 0}.hbar span{width:52px}.hbar i{display:inline-block;height:8px;border-radius:2px}
.muted{color:#868e96;font-size:8.5px}.clip{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}svg{vertical-align:middle}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
`;

const SEV_COLOR = { CRITICAL: '#8b0000', HIGH: '#d9480f', MEDIUM: '#e8a400', LOW: '#1c7ed6', INFORMATIONAL: '#868e96' } as const;

/** A score trend as a small line (numbers only go into the SVG). */
function sparkline(points: (number | null)[]): string {
  const values = points.slice(-12).map((p) => (p === null ? null : Math.max(0, Math.min(100, p))));
  if (values.filter((v) => v !== null).length < 2) return values.length ? `<span class="muted">${values.map((v) => (v === null ? '-' : v)).join(' → ')}</span>` : '';
  const w = 70;
  const h = 16;
  const step = w / (values.length - 1);
  const coords = values.flatMap((v, i) => (v === null ? [] : [`${(i * step).toFixed(1)},${(h - (v / 100) * h).toFixed(1)}`]));
  return `<svg width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img"><polyline fill="none" stroke="#1c7ed6" stroke-width="1.5" points="${coords.join(' ')}"/></svg> <span class="muted">${values.at(-1) ?? '-'}</span>`;
}

/** The first sentence of a text, at most `max` characters. */
export function oneLine(text: string | undefined, max = 150): string {
  if (!text) return '';
  const first = text.split(/(?<=[.。])\s*/)[0].replace(/\s+/g, ' ').trim();
  return first.length <= max ? first : first.slice(0, max - 1) + '…';
}

/** How to fix a finding in one line: its attack path's cheapest fix, else its improvement document's recommendation. */
export function fixOf(f: Finding, lang: Lang): string {
  const path = attackPathsOf(f).find((p) => p.fix?.text);
  if (path?.fix) return oneLine(localize(path.fix.text, lang));
  return oneLine(docText(f.document?.remediation, lang)) || '-';
}

const isOpen = (f: Finding) => !triaged(f) && f.complianceStatus !== 'PASS' && f.complianceStatus !== 'NOT_APPLICABLE';

export function renderExecutiveHtml(report: HubReport, lang: Lang): string {
  const t = TEXT[lang];
  const open = report.findings.filter(isOpen);
  const sequences = report.sequences.filter((s) => s.workflowStatus === 'NEW' || s.workflowStatus === 'NOTIFIED');
  const paths = open.filter((f) => attackPathsOf(f).length && (f.risk?.level === 'CRITICAL' || f.severity === 'CRITICAL')).sort(byRisk);
  const top = [...open].sort(byRisk).slice(0, 5);
  const kpi = (value: number, text: string, cls = '') => `<div class="kpi${cls}"><b>${value}</b><span>${esc(text)}</span></div>`;
  const maxSev = Math.max(1, ...SEVERITIES.map((s) => report.open.bySeverity[s]));

  const frameworks = report.frameworks.length
    ? `<table><thead><tr><th>${t.framework}</th><th>${t.score}</th><th>${t.controls}</th><th>${t.trend}</th></tr></thead><tbody>${report.frameworks
        .map(
          (f) => `<tr><td>${esc(f.name)}</td><td>${f.score === null ? '-' : `<span class="bar"><i style="width:${f.score}%"></i></span> ${f.score}%`}</td><td>${f.passed} / ${f.failed}</td><td>${sparkline(f.trend)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${t.noScan}</p>`;
  const bySeverity = [...SEVERITIES]
    .reverse()
    .map((s) => {
      const n = report.open.bySeverity[s];
      return `<div class="hbar"><span>${esc(severityLabel(lang, s))}</span><i style="width:${Math.round((n / maxSev) * 200)}px;background:${SEV_COLOR[s]}"></i><b>${n}</b></div>`;
    })
    .join('');
  const byScope = report.open.byScope.length
    ? `<table><thead><tr><th>${t.scope}</th><th>${t.count}</th></tr></thead><tbody>${report.open.byScope
        .slice(0, 10)
        .map((s) => `<tr><td>${esc(s.scope)}</td><td>${s.count}</td></tr>`)
        .join('')}</tbody></table>`
    : `<p>${t.none}</p>`;
  const seqList = sequences.length
    ? `<table><tbody>${sequences
        .slice(0, 4)
        .map((s) => `<tr><td><span class="sev ${s.severity}">${esc(severityLabel(lang, s.severity))}</span></td><td><div class="clip">${esc(s.title)}</div><div class="muted">${esc(s.account)} · ${esc(s.evidence.firstSeen.slice(0, 16).replace('T', ' '))}</div></td></tr>`)
        .join('')}</tbody></table>${sequences.length > 4 ? `<p class="muted">+${sequences.length - 4}</p>` : ''}`
    : `<p>${t.none}</p>`;
  const pathList = paths.length
    ? `<table><tbody>${paths
        .slice(0, 4)
        .map((f) => {
          const p = attackPathsOf(f)[0];
          return `<tr><td><span class="sev ${f.severity}">${esc(severityLabel(lang, f.severity))}</span></td><td><div class="clip">${esc(p.summary ? localize(p.summary, lang) : findingTitle(f, lang))}</div><div class="muted clip">→ ${esc(fixOf(f, lang))}</div></td></tr>`;
        })
        .join('')}</tbody></table>${paths.length > 4 ? `<p class="muted">+${paths.length - 4}</p>` : ''}`
    : `<p>${t.none}</p>`;
  const risks = top.length
    ? `<table><thead><tr><th>${t.risk}</th><th>${t.finding}</th><th>${t.fix}</th></tr></thead><tbody>${top
        .map(
          (f) => `<tr><td><span class="sev ${f.risk?.level ?? f.severity}">${esc(f.risk?.level ?? f.severity)}</span></td><td><div class="clip">${esc(findingTitle(f, lang))}</div><div class="muted">${esc(f.account)} · ${esc(f.resourceName)}</div></td><td><div class="clip">${esc(fixOf(f, lang))}</div></td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p>${t.none}</p>`;

  const meta = `${t.generated}: ${esc(report.generatedAt.slice(0, 16).replace('T', ' '))} UTC${report.latestScan ? ` · ${t.lastScan}: ${esc(report.latestScan.at.slice(0, 16).replace('T', ' '))}` : ''}${report.filters ? ` · ${t.filters}: ${esc(report.filters)}` : ''}`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t.title)}</title><style>${CSS}</style></head><body>
<header><h1>${esc(t.title)}</h1><div>${meta}</div></header>
<div class="kpis">${kpi(report.open.total, t.open)}${kpi(report.open.bySeverity.CRITICAL, t.critical, ' crit')}${kpi(report.changes.newlyFailing, t.newSince)}${kpi(report.changes.newlyResolved, t.resolvedSince)}${kpi(sequences.length, t.sequences, sequences.length ? ' crit' : '')}${kpi(paths.length, t.paths, paths.length ? ' crit' : '')}</div>
<h2>${t.posture}</h2>${frameworks}
<div class="grid"><div><h2>${t.bySeverity}</h2>${bySeverity}</div><div><h2>${t.byScope}</h2>${byScope}</div></div>
<div class="grid"><div><h2>${t.sequences}</h2>${seqList}</div><div><h2>${t.paths}</h2>${pathList}</div></div>
<h2>${t.topRisks}</h2>${risks}
<p class="muted">${esc(t.note)} ${esc(t.seeReport)}</p>
</body></html>
`;
}
