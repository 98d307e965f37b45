/**
 * Issue #13's "must show": `mamori demo` shows the seed chain (internet → web server with IMDSv1 →
 * its role → the CodePipeline artifact bucket → CodeDeploy fleet) as exactly one Critical attack
 * path with its steps and the cheapest fix, in English and Japanese.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMamori } from '../support/mamori-process.js';

const home = mkdtempSync(join(tmpdir(), 'mamori-demo-paths-'));
const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

function section(stdout: string, heading: RegExp): string[] {
  const lines = stripAnsi(stdout).split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  assert.ok(start >= 0, 'the report has an attack-path section');
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end);
}

describe('mamori demo: the seed chain as one Critical attack path', () => {
  it('prints exactly one path, Critical, with its four steps and the fix that breaks it', { timeout: 180_000 }, async () => {
    const r = await runMamori(['demo', '--no-detect', '--html', join(home, 'r.html')], { db: join(home, 'en.db'), home, deadlineMs: 170_000 });
    assert.equal(r.code, 0, r.stderr);
    const lines = section(r.stdout, /^Attack paths \(toxic combinations\)$/);
    const heads = lines.filter((l) => !l.startsWith('  '));
    assert.equal(heads.length, 1, lines.join('\n'));
    assert.match(heads[0], /^Critical Internet → web-1 → role web-server-role → s3:PutObject on mamori-demo-pipeline-artifacts → code execution/);
    const steps = lines.filter((l) => /^ {2}\d\. /.test(l));
    assert.equal(steps.length, 4);
    assert.match(steps[1], /temporary credentials of role web-server-role/);
    assert.match(steps[3], /CodeDeploy \(web-app\/web-fleet\)/);
    assert.match(lines.find((l) => l.includes('cheapest fix'))!, /Remove s3:PutObject on mamori-demo-pipeline-artifacts from web-server-role/);
  });

  it('in Japanese with --lang ja', { timeout: 180_000 }, async () => {
    const r = await runMamori(['demo', '--no-detect', '--lang', 'ja', '--html', join(home, 'r-ja.html')], { db: join(home, 'ja.db'), home, deadlineMs: 170_000 });
    const lines = section(r.stdout, /^攻撃パス（危険な組み合わせ）$/);
    assert.equal(lines.filter((l) => !l.startsWith('  ')).length, 1);
    assert.match(lines.find((l) => l.includes('最小の修正'))!, /web-server-role から mamori-demo-pipeline-artifacts への s3:PutObject を削除する/);
  });
});
