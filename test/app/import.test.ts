/** src/app/import.ts, called directly on a temporary SQLite hub. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { importFiles, prepareImport } from '../../src/app/import.js';
import { repoUrl } from '../paths.js';
import { tempHub } from './helpers.js';

const fixtures = repoUrl('test/fixtures/import/').pathname;
const guardduty = join(fixtures, 'guardduty-get-findings.json');
const trivy = join(fixtures, 'trivy-image.json');
const work = mkdtempSync(join(tmpdir(), 'mamori-app-import-'));
const broken = join(work, 'broken.json');
writeFileSync(broken, '{"Findings": [');
const unknown = join(work, 'unknown.json');
writeFileSync(unknown, '{"hello": "world"}');

describe('import application function', () => {
  it("detects each file's format, stores each file and says what changed, in order", async () => {
    const hub = await tempHub();
    try {
      const notes: string[] = [];
      const r = await importFiles(hub, { files: [guardduty, trivy], actor: 'alice', onNote: (l) => notes.push(l) });
      assert.deepEqual(r.files.map((f) => [f.file, f.format]), [[guardduty, 'guardduty'], [trivy, 'trivy']]);
      assert.deepEqual(r.errors, []);
      const stored = await hub.store.count();
      assert.ok(stored > 0);
      assert.equal(r.totals.new, stored);
      assert.equal(r.files.reduce((n, f) => n + f.counts.new, 0), stored);
      assert.equal(notes.length, 2);
      assert.match(notes[0], new RegExp(`^${guardduty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ findings — \\d+ new, 0 reopened, 0 resolved, 0 seen again$`));
      const [first] = await hub.store.list({}, { limit: 1 });
      const { history } = (await hub.store.get(first.id))!;
      assert.equal(history[0].actor, first.source, 'created by its source');

      // The same files again: seen again, nothing new.
      const again = await importFiles(hub, { files: [guardduty, trivy], actor: 'alice' });
      assert.equal(again.totals.new, 0);
      assert.equal(again.totals.updated + again.totals.unchanged, stored);
    } finally {
      await hub.store.close();
    }
  });

  it('stops before writing anything when a file is bad, naming the first bad file given', async () => {
    const hub = await tempHub();
    try {
      await assert.rejects(importFiles(hub, { files: [trivy, unknown, broken], actor: 'alice' }), (err: Error & { code: string }) => {
        assert.equal(err.code, 'IMPORT_UNKNOWN_FORMAT');
        assert.match(err.message, /unknown\.json/);
        return true;
      });
      await assert.rejects(prepareImport([trivy, broken, unknown]), /broken\.json/);
      await assert.rejects(prepareImport([trivy], { format: 'guardduty' }), /not a recognised GuardDuty file \(it looks like Trivy JSON\)/);
      assert.equal(await hub.store.count(), 0);
    } finally {
      await hub.store.close();
    }
  });

  it('with partial, stores the good files and lists the bad ones', async () => {
    const hub = await tempHub();
    try {
      const r = await importFiles(hub, { files: [broken, trivy, join(work, 'missing.json')], actor: 'alice', partial: true });
      assert.deepEqual(r.files.map((f) => f.file), [trivy]);
      assert.deepEqual(r.errors.map((e) => [e.file, e.code]), [[broken, r.errors[0].code], [join(work, 'missing.json'), 'IMPORT_READ']]);
      assert.match(r.errors[1].message, /no such file/);
      assert.equal(await hub.store.count(), r.totals.new);
    } finally {
      await hub.store.close();
    }
  });
});
