/**
 * `mamori report` over a real hub filled by assessing the bundled demo (with XSS payloads in a
 * resource's name and tags): triage is respected (a suppressed critical finding is shown as
 * suppressed and left out of the counts and scores), the one file links posture, signals,
 * sequences and resources (every in-page link has its target), filters and sorting work in
 * Chromium without running any script from the data, and the executive summary is one A4 PDF page
 * that carries Japanese in the Noto CJK font.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { HubContext } from '../../src/app/context.js';
import { listFindings, updateFindings } from '../../src/app/findings.js';
import { openHub } from '../../src/app/hub.js';
import { assessSnapshot } from '../../src/app/posture.js';
import { gatherHubReport } from '../../src/app/report.js';
import { main } from '../../src/cli/main.js';
import type { HubFinding } from '../../src/hub/model.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { renderExecutiveHtml } from '../../src/report/executive.js';
import { htmlWriter, renderHubReport, type HubReport } from '../../src/report/html.js';
import { buildReport } from '../../src/report/report.js';
import { chromiumPath, CHROMIUM_ARGS, renderPdf } from '../../src/report/pdf.js';
import { BACKENDS } from '../hub/backends.js';

const XSS_NAME = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
const XSS_TAG = '"><img src=x onerror="window.__xss=3"><svg onload="window.__xss=4">';
const hasChromium = existsSync(chromiumPath());
const noChromium = hasChromium ? undefined : process.env.CI ? undefined : `${chromiumPath()} is not installed (apt-get install chromium fonts-noto-cjk)`;

/** Every `href="#x"` has an element with `id="x"`. */
function brokenLinks(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  return [...new Set([...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]))].filter((h) => !ids.has(h));
}

const pageCount = (pdf: Uint8Array) => (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

async function withPage<T>(html: string, fn: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (r) => r.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await fn(page);
  } finally {
    await browser.close();
  }
}

for (const backend of BACKENDS) {
  describe(`mamori report from the hub (${backend.name})`, { skip: backend.skip }, () => {
    let hub: HubContext;
    let setting: string;
    let suppressed: HubFinding;
    let before_: HubReport;
    let report: HubReport;

    before(async () => {
      const fresh = await backend.fresh();
      setting = fresh.setting;
      await fresh.store.close();
      const snapshot = await loadDemoSnapshot();
      for (const r of snapshot.resources) {
        r.tags = { ...r.tags, owner: XSS_TAG };
        r.name = `${r.name}${XSS_NAME}`;
      }
      await assessSnapshot({ snapshot, store: { db: setting } });
      hub = await openHub({ db: setting });
      before_ = await gatherHubReport(hub);
      const critical = (await listFindings(hub.store, { filter: { kind: ['posture'], severity: ['CRITICAL'], status: ['NEW'] }, limit: 1000 })).findings;
      assert.ok(critical.length > 0, 'the demo has critical findings');
      // Prefer one that alone fails a control, so its suppression must lift a score.
      const all = before_.findings.filter((f) => f.kind === 'posture' && f.workflowStatus === 'NEW');
      const alone = critical.find((c) =>
        Object.entries(c.frameworks).some(([fw, ids]) => (ids ?? []).some((id) => all.filter((o) => (o.frameworks as Record<string, string[] | undefined>)[fw]?.includes(id)).length === 1)),
      );
      suppressed = alone ?? critical[0];
      await updateFindings(hub.store, { ids: [suppressed.id], status: 'SUPPRESSED', note: 'accepted risk', actor: 'alice' });
      report = await gatherHubReport(hub);
    });
    after(async () => hub?.store.close());

    it('leaves the suppressed critical finding out of the counts and the scores, and shows it as suppressed', () => {
      assert.equal(report.open.bySeverity.CRITICAL, before_.open.bySeverity.CRITICAL - 1);
      assert.equal(report.open.total, before_.open.total - 1);
      assert.equal(report.suppressed, before_.suppressed + 1);
      for (const f of report.frameworks) {
        const was = before_.frameworks.find((x) => x.id === f.id)!;
        assert.ok((f.score ?? 0) >= (was.score ?? 0), `${f.id}: ${f.score} ≥ ${was.score}`);
      }
      const fw = Object.keys(suppressed.frameworks);
      const lifted = report.frameworks.filter((f) => fw.includes(f.id) && f.failed < before_.frameworks.find((x) => x.id === f.id)!.failed);
      assert.ok(lifted.length > 0, 'a control that failed only through it counts as passed');
      const html = renderHubReport(report, 'en');
      const row = new RegExp(`<tr id="f-${suppressed.id}"[^>]*data-st="SUPPRESSED"[^>]*>[\\s\\S]*?wf-SUPPRESSED`);
      assert.match(html, row);
      assert.match(html, /<div class="card sev-CRITICAL"><b>(\d+)<\/b>/);
      assert.equal(Number(/<div class="card sev-CRITICAL"><b>(\d+)<\/b>/.exec(html)![1]), report.open.bySeverity.CRITICAL);
      const ja = renderHubReport(report, 'ja');
      assert.ok(ja.includes('抑制中') && ja.includes('<html lang="ja">'));
    });

    it('links posture, signals, sequences and resources, with filters and a risk-first sort', () => {
      const html = renderHubReport(report, 'en');
      assert.deepEqual(brokenLinks(html), []);
      for (const id of ['f-sev', 'f-scope', 'f-fw', 'f-kind', 'f-st', 'f-sort']) assert.ok(html.includes(`id="${id}"`), id);
      assert.match(html, /<option value="risk" selected>/);
      const risks = [...html.matchAll(/<tr id="f-[^"]*"[^>]*data-risk="(\d)" data-sevrank="(\d)"/g)].map((m) => Number(m[1]) * 10 + Number(m[2]));
      assert.ok(risks.length > 20);
      assert.deepEqual(risks, [...risks].sort((a, b) => b - a), 'highest risk first');
      assert.ok(html.includes('href="#r-'), 'findings link to their resources');
      assert.ok(!html.includes(XSS_NAME) && !html.includes(XSS_TAG) && html.includes('&quot;&gt;&lt;img src=x onerror='), 'tags are escaped');
      assert.ok(!/<script>(?!\s*\ndocument\.addEventListener)/.test(html.replace(/<script>[\s\S]*?<\/script><\/body>/, '')), 'one script of our own, nothing from the data');
    });

    it('runs no script from the data in Chromium, and filters and sorts there', { skip: noChromium }, async () => {
      const html = renderHubReport(report, 'en');
      await withPage(html, async (page) => {
        assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
        assert.ok((await page.textContent('#resources'))!.includes('onerror="window.__xss=3"'), 'the payload shows as text');
        assert.ok((await page.textContent('#findings'))!.includes('<script>window.__xss=1</script>'));
        await page.selectOption('#f-sev', 'CRITICAL');
        const sevs = await page.$$eval('#results tbody tr:not([hidden])', (rows) => rows.map((r) => (r as HTMLElement).dataset.sev));
        assert.ok(sevs.length > 0 && sevs.every((s) => s === 'CRITICAL'));
        await page.selectOption('#f-sev', '');
        await page.selectOption('#f-sort', 'rule');
        const rules = await page.$$eval('#results tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.rule!));
        assert.deepEqual(rules, [...rules].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        await page.selectOption('#f-st', 'SUPPRESSED');
        assert.equal(await page.$$eval('#results tbody tr:not([hidden])', (rows) => rows.length), 1);
        assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
      });
    });

    it('writes the executive summary as one A4 PDF page, Japanese in Noto CJK', { skip: noChromium }, async () => {
      const ja = renderExecutiveHtml(report, 'ja');
      assert.ok(ja.includes('エグゼクティブサマリー') && !ja.includes(XSS_TAG));
      const pdf = await renderPdf(ja);
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
      assert.equal(pageCount(pdf), 1, 'one page');
      assert.match(Buffer.from(pdf).toString('latin1'), /NotoSansCJK|NotoSansJP|Noto Sans CJK/, 'the Japanese font is embedded (no tofu)');
      const en = await renderPdf(renderExecutiveHtml(report, 'en'));
      assert.equal(pageCount(en), 1);
    });

    it('`mamori report` writes each format from the hub, with the CLI filters', { skip: noChromium }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'mamori-report-'));
      const html = join(dir, 'r.html');
      assert.equal(await main(['node', 'mamori', 'report', '--db', setting, '--out', html, '--severity', 'high']), 0);
      const text = readFileSync(html, 'utf8');
      assert.ok(text.includes('--severity high') && !/data-sev="(MEDIUM|LOW|INFORMATIONAL)"/.test(text));
      assert.deepEqual(brokenLinks(text), []);
      const exec = join(dir, 'e.html');
      assert.equal(await main(['node', 'mamori', 'report', '--db', setting, '--format', 'exec-html', '--lang', 'ja', '--out', exec]), 0);
      assert.ok(readFileSync(exec, 'utf8').includes('リスク上位 5 件'));
      const pdf = join(dir, 'e.pdf');
      assert.equal(await main(['node', 'mamori', 'report', '--db', setting, '--format', 'pdf', '--out', pdf]), 0);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal(await main(['node', 'mamori', 'report', '--db', setting, '--severity', 'urgent', '--out', html]), 2, 'a bad filter is a one-line error');
    });
  });
}

describe('mamori report without Chromium', () => {
  it('says which package to install', async () => {
    await assert.rejects(renderPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' }), /apt-get install chromium/);
  });
});

describe('the assessment HTML report respects triage', () => {
  it('shows a suppressed failing finding as such and leaves it out of the failing counts', async () => {
    const { report } = await assessSnapshot({ snapshot: await loadDemoSnapshot() });
    const critical = report.findings.filter((f) => f.complianceStatus === 'FAIL' && f.severity === 'CRITICAL');
    assert.ok(critical.length > 0);
    const findings = report.findings.map((f) => (f.id === critical[0].id ? { ...f, workflowStatus: 'SUPPRESSED' as const } : f));
    const triaged = buildReport({ ...(await loadDemoSnapshot()) }, findings);
    const html = htmlWriter.write(triaged, { lang: 'en' });
    assert.equal(Number(/<div class="card sev-CRITICAL"><b>(\d+)<\/b>/.exec(html)![1]), critical.length - 1);
    assert.match(html, new RegExp(`<tr id="f-${critical[0].id}"[^>]*data-st="SUPPRESSED"`));
    assert.ok(html.includes('1 suppressed'));
    assert.deepEqual(brokenLinks(html), []);
  });

  it('an assessment stored in the hub reports the hub\'s triage: a finding suppressed there is not failing in the new report', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'mamori-triage-')), 'hub.db');
    const first = await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db } });
    const critical = first.report.findings.filter((f) => f.complianceStatus === 'FAIL' && f.severity === 'CRITICAL');
    const hub = await openHub({ db });
    try {
      await updateFindings(hub.store, { ids: [critical[0].id], status: 'SUPPRESSED', note: 'accepted', actor: 'alice' });
    } finally {
      await hub.store.close();
    }
    const second = await assessSnapshot({ snapshot: await loadDemoSnapshot(), store: { db } });
    assert.equal(second.report.findings.find((f) => f.id === critical[0].id)?.workflowStatus, 'SUPPRESSED');
    const html = htmlWriter.write(second.report, { lang: 'en' });
    assert.equal(Number(/<div class="card sev-CRITICAL"><b>(\d+)<\/b>/.exec(html)![1]), critical.length - 1);
    // Without the hub, the same assessment knows nothing of the triage.
    const alone = await assessSnapshot({ snapshot: await loadDemoSnapshot() });
    assert.equal(alone.report.findings.find((f) => f.id === critical[0].id)?.workflowStatus, 'NEW');
  });
});
