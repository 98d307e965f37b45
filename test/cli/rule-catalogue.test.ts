/**
 * The rule catalogue that `rules list` / `rules show` read (src/cli/rule-catalogue.ts) must say
 * exactly what the validated rule registry says. Unbundled it is taken from the registry; the
 * bundled CLI carries a copy made at build time, which is checked here through the real command.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { postureRules, selectRules } from '../../src/assess/registry.js';
import { pickRules } from '../../src/assess/select.js';
import { ruleCatalogue, ruleDocuments, ruleSummaries, ruleSummary, ruleToJson } from '../../src/cli/rule-catalogue.js';
import { renderRuleDoc, renderRulesTable } from '../../src/cli/rules.js';

const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/dist\/$/, '/');
const bundle = join(root, 'dist', 'cli', 'mamori.js');
const work = mkdtempSync(join(tmpdir(), 'mamori-catalogue-'));

function mamori(args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'mamori.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: work, MAMORI_DB: join(work, 'hub.db') },
    maxBuffer: 64 << 20,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/**
 * Colour codes out: the child runs with NO_COLOR, while this process may colour (picocolors colours
 * whenever CI is set, as it is in .ci/run).
 */
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** What the registry gives, as the commands printed it before there was a catalogue. */
const registryJson = (selection = {}) => JSON.stringify(selectRules(selection).map(ruleToJson), null, 2) + '\n';

describe('rule catalogue', () => {
  it('unbundled, holds every registry rule as its JSON view, in registry order', async () => {
    const documents = await ruleCatalogue();
    assert.deepEqual([...documents.keys()], [...postureRules().keys()]);
    assert.equal(JSON.stringify([...documents.values()]), JSON.stringify(ruleDocuments(postureRules())));
    const summaries = await ruleSummaries();
    assert.deepEqual([...summaries.values()], [...documents.values()].map(ruleSummary));
  });

  it('selects as the registry does', async () => {
    const documents = await ruleCatalogue();
    for (const selection of [{}, { providers: ['gcp' as const] }, { frameworks: ['fsbp', 'cis-gcp-5.0'] }, { manual: false }, { ruleIds: ['aws-iam-root-mfa-enabled'] }]) {
      assert.equal(JSON.stringify(pickRules(documents, selection), null, 2) + '\n', registryJson(selection));
    }
    assert.throws(() => pickRules(documents, { frameworks: ['nope'] }), /unknown framework "nope"/);
  });

  it('the bundled CLI prints what the registry gives (the build-time copy is not stale)', { skip: existsSync(bundle) ? false : 'no bundle: run npm run build' }, () => {
    assert.equal(mamori(['rules', 'list', '--output', 'json']), registryJson());
    assert.equal(mamori(['rules', 'list', '--provider', 'gcp', '--output', 'json']), registryJson({ providers: ['gcp'] }));
    assert.equal(mamori(['rules', 'list']), plain(renderRulesTable(selectRules(), 'en')));
    assert.equal(mamori(['rules', 'list', '--lang', 'ja', '--framework', 'fsbp']), plain(renderRulesTable(selectRules({ frameworks: ['fsbp'] }), 'ja')));
    const rule = postureRules().get('gcp-storage-bucket-uniform-access-enabled')!;
    assert.equal(mamori(['rules', 'show', rule.id, '--lang', 'ja']), plain(renderRuleDoc(ruleToJson(rule), 'ja')));
  });
});
