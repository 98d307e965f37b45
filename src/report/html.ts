/**
 * The HTML reports: one assessment (`assess`, `scan`, `demo`) and the hub's report (`mamori report`),
 * both self-contained files. Findings show their triage: suppressed and resolved ones are marked as
 * such and left out of the scores and failing counts. Every piece of data is escaped text; the
 * small script filters and sorts table rows by their data attributes and never writes HTML.
 */
import { createHash } from 'node:crypto';
import { summarize, type AssessmentSummary } from '../assess/summary.js';
import { FRAMEWORKS, isFrameworkId } from '../frameworks/index.js';
import { docText, findingReason, findingTitle, RISK_LEVELS, type Finding } from '../model/finding.js';
import type { ResultStatus } from '../model/rule.js';
import { CLOUD_SHORT_NAMES, INTENT_STATUS_TEXT, type GuardrailIntent, type ScopeGuardrails } from '../guardrails/intents.js';
import { localize, SEVERITIES, severityRank, type Lang, type Severity } from '../model/types.js';
import { label, severityLabel, statusLabel, urgencyLabel, workflowLabel } from './i18n.js';
import { scopeLine, type AssessmentReport, type ReportWriter } from './report.js';
import { sequencesCss, sequenceSection, type SequenceView } from './sequences-html.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);

const CSS = `
:root{--crit:#8b0000;--high:#d9480f;--med:#e8a400;--low:#1c7ed6;--info:#868e96;--pass:#2b8a3e;--bg:#f8f9fa;--fg:#212529}
*{box-sizing:border-box}body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans JP","Noto Sans CJK JP",sans-serif;color:var(--fg);background:var(--bg)}
header{background:#1b2a41;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header .meta{opacity:.85;font-size:13px}
main{padding:24px 32px;max-width:1400px}section{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:16px 20px;margin-bottom:20px}
h2{font-size:17px;margin:0 0 12px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eee;vertical-align:top}
th{background:#f1f3f5;font-weight:600}.cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:120px;border-radius:8px;padding:12px;color:#fff}
.card b{display:block;font-size:26px}.sev-CRITICAL{background:var(--crit)}.sev-HIGH{background:var(--high)}.sev-MEDIUM{background:var(--med)}.sev-LOW{background:var(--low)}.sev-INFORMATIONAL{background:var(--info)}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;white-space:nowrap}.st-FAIL{background:var(--high)}.st-PASS{background:var(--pass)}.st-NOT_ASSESSED{background:#5f3dc4}.st-MANUAL{background:#495057}.st-NOT_APPLICABLE{background:#adb5bd}
.bar{background:#e9ecef;border-radius:4px;height:10px;width:160px;display:inline-block;vertical-align:middle}.bar i{display:block;height:10px;border-radius:4px;background:var(--pass)}
details.rule{border:1px solid #dee2e6;border-radius:6px;margin:8px 0;background:#fff}details.rule>summary{cursor:pointer;padding:10px 12px;list-style:none;display:flex;gap:10px;align-items:center}
details.rule>summary::-webkit-details-marker{display:none}details.rule[open]>summary{border-bottom:1px solid #eee}.doc{padding:12px 16px}.doc h4{margin:12px 0 4px}
pre{background:#0b1021;color:#e9ecef;padding:10px;border-radius:6px;overflow:auto;font-size:12px}code{font-family:ui-monospace,Menlo,Consolas,monospace}
.muted{color:#868e96;font-size:12px}.controls{display:flex;gap:12px;align-items:center;margin-bottom:10px}input[type=search]{padding:6px 10px;width:320px;border:1px solid #ced4da;border-radius:6px}
.controls select{padding:5px 6px;border:1px solid #ced4da;border-radius:6px;background:#fff;max-width:220px}.controls{flex-wrap:wrap}tr[hidden]{display:none}
.wf-SUPPRESSED{background:#495057}.wf-RESOLVED{background:var(--pass)}.wf-NEW{background:#c92a2a}.wf-NOTIFIED{background:#e67700}tr.triaged td{color:#868e96}a{color:#1c5fb8}
.st-SUPPRESSED{background:#495057}.st-RESOLVED{background:var(--pass)}.st-OPEN{background:var(--high)}dl.tags{display:grid;grid-template-columns:max-content 1fr;gap:0 12px;margin:4px 0}dl.tags dt{color:#495057}dl.tags dd{margin:0}
.tabs button{border:1px solid #ced4da;background:#fff;padding:4px 10px;border-radius:4px;cursor:pointer}.tabs button.on{background:#1b2a41;color:#fff}.tab{display:none}.tab.on{display:block}
`;

/** The improvement document a finding carries (mamori's rules: all of it; imports: what the source gave). */
function findingDoc(f: Finding, lang: Lang): string {
  const d = f.document;
  if (!d) return '';
  const frameworks = Object.entries(f.frameworks)
    .map(([fw, ids]) => `<code>${esc(fw)}</code> ${esc((ids ?? []).join(', '))}`)
    .join(' · ');
  const tabs = (['cli', 'terraform', 'cloudformation', 'bicep'] as const).filter((t) => d.code?.[t]);
  const code = tabs.length
    ? `<h4>${esc(tabs.map((t) => TAB_NAMES[t]).join(' / '))}</h4><div class="tabs">${tabs
        .map((t, i) => `<button class="${i ? '' : 'on'}" data-tab="${t}">${t}</button>`)
        .join(' ')}</div>${tabs.map((t, i) => `<pre class="tab${i ? '' : ' on'}" data-tab="${t}"><code>${esc(d.code![t])}</code></pre>`).join('')}`
    : '';
  const part = (key: 'urgency' | 'risk' | 'recommendation', text: string | undefined, heading = label(lang, key)) =>
    text ? `<h4>${heading}</h4><p>${esc(text)}</p>` : '';
  return `<div class="doc">${d.description ? `<p>${esc(docText(d.description, lang))}</p>` : ''}<p class="muted">${frameworks}</p>
${d.urgency ? part('urgency', docText(d.urgency.text, lang) ?? '', `${label(lang, 'urgency')}: ${esc(urgencyLabel(lang, d.urgency.level))}`) : ''}
${part('risk', docText(d.risk, lang))}
${part('recommendation', docText(d.remediation, lang))}
${d.console?.[lang].length ? `<h4>${label(lang, 'console')}</h4><ol>${d.console[lang].map((x) => `<li>${esc(x)}</li>`).join('')}</ol>` : ''}${code}
${d.references?.length ? `<h4>${label(lang, 'references')}</h4><ul>${d.references.map((u) => `<li><a href="${esc(u)}" rel="noreferrer">${esc(u)}</a></li>`).join('')}</ul>` : ''}</div>`;
}

const TAB_NAMES = { cli: 'CLI', terraform: 'Terraform', cloudformation: 'CloudFormation', bicep: 'Bicep' } as const;

function failingByRule(findings: readonly Finding[], summary: AssessmentSummary, lang: Lang): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) if (f.complianceStatus === 'FAIL' && !triaged(f)) (byRule.get(f.ruleId) ?? byRule.set(f.ruleId, []).get(f.ruleId)!).push(f);
  if (!byRule.size) return `<p>${label(lang, 'nothingFailed')}</p>`;
  return summary.worstRules
    .map((r) => {
      const failing = byRule.get(r.ruleId) ?? [];
      const rows = failing
        .map((f) => `<tr><td>${esc(f.account)}</td><td>${esc(f.region)}</td><td><a href="#${rowId(f)}">${esc(f.resourceName)}</a><div class="muted">${esc(f.resourceUid)}</div></td><td>${esc(findingReason(f, lang))}</td></tr>`)
        .join('');
      return `<details class="rule"><summary><span class="badge sev-${r.severity}">${esc(severityLabel(lang, r.severity))}</span><b>${esc(localize(r.title, lang))}</b><span class="muted">${esc(r.ruleId)} · ${r.counts.FAIL} ${label(lang, 'failed')}</span></summary>
${failing[0] ? findingDoc(failing[0], lang) : ''}<div class="doc"><table><thead><tr><th>${label(lang, 'account')}</th><th>${label(lang, 'region')}</th><th>${label(lang, 'resource')}</th><th>${label(lang, 'reason')}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
    })
    .join('\n');
}


/** Labels of the filters, the triage and the hub report (the assessment report's own are in i18n.ts). */
const TEXT = {
  en: {
    hubReport: 'mamori report (findings hub)',
    all: 'All',
    allSeverities: 'All severities',
    allScopes: 'All scopes',
    allFrameworks: 'All frameworks',
    allKinds: 'All kinds',
    failedAndTriaged: 'Failed (incl. suppressed / resolved)',
    openOnly: 'Open',
    sortBy: 'Sort by',
    byRisk: 'risk',
    bySeverity: 'severity',
    byScope: 'scope',
    byRule: 'rule',
    shown: 'shown',
    risk: 'Risk',
    kind: 'Kind',
    scope: 'Scope',
    open: 'Open',
    suppressed: 'Suppressed',
    resolved: 'Resolved',
    notCounted: 'Suppressed and resolved findings are shown as such and not counted in the scores or the failing counts.',
    excluded: 'left out of the counts: {suppressed} suppressed, {resolved} resolved',
    openBySeverity: 'Open findings by severity',
    trend: 'Trend per scan',
    scoresHubWide: 'Scores cover the whole hub (the latest scan, with its triage); the filters apply to the findings.',
    changes: 'Since the last scan ({at}): {new} new or reopened, {resolved} resolved',
    noScan: 'No scan stored yet.',
    threats: 'Threat signals',
    noThreats: 'No threat signals.',
    sequences: 'Attack sequences',
    noSequences: 'No active attack sequences.',
    attackPaths: 'Attack paths',
    resourcesHeading: 'Resources and their findings',
    guardrails: 'Guardrails across clouds',
    guardrailsNote: 'Per scope, whether each preventive guardrail is enforced, only audited, or missing (AWS SCPs, RCPs and declarative policies; Google Cloud organisation policies; Azure Policy). Hover a mark for the reason; the CLI gives the same table: mamori guardrails --detail.',
    noGuardrails: 'No assessed scope in the hub yet.',
    intent: 'Intent',
    inSequences: 'in sequence',
    filters: 'Filters',
    more: '{n} more findings match but are not in this file: narrow the report with filters (--severity, --scope, …).',
    tags: 'Tags',
    seen: 'Last seen',
    none: 'None.',
  },
  ja: {
    hubReport: 'mamori レポート（検出結果ハブ）',
    all: 'すべて',
    allSeverities: 'すべての重大度',
    allScopes: 'すべての対象範囲',
    allFrameworks: 'すべてのフレームワーク',
    allKinds: 'すべての種類',
    failedAndTriaged: '不合格（抑制・解決済みを含む）',
    openOnly: '未対応',
    sortBy: '並べ替え',
    byRisk: 'リスク',
    bySeverity: '重大度',
    byScope: '対象範囲',
    byRule: 'ルール',
    shown: '件を表示',
    risk: 'リスク',
    kind: '種類',
    scope: '対象範囲',
    open: '未対応',
    suppressed: '抑制中',
    resolved: '解決済み',
    notCounted: '抑制中・解決済みの検出結果はその旨を表示し、スコアと不合格数には含めていません。',
    excluded: '集計から除外: 抑制中 {suppressed} 件、解決済み {resolved} 件',
    openBySeverity: '重大度別の未対応の検出結果',
    trend: 'スキャンごとの推移',
    scoresHubWide: 'スコアはハブ全体（最新スキャンとそのトリアージ結果）が対象です。絞り込み条件は検出結果の一覧に適用されます。',
    changes: '前回のスキャン（{at}）以降: 新規・再発 {new} 件、解決 {resolved} 件',
    noScan: '保存されたスキャンはまだありません。',
    threats: '脅威シグナル',
    noThreats: '脅威シグナルはありません。',
    sequences: '攻撃シーケンス',
    noSequences: '対応中の攻撃シーケンスはありません。',
    attackPaths: '攻撃パス',
    resourcesHeading: 'リソース別の検出結果',
    guardrails: 'クラウド横断のガードレール',
    guardrailsNote: 'スコープごとに、予防的ガードレールが適用されているか、監査のみか、未設定かを示します（AWS の SCP・RCP・宣言型ポリシー、Google Cloud の組織のポリシー、Azure Policy）。マークにカーソルを合わせると理由を表示します。CLI でも同じ表を確認できます: mamori guardrails --detail',
    noGuardrails: 'ハブに評価済みのスコープがまだありません。',
    intent: '目的',
    inSequences: 'シーケンス',
    filters: '絞り込み',
    more: 'ほかに {n} 件が条件に一致しますが、このファイルには含めていません。--severity や --scope などで絞り込んでください。',
    tags: 'タグ',
    seen: '最終検出',
    none: 'なし。',
  },
} as const;

type TextKey = keyof (typeof TEXT)['en'];
/** A report text in a language, `{name}` placeholders filled in. */
export const reportText = (lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string =>
  TEXT[lang][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

/** Suppressed, or resolved while still failing: shown, but not counted. */
export const triaged = (f: Pick<Finding, 'workflowStatus'>) => f.workflowStatus === 'SUPPRESSED' || f.workflowStatus === 'RESOLVED';

/** The assessment's summary without the findings triage took off the plate (the summary as given when there are none). */
export function triagedSummary(report: AssessmentReport): { summary: AssessmentSummary; suppressed: number; resolved: number } {
  let suppressed = 0;
  let resolved = 0;
  for (const f of report.findings) {
    if (f.complianceStatus !== 'FAIL' && f.complianceStatus !== null) continue;
    if (f.workflowStatus === 'SUPPRESSED') suppressed++;
    else if (f.workflowStatus === 'RESOLVED' && f.complianceStatus === 'FAIL') resolved++;
  }
  if (!suppressed && !resolved) return { summary: report.summary, suppressed, resolved };
  return { summary: summarize(report.findings.filter((f) => !(triaged(f) && f.complianceStatus !== 'PASS'))), suppressed, resolved };
}

const rowId = (f: Pick<Finding, 'id'>) => `f-${f.id}`;
/** A resource's anchor: a short hash, as its uid may hold anything. */
export const resourceAnchor = (uid: string) => `r-${createHash('sha256').update(uid).digest('hex').slice(0, 16)}`;
const riskRank = (f: Finding) => RISK_LEVELS.indexOf(f.risk?.level ?? 'LOW');

/** What a row's status filter sees: OPEN (failing, not triaged), SUPPRESSED, RESOLVED, or the result status. */
function rowStatus(f: Finding): string {
  if (f.workflowStatus === 'SUPPRESSED') return 'SUPPRESSED';
  if (f.complianceStatus === 'FAIL' || f.complianceStatus === null) return f.workflowStatus === 'RESOLVED' ? 'RESOLVED' : 'OPEN';
  return f.complianceStatus;
}

function statusBadges(f: Finding, lang: Lang): string {
  const compliance = f.complianceStatus ? `<span class="badge st-${f.complianceStatus}">${esc(statusLabel(lang, f.complianceStatus))}</span> ` : '';
  const workflow = f.complianceStatus === 'FAIL' || f.complianceStatus === null || triaged(f) ? `<span class="badge wf-${esc(f.workflowStatus)}">${esc(workflowLabel(lang, f.workflowStatus))}</span>` : '';
  return compliance + workflow;
}

/** Findings ordered highest risk first (then severity, then last seen), as the hub lists them. */
export const byRisk = (a: Finding, b: Finding) => riskRank(b) - riskRank(a) || severityRank(b.severity) - severityRank(a.severity) || b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id);

interface TableOptions {
  /** The status the filter starts with ('' for all). */
  status: '' | 'failed' | 'OPEN';
  /** Where a sequence finding's row links to (its section), when the file has it. */
  sequenceHref?: (id: string) => string | undefined;
  /** Link each row's resource to the resource section. */
  resources?: boolean;
}

const option = (value: string, text: string, selected = false) => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(text)}</option>`;

/** The findings table with its filters (severity, scope, framework, kind, status, text) and sorting (risk, severity, scope, rule). */
function findingsTable(findings: readonly Finding[], lang: Lang, options: TableOptions): string {
  const t = (k: TextKey) => reportText(lang, k);
  const scopes = [...new Set(findings.map((f) => f.account))].sort();
  const frameworks = [...new Set(findings.flatMap((f) => Object.keys(f.frameworks).filter((k) => f.frameworks[k as keyof typeof f.frameworks]?.length)))].sort();
  const kinds = [...new Set(findings.map((f) => f.kind))].sort();
  const statuses = [...new Set(findings.map(rowStatus))];
  const statusText = (s: string) =>
    s === 'OPEN' ? t('open') : s === 'SUPPRESSED' ? t('suppressed') : s === 'RESOLVED' ? t('resolved') : statusLabel(lang, s as ResultStatus);
  const controls = `<div class="controls"><input id="q" type="search" placeholder="${esc(label(lang, 'filter'))}">
<select id="f-sev" aria-label="${esc(label(lang, 'severity'))}">${option('', t('allSeverities'))}${[...SEVERITIES].reverse().map((s) => option(s, severityLabel(lang, s))).join('')}</select>
<select id="f-scope" aria-label="${esc(t('scope'))}">${option('', t('allScopes'))}${scopes.map((s) => option(s, s)).join('')}</select>
<select id="f-fw" aria-label="${esc(label(lang, 'framework'))}">${option('', t('allFrameworks'))}${frameworks.map((f) => option(f, isFrameworkId(f) ? FRAMEWORKS[f].short : f)).join('')}</select>
<select id="f-kind" aria-label="${esc(t('kind'))}">${option('', t('allKinds'))}${kinds.map((k) => option(k, k)).join('')}</select>
<select id="f-st" aria-label="${esc(label(lang, 'status'))}">${option('', t('all'), options.status === '')}${option('failed', t('failedAndTriaged'), options.status === 'failed')}${option('OPEN', t('openOnly'), options.status === 'OPEN')}${statuses
    .filter((s) => s !== 'OPEN')
    .map((s) => option(s, statusText(s)))
    .join('')}</select>
<label>${esc(t('sortBy'))} <select id="f-sort">${option('risk', t('byRisk'), true)}${option('severity', t('bySeverity'))}${option('scope', t('byScope'))}${option('rule', t('byRule'))}</select></label>
<span class="muted"><span id="shown">${findings.length}</span> ${esc(t('shown'))}</span></div>`;
  const rows = [...findings]
    .sort(byRisk)
    .map((f, i) => {
      const st = rowStatus(f);
      const failed = st === 'OPEN' || st === 'SUPPRESSED' || st === 'RESOLVED' ? '1' : '0';
      const fw = Object.keys(f.frameworks).filter((k) => f.frameworks[k as keyof typeof f.frameworks]?.length);
      const seq = f.kind === 'sequence' ? options.sequenceHref?.(f.id) : undefined;
      const title = esc(findingTitle(f, lang));
      const resource = options.resources ? `<a href="#${resourceAnchor(f.resourceUid)}">${esc(f.resourceName)}</a>` : esc(f.resourceName);
      return `<tr id="${esc(rowId(f))}" class="${triaged(f) ? 'triaged' : ''}" data-i="${i}" data-risk="${riskRank(f)}" data-sevrank="${severityRank(f.severity)}" data-sev="${f.severity}" data-scope="${esc(f.account)}" data-rule="${esc(f.ruleId)}" data-fw="${esc(fw.join(' '))}" data-kind="${esc(f.kind)}" data-st="${esc(st)}" data-failed="${failed}">
<td>${statusBadges(f, lang)}</td><td>${esc(f.risk?.level ?? '')}</td><td><span class="badge sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span></td>
<td>${seq ? `<a href="${esc(seq)}">${title}</a>` : title}<div class="muted">${esc(f.ruleId)}</div></td><td>${esc(f.account)}</td><td>${esc(f.region)}</td><td>${resource}<div class="muted">${esc(f.resourceType)}</div></td><td>${esc(findingReason(f, lang))}</td></tr>`;
    })
    .join('\n');
  return `${controls}
<table id="results"><thead><tr><th>${label(lang, 'status')}</th><th>${esc(t('risk'))}</th><th>${label(lang, 'severity')}</th><th>${label(lang, 'rule')}</th><th>${esc(t('scope'))}</th><th>${label(lang, 'region')}</th><th>${label(lang, 'resource')}</th><th>${label(lang, 'reason')}</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

/**
 * Tabs of the improvement documents; filters and sorting of the findings table; a link to a row a
 * filter hides clears the filters. Rows are only shown, hidden and moved: nothing is written as HTML.
 */
const JS = `
document.addEventListener('click',e=>{const b=e.target.closest('.tabs button');if(!b)return;const d=b.closest('.doc');
d.querySelectorAll('.tabs button').forEach(x=>x.classList.toggle('on',x===b));d.querySelectorAll('.tab').forEach(t=>t.classList.toggle('on',t.dataset.tab===b.dataset.tab));});
(()=>{const $=i=>document.getElementById(i);const tb=document.querySelector('#results tbody');if(!tb)return;
const rows=Array.from(tb.rows);const sel=['f-sev','f-scope','f-fw','f-kind','f-st'].map($);
function apply(){const v=$('q').value.toLowerCase(),[sev,sc,fw,k,st]=sel.map(s=>s.value);let n=0;
for(const r of rows){const d=r.dataset;const ok=(!v||r.textContent.toLowerCase().includes(v))&&(!sev||d.sev===sev)&&(!sc||d.scope===sc)&&(!fw||d.fw.split(' ').includes(fw))&&(!k||d.kind===k)
&&(!st||(st==='failed'?d.failed==='1':d.st===st));r.hidden=!ok;if(ok)n++;}$('shown').textContent=String(n);}
const keys={risk:r=>[-r.dataset.risk,-r.dataset.sevrank,+r.dataset.i],severity:r=>[-r.dataset.sevrank,-r.dataset.risk,+r.dataset.i],
scope:r=>[r.dataset.scope,-r.dataset.risk,+r.dataset.i],rule:r=>[r.dataset.rule,-r.dataset.risk,+r.dataset.i]};
const cmp=(a,b)=>{for(let i=0;i<a.length;i++){if(a[i]<b[i])return -1;if(a[i]>b[i])return 1;}return 0;};
function order(){const k=keys[$('f-sort').value]||keys.risk;const m=new Map(rows.map(r=>[r,k(r)]));rows.sort((a,b)=>cmp(m.get(a),m.get(b)));tb.append(...rows);}
function reveal(){const id=decodeURIComponent(location.hash.slice(1));const el=id&&document.getElementById(id);if(!el)return;
if(el.hidden){$('q').value='';sel.forEach(s=>{s.value='';});apply();}const d=el.closest('details');if(d)d.open=true;el.scrollIntoView();}
$('q').addEventListener('input',apply);sel.forEach(s=>s.addEventListener('change',apply));$('f-sort').addEventListener('change',order);
window.addEventListener('hashchange',reveal);apply();reveal();})();
`;

function page(lang: Lang, title: string, meta: string, body: string, extraCss = ''): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>${CSS}${extraCss}</style></head>
<body><header><h1>${esc(title)}</h1><div class="meta">${meta}</div></header>
<main>
${body}
</main><script>${JS}</script></body></html>
`;
}

const sevCards = (counts: Record<Severity, number>, lang: Lang) =>
  [...SEVERITIES]
    .reverse()
    .map((s) => `<div class="card sev-${s}"><b>${counts[s] ?? 0}</b>${esc(severityLabel(lang, s))}</div>`)
    .join('');

/** A single self-contained HTML file: no external scripts, styles, fonts or images. */
export const htmlWriter: ReportWriter = {
  format: 'html',
  extension: 'html',
  write(report, { lang }) {
    const { snapshot } = report;
    const { summary, suppressed, resolved } = triagedSummary(report);
    const frameworks = summary.frameworks
      .map(
        (f) => `<tr><td>${esc(f.name)}</td><td>${f.score === null ? '-' : `<span class="bar"><i style="width:${f.score}%"></i></span> ${f.score}%`}</td>
<td>${f.controlCounts.PASS}</td><td>${f.controlCounts.FAIL}</td><td>${f.controlCounts.NOT_ASSESSED}</td><td>${f.controlCounts.MANUAL}</td></tr>`,
      )
      .join('');
    const errors = report.collectionErrors.length
      ? `<table><thead><tr><th>${label(lang, 'account')}</th><th>${label(lang, 'region')}</th><th>${label(lang, 'service')}</th><th>${label(lang, 'operation')}</th><th>${label(lang, 'error')}</th></tr></thead><tbody>${report.collectionErrors
          .map((e) => `<tr><td>${esc(e.account)}</td><td>${esc(e.region)}</td><td>${esc(e.service)}</td><td>${esc(e.operation)}</td><td><b>${esc(e.code)}</b> <span class="muted">${esc(e.message)}</span></td></tr>`)
          .join('')}</tbody></table>`
      : `<p>${label(lang, 'noCollectionErrors')}</p>`;
    const meta = `${esc(scopeLine(snapshot, lang, label(lang, 'accounts')))} · ${label(lang, 'regions')}: ${esc([...new Set((snapshot.scopes ?? [snapshot.scope]).flatMap((s) => s.regions))].join(', '))} · ${label(lang, 'resources')}: ${snapshot.resourceCount} · ${label(lang, 'collectedAt')}: ${esc(snapshot.collectedAt)} · ${label(lang, 'generatedAt')}: ${esc(report.generatedAt)}`;
    const excluded = suppressed || resolved ? ` · ${esc(reportText(lang, 'excluded', { suppressed, resolved }))}` : '';
    return page(
      lang,
      label(lang, 'report'),
      meta,
      `<section id="severity"><h2>${label(lang, 'failedBySeverity')}</h2><div class="cards">${sevCards(summary.failedBySeverity, lang)}</div>
<p class="muted">${(['FAIL', 'PASS', 'NOT_ASSESSED', 'MANUAL', 'NOT_APPLICABLE'] as const).map((s) => `${esc(statusLabel(lang, s))}: ${summary.results[s]}`).join(' · ')}${excluded}</p></section>
<section id="frameworks"><h2>${label(lang, 'frameworks')}</h2><table><thead><tr><th>${label(lang, 'framework')}</th><th>${label(lang, 'score')}</th><th>${label(lang, 'passed')}</th><th>${label(lang, 'failed')}</th><th>${label(lang, 'notAssessed')}</th><th>${label(lang, 'manual')}</th></tr></thead><tbody>${frameworks}</tbody></table>
<p class="muted">${esc(reportText(lang, 'notCounted'))}</p></section>
<section id="rules"><h2>${label(lang, 'worstRules')}</h2>${failingByRule(report.findings, summary, lang)}</section>
<section id="errors"><h2>${label(lang, 'collectionErrors')}</h2>${errors}</section>
<section id="findings"><h2>${label(lang, 'findings')}</h2>${findingsTable(report.findings, lang, { status: 'failed' })}</section>`,
    );
  },
};

/** A framework's posture score in the hub: the latest scan's, with its triage. */
export interface FrameworkScore {
  id: string;
  name: string;
  /** Passed / (passed + failed) controls, 0–100; null when nothing was decided. */
  score: number | null;
  passed: number;
  failed: number;
  /** Controls that failed only through suppressed or resolved findings (counted as passed). */
  triaged: number;
  /** The score of each stored scan, oldest first, as assessed (before triage). */
  trend: (number | null)[];
}

/** What `mamori report` reads from the hub (src/cli/report.ts gathers it through the app functions). */
export interface HubReport {
  generatedAt: string;
  /** The finding filters as given (empty: none). */
  filters: string;
  latestScan?: { id: string; at: string };
  changes: { newlyFailing: number; newlyResolved: number };
  frameworks: FrameworkScore[];
  /** Open (NEW, NOTIFIED) findings matching the filters: in all, by severity, by scope (worst first). */
  open: { total: number; bySeverity: Record<Severity, number>; byScope: { scope: string; count: number }[] };
  /** Findings matching the filters that triage took off the plate. */
  suppressed: number;
  resolved: number;
  /** The findings matching the filters, highest risk first (at most the report's cap). */
  findings: Finding[];
  /** How many match in all. */
  total: number;
  /** Active attack sequences (new, notified or suppressed). */
  sequences: SequenceView[];
  /** The guardrail intents of every assessed scope (src/guardrails/intents.ts), when the hub has them. */
  guardrails?: { intents: readonly GuardrailIntent[]; scopes: ScopeGuardrails[] };
}


/** Intents as rows, scopes as columns (cloud and scope in the head); each cell's reason in its title. */
function guardrailsTable(g: NonNullable<HubReport['guardrails']>, lang: Lang): string {
  const head = g.scopes.map((s) => `<th>${esc(CLOUD_SHORT_NAMES[s.provider] ?? s.provider)}<div class="muted">${esc(s.name && s.name !== s.scope ? s.name : s.scope)}</div></th>`).join('');
  const rows = g.intents
    .map((intent) => {
      const cells = g.scopes
        .map((s) => {
          const c = s.checks.find((x) => x.intent === intent.id);
          if (!c) return '<td></td>';
          const st = INTENT_STATUS_TEXT[c.status];
          const why = `${c.reason[lang]}${c.controls.length ? ` (${c.controls.join(', ')})` : ''}`;
          return `<td class="gr gr-${c.status}" title="${esc(why)}">${st.mark} ${esc(st[lang])}</td>`;
        })
        .join('');
      return `<tr><td title="${esc(intent.description[lang])}">${esc(intent.title[lang])}</td>${cells}</tr>`;
    })
    .join('');
  return `<table class="guardrails"><thead><tr><th>${esc(reportText(lang, 'intent'))}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

interface PathEvidence {
  summary?: { en: string; ja: string };
  steps?: { text: { en: string; ja: string } }[];
  fix?: { text: { en: string; ja: string } };
}

/** Attack paths in a finding's evidence (posture rules that compute them put them there). */
export const attackPathsOf = (f: Finding): PathEvidence[] => {
  const paths = (f.evidence as { paths?: unknown } | undefined)?.paths;
  return Array.isArray(paths) ? (paths as PathEvidence[]) : [];
};

const trendText = (points: (number | null)[]) =>
  points
    .slice(-8)
    .map((p) => (p === null ? '-' : String(p)))
    .join(' → ');

/** The hub's report in one file: posture, threat signals, attack sequences and attack paths, linked to each other and to the resources. */
export function renderHubReport(report: HubReport, lang: Lang): string {
  const t = (k: TextKey, v?: Record<string, string | number>) => esc(reportText(lang, k, v));
  const signals = report.findings.filter((f) => f.kind === 'threat');
  const signalIds = new Set(signals.map((f) => f.id));
  const sequenceIds = new Set(report.sequences.map((s) => s.id));
  // Which sequences each signal is a step of, for the links back.
  const inSequences = new Map<string, SequenceView[]>();
  for (const s of report.sequences) for (const e of s.evidence.timeline) (inSequences.get(e.signalId) ?? inSequences.set(e.signalId, []).get(e.signalId)!).push(s);

  const frameworks = report.frameworks.length
    ? `<table><thead><tr><th>${label(lang, 'framework')}</th><th>${label(lang, 'score')}</th><th>${label(lang, 'passed')}</th><th>${label(lang, 'failed')}</th><th>${t('trend')}</th></tr></thead><tbody>${report.frameworks
        .map(
          (f) => `<tr><td>${esc(f.name)}</td><td>${f.score === null ? '-' : `<span class="bar"><i style="width:${f.score}%"></i></span> ${f.score}%`}</td><td>${f.passed}${f.triaged ? ` <span class="muted">(${t('suppressed')}/${t('resolved')}: ${f.triaged})</span>` : ''}</td><td>${f.failed}</td><td class="muted">${esc(trendText(f.trend))}</td></tr>`,
        )
        .join('')}</tbody></table><p class="muted">${t('scoresHubWide')} ${t('notCounted')}</p>`
    : `<p>${t('noScan')}</p>`;

  const changes = report.latestScan ? t('changes', { at: report.latestScan.at, new: report.changes.newlyFailing, resolved: report.changes.newlyResolved }) : t('noScan');

  const sequences = report.sequences.length
    ? report.sequences.map((s) => sequenceSection(s, lang, undefined, (id) => (signalIds.has(id) ? `#s-${id}` : undefined))).join('\n')
    : `<section id="sequences-none"><p>${t('noSequences')}</p></section>`;

  const threatRows = signals
    .sort(byRisk)
    .map((f) => {
      const seqs = (inSequences.get(f.id) ?? []).map((s) => `<a href="#${esc(s.id)}">${t('inSequences')} ${esc(s.title)}</a>`).join('<br>');
      return `<tr id="s-${esc(f.id)}" class="${triaged(f) ? 'triaged' : ''}"><td>${statusBadges(f, lang)}</td><td><span class="badge sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span></td><td><a href="#${esc(rowId(f))}">${esc(findingTitle(f, lang))}</a><div class="muted">${esc(f.ruleId)} · ${esc(f.source)}</div></td><td>${esc(f.account)}</td><td><a href="#${resourceAnchor(f.resourceUid)}">${esc(f.resourceName)}</a></td><td><code>${esc(f.lastSeen)}</code></td><td>${seqs}</td></tr>`;
    })
    .join('\n');
  const threats = signals.length
    ? `<table><thead><tr><th>${label(lang, 'status')}</th><th>${label(lang, 'severity')}</th><th>${label(lang, 'signals')}</th><th>${t('scope')}</th><th>${label(lang, 'resource')}</th><th>${t('seen')}</th><th>${t('sequences')}</th></tr></thead><tbody>${threatRows}</tbody></table>`
    : `<p>${t('noThreats')}</p>`;

  const withPaths = report.findings.filter((f) => rowStatus(f) === 'OPEN' && attackPathsOf(f).length).sort(byRisk);
  const paths = withPaths.length
    ? withPaths
        .slice(0, 50)
        .map(
          (f) => `<details class="rule"><summary><span class="badge sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span><a href="#${esc(rowId(f))}">${esc(findingTitle(f, lang))}</a><span class="muted">${esc(f.account)} · <a href="#${resourceAnchor(f.resourceUid)}">${esc(f.resourceName)}</a></span></summary><div class="doc">${attackPathsOf(f)
            .slice(0, 3)
            .map(
              (p) => `<p><b>${esc(p.summary ? localize(p.summary, lang) : findingReason(f, lang))}</b></p><ol>${(p.steps ?? []).map((s) => `<li>${esc(localize(s.text, lang))}</li>`).join('')}</ol>${p.fix?.text ? `<p>→ ${label(lang, 'cheapestFix')}: ${esc(localize(p.fix.text, lang))}</p>` : ''}`,
            )
            .join('')}</div></details>`,
        )
        .join('\n')
    : `<p>${t('none')}</p>`;

  // Every resource with findings in the file, with all of them (posture, signals, sequences).
  const byResource = new Map<string, Finding[]>();
  for (const f of report.findings) (byResource.get(f.resourceUid) ?? byResource.set(f.resourceUid, []).get(f.resourceUid)!).push(f);
  const resources = [...byResource.entries()]
    .sort((a, b) => byRisk(a[1][0], b[1][0]) || a[0].localeCompare(b[0]))
    .map(([uid, list]) => {
      const r = list[0];
      const tags = Object.entries(r.resourceTags ?? {});
      const items = list
        .map((f) => {
          const href = f.kind === 'threat' ? `#s-${f.id}` : f.kind === 'sequence' && sequenceIds.has(f.id) ? `#${f.id}` : `#${rowId(f)}`;
          return `<li>${statusBadges(f, lang)} <span class="badge sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span> <a href="${esc(href)}">${esc(findingTitle(f, lang))}</a> <span class="muted">${esc(f.kind)} · ${esc(f.ruleId)}</span></li>`;
        })
        .join('');
      return `<div class="resource" id="${resourceAnchor(uid)}"><h3>${esc(r.resourceName)} <span class="muted">${esc(r.resourceType)} · ${esc(r.account)} · ${esc(r.region)}</span></h3><div class="muted">${esc(uid)}</div>${tags.length ? `<dl class="tags"><dt>${t('tags')}</dt><dd></dd>${tags.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>` : ''}<ul>${items}</ul></div>`;
    })
    .join('\n');

  const more = report.total > report.findings.length ? `<p class="muted">${t('more', { n: report.total - report.findings.length })}</p>` : '';
  const excluded = report.suppressed || report.resolved ? ` · ${t('excluded', { suppressed: report.suppressed, resolved: report.resolved })}` : '';
  const meta = `${label(lang, 'generatedAt')}: ${esc(report.generatedAt)}${report.latestScan ? ` · ${label(lang, 'collectedAt')}: ${esc(report.latestScan.at)}` : ''}${report.filters ? ` · ${t('filters')}: <code>${esc(report.filters)}</code>` : ''}`;
  const nav = `<nav class="muted"><a href="#summary">${t('openBySeverity')}</a> · <a href="#frameworks">${label(lang, 'frameworks')}</a> · <a href="#sequences">${t('sequences')}</a> · <a href="#threats">${t('threats')}</a> · <a href="#paths">${t('attackPaths')}</a> · <a href="#guardrails">${t('guardrails')}</a> · <a href="#findings">${label(lang, 'findings')}</a> · <a href="#resources">${t('resourcesHeading')}</a></nav>`;
  return page(
    lang,
    reportText(lang, 'hubReport'),
    meta,
    `${nav}
<section id="summary"><h2>${t('openBySeverity')} (${report.open.total})</h2><div class="cards">${sevCards(report.open.bySeverity, lang)}</div><p class="muted">${changes}${excluded}</p></section>
<section id="frameworks"><h2>${label(lang, 'frameworks')}</h2>${frameworks}</section>
<section id="sequences"><h2>${t('sequences')} (${report.sequences.length})</h2></section>
${sequences}
<section id="threats"><h2>${t('threats')} (${signals.length})</h2>${threats}</section>
<section id="paths"><h2>${t('attackPaths')} (${withPaths.length})</h2>${paths}</section>
<section id="guardrails"><h2>${t('guardrails')}</h2>${report.guardrails?.scopes.length ? `<p class="muted">${t('guardrailsNote')}</p>${guardrailsTable(report.guardrails, lang)}` : `<p>${t('noGuardrails')}</p>`}</section>
<section id="findings"><h2>${label(lang, 'findings')} (${report.total})</h2>${more}${findingsTable(report.findings, lang, { status: '', resources: true, sequenceHref: (id) => (sequenceIds.has(id) ? `#${id}` : undefined) })}</section>
<section id="resources"><h2>${t('resourcesHeading')} (${byResource.size})</h2>${resources}</section>`,
    sequencesCss().replace(/:root\{[^}]*\}|\*\{box-sizing:border-box\}body\{[^}]*\}|header\{[^}]*\}header h1\{[^}]*\}header \.meta\{[^}]*\}|main\{[^}]*\}section\{[^}]*\}/g, '') + '.gr-enforced{background:#e6f4ea}.gr-partial,.gr-audit-only{background:#fff4d6}.gr-missing{background:#fde7e9}.gr-unknown,.gr-not-applicable{color:#777}table.guardrails td{white-space:nowrap}.resource{border-top:1px solid #eee;padding:8px 0}.resource h3{font-size:14px;margin:0}nav{margin-bottom:12px}',
  );
}
