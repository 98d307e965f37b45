/**
 * Intel lists are input too (issue #11): a bad line quotes its value bounded, whatever the format,
 * and list names and descriptions are kept to FIELD_LIMIT (they become enrichment fields, so evidence).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IntelIndex, loadIntel } from '../../../src/detect/intel/index.js';
import { QUOTE_LIMIT, quoteForError } from '../../../src/model/errors.js';
import { FIELD_LIMIT, truncationMarker } from '../../../src/model/limits.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-intel-bounds-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const LONG = 100_000;
/** A message quoting one value: the value's first QUOTE_LIMIT characters and a short sentence. */
const MAX_MESSAGE = QUOTE_LIMIT + 200;

describe('intel: messages quote bad values bounded', () => {
  it('a 100,000-character line of a text list, CSV field and STIX pattern each give a short message with the length', async () => {
    const text = join(dir, 'list.txt');
    writeFileSync(text, `203.0.113.5\n${'x'.repeat(LONG)}\n${'1'.repeat(LONG)}/33\n`);
    const csv = join(dir, 'feed.csv');
    writeFileSync(csv, `indicator,type,description\n${'h'.repeat(LONG)},url,d\n198.51.100.1,${'t'.repeat(LONG)},d\n`);
    const stix = join(dir, 'bundle.json');
    const indicator = (id: string, extra: Record<string, unknown>) => ({ type: 'indicator', spec_version: '2.1', id, pattern_type: 'stix', ...extra });
    writeFileSync(
      stix,
      JSON.stringify({
        type: 'bundle',
        objects: [
          indicator('indicator--00000000-0000-4000-8000-000000000001', { pattern: `[ipv4-addr:value = '${'9'.repeat(LONG)}'] AND ${'z'.repeat(LONG)}` }),
          indicator('indicator--00000000-0000-4000-8000-000000000002', { pattern_type: 'p'.repeat(LONG), pattern: "[ipv4-addr:value = '192.0.2.1']" }),
          indicator(`indicator--${'i'.repeat(LONG)}`, { revoked: true, pattern: "[ipv4-addr:value = '192.0.2.2']" }),
        ],
      }),
    );
    const { issues, index } = await loadIntel([text, csv, stix]);
    assert.equal(index.matchIp('203.0.113.5')?.list, 'list', 'good lines still load');
    assert.ok(issues.length >= 6, JSON.stringify(issues.map((i) => i.message.slice(0, 60))));
    for (const i of issues) {
      assert.ok(i.message.length <= MAX_MESSAGE, `${i.file}:${i.line}: ${i.message.length} characters: ${i.message.slice(0, 80)}…`);
    }
    const text2 = issues.filter((i) => i.file === text).map((i) => i.message);
    assert.deepEqual(text2, [`"${'x'.repeat(QUOTE_LIMIT)}"…(${LONG} characters) is not an IP address, CIDR or domain`, `"${'1'.repeat(QUOTE_LIMIT)}"…(${LONG + 3} characters) is not a valid CIDR`]);
    assert.ok(issues.some((i) => i.file === csv && /^unsupported indicator type "t{120}"…\(100000 characters\)/.test(i.message)));
    assert.ok(issues.some((i) => i.file === stix && /pattern_type "p{120}"…\(100000 characters\) is not supported/.test(i.message)));
    assert.ok(issues.some((i) => i.file === stix && /^"indicator--i{109}"…\(100011 characters\): revoked, skipped$/.test(i.message)));
  });

  it('quoteForError quotes short values whole and escapes control characters', () => {
    assert.equal(quoteForError('10.0.0.0/33'), '"10.0.0.0/33"');
    assert.equal(quoteForError('a\u001b[31mb'), '"a\\u001b[31mb"');
    assert.equal(quoteForError(undefined), 'undefined');
    assert.equal(quoteForError({ a: 1 }), '{"a":1}');
    assert.match(quoteForError({ a: 'b'.repeat(500) }), /^\{"a":"b+…\(508 characters\)$/);
    assert.equal(quoteForError('x'.repeat(200)).length, QUOTE_LIMIT + 2 + '…(200 characters)'.length);
  });
});

describe('intel: list names and descriptions are bounded', () => {
  it('a 100,000-character description or list name is kept cut with a marker', () => {
    const index = new IntelIndex();
    assert.deepEqual(index.add('192.0.2.1', 'l'.repeat(LONG), 'd'.repeat(LONG)), { kind: 'ip', value: '192.0.2.1' });
    const m = index.matchIp('192.0.2.1')!;
    assert.ok(m.list.length <= FIELD_LIMIT && m.list.endsWith(truncationMarker(LONG)));
    assert.ok(m.description!.length <= FIELD_LIMIT && m.description!.endsWith(truncationMarker(LONG)));
  });
});
