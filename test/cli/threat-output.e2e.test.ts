/**
 * Threat output people can read, through the real `mamori detect` on the demo logs: tables that fit
 * 80 and 200 columns (and `--wide` that cuts nothing), and `--lang ja` in the terminal table, the
 * HTML timeline and the OCSF messages.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { textWidth } from '../../src/report/width.js';
import { repoUrl } from '../paths.js';

const run = promisify(execFile);
const root = repoUrl('').pathname;
const bin = join(root, 'bin', 'mamori.js');
const logs = join(root, 'demo', 'logs');
const work = mkdtempSync(join(tmpdir(), 'mamori-threat-output-'));
const ARN = 'arn:aws:sts::123456789012:assumed-role/web-server-role/i-0a1b2c3d4e5f60001';

async function detect(args: string[], env: Record<string, string> = {}) {
  const all = ['detect', join(logs, 'cloudtrail'), join(logs, 'vpcflow'), join(logs, 'dns'), '--intel', join(logs, 'intel', 'demo-intel.txt'), '--no-store', ...args];
  const { stdout, stderr } = await run(process.execPath, [bin, ...all], { cwd: work, env: { ...process.env, NO_COLOR: '1', HOME: work, COLUMNS: '', ...env }, maxBuffer: 64 << 20 });
  return { stdout, stderr };
}

/** The table lines of the output (the boxes), measured as a terminal draws them. */
const tableLines = (out: string) => out.split('\n').filter((l) => /^[┌│├└]/.test(l));
const widest = (out: string) => Math.max(...tableLines(out).map(textWidth));

describe('mamori detect: tables that fit the terminal', () => {
  for (const columns of [80, 200]) {
    it(`COLUMNS=${columns}: every table line fits`, async () => {
      const { stdout } = await detect([], { COLUMNS: String(columns) });
      assert.ok(tableLines(stdout).length > 20);
      assert.ok(widest(stdout) <= columns, `widest table line ${widest(stdout)} > ${columns}`);
      // The account stays visible even where the ARN is cut.
      assert.match(stdout, /123456789012:/);
      if (columns === 200) assert.ok(stdout.includes(ARN), 'at 200 columns the actor ARN is whole');
    });
  }

  it('--wide shows every column whole, whatever the width', async () => {
    const { stdout } = await detect(['--wide'], { COLUMNS: '80' });
    assert.ok(stdout.includes(ARN));
    assert.ok(stdout.includes('EC2 instance credentials used from more than one public address'));
    assert.ok(widest(stdout) > 80);
  });

  it('not a terminal and no COLUMNS: nothing cut, titles still wrap', async () => {
    const { stdout } = await detect([]);
    assert.ok(stdout.includes(ARN));
    assert.ok(tableLines(stdout).every((l) => !l.includes('…')), 'no cell is cut');
    assert.ok(!stdout.includes('EC2 instance credentials used from more than one public address'), 'the title wraps at its column maximum');
  });
});

describe('mamori detect --lang ja', () => {
  it('the terminal table and the sequence timeline show Japanese titles', async () => {
    const html = join(work, 'seq-ja.html');
    // --wide: titles unwrapped, so they can be matched whole.
    const { stdout } = await detect(['--lang', 'ja', '--wide', '--sequences-html', html]);
    assert.match(stdout, /EC2 インスタンスの認証情報が複数のパブリックアドレスから使用された/);
    assert.match(stdout, /CloudTrail のログ記録が停止された、または証跡が削除された/);
    assert.doesNotMatch(stdout, /EC2 instance credentials used from more than one public address/);
    assert.match(stdout, /窃取されたインスタンス認証情報による CI\/CD サプライチェーン侵害/);
    const page = readFileSync(html, 'utf8');
    assert.match(page, /EC2 インスタンスの認証情報が複数のパブリックアドレスから使用された/);
    // Every signal in the timeline table has its Japanese title.
    const titles = [...page.matchAll(/<td><span class="badge sev-\w+">[^<]*<\/span> ([^<]*)<div class="muted">/g)].map((m) => m[1]);
    assert.ok(titles.length > 10, String(titles.length));
    for (const t of titles) assert.match(t, /[ぁ-んァ-ヶ一-龠]/, t);
    // Every tactic the sequence lists has a lane.
    for (const name of ['認証情報アクセス', '権限昇格', 'ステルス（防御回避）', '防御の無効化']) assert.match(page, new RegExp(`class="lane-name"[^>]*>${name}<`));
  });

  it('OCSF messages are Japanese, title said once', async () => {
    const { stdout } = await detect(['--lang', 'ja', '--output', 'ocsf']);
    const findings = stdout.trim().split('\n').map((l) => JSON.parse(l) as { message: string; finding_info: { title: string } });
    assert.ok(findings.length > 10);
    for (const f of findings) {
      const title = f.message.split(': ')[0];
      assert.match(title, /[ぁ-んァ-ヶ一-龠]/, f.message);
      assert.doesNotMatch(f.message, /signal\(s\)| events? between /, f.message);
      assert.ok(!f.message.startsWith(`${title}: ${title}:`), `title twice: ${f.message}`);
    }
  });
});
