/**
 * The store's boundary, guarded: outside src/hub/store no module talks to the database library,
 * the schema, the row mappers or a store's raw connection. Everything else goes through the
 * store's methods and the narrow interfaces of src/hub/store/ports.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { repoUrl } from '../paths.js';

const root = repoUrl('').pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const FORBIDDEN: [RegExp, string][] = [
  [/from ['"]kysely['"]/, 'imports kysely'],
  [/store\/(schema|rows|connect)\.js['"]/, 'imports the store internals'],
  [/\binternalConnection\b/, 'uses a store\'s raw connection'],
  [/\bstore\.db\b/, 'uses store.db'],
];

describe('store boundary', () => {
  it('no module outside src/hub/store reaches the database directly', () => {
    const offenders: string[] = [];
    for (const file of sources(join(root, 'src'))) {
      const rel = relative(root, file);
      if (rel.startsWith(join('src', 'hub', 'store'))) continue;
      const text = readFileSync(file, 'utf8');
      for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) offenders.push(`${rel} ${what}`);
    }
    assert.deepEqual(offenders, []);
  });
});
