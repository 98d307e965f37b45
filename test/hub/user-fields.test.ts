/**
 * User fields live in their own namespace: names are checked (no prototype keys), the one field
 * the hub reads back (severityOverride) must be a severity, and a bad value stored before these
 * checks never wedges an ingest.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listFindings, showFinding, updateFindings } from '../../src/app/findings.js';
import { applyAutomation, checkUserFields, compileAutomation, userFieldProblem } from '../../src/hub/automation.js';
import { observe, severityOverrideOf } from '../../src/hub/lifecycle.js';
import type { HubFinding } from '../../src/hub/model.js';
import { tempHub } from '../app/helpers.js';
import { obs, T1, T2, T3 } from './notify/helpers.js';

const PROTOTYPE_KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

describe('user field names and values', () => {
  it('refuses prototype keys and names outside the safe pattern', () => {
    for (const key of [...PROTOTYPE_KEYS, '', '1x', 'a b', 'x'.repeat(65), 'a\x1b', 'ключ']) assert.ok(userFieldProblem(key, 'y'), key);
    for (const key of ['owner', 'ticket', 'team.name', 'jira:key', 'a_b-c', 'x'.repeat(64)]) assert.equal(userFieldProblem(key, 'y'), undefined, key);
  });

  it('severityOverride must be a severity (any case, stored upper case)', () => {
    assert.match(userFieldProblem('severityOverride', '<b>X</b>')!, /unknown severity/);
    assert.equal(userFieldProblem('severityOverride', 'high'), undefined);
    const out = checkUserFields({ severityOverride: 'high', owner: 'alice' });
    assert.deepEqual({ ...out }, { severityOverride: 'HIGH', owner: 'alice' });
    assert.equal(Object.getPrototypeOf(out), null);
    assert.throws(() => checkUserFields({ severityOverride: 'nope' }), { code: 'BAD_FIELD', message: /^field severityOverride: unknown severity "nope"/ });
    assert.throws(() => checkUserFields(JSON.parse('{"__proto__":"x"}')), { code: 'BAD_FIELD', message: /__proto__/ });
  });

  it('automation config: setUserFields is validated like --field', () => {
    const rule = (setUserFields: unknown) => [{ name: 'r', criteria: { severity: 'HIGH' }, actions: { setUserFields } }];
    assert.throws(() => compileAutomation(rule({ severityOverride: 'nope' })), { code: 'AUTOMATION_INVALID', message: /automation\[0\] "r": actions\.setUserFields\.severityOverride: unknown severity "nope"/ });
    for (const key of PROTOTYPE_KEYS) {
      assert.throws(() => compileAutomation(rule(JSON.parse(`{"${key}":"x"}`))), { code: 'AUTOMATION_INVALID', message: new RegExp(key) }, key);
    }
    assert.throws(() => compileAutomation(rule(JSON.parse('{"__proto__":"x"}'))), { code: 'AUTOMATION_INVALID', message: /__proto__/ });
    const ok = compileAutomation(rule({ severityOverride: 'critical', owner: 'sec' }));
    assert.deepEqual({ ...ok.rules[0].actions.setUserFields }, { severityOverride: 'CRITICAL', owner: 'sec' });
  });
});

describe('a bad stored severityOverride', () => {
  it('is treated as absent when read back', () => {
    assert.equal(severityOverrideOf({ severityOverride: '<b>X</b>' }), undefined);
    assert.equal(severityOverrideOf({ severityOverride: 'HIGH' }), 'HIGH');
    assert.equal(severityOverrideOf({}), undefined);
    assert.equal(severityOverrideOf(undefined), undefined);
  });

  it('observe() keeps a valid risk level instead of none', () => {
    const first = observe(undefined, obs('b-1', 'FAIL', T1), { at: T1, actor: 't' }).finding!;
    const prev: HubFinding = { ...first, userFields: { severityOverride: '<b>X</b>' } };
    const next = observe(prev, obs('b-1', 'FAIL', T2), { at: T2, actor: 't' }).finding!;
    assert.equal(next.severity, 'MEDIUM');
    assert.ok(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(next.risk.level));
  });

  it('never wedges later ingests of the hub', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('b-1', 'FAIL', T1)], { actor: 'test' });
      // Written as a hub from before these checks could hold it (the store itself does not check).
      await hub.store.update(['b-1'], { userFields: { severityOverride: '<b>X</b>' } }, 'old-version', T1);
      await hub.store.ingest([obs('b-1', 'FAIL', T2)], { actor: 'test', at: T2 });
      await hub.store.ingest([obs('b-1', 'FAIL', T3), obs('b-2', 'FAIL', T3)], { actor: 'test', at: T3 });
      const { finding } = await showFinding(hub.store, 'b-1');
      assert.equal(finding.severity, 'MEDIUM');
      assert.equal((await listFindings(hub.store)).total, 2);
    } finally {
      await hub.store.close();
    }
  });
});

describe('updateFindings', () => {
  it('refuses prototype keys and a bad severityOverride with one line, writing nothing', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('a-1', 'FAIL', T1)], { actor: 'test' });
      for (const key of PROTOTYPE_KEYS) {
        const fields: Record<string, string> = Object.create(null);
        fields[key] = 'y';
        await assert.rejects(updateFindings(hub.store, { ids: ['a-1'], fields, actor: 'alice' }), { code: 'BAD_FIELD' }, key);
      }
      await assert.rejects(updateFindings(hub.store, { ids: ['a-1'], fields: { severityOverride: '<b>X</b>' }, actor: 'alice' }), { code: 'BAD_FIELD', message: /unknown severity/ });
      await assert.rejects(updateFindings(hub.store, { ids: ['a-1'], severity: 'nope' as never, actor: 'alice' }), { code: 'BAD_SEVERITY' });
      const { finding, history } = await showFinding(hub.store, 'a-1');
      assert.deepEqual(finding.userFields, {});
      assert.equal(history.length, 1, 'only the creation');
    } finally {
      await hub.store.close();
    }
  });

  it('a severityOverride field is a severity change (severity, override and audit agree)', async () => {
    const hub = await tempHub();
    try {
      await hub.store.ingest([obs('a-1', 'FAIL', T1)], { actor: 'test' });
      await updateFindings(hub.store, { ids: ['a-1'], fields: { severityOverride: 'high', owner: 'alice' }, actor: 'alice', at: T2 });
      const { finding, history } = await showFinding(hub.store, 'a-1');
      assert.equal(finding.severity, 'HIGH');
      assert.equal(finding.userFields.severityOverride, 'HIGH');
      assert.equal(finding.userFields.owner, 'alice');
      assert.ok(history.some((h) => h.field === 'severity' && h.to === 'HIGH'));
      await assert.rejects(updateFindings(hub.store, { ids: ['a-1'], severity: 'LOW', fields: { severityOverride: 'high' }, actor: 'alice' }), { code: 'BAD_FIELD', message: /disagree/ });
      // A later scan keeps the person's severity.
      await hub.store.ingest([obs('a-1', 'FAIL', T3)], { actor: 'test', at: T3 });
      assert.equal((await showFinding(hub.store, 'a-1')).finding.severity, 'HIGH');
    } finally {
      await hub.store.close();
    }
  });

  it('listFindings refuses a limit or offset out of range (the library path, not only the CLI)', async () => {
    const hub = await tempHub();
    try {
      for (const limit of [-1, 0, 1.5, 1e9, Number.NaN]) await assert.rejects(listFindings(hub.store, { limit }), { code: 'BAD_OPTION' }, String(limit));
      await assert.rejects(listFindings(hub.store, { offset: -1 }), { code: 'BAD_OPTION' });
    } finally {
      await hub.store.close();
    }
  });
});

describe('applyAutomation with validated fields', () => {
  it('sets user fields on a copy without touching prototypes', () => {
    const first = observe(undefined, obs('c-1', 'FAIL', T1), { at: T1, actor: 't' }).finding!;
    const { finding, changes } = applyAutomation(first, [{ name: 'own', criteria: { ruleId: 'aws-s3-bucket-require-tls' }, actions: { setUserFields: { owner: 'sec' } } }]);
    assert.equal(finding.userFields.owner, 'sec');
    assert.deepEqual(changes.map((c) => c.field), ['userFields.owner']);
    assert.deepEqual(first.userFields, {});
  });
});
