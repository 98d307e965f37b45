import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanJsonValues, type ScanProblem } from '../../../src/detect/read/json-scan.js';

async function scan(chunks: string[]) {
  const problems: ScanProblem[] = [];
  const values: unknown[] = [];
  const lines: number[] = [];
  const indexes: number[] = [];
  for await (const batch of scanJsonValues((async function* () { yield* chunks; })(), (p) => problems.push(p))) {
    for (const v of batch) {
      values.push(JSON.parse(v.text));
      lines.push(v.line);
      indexes.push(v.index);
    }
  }
  return { values, lines, indexes, problems };
}

/** Every way of cutting `text` in two, plus one char at a time. */
async function allSplits(text: string) {
  const whole = await scan([text]);
  for (let i = 1; i < text.length; i++) assert.deepEqual(await scan([text.slice(0, i), text.slice(i)]), whole, `split at ${i}`);
  assert.deepEqual(await scan([...text]), whole, 'one char at a time');
  return whole;
}

test('Records elements are yielded one by one, whatever the chunking', async () => {
  const text = '{"Records":[{"a":"x\\"}]{","b":[1,{"c":"\\\\"}]},\n {"a":"y"} ,[2]], "other": {"Records": [9]}}';
  const r = await allSplits(text);
  assert.deepEqual(r.values, [{ a: 'x"}]{', b: [1, { c: '\\' }] }, { a: 'y' }, [2]]);
  assert.deepEqual(r.lines, [1, 2, 2]);
  assert.deepEqual(r.indexes, [0, 1, 2], 'each element knows its place in Records');
  assert.deepEqual(r.problems, []);
});

test('top-level values, arrays and objects whose first key is not Records', async () => {
  const text = '{\n  "x": {"Records": [1]},\n  "Records": [2]\n}\n[{"e":1},{"e":2}]\n{"q":1}{"q":2}';
  const r = await allSplits(text);
  assert.deepEqual(r.values, [{ x: { Records: [1] }, Records: [2] }, { e: 1 }, { e: 2 }, { q: 1 }, { q: 2 }]);
  assert.deepEqual(r.lines, [1, 5, 5, 6, 6]);
  assert.deepEqual(r.indexes, [-1, 0, 1, -1, -1], 'array elements are numbered; top-level values are not');
});

test('truncation and stray text are reported', async () => {
  const cut = await scan(['{"Records":[{"a":1},{"a":']);
  assert.deepEqual(cut.values, [{ a: 1 }]);
  assert.equal(cut.problems[0].kind, 'truncated');
  const stray = await scan(['{"a":1}\nnot json\n{"a":2}']);
  assert.deepEqual(stray.values, [{ a: 1 }, { a: 2 }]);
  assert.deepEqual(stray.problems.map((p) => [p.kind, p.line]), [['malformed', 2]]);
});
