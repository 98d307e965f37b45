import { docText, findingReason, findingTitle, type Finding } from '../model/finding.js';
import type { ResultStatus } from '../model/rule.js';
import { localize, type Lang } from '../model/types.js';
import { label, severityLabel, statusLabel, urgencyLabel } from './i18n.js';
import { scopeLine, type AssessmentReport, type ReportWriter } from './report.js';

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
.tabs button{border:1px solid #ced4da;background:#fff;padding:4px 10px;border-radius:4px;cursor:pointer}.tabs button.on{background:#1b2a41;color:#fff}.tab{display:none}.tab.on{display:block}
`;

const JS = `
document.addEventListener('click',e=>{const b=e.target.closest('.tabs button');if(!b)return;const d=b.closest('.doc');
d.querySelectorAll('.tabs button').forEach(x=>x.classList.toggle('on',x===b));d.querySelectorAll('.tab').forEach(t=>t.classList.toggle('on',t.dataset.tab===b.dataset.tab));});
const q=document.getElementById('q'),all=document.getElementById('all');function apply(){const v=q.value.toLowerCase();document.querySelectorAll('#results tbody tr').forEach(r=>{
const ok=(all.checked||r.dataset.status==='FAIL')&&(!v||r.textContent.toLowerCase().includes(v));r.style.display=ok?'':'none';});}
q.addEventListener('input',apply);all.addEventListener('change',apply);apply();
`;

/** The improvement document a finding carries (mamori's rules: all of it; imports: what the source gave). */
function findingDoc(f: Finding, lang: Lang): string {
  const d = f.document;
  if (!d) return '';
  const frameworks = Object.entries(f.frameworks)
    .map(([fw, ids]) => `<code>${esc(fw)}</code> ${esc((ids ?? []).join(', '))}`)
    .join(' · ');
  const tabs = (['cli', 'terraform', 'cloudformation'] as const).filter((t) => d.code?.[t]);
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

const TAB_NAMES = { cli: 'CLI', terraform: 'Terraform', cloudformation: 'CloudFormation' } as const;

function failingByRule(report: AssessmentReport, lang: Lang): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) if (f.complianceStatus === 'FAIL') (byRule.get(f.ruleId) ?? byRule.set(f.ruleId, []).get(f.ruleId)!).push(f);
  if (!byRule.size) return `<p>${label(lang, 'nothingFailed')}</p>`;
  return report.summary.worstRules
    .map((r) => {
      const failing = byRule.get(r.ruleId) ?? [];
      const rows = failing
        .map((f) => `<tr><td>${esc(f.account)}</td><td>${esc(f.region)}</td><td>${esc(f.resourceName)}<div class="muted">${esc(f.resourceUid)}</div></td><td>${esc(findingReason(f, lang))}</td></tr>`)
        .join('');
      return `<details class="rule"><summary><span class="badge sev-${r.severity}">${esc(severityLabel(lang, r.severity))}</span><b>${esc(localize(r.title, lang))}</b><span class="muted">${esc(r.ruleId)} · ${r.counts.FAIL} ${label(lang, 'failed')}</span></summary>
${failing[0] ? findingDoc(failing[0], lang) : ''}<div class="doc"><table><thead><tr><th>${label(lang, 'account')}</th><th>${label(lang, 'region')}</th><th>${label(lang, 'resource')}</th><th>${label(lang, 'reason')}</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
    })
    .join('\n');
}

/** A single self-contained HTML file: no external scripts, styles, fonts or images. */
export const htmlWriter: ReportWriter = {
  format: 'html',
  extension: 'html',
  write(report, { lang }) {
    const { summary, snapshot } = report;
    const sevCards = (['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const)
      .map((s) => `<div class="card sev-${s}"><b>${summary.failedBySeverity[s]}</b>${esc(severityLabel(lang, s))}</div>`)
      .join('');
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
    const order: Record<ResultStatus, number> = { FAIL: 0, NOT_ASSESSED: 1, MANUAL: 2, PASS: 3, NOT_APPLICABLE: 4 };
    const statusOf = (f: Finding): ResultStatus => f.complianceStatus ?? (f.workflowStatus === 'RESOLVED' ? 'PASS' : 'FAIL');
    const rows = [...report.findings]
      .sort((a, b) => order[statusOf(a)] - order[statusOf(b)] || a.ruleId.localeCompare(b.ruleId))
      .map((f) => {
        const status = statusOf(f);
        return `<tr data-status="${status}"><td><span class="badge st-${status}">${esc(statusLabel(lang, status))}</span></td><td><span class="badge sev-${f.severity}">${esc(severityLabel(lang, f.severity))}</span></td>
<td>${esc(findingTitle(f, lang))}<div class="muted">${esc(f.ruleId)}</div></td><td>${esc(f.account)}</td><td>${esc(f.region)}</td><td>${esc(f.resourceName)}<div class="muted">${esc(f.resourceType)}</div></td><td>${esc(findingReason(f, lang))}</td></tr>`;
      })
      .join('\n');
    return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(label(lang, 'report'))}</title><style>${CSS}</style></head>
<body><header><h1>${esc(label(lang, 'report'))}</h1><div class="meta">${esc(scopeLine(snapshot, lang, label(lang, 'accounts')))} · ${label(lang, 'regions')}: ${esc([...new Set((snapshot.scopes ?? [snapshot.scope]).flatMap((s) => s.regions))].join(', '))} · ${label(lang, 'resources')}: ${snapshot.resourceCount} · ${label(lang, 'collectedAt')}: ${esc(snapshot.collectedAt)} · ${label(lang, 'generatedAt')}: ${esc(report.generatedAt)}</div></header>
<main>
<section id="severity"><h2>${label(lang, 'failedBySeverity')}</h2><div class="cards">${sevCards}</div>
<p class="muted">${(['FAIL', 'PASS', 'NOT_ASSESSED', 'MANUAL', 'NOT_APPLICABLE'] as const).map((s) => `${esc(statusLabel(lang, s))}: ${summary.results[s]}`).join(' · ')}</p></section>
<section id="frameworks"><h2>${label(lang, 'frameworks')}</h2><table><thead><tr><th>${label(lang, 'framework')}</th><th>${label(lang, 'score')}</th><th>${label(lang, 'passed')}</th><th>${label(lang, 'failed')}</th><th>${label(lang, 'notAssessed')}</th><th>${label(lang, 'manual')}</th></tr></thead><tbody>${frameworks}</tbody></table></section>
<section id="rules"><h2>${label(lang, 'worstRules')}</h2>${failingByRule(report, lang)}</section>
<section id="errors"><h2>${label(lang, 'collectionErrors')}</h2>${errors}</section>
<section id="findings"><h2>${label(lang, 'findings')}</h2><div class="controls"><input id="q" type="search" placeholder="${esc(label(lang, 'filter'))}"><label><input id="all" type="checkbox"> ${label(lang, 'showPassed')}</label></div>
<table id="results"><thead><tr><th>${label(lang, 'status')}</th><th>${label(lang, 'severity')}</th><th>${label(lang, 'rule')}</th><th>${label(lang, 'account')}</th><th>${label(lang, 'region')}</th><th>${label(lang, 'resource')}</th><th>${label(lang, 'reason')}</th></tr></thead><tbody>
${rows}
</tbody></table></section>
</main><script>${JS}</script></body></html>
`;
  },
};
