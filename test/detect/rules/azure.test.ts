/**
 * Azure Activity Log rules: the built-in rules (their own positive and benign cases, through the
 * same harness as every rule), Sigma's azure/activitylogs rules as published, the operationName
 * index, phases, and the correlation keys of Azure signals.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_RULES_DIRS } from '../../../src/detect/pipeline.js';
import { hitToSignal } from '../../../src/detect/pipeline.js';
import { compileRuleSet, loadDetectionRules, parseRuleText, resolveRules, testRules } from '../../../src/detect/rules/index.js';
import { testEvent } from '../../../src/detect/rules/testing.js';
import { azureKeys, fromSignal } from '../../../src/correlate/entities.js';

const { rules, issues } = await loadDetectionRules([BUILTIN_RULES_DIRS.azure]);

// SigmaHQ rules/cloud/azure/activity_logs, as published (description shortened).
const SIGMA_ELEVATE = `title: Azure Subscription Permission Elevation Via ActivityLogs
id: 09438caa-07b1-4870-8405-1dbafe3dad95
status: test
description: Detects when a user has been elevated to manage all Azure Subscriptions.
tags:
    - attack.initial-access
    - attack.t1078.004
logsource:
    product: azure
    service: activitylogs
detection:
    selection:
        operationName: MICROSOFT.AUTHORIZATION/ELEVATEACCESS/ACTION
    condition: selection
falsepositives:
    - If this was approved by System Administrator.
level: high
`;

const SUB = '7d3c5b2a-91e4-4f06-b8a1-3c9e2f4d6a18';
const claims = { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': 'alice@contoso.com', 'http://schemas.microsoft.com/identity/claims/objectidentifier': 'a1c3e5f7-2b4d-4f68-9a0c-1e3f5a7b9c2d' };
const record = (resultType: string, time: string, extra: Record<string, unknown> = {}) => ({
  time,
  resourceId: '/providers/Microsoft.Authorization',
  operationName: 'MICROSOFT.AUTHORIZATION/ELEVATEACCESS/ACTION',
  category: 'Administrative',
  resultType,
  correlationId: '4d6f8a0c-2e1b-4c3d-9e5f-7a9b1c3d5e7f',
  callerIpAddress: '185.220.101.34',
  identity: { claims },
  properties: {},
  ...extra,
});

describe('Azure Activity Log rules', () => {
  it('the built-in rules load, at least 20, each with ATT&CK tags, Japanese text and its cases passing', () => {
    assert.deepEqual(issues, []);
    assert.ok(rules.length >= 20, `${rules.length} rules`);
    for (const r of rules) {
      assert.equal(r.logsource.product, 'azure', r.name);
      assert.equal(r.logsource.service, 'azureactivity', r.name);
      assert.ok(r.techniques.length && r.tactics.length, r.name);
      assert.ok(r.title_ja && r.description_ja, r.name);
      assert.ok(r.tests.some((t) => t.match) && r.tests.some((t) => !t.match && t.benign), r.name);
    }
    const failed = testRules(rules).filter((r) => !r.passed).map((r) => `${r.rule} / ${r.case}: ${r.message}`);
    assert.deepEqual(failed, []);
  });

  it('a rule whose cases hold a Start and a Success record fires once (the outcome record)', () => {
    const rs = compileRuleSet(rules);
    for (const r of rules) {
      for (const tc of r.tests.filter((t) => t.match && !r.aggregation)) {
        const hits = tc.events.flatMap((e, i) => rs.process(testEvent(e, 'azureactivity', i), tc.mamori)).filter((h) => h.rule === r);
        assert.equal(hits.length, 1, `${r.name} / ${tc.name}`);
        assert.notEqual(hits[0].events[0].phase, 'begin');
      }
    }
  });

  it('loads Sigma azure/activitylogs rules as published: operationName indexed, Start records skipped, failures left to the rule', () => {
    const parsed = parseRuleText(SIGMA_ELEVATE, 'azure_subscription_permissions_elevation_via_activitylogs.yml');
    const { rules: sigma, issues: problems } = resolveRules(parsed.rules);
    assert.deepEqual([...parsed.issues, ...problems], []);
    assert.deepEqual(sigma[0].logsource, { product: 'azure', service: 'azureactivity' });
    const rs = compileRuleSet(sigma);
    const start = testEvent(record('Start', '2026-11-20T03:14:15.4120000Z'), 'azureactivity', 0);
    const end = testEvent(record('Success', '2026-11-20T03:14:16.0000000Z'), 'azureactivity', 1);
    assert.deepEqual(rs.candidates(end).map((r) => r.name), [sigma[0].name]);
    assert.deepEqual(rs.candidates(testEvent({ ...record('Success', '2026-11-20T03:15:00Z'), operationName: 'MICROSOFT.COMPUTE/VIRTUALMACHINES/WRITE' }, 'azureactivity', 2)), []);
    assert.equal(rs.process(start).length, 0);
    assert.equal(rs.process(end).length, 1);
    // The Sigma rule does not filter on the result: a failed elevation is its outcome too.
    assert.equal(rs.process(testEvent(record('Failure', '2026-11-20T03:16:00Z', { correlationId: 'x' }), 'azureactivity', 3)).length, 1);
  });

  it('reports Azure logs it does not read', () => {
    const text = SIGMA_ELEVATE.replace('service: activitylogs', 'service: signinlogs');
    const { issues: problems } = parseRuleText(text, 'x.yml');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /not a supported Azure log \(azureactivity, or Sigma's activitylogs\)/);
  });

  it('signals carry provider azure and join on the caller\'s UPN and object id, and on the principal a role went to', () => {
    const rule = rules.find((r) => r.name === 'azure-activity-privileged-role-assigned-broad-scope')!;
    const rs = compileRuleSet([rule]);
    const hits = rule.tests[0].events.flatMap((e, i) => rs.process(testEvent(e, 'azureactivity', i)));
    assert.equal(hits.length, 1);
    const signal = hitToSignal(hits[0]);
    assert.equal(signal.provider, 'azure');
    assert.equal(signal.account, SUB);
    assert.equal(signal.actor?.type, 'AzureUser');
    assert.deepEqual(azureKeys(fromSignal(signal)).sort(), ['azure:7e9a1c3d-5f2b-4d8e-a6c4-9b1d3f5a7c0e', 'azure:a1c3e5f7-2b4d-4f68-9a0c-1e3f5a7b9c2d', 'azure:alice@contoso.com']);
  });
});
