/**
 * `mamori users` as a person runs it, in a separate process from the sources: the password comes
 * from stdin (never an argument), listing shows no hash, and a short password stores nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/mamori-process.js';

const home = mkdtempSync(join(tmpdir(), 'mamori-users-'));
const db = join(home, 'hub.db');
const ENTRY = `import { main } from ${JSON.stringify(join(repoRoot, 'src', 'cli', 'main.ts'))}; process.exitCode = await main(['node', 'mamori', ...process.argv.slice(1)]);`;

function mamori(args: string[], input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', ENTRY, ...args, '--db', db], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, MAMORI_DB: db, MAMORI_CONFIG: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('mamori users', () => {
  it('adds from a piped password, lists without hashes, changes the role, removes', () => {
    const add = mamori(['users', 'add', 'alice', '--role', 'triager'], 'a long enough password\n');
    assert.equal(add.code, 0, add.stderr);
    assert.match(add.stderr, /added alice \(triager\)/);
    const list = mamori(['users', 'list', '--json']);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(JSON.parse(list.stdout).map((u: { name: string; role: string }) => [u.name, u.role]), [['alice', 'triager']]);
    assert.doesNotMatch(list.stdout + list.stderr, /argon2|hash|a long enough password/i);
    assert.equal(mamori(['users', 'set-role', 'alice', 'admin']).code, 0);
    assert.match(mamori(['users', 'list']).stdout, /^alice\tadmin\t/);
    assert.equal(mamori(['users', 'remove', 'alice']).code, 0);
    assert.match(mamori(['users', 'list']).stderr, /no users/);
  });

  it('refuses a short password, a password argument and an unknown role, storing nothing', () => {
    const short = mamori(['users', 'add', 'bob', '--role', 'viewer'], 'short\n');
    assert.equal(short.code, 2);
    assert.match(short.stderr, /at least 12 characters/);
    const arg = mamori(['users', 'add', 'bob', '--role', 'viewer', '--password', 'a long enough password'], '');
    assert.notEqual(arg.code, 0);
    const role = mamori(['users', 'add', 'bob', '--role', 'root'], 'a long enough password\n');
    assert.equal(role.code, 2);
    assert.match(role.stderr, /viewer, triager, admin/);
    assert.equal(mamori(['users', 'list', '--json']).stdout.trim(), '[]');
  });
});
