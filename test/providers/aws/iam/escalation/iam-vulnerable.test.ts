/**
 * Bishop Fox iam-vulnerable's tool-testing cases (test/fixtures/iam-vulnerable/README.md): the four
 * a tool must find and the five it must not, run through the finder with an Authorizer built from
 * mamori's policy evaluation engine (identity policies per principal, the role's trust policy as the
 * resource policy of sts:AssumeRole, one account).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { engineAuthorizer, identityPrefilter } from '../../../../../src/providers/aws/iam/escalation/authorizer.js';
import { findEscalationPaths, type EscalationResult } from '../../../../../src/providers/aws/iam/escalation/find.js';
import { arnOf, buildAccount, cases, type IamVulnerableCase } from './iam-vulnerable.js';

const glob = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

function run(parts: IamVulnerableCase[], prefilter: boolean): EscalationResult {
  const { account, policies } = buildAccount(parts);
  const authorize = engineAuthorizer(policies);
  return findEscalationPaths(account, authorize, prefilter ? { mayAllow: identityPrefilter(policies) } : {});
}

function assertCase(c: IamVulnerableCase, result: EscalationResult) {
  const byPrincipal = new Map(result.paths.map((p) => [p.principal, p]));
  for (const rel of c.mustFind) {
    const path = byPrincipal.get(arnOf(rel));
    assert.ok(path, `${c.case}: ${rel} must have a path to admin (${c.why})`);
    // The steps chain from the principal, and end with a principal that is admin or that the last step empowered.
    assert.equal(path.steps[0].from, path.principal);
    for (let i = 1; i < path.steps.length; i++) {
      const prev = path.steps[i - 1];
      assert.ok(
        path.steps[i].from === prev.to || path.steps[i].from === path.principal || path.steps.slice(0, i).some((s) => s.to === path.steps[i].from),
        `${c.case}: step ${i} starts where an earlier one ended`,
      );
    }
    const last = path.steps.at(-1)!;
    assert.ok(last.kind === 'empower' || result.admins.includes(last.to), `${c.case}: the last step reaches admin`);
    assert.ok(path.reason.en.length > 0 && /[\u3040-\u30ff]/.test(path.reason.ja));
    for (const step of path.steps) {
      assert.ok(step.why.en && step.why.ja, 'every step says why, in en and ja');
      for (const r of step.requests) {
        for (const banned of c.mustNotUseActions ?? []) assert.ok(!glob(banned).test(r.action), `${c.case}: ${r.action} is excluded by NotAction`);
      }
    }
  }
  for (const rel of c.mustNotFind) {
    assert.equal(byPrincipal.get(arnOf(rel)), undefined, `${c.case}: ${rel} must not be reported (${c.why})`);
    assert.ok(!result.admins.includes(arnOf(rel)), `${c.case}: ${rel} is not admin`);
  }
}

describe('iam-vulnerable tool-testing cases (BishopFox/iam-vulnerable modules/free-resources/tool-testing)', () => {
  it('has the 4 must-find and 5 must-not-find cases', () => {
    assert.deepEqual(
      cases.map((c) => `${c.case.slice(0, 3)}:${c.expect}`),
      ['fn1:found', 'fn2:found', 'fn3:found', 'fn4:found', 'fp1:not-found', 'fp2:not-found', 'fp3:not-found', 'fp4:not-found', 'fp5:not-found'],
    );
    for (const c of cases) assert.equal(c.expect === 'found', c.mustFind.length > 0, c.case);
  });

  for (const c of cases) {
    it(`${c.case}: ${c.expect} — ${c.why}`, () => assertCase(c, run([c], false)));
  }

  it('all cases deployed together in one account give the same answers (with and without the pre-filter)', () => {
    for (const prefilter of [false, true]) {
      const result = run(cases, prefilter);
      for (const c of cases) assertCase(c, result);
      // Only the deploying principal and the admin service role are admin.
      assert.deepEqual(result.admins, [arnOf('role/privesc-high-priv-service-role'), arnOf('user/terraform-admin')]);
      const reported = new Set(result.paths.map((p) => p.principal));
      const expected = new Set(cases.flatMap((c) => c.mustFind.map(arnOf)));
      assert.deepEqual([...reported].sort(), [...expected].sort());
    }
  });

  it('fn1 is found through iam:PassRole + ec2:RunInstances with iam:PassedToService=ec2.amazonaws.com (the split policies evaluated together)', () => {
    const fn1 = cases.find((c) => c.case.startsWith('fn1'))!;
    const path = run([fn1], false).paths.find((p) => p.principal === arnOf(fn1.mustFind[0]))!;
    assert.equal(path.steps.length, 1);
    assert.equal(path.steps[0].method, 'iam:PassRole+ec2:RunInstances');
    assert.equal(path.steps[0].to, arnOf('role/privesc-high-priv-service-role'));
    const pass = path.steps[0].requests.find((r) => r.action === 'iam:PassRole')!;
    assert.equal(pass.context['iam:PassedToService'], 'ec2.amazonaws.com');
    assert.equal(pass.resource, arnOf('role/privesc-high-priv-service-role'));
  });

  it('fn2 and fn3 are found through iam:CreatePolicyVersion on the policy attached to the principal itself', () => {
    for (const prefix of ['fn2', 'fn3']) {
      const c = cases.find((x) => x.case.startsWith(prefix))!;
      const result = run([c], false);
      for (const rel of c.mustFind) {
        const path = result.paths.find((p) => p.principal === arnOf(rel))!;
        assert.deepEqual(path.steps.map((s) => s.method), ['iam:CreatePolicyVersion'], `${prefix} ${rel}`);
        assert.equal(path.admin, arnOf(rel));
      }
    }
  });
});
