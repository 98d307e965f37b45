/**
 * End-to-end: the built `mamori` command (bin/mamori.js → dist) under hostile and mistaken input
 * (issue #11): bad option values, unwritable outputs, prototype and severity user fields, and log
 * values carrying terminal escape sequences. Each bad input is one line on stderr and exit 2,
 * never "unexpected error", and never a half-written hub.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url)).replace(/\/dist\/$/, '/');
const mamoriBin = join(root, 'bin', 'mamori.js');
const demoSnapshot = join(root, 'demo', 'demo-snapshot.json.gz');
const work = mkdtempSync(join(tmpdir(), 'mamori-hardening-'));
const hubDb = join(work, 'hub.db');

function mamori(args: string[], db = hubDb) {
  // NO_COLOR: any escape character in the output then comes from the data, not from our styling.
  const r = spawnSync(process.execPath, [mamoriBin, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', MAMORI_DB: db }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertCleanError(r: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.equal(r.code, 2, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.match(lines[0], /^mamori: error: /);
  assert.doesNotMatch(lines[0], /unexpected error/);
  assert.match(lines[0], pattern);
}

const EVIL_ARN = 'arn:aws:iam::111111111111:user/evil\x1b[1A\x1b[2K\u202eadmin';
/** A raw ESC, CSI, BEL or bidi override: must never reach the terminal from data. */
const RAW = /[\x1b\x9b\x07\u202e]/;

function writeEvilTrail(path: string) {
  const record = {
    eventVersion: '1.09', eventID: 'e-1', eventTime: '2026-11-19T10:00:00Z', eventSource: 'cloudtrail.amazonaws.com', eventName: 'StopLogging',
    awsRegion: 'us-east-1', recipientAccountId: '111111111111', sourceIPAddress: '203.0.113.9', userAgent: 'aws-cli\x1b]0;pwned\x07',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn: EVIL_ARN, accountId: '111111111111', userName: 'evil' },
    requestParameters: { name: 'trail' },
  };
  writeFileSync(path, JSON.stringify({ Records: [record] }));
}

let findingId: string;

describe('mamori CLI hardening', () => {
  before(() => {
    const r = mamori(['assess', demoSnapshot, '--output', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const list = JSON.parse(mamori(['findings', 'list', '--limit', '1', '--output', 'json']).stdout) as { findings: { id: string }[] };
    findingId = list.findings[0].id;
  });

  it('numeric options: type and range, one line each', () => {
    for (const v of ['abc', '-1', '1e9', '0', '100001', '2.5']) assertCleanError(mamori(['findings', 'list', `--limit=${v}`]), /^mamori: error: --limit ".*": expected a whole number from 1 to 100000$/);
    assertCleanError(mamori(['findings', 'list', '--offset=-1']), /--offset "-1": expected a whole number 0 or more/);
    assertCleanError(mamori(['findings', 'insights', '--limit', 'x']), /--limit "x"/);
    for (const v of ['0', 'abc', '100000']) assertCleanError(mamori(['collect', '--concurrency', v]), /--concurrency/);
    assertCleanError(mamori(['detect', 'nothing.json', '--window', '15d']), /--window/);
    const ok = mamori(['findings', 'list', '--limit', '3', '--offset', '1', '--output', 'json']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal((JSON.parse(ok.stdout) as { findings: unknown[] }).findings.length, 3);
  });

  it('user fields: prototype keys and a bad severityOverride are refused; the hub keeps working', () => {
    for (const field of ['constructor=y', 'toString=y', '__proto__=y', 'hasOwnProperty=y']) {
      assertCleanError(mamori(['findings', 'update', findingId, '--field', field]), /field name ".*" is (reserved|not allowed)/);
    }
    assertCleanError(mamori(['findings', 'update', findingId, '--field', 'severityOverride=<b>X</b>']), /severityOverride: unknown severity "<b>X<\/b>"/);
    const set = mamori(['findings', 'update', findingId, '--field', 'owner=alice', '--field', 'severityOverride=low']);
    assert.equal(set.code, 0, set.stderr);
    const again = mamori(['assess', demoSnapshot, '--output', 'json']);
    assert.equal(again.code, 0, again.stderr);
    const shown = JSON.parse(mamori(['findings', 'show', findingId, '--output', 'json']).stdout) as { finding: { severity: string; userFields: Record<string, string> } };
    assert.equal(shown.finding.severity, 'LOW');
    assert.deepEqual(shown.finding.userFields, { owner: 'alice', severityOverride: 'LOW' });
  });

  it('an automation rule setting a bad severityOverride is refused when the config is read', () => {
    const config = join(work, 'bad-automation.yaml');
    writeFileSync(config, 'automation:\n  - name: wedge\n    criteria: { severity: high }\n    actions:\n      setUserFields: { severityOverride: nope }\n');
    assertCleanError(mamori(['assess', demoSnapshot, '--config', config, '--output', 'json']), /bad-automation\.yaml:5:\d+: automation\[0\]\.actions\.setUserFields\.severityOverride: unknown severity "nope"/);
    writeFileSync(config, 'automation:\n  - name: proto\n    criteria: { severity: high }\n    actions:\n      setUserFields: { constructor: x }\n');
    assertCleanError(mamori(['assess', demoSnapshot, '--config', config, '--output', 'json']), /field name "constructor" is reserved/);
  });

  it('unwritable outputs: one line, and refused before the hub is written', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
    assertCleanError(mamori(['findings', 'export', '--out', '/dev/full']), /^mamori: error: \/dev\/full: cannot write \(ENOSPC\)$/);
    assertCleanError(mamori(['assess', demoSnapshot, '--no-store', '--output', 'json', '--out', '/dev/full']), /\/dev\/full: cannot write/);
    assertCleanError(mamori(['sequences', '--no-correlate', '--output', 'json', '--out', '/dev/full']), /\/dev\/full: cannot write/);
  });

  it('detect --sequences-html into a missing folder is refused before anything is stored', () => {
    const trail = join(work, 'evil.json');
    writeEvilTrail(trail);
    const db = join(work, 'detect-refused.db');
    assertCleanError(mamori(['detect', trail, '--sequences-html', 'nodir/x.html'], db), /nodir\/x\.html: cannot write \(folder nodir does not exist\)/);
    assert.ok(!existsSync(db), 'the hub was not even opened');
    assertCleanError(mamori(['assess', demoSnapshot, '--out', 'nodir/r.json'], db), /nodir\/r\.json: cannot write/);
    assert.ok(!existsSync(db));
  });

  it('log values with terminal escape sequences are printed visibly by detect, findings list and findings show', () => {
    const trail = join(work, 'evil.json');
    writeEvilTrail(trail);
    const db = join(work, 'detect.db');
    const detect = mamori(['detect', trail], db);
    assert.equal(detect.code, 0, detect.stderr);
    assert.doesNotMatch(detect.stdout, RAW);
    assert.match(detect.stdout, /user\/evil\\x1b\[1A/);

    const list = mamori(['findings', 'list'], db);
    assert.equal(list.code, 0, list.stderr);
    assert.doesNotMatch(list.stdout, RAW);
    assert.match(list.stdout, /evil\\x1b\[1A\\x1b\[2K\\u202eadmin/);

    const json = JSON.parse(mamori(['findings', 'list', '--output', 'json'], db).stdout) as { findings: { id: string; resourceName: string }[] };
    assert.equal(json.findings[0].resourceName, 'evil\x1b[1A\x1b[2K\u202eadmin', 'JSON keeps the data as it is (escaped by JSON itself)');
    const show = mamori(['findings', 'show', json.findings[0].id], db);
    assert.equal(show.code, 0, show.stderr);
    assert.doesNotMatch(show.stdout, RAW);
    assert.match(show.stdout, /\\x1b\[1A/);

    const seq = mamori(['sequences', '--no-correlate'], db);
    assert.equal(seq.code, 0, seq.stderr);
    assert.doesNotMatch(seq.stdout + seq.stderr, RAW);
  });
});
