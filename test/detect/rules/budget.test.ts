import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { detect } from '../../../src/detect/pipeline.js';
import { DEFAULT_RULE_BUDGET_MS, ruleBudgetFromEnv, SAMPLE_EVERY } from '../../../src/detect/rules/budget.js';
import { compileRuleSet } from '../../../src/detect/rules/ruleset.js';
import { MamoriError } from '../../../src/model/errors.js';
import { ev, rulesFrom, sigma } from './helpers.js';

// A rule that costs about a millisecond per event: a regular expression searched through 50 kB in
// which every position starts a candidate match (linear, but far dearer than any sound rule).
const SLOW = sigma("sel:\n  requestParameters.document|re: 'a[0-9]'\ncondition: sel", 'name: slow\n');
// Evaluated only for ConsoleLogin events (the candidate index): fewer than SAMPLE_EVERY, so never timed.
const CHEAP = sigma('sel:\n  eventName: ConsoleLogin\ncondition: sel', 'name: cheap\n');
const big = 'a'.repeat(50_000);

describe('the time budget per rule', () => {
  it('disables a rule that spends its budget, reports it once with its file, and the other rules run on', () => {
    const set = compileRuleSet(rulesFrom([SLOW, CHEAP].join('---\n'), 'rules.yml'), { ruleBudgetMs: 1 });
    for (let i = 0; i < 3 * SAMPLE_EVERY; i++) set.process(ev({ eventName: 'PutObject', requestParameters: { document: big } }));
    assert.equal(set.disabled.length, 1);
    const [issue] = set.disabled;
    assert.equal(issue.kind, 'disabled');
    assert.equal(issue.ruleId, 'slow');
    assert.equal(issue.file, 'rules.yml');
    assert.match(issue.message, /^spent about [\d,]+ ms on 64 events, more than its budget of [\d,]+ ms \(MAMORI_RULE_BUDGET_MS=1 plus 10 µs per event\); not run on the rest of the events$/);
    // An event both rules match: only the rule still enabled gives a hit.
    const hits = set.process(ev({ eventName: 'ConsoleLogin', requestParameters: { document: 'xa1' } }));
    assert.deepEqual(hits.map((h) => h.rule.name), ['cheap']);
  });

  it('with no budget (0), the same rule keeps running', () => {
    const set = compileRuleSet(rulesFrom(SLOW), { ruleBudgetMs: 0 });
    for (let i = 0; i < SAMPLE_EVERY + 1; i++) set.process(ev({ requestParameters: { document: big } }));
    assert.deepEqual(set.disabled, []);
    assert.equal(set.process(ev({ requestParameters: { document: 'xa1' } })).length, 1);
  });

  it('takes MAMORI_RULE_BUDGET_MS, and refuses a value that is not a number of milliseconds', () => {
    assert.equal(ruleBudgetFromEnv({}), DEFAULT_RULE_BUDGET_MS);
    assert.equal(ruleBudgetFromEnv({ MAMORI_RULE_BUDGET_MS: ' 250 ' }), 250);
    assert.equal(ruleBudgetFromEnv({ MAMORI_RULE_BUDGET_MS: '0' }), 0);
    for (const bad of ['abc', '-5', '1e999']) {
      assert.throws(
        () => ruleBudgetFromEnv({ MAMORI_RULE_BUDGET_MS: bad }),
        (err: unknown) => err instanceof MamoriError && err.message === `MAMORI_RULE_BUDGET_MS must be a number of milliseconds (0 for no limit), not "${bad}"`,
      );
    }
  });

  it('through detect(): a disabled rule is reported with the rule issues the summary prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mamori-budget-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'slow.yml'), SLOW);
    writeFileSync(join(dir, 'rules', 'cheap.yml'), CHEAP);
    const record = (i: number, eventName: string, document: string) => ({
      eventVersion: '1.09',
      eventTime: new Date(Date.parse('2026-11-20T03:00:00Z') + i * 1000).toISOString(),
      eventSource: 's3.amazonaws.com',
      eventName,
      awsRegion: 'us-east-1',
      sourceIPAddress: '203.0.113.10',
      userAgent: 'aws-cli/2.15.30',
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/dev', accountId: '111122223333' },
      requestParameters: { document },
      recipientAccountId: '111122223333',
      eventID: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    });
    const records = Array.from({ length: 2 * SAMPLE_EVERY }, (_, i) => record(i, 'PutObject', big));
    records.push(record(records.length, 'ConsoleLogin', 'xa1'));
    writeFileSync(join(dir, 'trail.json'), JSON.stringify({ Records: records }));
    const saved = process.env.MAMORI_RULE_BUDGET_MS;
    process.env.MAMORI_RULE_BUDGET_MS = '1';
    try {
      const r = await detect({ inputs: [join(dir, 'trail.json')], rules: [join(dir, 'rules')], noBuiltin: true, intel: [] });
      assert.equal(r.events, records.length);
      assert.deepEqual(r.signals.map((s) => s.ruleId), ['cheap']);
      assert.deepEqual(r.ruleIssues.map((i) => [i.file, i.ruleId, i.kind]), [[join(dir, 'rules', 'slow.yml'), 'slow', 'disabled']]);
    } finally {
      if (saved === undefined) delete process.env.MAMORI_RULE_BUDGET_MS;
      else process.env.MAMORI_RULE_BUDGET_MS = saved;
    }
  });
});
