/**
 * `mamori sequences` output people can read, through the real CLI on the demo's hub: every line
 * (the sequence's heading and labelled lines as well as its timeline table) fits 80 and 200
 * columns, `--wide` cuts nothing, and `--lang ja` leaves no English label.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { textWidth } from '../../src/report/width.js';
import { runMamori } from '../support/mamori-process.js';

const home = mkdtempSync(join(tmpdir(), 'mamori-sequences-output-'));
const db = join(home, 'hub.db');
const ARN = 'arn:aws:sts::123456789012:assumed-role/web-server-role/i-0a1b2c3d4e5f60001';
const KALI_UA = 'aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0-kali3-amd64 exe/x86_64.kali.2023';
const GCLOUD_UA = /google-cloud-sdk gcloud\/502\.0\.0 command\/gcloud\.alpha\.bq\.datasets\.list invocation-id\/\S+ environment\/None .* term\/xterm-256color/;

/** Colour codes out: CI sets CI=true, which makes picocolors colour even into a pipe. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

async function sequences(args: string[], env: Record<string, string> = {}) {
  const r = await runMamori(['sequences', '--no-correlate', ...args], { db, home, env: { COLUMNS: '', ...env }, deadlineMs: 120_000 });
  assert.equal(r.code, 0, r.stderr);
  return { stdout: plain(r.stdout), stderr: plain(r.stderr) };
}

const lines = (out: string) => out.split('\n');
const tableLines = (out: string) => lines(out).filter((l) => /^[┌│├└]/.test(l));
const widest = (lst: string[]) => Math.max(...lst.map(textWidth));

before(async () => {
  // The demo assesses the bundled organisations, detects the attacks in their logs and stores three sequences (AWS, Google Cloud, Azure).
  const r = await runMamori(['demo', '--html', join(home, 'report.html'), '--sequences-html', join(home, 'sequences.html')], { db, home, deadlineMs: 180_000 });
  assert.equal(r.code, 0, r.stderr);
});

describe('mamori sequences: output that fits the terminal', () => {
  for (const columns of [80, 200]) {
    it(`COLUMNS=${columns}: every line fits, headings and labelled lines too`, async () => {
      const { stdout } = await sequences([], { COLUMNS: String(columns) });
      assert.match(stdout, /^3 attack sequence\(s\)/);
      assert.ok(tableLines(stdout).length > 40);
      assert.ok(widest(lines(stdout)) <= columns, `widest line ${widest(lines(stdout))} > ${columns}`);
      // The principal is said whole above the table, wrapped at its separators when it must be.
      const principals = /^principals: ([^\n]*(?:\n {12}[^\n]*)*)/m.exec(stdout);
      assert.ok(principals, stdout);
      assert.ok(principals[1].replace(/\n {12}/g, '').includes(ARN), principals[1]);
      // Long user agents are cut at their end, one a line, with what was left out counted.
      assert.match(stdout, /^user agents: aws-cli\/2\.15\.0 Python\/3\.11\.6 /m);
      assert.match(stdout, /^ {13}… 12 more$/m);
      // The account stays visible wherever the actor ARN is cut.
      assert.match(tableLines(stdout).join('\n'), /123456789012:/);
      if (columns === 80) {
        assert.match(stdout, /│ actor \/ source IP +│/, 'narrow: four columns, the addresses under the actor');
        assert.match(stdout, /│ +│ +│ Initial Access · Credential Access +│/, 'narrow: the tactics under the title');
        assert.ok(!stdout.includes(KALI_UA), 'the user agent is cut at 80 columns');
      } else {
        assert.match(stdout, /│ tactic +│ signal +│ actor \/ source IP +│/);
        assert.ok(tableLines(stdout).some((l) => l.includes(ARN)), 'at 200 columns the actor ARN is whole in the table');
        assert.ok(stdout.includes(KALI_UA));
      }
    });
  }

  it('--wide shows every column and line whole, whatever the width', async () => {
    const { stdout } = await sequences(['--wide'], { COLUMNS: '80' });
    assert.match(stdout, /│ tactic +│ signal +│ actor +│ source IP +│/, 'six columns');
    assert.ok(tableLines(stdout).some((l) => l.includes(ARN)));
    assert.ok(tableLines(stdout).every((l) => !l.includes('…')), 'no cell is cut');
    assert.ok(stdout.includes(KALI_UA));
    assert.match(stdout, GCLOUD_UA);
    assert.ok(widest(lines(stdout)) > 80);
  });

  it('not a terminal and no COLUMNS: nothing cut', async () => {
    const { stdout } = await sequences([]);
    assert.ok(tableLines(stdout).some((l) => l.includes(ARN)));
    assert.ok(tableLines(stdout).every((l) => !l.includes('…')));
    assert.match(stdout, GCLOUD_UA);
  });

  it('says why each sequence stands: the evidence of compromise, by timeline step', async () => {
    const { stdout } = await sequences([], { COLUMNS: '200' });
    assert.match(stdout, /^evidence of compromise: suspicious source \(#\d+(, #\d+)*\) · /m);
    assert.match(stdout, /credentials in the wrong hands \(#4, #5\)/);
    assert.match(stdout, /step: Instance credentials used outside/);
  });
});

describe('mamori sequences --lang ja', () => {
  /** Every English label the command prints (a rule id, ARN, address or user agent is data, not a label). */
  const ENGLISH = [
    /attack sequence/i,
    /^(type|tactics|principals|addresses|user agents|evidence of compromise):/m,
    /\b(CRITICAL|HIGH|MEDIUM|LOW|INFORMATIONAL)\b/,
    /\[(NEW|NOTIFIED|SUPPRESSED|RESOLVED)\]/,
    /\(open\)/,
    /\bstep:/,
    /time \(UTC\)|│ (tactic|signal|actor|source IP) /,
    /more signal|\d+ more\b/,
    /CI\/CD supply chain|Multi-stage|Reconnaissance|Credential Access|Defense Impairment/,
    /suspicious source|credentials in the wrong hands|defences impaired|data exfiltration/,
    /EC2 instance credentials|Port scan|A log sink/,
  ];

  for (const args of [['--wide'], []]) {
    it(`no English label left (${args.length ? '--wide' : 'COLUMNS=100'})`, async () => {
      const { stdout } = await sequences(['--lang', 'ja', ...args], { COLUMNS: '100' });
      for (const english of ENGLISH) assert.doesNotMatch(stdout, english);
      assert.match(stdout, /^攻撃シーケンス: 3 件/);
      assert.match(stdout, /^緊急 窃取されたインスタンス認証情報による CI\/CD サプライチェーン侵害/m);
      for (const label of ['種類', '戦術', '侵害の根拠', 'プリンシパル', '送信元アドレス', 'ユーザーエージェント']) assert.match(stdout, new RegExp(`^${label}: `, 'm'));
      assert.match(stdout, /ステップ: インスタンス認証情報の外部利用/);
      if (!args.length) assert.ok(widest(lines(stdout)) <= 100, `widest line ${widest(lines(stdout))} > 100`);
    });
  }

  it('every timeline title is Japanese', async () => {
    const { stdout } = await sequences(['--lang', 'ja', '--wide']);
    // Six columns: the signal cell's first line is its title.
    const titles = tableLines(stdout)
      .map((l) => l.split('│'))
      .filter((cells) => cells.length === 8 && /^ \d+ +$/.test(cells[1]))
      .map((cells) => cells[4].trim());
    assert.ok(titles.length >= 25, String(titles.length));
    for (const t of titles) assert.match(t, /[ぁ-んァ-ヶ一-龠]/, t);
  });

  it('the notes on stderr are Japanese too', async () => {
    const r = await runMamori(['sequences', '--lang', 'ja'], { db, home, env: { COLUMNS: '' }, deadlineMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(plain(r.stderr), /^mamori: 脅威の検出結果 \d+ 件を相関分析: シーケンス 3 件（新規 0 件）$/m);
    assert.doesNotMatch(plain(r.stderr), /correlated|sequence\(s\)/);
  });
});
