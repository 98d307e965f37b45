/** Large config files: read by js-yaml to the same value as the yaml library, or declined; size limits in one line. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { Document, parseDocument, visit } from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import { CONFIG_SCHEMA, parseLargeConfig } from '../../src/config/large.js';
import { DEFAULT_MAX_CONFIG_BYTES, MAX_CONFIG_RULES, maxConfigBytes } from '../../src/config/limits.js';
import { parseConfig } from '../../src/config/parse.js';
import { MamoriError } from '../../src/model/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-config-large-'));
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..').replace(/\/dist$/, '');
const EXAMPLE = readFileSync(join(repo, 'examples', 'mamori.yaml'), 'utf8');

// The config's schema: integers with a leading zero stay text (as src/config/parse.ts sets it up).
const customTags = (tags: unknown[]) =>
  tags.map((t) => {
    const tag = t as { tag?: string; format?: string; test?: RegExp };
    return tag.tag === 'tag:yaml.org,2002:int' && !tag.format ? { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } : t;
  }) as never;
const OPTIONS = { customTags, uniqueKeys: true, prettyErrors: false } as const;

/** What the yaml library makes of the text, or undefined when it finds an error. */
function reference(text: string): unknown {
  const doc = parseDocument(text, OPTIONS);
  return doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 1000 });
}

const fast = (text: string) => parseLargeConfig(text, 'test.yaml');

function oneLineError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    assert.equal(err.message.includes('\n'), false, err.message);
    return err.message;
  }
  assert.fail('expected an error');
}

async function loadError(path: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    await loadConfig(path, { env });
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    assert.equal(err.message.includes('\n'), false, err.message);
    return err.message;
  }
  assert.fail('expected an error');
}

/** A generated config: `count` suppressions and automation rules in the shapes people write. */
function generated(count: number): string {
  const lines = ['# generated', 'risk:', '  productionAccounts: ["111111111111"]', 'suppressions:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  - rule: ${i % 3 ? `aws-s3-rule-${i}` : '"aws-ec2-*"'}`, `    account: ["0${String(i).padStart(11, '0')}", ${100000000000 + i}]`, `    reason: 'it''s accepted #${i}'  # comment`);
    if (i % 4 === 0) lines.push(`    tags: { team: "t${i}", "mamori:criticality": high }`);
    if (i % 5 === 0) lines.push('    expires: 2026-12-31');
  }
  lines.push('automation:');
  for (let i = 0; i < count; i++) {
    lines.push(`- name: rule ${i}`, '  criteria:', `    ruleIds: [aws-x-${i}, "aws-y-*"]`, `    timesSeen: { gte: ${i % 7} }`, '  actions:', i % 2 ? '    setSeverity: { raise: 1 }' : '    addNote: "note\\twith \\"escapes\\" \\u00e9"');
  }
  return `${lines.join('\n')}\n`;
}

// Plain scalars in every spelling the core schema resolves (and some it leaves as text), quoted
// scalars with escapes, flow collections and comments, written into documents as they are.
const RAW_VALUES = [
  '~', 'null', 'Null', 'NULL', '', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'yes', 'on', 'nULL', 'tRUE',
  '012345678901', '0', '-0', '+0', '+1', '-12', '12', '007', '0o17', '0o8', '0x1f', '0X1F', '-0x1', '0b101', '1_000', '99999999999999999999',
  '1e3', '1E-3', '+.5e+2', '.5', '-.5', '+.5', '1.', '1.50', '012.5', '1e400', '-1e400', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '-.nan', '.Nan',
  '2026-12-31', '12:30', 'é日😀', 'a:b', 'x#y', "it's", 'say "hi"', '-x', '?x', ':x',
  "'single ''quoted'' #x'", '"double \\"esc\\" \\t \\u00e9 \\U0001F600 \\x41 \\/ \\\\ \\e \\N \\_ \\L \\P \\ "', '"\\U00110000"', '"\\ud800"', '"a\\\n  b"', '"a\\\n\n  b"', '"a \\\n  \\ b"',
  '"multi\n  line"', "'multi\n   line'", '"multi\nline"',
  '[a, "b", 012, ~, TRUE, 1.5]', '{k: v, "q": [1, 0x1f], e: }', '[]', '{}', '[a,\n  b]', '[a,\nb]', '{a: 1,\n    b: 2}', '[a]#c', '"x"#c', '[a] # c', '[a, ]', '{a, b: }', '["k":v]',
  '|\n  block\n   text\n', '>-\n  folded\n  text\n\n', '|+\n  keep\n\n',
];
const RAW_KEYS = ['~', 'null', '', '1', '012', '-0', 'true', 'TRUE', '1.50', '.nan', '0x1f', '[a, b]', '{a: 1}', '"null"', "'k'", '"k\\"q"', 'a b', 'é', '<<', '__proto__', 'k'.repeat(1030)];

describe('config: large files', () => {
  it('js-yaml gives what the yaml library gives, or declines', () => {
    const placeholder = (n: number) => `§${n}§`;
    const scalar = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', '0', '1', '-', ':', ' ', '#', "'", '"', ',', '[', '{', '*', '&', '!', '?', '.', 'e', '\\', 'é', '日', '😀', '~', '|', '>', '\n', '\t', '\r'), maxLength: 8 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.integer({ min: 0, max: RAW_VALUES.length - 1 }).map((i) => placeholder(i)),
    );
    const key = fc.oneof(
      { arbitrary: fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', ':', ' ', '#', '1', '"', 'é'), minLength: 1, maxLength: 5 }), weight: 4 },
      { arbitrary: fc.integer({ min: 0, max: RAW_KEYS.length - 1 }).map((i) => placeholder(RAW_VALUES.length + i)), weight: 1 },
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).node;
    const config = fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 });
    // Comments and blank lines between and after lines; flow collections broken over lines, at any indentation.
    const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom('comment', 'blank', 'comment line', 'break flow')), { maxLength: 4 });
    const raw = [...RAW_VALUES, ...RAW_KEYS];
    let read = 0;
    fc.assert(
      fc.property(config, fc.constantFrom(0, 1, 2, 3), fc.constantFrom(2, 4), fc.array(fc.boolean(), { minLength: 1 }), edits, fc.boolean(), (data, style, indent, flows, changes, crlf) => {
        // Nested collections written in flow style ({ a: [1, 2] }) or block style, as chosen.
        const doc = new Document(data);
        let n = 0;
        const pick = (node: { flow?: boolean }, path: readonly unknown[]) => {
          if (path.length > 1) node.flow = flows[n++ % flows.length];
        };
        visit(doc, { Map: (_, node, path) => pick(node, path), Seq: (_, node, path) => pick(node, path) });
        const written = doc.toString({ flowCollectionPadding: style % 2 === 0, indent, indentSeq: style < 2, lineWidth: 0 });
        const lines = written.replace(/§(\d+)§/g, (_, i: string) => raw[Number(i)]).split('\n');
        for (const [at, change] of changes) {
          const i = at % lines.length;
          if (change === 'comment') lines[i] += ' # note: [x] "y" é';
          else if (change === 'blank') lines.splice(i, 0, '');
          else if (change === 'comment line') lines.splice(i, 0, `${' '.repeat(at % 5)}# comment`);
          else lines[i] = lines[i].replace(/, /, `,\n${' '.repeat(at % 7)}`);
        }
        const text = crlf ? lines.join('\r\n') : lines.join('\n');
        const value = fast(text);
        if (value !== undefined) {
          read++;
          assert.deepEqual(value, reference(text), text);
        }
      }),
      { numRuns: 3000 },
    );
    // The property holds trivially if js-yaml is never trusted.
    assert.ok(read > 1000, `js-yaml read ${read} of 3000 documents`);
  });

  it('hand-written edge cases: same value, or declined', () => {
    const cases = [
      'a: 1\nb:\n  - x\n  - y: 2\n    z: [1, "two", three]\n',
      'a:\n- 1\n- 2\nb: {k: v, "q:k": "v w"}\n',
      'a: "x # not a comment" # a comment\nb: x#y\n',
      'a: plain text\n  continued\n',
      'a: |\n  block\n',
      'a: 1\na: 2\n',
      '- 1\n- 2\n',
      'a: - 1\n',
      'a:\n  - - 1\n',
      'a: [1, 2,]\n',
      'a: [a, [b]]\n',
      'a: {b: {c: d}}\n',
      'a: "unterminated\n',
      'a: \'it\'\'s\'\n',
      '"quoted key": 1\n\'single\': 2\n',
      'a:b: 1\n',
      'a: b: c\n',
      'a: "\\x41"\n',
      'a: "\\u00e9\\n"\n',
      'a: 0o17\nb: 0x1f\nc: .inf\nd: -.Inf\ne: .NaN\nf: 1e3\ng: +1\nh: 0b101\ni: -.5\nj: 1e400\n',
      'a: 012\nb: 12\nc: -0\nd: 1.50\ne: 1_000\n',
      '__proto__: 1\n',
      'a:\n  b: 1\n   c: 2\n',
      'a:\n  - 1\n  b: 2\n',
      'a: ~\nb: NULL\nc: True\nd: FALSE\ne: \n',
      'a:    # comment\n  b: 1\n',
      'a: [ ]\nb: { }\n',
      'a: -1\nb: -x\nc: - \n',
      '1: a\n',
      'a: 1 # c\n# top\n  # indented\nb: 2\n',
      'a: [\n b]\n',
      'a: [ b,\n c\n]\n',
      'a:\n  - [x,\n   y]\n',
      'a: "x\n  y"\n',
      'a: x\r\nb: "y\r\n  z"\r\n',
      '\ufeffa: 1\n',
    ];
    for (const text of cases) {
      const value = fast(text);
      if (value !== undefined) assert.deepEqual(value, reference(text), text);
    }
    assert.deepEqual(fast(cases[0]), { a: 1, b: ['x', { y: 2, z: [1, 'two', 'three'] }] });
    assert.deepEqual(fast(cases[19]), { a: 15, b: 31, c: Infinity, d: -Infinity, e: NaN, f: 1000, g: 1, h: '0b101', i: -0.5, j: Infinity });
    assert.deepEqual(fast(cases[20]), { a: '012', b: 12, c: -0, d: 1.5, e: '1_000' });
    assert.deepEqual(fast(cases[24]), { a: null, b: null, c: true, d: false, e: null });
  });

  it('declines what the two libraries read differently, and what needs the yaml library', () => {
    const declined = {
      anchor: 'a: &x [1]\nb: *x\n',
      tag: 'a: !!str 1\n',
      'merge key': 'a: {x: 1}\nb: {<<: {y: 2}}\n',
      'explicit key': '? a\n: 1\n',
      'explicit key in a flow map': 'a: {? b: 1}\n',
      directive: '%YAML 1.2\n---\na: 1\n',
      documents: 'a: 1\n---\nb: 2\n',
      'null key': 'a:\n  ~: 1\n',
      'null key in a flow map': 'a: {null: 1}\n',
      'flow sequence key': '[a, b]: 1\n',
      'flow mapping key': 'x: {{a: 1}: b}\n',
      'key over 1,024 characters': `${'k'.repeat(1100)}: 1\n`,
      'pair key over 1,024 characters in a flow sequence': `a: ["${'k'.repeat(1100)}": 1]\n`,
      'flow sequence not indented past its parent': 'a: [\nb]\n',
      'flow mapping not indented past its parent': 'a:\n  b: {c: 1,\n  d: 2}\n',
      'flow sequence in a compact mapping': 'a:\n  - b: [1,\n    2]\n',
      'quoted scalar not indented past its parent': 'a:\n  b: "x\n  y"\n',
      'single-quoted scalar at column 0': "a: 'x\ny'\n",
      'comment after a flow collection': 'a: [x]#c\n',
      'lone CR': 'a: x\rb: y\n',
      'escape beyond U+10FFFF': 'a: "\\U00110000"\n',
      'escaped line break before an empty line': 'a: "x\\\n\n  y"\n',
      'empty item of a nested sequence': 'a:\n  - - \n  - b\n',
      'empty item deeper in a nested sequence': 'a:\n  - - - x\n      - \n    - y\n',
      'block scalar with an over-indented blank first line': 'a: |+\n  \n # c\n',
      'duplicate key': 'a: 1\na: 2\n',
      'same key as number and text': '1: a\n"1": b\n',
      'not a mapping': '- a\n',
      empty: '# nothing\n',
      'too deep for js-yaml': `a: ${'['.repeat(120)}${']'.repeat(120)}\n`,
    };
    for (const [what, text] of Object.entries(declined)) assert.equal(fast(text), undefined, what);
    // Read, and what the yaml library reads, where the same shapes are written as it requires.
    const read = ['a:\n  b: {c: 1,\n    d: 2}\n', 'a:\n  - b: [1,\n      2]\n', 'a:\n  b: "x\n   y"\n', 'a: [x] #c\n', `a: ["arn:${'x'.repeat(1100)}:y"]\n`, 'a: x\r\nb: y\r\n'];
    for (const text of read) {
      assert.notEqual(fast(text), undefined, text);
      assert.deepEqual(fast(text), reference(text), text);
    }
  });

  it('reads a generated config to the same value as the yaml library, and the example as it is', () => {
    const text = generated(700);
    const value = fast(text);
    assert.ok(value, 'read by js-yaml');
    assert.deepEqual(value, reference(text));
    // The example's comments mention `**`, which reads like an alias to the quick check: without them it is read by js-yaml.
    const bare = EXAMPLE.replace(/^\s*#.*\n/gm, '');
    assert.deepEqual(reference(bare), reference(EXAMPLE));
    assert.deepEqual(fast(bare), reference(EXAMPLE));
  });

  it('a large config loads to the same result as the same entries in a small one', () => {
    const big = generated(4000);
    assert.ok(big.length > 1024 * 1024, 'large enough to be read in slices');
    const config = parseConfig(big, { env: {} });
    assert.equal(config.suppressions.length, 4000);
    assert.equal(config.automation.length, 4000);
    const small = parseConfig(generated(3), { env: {} });
    assert.deepEqual(config.suppressions.slice(0, 3), small.suppressions);
    assert.deepEqual(config.automation.slice(0, 3), small.automation);
    assert.deepEqual(config.suppressions[0].account, ['000000000000', '100000000000']);
  });

  it('an error in a large config still names file:line:col and the setting', () => {
    const lines = generated(4000).split('\n');
    const at = lines.findIndex((l) => l.includes('aws-s3-rule-2000'));
    lines[at + 1] = '    acount: "111111111111"';
    const message = oneLineError(() => parseConfig(lines.join('\n'), { file: 'big.yaml', env: {} }));
    assert.equal(message, `big.yaml:${at + 2}:5: suppressions[2000].acount: unknown field (did you mean "account"?)`);
  });

  it('a large config with an error only the yaml library sees is refused with its position, not read', () => {
    const lines = generated(4000).split('\n');
    const at = lines.findIndex((l) => l.includes('team: "t2000"'));
    // The flow mapping goes on at the indentation of its own key: js-yaml accepts that, YAML does not.
    lines[at] = '    tags: { team: "t2000",\n    "mamori:criticality": high }';
    const text = lines.join('\n');
    assert.ok(text.length > 1024 * 1024, 'large enough for js-yaml');
    assert.doesNotThrow(() => load(text, { schema: CONFIG_SCHEMA }), 'js-yaml alone reads it');
    assert.equal(fast(text), undefined);
    assert.equal(
      oneLineError(() => parseConfig(text, { file: 'big.yaml', env: {} })),
      `big.yaml:${at + 2}:5: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }`,
    );
  });
});

describe('config: size limits', () => {
  it('a file over MAMORI_MAX_CONFIG_BYTES is refused before it is parsed', async () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, `suppressions:\n${'  - { rule: x, reason: y }\n'.repeat(100)}`);
    assert.equal(
      await loadError(path, { MAMORI_MAX_CONFIG_BYTES: '1024' }),
      `config file ${path} is 2,714 bytes, more than the 1 KiB limit (set MAMORI_MAX_CONFIG_BYTES to allow more)`,
    );
    assert.equal((await loadConfig(path, { env: { MAMORI_MAX_CONFIG_BYTES: '4096' } })).suppressions.length, 100);
    assert.match(oneLineError(() => parseConfig(readFileSync(path, 'utf8'), { file: 'given.yaml', env: { MAMORI_MAX_CONFIG_BYTES: '2000' } })), /^config file given\.yaml is 2,714 bytes, more than the 2,000 bytes limit/);
  });

  it('the default limit is 64 MiB; a value that is not a whole number of bytes keeps it', () => {
    assert.equal(DEFAULT_MAX_CONFIG_BYTES, 64 * 1024 * 1024);
    assert.equal(maxConfigBytes({}), DEFAULT_MAX_CONFIG_BYTES);
    assert.equal(maxConfigBytes({ MAMORI_MAX_CONFIG_BYTES: '1e9' }), DEFAULT_MAX_CONFIG_BYTES);
    assert.equal(maxConfigBytes({ MAMORI_MAX_CONFIG_BYTES: '0' }), DEFAULT_MAX_CONFIG_BYTES);
    assert.equal(maxConfigBytes({ MAMORI_MAX_CONFIG_BYTES: '1000000' }), 1_000_000);
  });

  it('more than a million suppressions or automation rules is refused before they are validated', () => {
    const text = `suppressions:\n${'- 1\n'.repeat(MAX_CONFIG_RULES + 1)}`;
    const started = performance.now();
    assert.equal(oneLineError(() => parseConfig(text, { file: 'many.yaml', env: {} })), 'many.yaml:1:1: suppressions: 1,000,001 entries, more than 1,000,000');
    assert.ok(performance.now() - started < 20_000);
  });

  it('a glob longer than 4,096 characters is refused with the setting that holds it', () => {
    const long = `arn:aws:s3:::${'a'.repeat(5000)}`;
    const text = ['suppressions:', '  - rule: aws-s3-*', `    resource: ["ok", "${long}"]`, '    reason: r'].join('\n');
    assert.equal(oneLineError(() => parseConfig(text, { file: 'c.yaml', env: {} })), 'c.yaml:3:22: suppressions[0].resource[1]: is 5,013 characters long (at most 4,096)');
    const tags = ['suppressions:', `  - tags: { team: "${long}" }`, '    reason: r'].join('\n');
    assert.match(oneLineError(() => parseConfig(tags, { file: 'c.yaml', env: {} })), /^c\.yaml:2:\d+: suppressions\[0\]\.tags\.team: is 5,013 characters long \(at most 4,096\)$/);
    const criteria = ['automation:', '  - name: r', `    criteria: { "resourceTags.team": { prefix: "${long}" } }`, '    actions: { addNote: n }'].join('\n');
    assert.match(oneLineError(() => parseConfig(criteria, { file: 'c.yaml', env: {} })), /^c\.yaml:3:\d+: automation\[0\]\.criteria\["resourceTags\.team"\]\.prefix: is 5,013 characters long \(at most 4,096\)$/);
    const critical = ['risk:', `  criticalResources: ["${long}"]`].join('\n');
    assert.match(oneLineError(() => parseConfig(critical, { file: 'c.yaml', env: {} })), /^c\.yaml:2:\d+: risk\.criticalResources\[0\]: is 5,013 characters long/);
  });
});
