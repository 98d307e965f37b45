/**
 * CLI option values are checked with their type and range (one MamoriError each), output files
 * fail as one line, and the table/text renderers print hostile log values visibly.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { summarizeDetection } from '../../src/cli/detect.js';
import { parseFieldFlags } from '../../src/cli/findings.js';
import { parseSince } from '../../src/app/filter.js';
import { checkOutputPath, openOutputFile } from '../../src/cli/output.js';
import { intOption, MAX_PAGE } from '../../src/cli/parse.js';
import { formatSequences } from '../../src/cli/sequences.js';
import type { DetectResult } from '../../src/detect/pipeline.js';
import type { SequenceView } from '../../src/report/sequences-html.js';
import { tableWriter } from '../../src/report/table.js';
import type { AssessmentReport } from '../../src/report/report.js';

const EVIL_ARN = 'arn:aws:iam::111111111111:user/evil\x1b[1A\x1b[2K\u202eadmin';
/** A raw ESC, CSI, BEL or bidi override anywhere in the output. */
const RAW = /[\x1b\x9b\x07\u202e]/;
/**
 * Our own styling out (picocolors colours in-process whenever CI is set, as .ci/run does): what is
 * left must hold no raw control character. The hostile values in these tests are not SGR sequences.
 */
const unstyled = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

describe('numeric options', () => {
  const limit = intOption('--limit', 1, MAX_PAGE);
  it('accepts plain whole numbers in range', () => {
    assert.equal(limit('1'), 1);
    assert.equal(limit(' 50 '), 50);
    assert.equal(limit(String(MAX_PAGE)), MAX_PAGE);
    assert.equal(intOption('--offset', 0, Number.MAX_SAFE_INTEGER)('0'), 0);
  });
  it('refuses text, negatives, exponents, fractions and values out of range with one line', () => {
    for (const bad of ['abc', '-1', '1e9', '1.5', '0', '', '0x10', String(MAX_PAGE + 1), '99999999999999999999']) {
      assert.throws(() => limit(bad), (err: Error & { code?: string }) => err.code === 'BAD_OPTION' && !err.message.includes('\n') && err.message.startsWith('--limit'), bad);
    }
    assert.throws(() => intOption('--offset', 0, Number.MAX_SAFE_INTEGER)('-3'), /--offset "-3": expected a whole number 0 or more/);
  });
});

describe('--since', () => {
  it('refuses a duration reaching before the first representable date (was a RangeError)', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    assert.equal(parseSince('7d', now), '2026-11-13T00:00:00.000Z');
    assert.throws(() => parseSince('99999999999d', now), { code: 'BAD_FILTER', message: /too far back/ });
    assert.throws(() => parseSince('soon', now), { code: 'BAD_FILTER' });
  });
});

describe('--field', () => {
  it('builds a prototype-free record and refuses a field without "="', () => {
    const fields = parseFieldFlags(['owner=alice', '__proto__=x', 'a=b=c']);
    assert.equal(Object.getPrototypeOf(fields), null);
    assert.deepEqual(Object.keys(fields), ['owner', '__proto__', 'a']);
    assert.equal(fields.a, 'b=c');
    assert.throws(() => parseFieldFlags(['novalue']), { code: 'BAD_FIELD' });
  });
});

describe('output files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mamori-out-'));
  it('checkOutputPath refuses a missing folder, a folder and an unwritable file before any work', async () => {
    await checkOutputPath(join(dir, 'new.html'));
    await assert.rejects(checkOutputPath(join(dir, 'nodir', 'x.html')), { code: 'OUTPUT', message: /folder .*nodir does not exist/ });
    await assert.rejects(checkOutputPath(dir), { code: 'OUTPUT', message: /is a directory/ });
    assert.ok(!existsSync(join(dir, 'new.html')), 'checking writes nothing');
  });
  it('openOutputFile turns a failed write (/dev/full) into one OUTPUT error instead of a crash', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, async () => {
    const file = await openOutputFile('/dev/full');
    await assert.rejects(
      (async () => {
        for (let i = 0; i < 64; i++) await file.write('x'.repeat(1 << 16));
        await file.close();
      })(),
      { code: 'OUTPUT', message: '/dev/full: cannot write (ENOSPC)' },
    );
  });
  it('openOutputFile writes a normal file whole', async () => {
    const path = join(dir, 'ok.txt');
    const file = await openOutputFile(path);
    await file.write('a');
    await file.write('b');
    await file.close();
    assert.equal(readFileSync(path, 'utf8'), 'ab');
    await assert.rejects(openOutputFile(join(dir, 'nodir', 'x')), { code: 'OUTPUT' });
  });
});

describe('terminal renderers print hostile values visibly', () => {
  it('the detect table', () => {
    const result = {
      events: 1,
      rulesLoaded: 1,
      signals: [{ severity: 'HIGH', title: 'Trail stopped\x1b[2K', ruleId: 'r\u202e1', actor: { arn: EVIL_ARN }, sourceIps: ['203.0.113.9\x1b[1A'], count: 1, firstSeen: '2026-11-19T10:00:00.000Z' }],
      readIssues: [{ file: 'x\x1b[2K.json', line: 1, kind: 'parse', message: 'bad\x07' }],
      ruleIssues: [],
      intelIssues: [],
    } as unknown as DetectResult;
    const out = summarizeDetection(result);
    assert.doesNotMatch(unstyled(out), RAW);
    assert.match(out, /evil\\x1b\[1A/);
    assert.match(out, /x\\x1b\[2K\.json/);
  });

  it('the sequences timeline', () => {
    const view = {
      id: 'seq-1', title: 'Sequence\x1b[2K', severity: 'HIGH', account: '1', region: 'r', resourceName: 'n', resourceUid: 'u',
      evidence: {
        template: 't', firstSeen: '2026-11-19T10:00:00Z', lastSeen: '2026-11-19T11:00:00Z', open: false, tactics: ['TA0001'],
        principals: [EVIL_ARN], sourceIps: ['1.2.3.4\x1b[1A'], userAgents: ['ua\x1b]0;pwned\x07'],
        timeline: [{ time: '2026-11-19T10:00:00Z', tactics: ['TA0001'], title: 'sig\x1b[2K', ruleId: 'r', actor: EVIL_ARN, sourceIps: ['1.2.3.4'] }],
      },
    } as unknown as SequenceView;
    const out = formatSequences([view]);
    assert.doesNotMatch(unstyled(out), RAW);
    assert.match(out, /principals: arn:aws:iam::111111111111:user\/evil\\x1b\[1A\\x1b\[2K\\u202eadmin/);
    assert.match(out, /ua\\x1b\]0;pwned\\x07/);
  });

  it('the assessment table (collection errors come from the snapshot file)', () => {
    const report = {
      snapshot: { scope: { provider: 'aws', accounts: ['111111111111\x1b[2K'], regions: ['us-east-1'] }, resourceCount: 0, collectedAt: '2026-11-19T00:00:00Z\x1b[1A' },
      summary: { results: { FAIL: 0, PASS: 0, NOT_ASSESSED: 0, MANUAL: 0, NOT_APPLICABLE: 0 }, failedBySeverity: { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 }, frameworks: [], worstRules: [] },
      collectionErrors: [{ account: '1', region: 'r\u202e', service: 's3', operation: 'ListBuckets\x1b[2K', code: 'AccessDenied\x07' }],
      findings: [],
    } as unknown as AssessmentReport;
    const out = tableWriter.write(report, { lang: 'en' }) as string;
    assert.doesNotMatch(unstyled(out), RAW);
    assert.match(out, /ListBuckets\\x1b\[2K/);
  });
});

