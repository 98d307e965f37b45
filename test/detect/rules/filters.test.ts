/**
 * Sigma filters: loaded beside rules, applied to their targets (built-in rules included), reported
 * with file and line when they name a rule that is not loaded or do not compile.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO_TUNING_DIR } from '../../../src/providers/aws/demo/index.js';
import { detect, loadRuleSet } from '../../../src/detect/pipeline.js';
import { applyFilters, compileRuleSet, loadDetectionRules, parseRuleText } from '../../../src/detect/rules/index.js';
import { fromCloudTrail } from '../../../src/providers/aws/read/cloudtrail.js';
import type { CloudEvent } from '../../../src/model/event.js';
import { repoUrl } from '../../paths.js';

const logs = fileURLToPath(repoUrl('demo/logs/'));
const builtin = fileURLToPath(repoUrl('rules/detection/aws/'));

const FILTER = `title: Ignore the release engineer's uploads
name: release-uploads
logsource: {product: aws, service: cloudtrail}
filter:
  rules: [aws-ct-cicd-artifact-tampering]
  release_user:
    userIdentity.arn|endswith: ':user/release-bot'
  release_net:
    sourceIPAddress|cidr: 192.0.2.0/28
  condition: not all of them
`;

function putObject(arn: string, ip: string): Record<string, unknown> {
  return {
    eventVersion: '1.10',
    userIdentity: { type: 'IAMUser', principalId: 'AIDAEXAMPLE', arn, accountId: '111122223333', accessKeyId: 'AKIAEXAMPLERELEASE01', userName: arn.split('/').pop() },
    eventTime: '2026-11-20T03:14:15Z',
    eventSource: 's3.amazonaws.com',
    eventName: 'PutObject',
    awsRegion: 'ap-northeast-1',
    sourceIPAddress: ip,
    userAgent: 'aws-cli/2.15.30',
    requestParameters: { bucketName: 'web-app-pipeline-artifacts', key: 'web-app/SourceArti/appspec.yml' },
    responseElements: null,
    eventID: `e-${arn}-${ip}`,
    eventType: 'AwsApiCall',
    eventCategory: 'Data',
    recipientAccountId: '111122223333',
  };
}

describe('Sigma filters', () => {
  it('parses a filter document beside rules and applies it: only events outside the filter still match', async () => {
    const parsed = parseRuleText(FILTER, 'tuning.yml');
    assert.deepEqual(parsed.issues, []);
    assert.equal(parsed.rules.length, 0);
    assert.equal(parsed.filters.length, 1);
    assert.deepEqual(parsed.filters[0].rules, ['aws-ct-cicd-artifact-tampering']);

    const { rules } = await loadDetectionRules([builtin]);
    const applied = applyFilters(rules, parsed.filters);
    assert.deepEqual(applied.issues, []);
    const target = applied.rules.find((r) => r.name === 'aws-ct-cicd-artifact-tampering')!;
    assert.deepEqual(target.filteredBy, ['release-uploads']);
    assert.match(String(target.detection!.condition), /^\(.*\) and \(not all of filter0_\*\)$/);
    // The input rules are not changed (mamori rules test runs them unfiltered).
    assert.equal(rules.find((r) => r.name === 'aws-ct-cicd-artifact-tampering')!.filteredBy, undefined);

    const set = compileRuleSet(applied.rules);
    const hits = (record: Record<string, unknown>) => set.process(fromCloudTrail(record) as CloudEvent, undefined).filter((h) => h.rule.name === 'aws-ct-cicd-artifact-tampering').length;
    assert.equal(hits(putObject('arn:aws:iam::111122223333:user/release-bot', '192.0.2.5')), 0, 'the release bot from its network: filtered');
    assert.equal(hits(putObject('arn:aws:iam::111122223333:user/release-bot', '203.0.113.9')), 1, 'the release bot from elsewhere: still flagged');
    assert.equal(hits(putObject('arn:aws:iam::111122223333:user/mallory', '192.0.2.5')), 1, 'someone else on that network: still flagged');
  });

  it('a filter naming a rule that is not loaded, or with a bad condition, is an issue with file and line', async () => {
    const text = `title: typo
filter:
  rules: [aws-ct-no-such-rule]
  sel:
    sourceIPAddress: 192.0.2.1
  condition: not sel
---
title: broken
filter:
  rules: [aws-ct-cicd-artifact-tampering]
  sel:
    sourceIPAddress: 192.0.2.1
  condition: not (sel
`;
    const parsed = parseRuleText(text, 'bad.yml');
    assert.equal(parsed.filters.length, 1);
    assert.equal(parsed.issues.length, 1);
    assert.equal(parsed.issues[0].file, 'bad.yml');
    assert.equal(parsed.issues[0].line, 8);
    const { rules } = await loadDetectionRules([builtin]);
    const applied = applyFilters(rules, parsed.filters);
    assert.equal(applied.issues.length, 1);
    assert.match(applied.issues[0].message, /filter refers to rules that are not loaded: aws-ct-no-such-rule/);
    assert.equal(applied.issues[0].line, 1);
  });

  it('the demo tuning removes the CI user’s uploads from the demo signals but keeps the attacker’s', async () => {
    const inputs = ['cloudtrail'].map((d) => join(logs, d));
    const plain = await detect({ inputs, intel: [] });
    const tuned = await detect({ inputs, intel: [], rules: [DEMO_TUNING_DIR] });
    assert.deepEqual(tuned.ruleIssues, []);
    const tampering = (r: typeof plain) => r.signals.filter((s) => s.ruleId === 'aws-ct-cicd-artifact-tampering').map((s) => s.actor?.arn);
    assert.ok(tampering(plain).includes('arn:aws:iam::123456789012:user/ci-deployer'));
    assert.ok(!tampering(tuned).includes('arn:aws:iam::123456789012:user/ci-deployer'));
    assert.deepEqual([...new Set(tampering(tuned))], ['arn:aws:sts::123456789012:assumed-role/web-server-role/i-0a1b2c3d4e5f60001']);
    const { ruleSet } = await loadRuleSet({ rules: [DEMO_TUNING_DIR] });
    const builtin = await loadRuleSet({});
    assert.equal(ruleSet.rules.length, builtin.ruleSet.rules.length, 'a filter is not a rule');
  });
});
