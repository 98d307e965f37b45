/** src/report/terminal.ts: values from logs and snapshots reach the terminal visible, never as codes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pc from 'picocolors';
import { safeCell, safeLines, safeText } from '../../src/report/terminal.js';

/** Any character a terminal acts on rather than draws (what must never come out of safeText). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('safeText', () => {
  it('makes escape sequences, C0/C1 controls and bidi overrides visible', () => {
    assert.equal(safeText('evil\x1b[1A\x1b[2Kadmin'), 'evil\\x1b[1A\\x1b[2Kadmin');
    assert.equal(safeText('a\u202eb'), 'a\\u202eb');
    assert.equal(safeText('\x9b31m'), '\\x9b31m', 'the one-byte CSI');
    assert.equal(safeText('\x07\x00\x7f'), '\\x07\\x00\\x7f');
    assert.equal(safeText('line1\nline2\ttab\r'), 'line1\\x0aline2\\x09tab\\x0d', 'one value stays on one line');
    assert.equal(safeText('\u2066x\u2069\u200f\ufeff'), '\\u2066x\\u2069\\u200f\\ufeff');
    for (let c = 0; c < 0x3000; c++) assert.doesNotMatch(safeText(String.fromCharCode(c)), CONTROL, `U+${c.toString(16)}`);
  });

  it('leaves ordinary text, Japanese and ARNs as they are; null and undefined are empty', () => {
    for (const s of ['arn:aws:iam::111111111111:user/alice', 'バケットが公開されています', 'a "quoted" — text · 100%', 'ß é ü']) assert.equal(safeText(s), s);
    assert.equal(safeText(undefined), '');
    assert.equal(safeText(null), '');
    assert.equal(safeText(42), '42');
  });

  it('safeLines keeps line breaks and tabs (prose) but escapes the rest', () => {
    assert.equal(safeLines('one\ntwo\tthree\x1b]0;title\x07'), 'one\ntwo\tthree\\x1b]0;title\\x07');
    assert.equal(safeLines('a\r\nb'), 'a\\x0d\nb', 'a carriage return could overwrite the line');
  });

  it('safeCell keeps numbers (tables align them) and escapes text', () => {
    assert.equal(safeCell(3), 3);
    assert.equal(safeCell('\x1b'), '\\x1b');
  });

  it('escapes the data, not our styling: colours added afterwards still work', () => {
    const styled = pc.createColors(true).red(safeText('x\x1b[0my'));
    assert.equal(styled, '\x1b[31mx\\x1b[0my\x1b[39m');
  });
});
