/**
 * src/cli/table.ts must draw exactly what cli-table3 draws (CLI output is compared byte for byte):
 * the same widths for every character it measures itself, and the same tables for random text with
 * wrapping, truncation, colour codes, line breaks, Japanese and emoji (which go to cli-table3).
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { displayWidth, renderTable, Table, type TableCell, type TableOptions } from '../../src/cli/table.js';

const require = createRequire(import.meta.url);
const CliTable = require('cli-table3') as new (options: object) => { push(...rows: unknown[]): number; toString(): string };
const cliUtils = require('cli-table3/src/utils.js') as { strlen(s: string): number };

function cliTable3(options: TableOptions, rows: TableCell[][]): string {
  const t = new CliTable({ style: { head: [], border: [] }, ...options });
  t.push(...rows);
  return t.toString();
}

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'aws-iam-root-mfa-enabled', 'Hardware', 'MFA', 'is', 'enabled', 'for', 'the', "'root'", 'user', '"*:*"', 'a', '',
  'CIS AWS 3.0 1.16', 'FSBP IAM.1', 'x'.repeat(70), 'supercalifragilisticexpialidocious-and-then-some-more-text',
  'ルートユーザーのハードウェア', 'MFA が有効になっている', 'インスタンスロールが使われている長い長い長い長い長い長い長い長い長い長い文字列です',
  '1×', '–', '…', '·', 'café', 'naïve', 'Ωμέγα', 'Привет', '全角　スペース', 'ｶﾀｶﾅ', 'ＡＢＣ',
  '\u001b[2m (manual)\u001b[22m', '\u001b[1m\u001b[31mCRITICAL\u001b[39m\u001b[22m', '\u001b[31mred\u001b[39m', '\u001b[1mbold', 'tab\there', 'e\u0301',
  '🔥', '© 2024', '#\u20e3', '\u001b]8;;https://example.com\u0007link\u001b]8;;\u0007',
];

function cell(rnd: () => number): TableCell {
  const r = rnd();
  if (r < 0.03) return null;
  if (r < 0.05) return undefined;
  if (r < 0.08) return Math.floor(rnd() * 1000);
  const n = Math.floor(rnd() * 12);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rnd() * WORDS.length)]);
  const sep = () => (rnd() < 0.1 ? '\n' : rnd() < 0.05 ? '  ' : ' ');
  return words.reduce((acc, w, i) => (i ? acc + sep() + w : w), '');
}

describe('cli table', () => {
  it('measures every character it handles itself as string-width does', () => {
    let handled = 0;
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const mine = displayWidth(ch);
      if (mine === undefined) continue;
      handled++;
      assert.equal(mine, cliUtils.strlen(ch), `U+${c.toString(16).padStart(4, '0')}`);
    }
    assert.ok(handled > 30_000, `${handled} characters measured here`);
  });

  it('leaves emoji, escape sequences and astral characters to cli-table3', () => {
    for (const text of ['🔥', '©', '\u2764\ufe0f', '#\u20e3', '\u001b]8;;x\u0007', '\u001b[5n', '𠮷']) assert.equal(displayWidth(text), undefined, JSON.stringify(text));
  });

  it('draws the same tables as cli-table3 for random text', () => {
    const rnd = random(20240610);
    for (let round = 0; round < 250; round++) {
      const columns = 1 + Math.floor(rnd() * 4);
      const wrapped = rnd() < 0.6;
      const options: TableOptions = {
        head: Array.from({ length: columns }, () => cell(rnd)),
        style: { head: [], border: [] },
        ...(wrapped || rnd() < 0.5 ? { colWidths: Array.from({ length: columns }, () => 3 + Math.floor(rnd() * 40)) } : {}),
        ...(wrapped ? { wordWrap: true } : {}),
      };
      const rows = Array.from({ length: Math.floor(rnd() * 6) }, () => Array.from({ length: columns }, () => cell(rnd)));
      assert.equal(renderTable(options, rows), cliTable3(options, rows), `round ${round}: ${JSON.stringify({ options, rows })}`);
    }
  });

  it('draws the rules list and findings list layouts as cli-table3 does (English and Japanese)', () => {
    const options: TableOptions = { head: ['id', '重大度', 'title', 'frameworks'], style: { head: [], border: [] }, wordWrap: true, colWidths: [44, 10, 60, 30] };
    const rows: TableCell[][] = [
      ['aws-iam-password-policy-min-length', '中', 'IAM パスワードポリシーで 14 文字以上の最小長が必須になっている', 'CIS AWS 3.0 1.8\nFSBP IAM.15'],
      ['aws-iam-instance-roles-used\u001b[2m (manual)\u001b[22m', 'Medium', 'IAM instance roles are used for AWS resource access from instances', ''],
    ];
    const table = new Table(options);
    table.push(...rows);
    assert.equal(table.toString(), cliTable3(options, rows));
    const findings: TableOptions = { head: ['id', 'risk', 'severity', 'status', 'rule', 'account', 'region', 'resource', 'seen'], style: { head: [], border: [] } };
    assert.equal(renderTable(findings, []), cliTable3(findings, []));
    const row: TableCell[] = ['mamori-seq-200baf52', '\u001b[1m\u001b[31mCRITICAL\u001b[39m\u001b[22m', 'CRITICAL', 'NEW', 'rule', 'shop-prod', 'global', 'dev.helper.7731@gmail.com', '1×'];
    assert.equal(renderTable(findings, [row, row]), cliTable3(findings, [row, row]));
  });
});
