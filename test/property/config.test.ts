/**
 * Properties of the config loader (src/config): any text and any YAML value is a config or a
 * one-line MamoriError naming the file, never another exception; alias bombs are refused; valid
 * generated configs are accepted, and reading a config's own normalised form gives it back.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config/index.js';
import { parseConfig } from '../../src/config/parse.js';
import type { MamoriConfig } from '../../src/config/schema.js';
import { assertUserError, runs } from './arbitraries.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-prop-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const ENV = { MAMORI_TOKEN: 'https://hooks.example.com/secret-token' };
const OPTIONS = { file: 'prop.yaml', env: ENV, baseDir: '/base', homeDir: '/home/u' };
let configFiles = 0;

function parseOrUserError(text: string): MamoriConfig | undefined {
  try {
    return parseConfig(text, OPTIONS);
  } catch (err) {
    assertUserError(err);
    const message = (err as Error).message;
    assert.ok(message.startsWith('prop.yaml:'), `the message names the file: ${message}`);
    assert.ok(!message.includes(ENV.MAMORI_TOKEN), 'a resolved ${env:…} value leaked into the message');
    return undefined;
  }
}

const KEYS = ['db', 'risk', 'automation', 'suppressions', 'notifications', 'criticalityTag', 'productionAccounts', 'name', 'type', 'url', 'reason', 'rule', 'criteria', 'actions', 'events', 'x'];

/** YAML-ish text: indentation, keys, anchors, aliases, tags, flow collections, env references. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...KEYS).map((k) => `${k}:`),
      fc.constantFrom(' ', '  ', '\n', '\n  ', '\n    ', '- ', ': ', '&a ', '*a', '&b ', '*b', '!!str ', '!!binary ', '!tag ', '<<: *a', '{', '}', '[', ']', ',', '"', "'", '#', '|', '>', '? ', '---', '...', '%YAML 1.2', '${env:MAMORI_TOKEN}', '${env:NOPE}', '$${env:X}', '${env:bad name}', '012345678901', '111111111111', 'https://h.example.com/x', 'slack', 'HIGH', '2026-12-31', 'null', '~', 'true', '1e999', '-.inf', '0x1F', '\t', '\u00e9', '\u65e5'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('property: config text', () => {
  it('any YAML-ish text: a config or a one-line MamoriError with file:line:col', () => {
    fc.assert(fc.property(fc.oneof(yamlish, fc.string({ maxLength: 80 })), (text) => void parseOrUserError(text)), runs(1000));
  });

  it('any value written as YAML: a config or a one-line MamoriError', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
      fc.record({ risk: fc.dictionary(fc.constantFrom('criticalityTag', 'productionAccounts', 'sandboxAccounts', 'sensitiveDataValues', 'x'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }) }),
      fc.record({ notifications: fc.array(fc.dictionary(fc.constantFrom('type', 'name', 'url', 'events', 'accounts', 'topicArn', 'minRisk'), fc.oneof(fc.constantFrom('slack', 'sns', 'https://x.example.com', 'new', 'HIGH', 'n'), fc.jsonValue({ maxDepth: 1 })), { maxKeys: 5 }), { maxLength: 3 }) }),
    );
    fc.assert(fc.property(value, (v) => void parseOrUserError(stringify(v))), runs(500));
  });

  it('alias bombs (billion laughs, any width and depth) are refused quickly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 4, max: 12 }), fc.constantFrom('list', 'map'), (width, depth, shape) => {
        const lines = ['x0: &x0 "lol"'];
        for (let d = 1; d <= depth; d++) {
          const refs = Array.from({ length: width }, (_, i) => (shape === 'list' ? `*x${d - 1}` : `k${i}: *x${d - 1}`));
          lines.push(shape === 'list' ? `x${d}: &x${d} [${refs.join(', ')}]` : `x${d}: &x${d} {${refs.join(', ')}}`);
        }
        const started = performance.now();
        const config = parseOrUserError(`${lines.join('\n')}\n`);
        assert.equal(config, undefined, 'an alias bomb (and unknown keys) cannot be a config');
        assert.ok(performance.now() - started < 2_000, `took ${Math.round(performance.now() - started)} ms`);
      }),
      runs(30),
    );
  });

  it('a missing, a directory or an arbitrary file given to loadConfig: a config or a one-line MamoriError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant<'missing' | 'dir'>('missing'), fc.constant<'missing' | 'dir'>('dir'), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b))), async (what) => {
        let file = join(dir, `c-${++configFiles}.yaml`);
        if (what === 'dir') file = mkdtempSync(join(dir, 'folder-'));
        else if (what !== 'missing') writeFileSync(file, what);
        await loadConfig(file, { env: {}, homeDir: dir }).then(
          () => undefined,
          (err) => assertUserError(err),
        );
      }),
      runs(100),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Valid configs

const accountId = fc.stringMatching(/^\d{12}$/);
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const severity = fc.constantFrom('INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

const validConfig = fc
  .record(
    {
      db: fc.oneof(word.map((w) => `./${w}.db`), word.map((w) => `/var/lib/${w}.db`), fc.constant('postgres://u@db.internal:5432/mamori')),
      risk: fc.record(
        {
          criticalityTag: word,
          criticalResources: fc.array(word.map((w) => `arn:aws:s3:::${w}-*`), { maxLength: 2 }),
          productionAccounts: fc.uniqueArray(accountId, { maxLength: 2 }),
          dataClassificationTag: word,
          sensitiveDataValues: fc.array(word, { maxLength: 3 }),
        },
        { requiredKeys: [] },
      ),
      automation: fc.uniqueArray(
        fc.record({
          name: word,
          criteria: fc.oneof(severity.map((s) => ({ severity: s })), fc.array(accountId, { minLength: 1, maxLength: 2 }).map((a) => ({ accounts: a }))),
          actions: fc.oneof(severity.map((s) => ({ setSeverity: s })), fc.constant({ setWorkflowStatus: 'SUPPRESSED' }), fc.constant({ setSeverity: { raise: 1 } })),
        }),
        { maxLength: 3, selector: (r) => r.name },
      ),
      suppressions: fc.array(
        fc.record({ rule: fc.oneof(word, fc.array(word, { minLength: 1, maxLength: 2 })), reason: word, expires: fc.option(fc.constantFrom('2026-12-31', '2030-01-01T00:00:00Z'), { nil: undefined }) }, { requiredKeys: ['rule', 'reason'] }),
        { maxLength: 3 },
      ),
      notifications: fc.uniqueArray(
        fc.oneof(
          fc.record({ type: fc.constant('slack'), name: word, url: fc.constant('${env:MAMORI_TOKEN}'), minRisk: fc.constantFrom('LOW', 'HIGH') }, { requiredKeys: ['type', 'name', 'url'] }),
          fc.record({ type: fc.constant('webhook'), name: word, url: word.map((w) => `https://${w}.example.com/hook`), events: fc.constantFrom('any', ['new'], ['new', 'resolved']) }, { requiredKeys: ['type', 'name', 'url'] }),
          fc.record({ type: fc.constant('sns'), name: word, topicArn: accountId.map((a) => `arn:aws:sns:us-east-1:${a}:topic`), accounts: fc.array(accountId, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['type', 'name', 'topicArn'] }),
          fc.record({ type: fc.constant('eventbridge'), name: word, region: fc.constant('eu-west-1') }, { requiredKeys: ['type', 'name'] }),
        ),
        { maxLength: 3, selector: (t) => t.name },
      ),
    },
    { requiredKeys: [] },
  )
  .map((c) => JSON.parse(JSON.stringify(c)) as Record<string, unknown>);

/** The config as a file would say it: `path` is where it came from, not a setting. */
function settings(c: MamoriConfig): Record<string, unknown> {
  const { path: _path, ...rest } = c;
  return rest;
}

describe('property: valid configs', () => {
  it('are accepted, and their normalised form reads back to the same config', () => {
    fc.assert(
      fc.property(validConfig, (input) => {
        const config = parseConfig(stringify(input), OPTIONS);
        assert.equal(config.path, 'prop.yaml');
        // The normalised config, written out again, is a valid config that normalises to itself.
        const again = parseConfig(stringify(settings(config)), OPTIONS);
        assert.deepEqual(settings(again), settings(config));
        if (typeof input.db === 'string' && input.db.startsWith('./')) assert.equal(config.db, `/base/${input.db.slice(2)}`);
      }),
      runs(200),
    );
  });
});
