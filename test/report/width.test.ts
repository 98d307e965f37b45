/**
 * src/report/width.ts: terminal tables that fit the terminal — wide characters count two columns,
 * titles wrap (Japanese too), ARNs are cut in the middle keeping account and name, `wide` cuts nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pc from 'picocolors';
import { FitTable } from '../../src/cli/table.js';
import { fitColumns, terminalColumns, textWidth, truncateMiddle, wrapLine, type ColumnSpec } from '../../src/report/width.js';

const ARN = 'arn:aws:sts::123456789012:assumed-role/web-server-role/i-0a1b2c3d4e5f60001';
const TITLE_JA = 'EC2 インスタンスの認証情報が複数のパブリックアドレスから使用された';
const TITLE_EN = 'EC2 instance credentials used from more than one public address';

const widest = (text: string) => Math.max(...text.split('\n').map(textWidth));

describe('text width', () => {
  it('counts East Asian wide characters as two columns and colour codes as none', () => {
    assert.equal(textWidth('abc'), 3);
    assert.equal(textWidth('日本語'), 6);
    assert.equal(textWidth('ｶﾀｶﾅ'), 4, 'half-width katakana is narrow');
    assert.equal(textWidth('ＡＢＣ'), 6, 'full-width Latin is wide');
    assert.equal(textWidth(pc.red('高') + ' risk'), 7);
    assert.equal(textWidth('one\nthree'), 5, 'the widest line');
  });

  it('wraps Japanese between characters, never starting a line with closing punctuation', () => {
    const lines = wrapLine(TITLE_JA, 20);
    assert.ok(lines.length > 1);
    for (const l of lines) assert.ok(textWidth(l) <= 20, l);
    assert.equal(lines.join('').replace(/ /g, ''), TITLE_JA.replace(/ /g, ''), 'nothing lost');
    for (const l of wrapLine('認証情報が使用された。次に、ログが停止された。', 11)) assert.doesNotMatch(l, /^[、。]/);
  });

  it('wraps English at spaces and ids after hyphens, keeping colour codes', () => {
    assert.deepEqual(wrapLine(TITLE_EN, 20), ['EC2 instance', 'credentials used', 'from more than one', 'public address']);
    assert.deepEqual(wrapLine('aws-ct-instance-credentials-used-outside', 20), ['aws-ct-instance-', 'credentials-used-', 'outside']);
    const dim = wrapLine(pc.dim('aws-ct-instance-credentials-used-outside'), 20);
    assert.equal(dim.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '')).join(''), 'aws-ct-instance-credentials-used-outside');
  });

  it('cuts an ARN in the middle, keeping the account and the name', () => {
    assert.equal(truncateMiddle(ARN, 200), ARN);
    const at46 = truncateMiddle(ARN, 46);
    assert.equal(textWidth(at46), 46);
    assert.match(at46, /^arn:aws:sts::123456789012:….*i-0a1b2c3d4e5f60001$/);
    const at30 = truncateMiddle(ARN, 30);
    assert.ok(textWidth(at30) <= 30);
    assert.match(at30, /^123456789012:….*60001$/);
    // Too narrow for both on one line: one line each.
    const at16 = truncateMiddle(ARN, 16).split('\n');
    assert.equal(at16[0], '123456789012:');
    assert.match(at16[1], /^….*60001$/);
    assert.ok(at16.every((l) => textWidth(l) <= 16));
    assert.match(truncateMiddle('arn:aws:iam::123456789012:user/ci-deployer', 30), /123456789012:….*ci-deployer$/);
  });
});

describe('tables that fit the terminal', () => {
  const specs: ColumnSpec[] = [
    { head: 'severity', fit: 'none' },
    { head: 'rule', fit: 'wrap', min: 20, max: 60, weight: 2 },
    { head: 'actor', fit: 'middle', min: 16 },
    { head: 'source IPs', fit: 'end', min: 15 },
    { head: 'count', fit: 'none' },
    { head: 'first seen (UTC)', fit: 'wrap', min: 10 },
  ];
  const rows = [
    ['HIGH', `${TITLE_EN}\n${pc.dim('aws-ct-instance-credentials-used-outside')}`, ARN, '203.0.113.10\n198.51.100.77', 49, '2026-11-19 13:17:56'],
    ['高', `${TITLE_JA}\n${pc.dim('aws-ct-instance-credentials-used-outside')}`, 'arn:aws:iam::123456789012:user/ci-deployer', '192.0.2.151', 1, '2026-11-19 01:12:39'],
  ];
  const draw = (width: number | undefined, wide = false) => {
    const t = new FitTable(specs, wide ? { wide } : { width });
    t.push(...rows);
    return t.toString();
  };

  for (const width of [80, 120, 200]) {
    it(`fits ${width} columns, Japanese included`, () => {
      const out = draw(width);
      assert.ok(widest(out) <= width, `${widest(out)} > ${width}\n${out}`);
      // Every row has the same width (wide characters measured right, so the borders line up).
      const widths = new Set(out.split('\n').map(textWidth));
      assert.equal(widths.size, 1, out);
      // The account and the end of the name survive in the actor column.
      assert.match(out.replace(/\u001b\[[0-9;]*m/g, ''), /123456789012:/);
      assert.match(out, /60001/);
      assert.match(out, /ci-deployer/);
    });
  }

  it('at 200 columns nothing is cut', () => {
    const out = draw(200);
    assert.ok(out.includes(ARN), out);
    assert.doesNotMatch(out, /…/);
  });

  it('--wide shows every column whole whatever the width', () => {
    const out = draw(40, true);
    assert.ok(out.includes(ARN));
    assert.ok(out.includes(TITLE_EN));
    assert.ok(out.includes(TITLE_JA));
    assert.doesNotMatch(out, /…/);
  });

  it('fitColumns alone: widths add up to the table width', () => {
    const f = fitColumns(specs, rows, { width: 100 });
    assert.equal(f.colWidths.reduce((a, b) => a + b, 0) + specs.length + 1, 100);
  });
});

describe('terminal width', () => {
  it('COLUMNS first, then the terminal; no limit when the output is not a terminal', () => {
    assert.equal(terminalColumns({ isTTY: true, columns: 150 }, { COLUMNS: '90' }), 90);
    assert.equal(terminalColumns({ isTTY: false }, { COLUMNS: '90' }), 90);
    assert.equal(terminalColumns({ isTTY: true, columns: 150 }, {}), 150);
    assert.equal(terminalColumns({ isTTY: false }, {}), undefined);
    assert.equal(terminalColumns({ isTTY: false }, { COLUMNS: 'x' }), undefined);
  });
});
