import Table from 'cli-table3';
import pc from 'picocolors';
import { FRAMEWORKS } from '../frameworks/index.js';
import { localize, SEVERITIES, type Severity } from '../model/types.js';
import { label, severityLabel, statusLabel } from './i18n.js';
import { scopeLine, type ReportWriter } from './report.js';
import { safeText } from './terminal.js';
import { fitColumns, terminalColumns } from './width.js';

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  CRITICAL: (s) => pc.bold(pc.red(s)),
  HIGH: pc.red,
  MEDIUM: pc.yellow,
  LOW: pc.cyan,
  INFORMATIONAL: pc.dim,
};

/** What the table reads of a path in a finding's evidence (posture rules that compute attack paths put them there). */
interface AttackPathEvidence {
  summary?: { en: string; ja: string };
  steps?: { text: { en: string; ja: string } }[];
  fix?: { text: { en: string; ja: string } };
}

const plain = { chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, style: { head: [] as string[], border: [] as string[] } };

/** The terminal summary: by severity, by framework, worst rules, collection errors. */
export const tableWriter: ReportWriter = {
  format: 'table',
  extension: 'txt',
  write(report, { lang }) {
    const out: string[] = [];
    const { summary, snapshot } = report;
    out.push(pc.bold(label(lang, 'report')));
    out.push(
      `${safeText(scopeLine(snapshot, lang, label(lang, 'accounts')))}   ${label(lang, 'regions')}: ${new Set((snapshot.scopes ?? [snapshot.scope]).flatMap((s) => s.regions)).size}   ` +
        `${label(lang, 'resources')}: ${snapshot.resourceCount}   ${label(lang, 'collectedAt')}: ${safeText(snapshot.collectedAt)}`,
    );
    out.push('');
    out.push(
      `${label(lang, 'results')}: ` +
        (['FAIL', 'PASS', 'NOT_ASSESSED', 'MANUAL', 'NOT_APPLICABLE'] as const)
          .map((s) => `${statusLabel(lang, s)} ${summary.results[s]}`)
          .join('  ·  '),
    );
    out.push(
      `${label(lang, 'failedBySeverity')}: ` +
        [...SEVERITIES]
          .reverse()
          .map((s) => SEVERITY_COLOR[s](`${severityLabel(lang, s)} ${summary.failedBySeverity[s]}`))
          .join('  '),
    );
    out.push('');

    const fw = new Table({ head: [label(lang, 'framework'), label(lang, 'score'), label(lang, 'passed'), label(lang, 'failed'), label(lang, 'notAssessed'), label(lang, 'manual')], ...plain });
    for (const f of summary.frameworks) {
      fw.push([FRAMEWORKS[f.id].name, f.score === null ? '-' : `${f.score}%`, f.controlCounts.PASS, f.controlCounts.FAIL, f.controlCounts.NOT_ASSESSED, f.controlCounts.MANUAL]);
    }
    out.push(pc.bold(label(lang, 'frameworks')), fw.toString(), '');

    if (summary.worstRules.length) {
      // Titles wrap to the terminal's width (Japanese too: wide characters count two columns).
      const fitted = fitColumns(
        [
          { head: label(lang, 'severity'), fit: 'none' },
          { head: label(lang, 'rule'), fit: 'wrap', min: 20, max: 76 },
          { head: label(lang, 'failing'), fit: 'none' },
        ],
        summary.worstRules.slice(0, 15).map((r) => [SEVERITY_COLOR[r.severity](severityLabel(lang, r.severity)), `${safeText(localize(r.title, lang))}\n${pc.dim(safeText(r.ruleId))}`, r.counts.FAIL]),
        { width: terminalColumns() },
      );
      const worst = new Table({ head: fitted.head, ...plain, colWidths: fitted.colWidths });
      worst.push(...fitted.rows);
      out.push(pc.bold(label(lang, 'worstRules')), worst.toString(), '');
    } else {
      out.push(label(lang, 'nothingFailed'), '');
    }

    // Attack paths: findings whose evidence carries ordered steps (internet → compute → role → target).
    const withPaths = report.findings.filter((f) => f.complianceStatus === 'FAIL' && Array.isArray((f.evidence as { paths?: unknown } | undefined)?.paths));
    if (withPaths.length) {
      out.push(pc.bold(label(lang, 'attackPaths')));
      const order = (sev: Severity) => SEVERITIES.indexOf(sev);
      for (const f of [...withPaths].sort((a, b) => order(b.severity) - order(a.severity)).slice(0, 10)) {
        for (const path of (f.evidence as { paths: AttackPathEvidence[] }).paths.slice(0, 3)) {
          out.push(`${SEVERITY_COLOR[f.severity](severityLabel(lang, f.severity))} ${safeText(path.summary ? localize(path.summary, lang) : localize(f.reason, lang))}`);
          (path.steps ?? []).forEach((step, i) => out.push(`  ${i + 1}. ${safeText(localize(step.text, lang))}`));
          if (path.fix?.text) out.push(`  ${pc.green('→')} ${label(lang, 'cheapestFix')}: ${safeText(localize(path.fix.text, lang))}`);
        }
      }
      out.push('');
    }

    out.push(pc.bold(label(lang, 'collectionErrors')));
    if (!report.collectionErrors.length) out.push(label(lang, 'noCollectionErrors'));
    else {
      const errs = new Table({ head: [label(lang, 'account'), label(lang, 'region'), label(lang, 'service'), label(lang, 'operation'), label(lang, 'error')], ...plain });
      // Collection errors come from the snapshot file (and remote endpoints): escaped for the terminal.
      for (const e of report.collectionErrors.slice(0, 30)) errs.push([e.account, e.region, e.service, e.operation, e.code].map(safeText));
      out.push(errs.toString());
      if (report.collectionErrors.length > 30) out.push(pc.dim(`… ${report.collectionErrors.length - 30} more`));
    }
    return out.join('\n') + '\n';
  },
};
