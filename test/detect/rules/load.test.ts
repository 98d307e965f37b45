import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ATTACK_TACTICS, mapAttackTags } from '../../../src/detect/rules/attack.js';
import { loadDetectionRules, parseRuleText } from '../../../src/detect/rules/load.js';
import { testRules } from '../../../src/detect/rules/testing.js';
import { MamoriError } from '../../../src/model/errors.js';
import { compileRule } from '../../../src/detect/rules/ruleset.js';
import { ev, sigma, uid } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'mamori-rules-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let fileN = 0;
function file(text: string, name = `r${++fileN}.yml`): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const MAMORI_RULE = `id: 0f4b2a44-6d0e-4c57-9a49-2a8f2b1c9e01
name: aws-ct-root-credential-use
title: Root user credentials were used
title_ja: ルートユーザーの認証情報が使用された
description: The account's root user made an API call or signed in to the console.
status: stable
level: high
logsource:
  product: aws
  service: cloudtrail
detection:
  selection:
    userIdentity.type: Root
  filter_service:
    userIdentity.invokedBy|exists: true
  condition: selection and not filter_service
tags:
  - attack.privilege_escalation
  - attack.t1078.004
dedup: [recipientAccountId, sourceIPAddress]
falsepositives:
  - Break-glass procedures
references:
  - https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html
tests:
  - name: root console login
    match: true
    event: { eventSource: signin.amazonaws.com, eventName: ConsoleLogin, userIdentity: { type: Root } }
  - name: an IAM user
    match: false
    event: { eventSource: s3.amazonaws.com, eventName: ListBuckets, userIdentity: { type: IAMUser } }
`;

describe('loading rules', () => {
  it('loads the spec example as a mamori rule, with severity, ATT&CK ids and tests', async () => {
    const { rules, issues } = await loadDetectionRules([file(MAMORI_RULE, 'aws-ct-root-credential-use.yml')]);
    assert.deepEqual(issues, []);
    const [r] = rules;
    assert.equal(r.format, 'mamori');
    assert.equal(r.name, 'aws-ct-root-credential-use');
    assert.equal(r.id, '0f4b2a44-6d0e-4c57-9a49-2a8f2b1c9e01');
    assert.equal(r.severity, 'HIGH');
    assert.equal(r.title_ja, 'ルートユーザーの認証情報が使用された');
    assert.deepEqual(r.tactics, ['TA0004']);
    assert.deepEqual(r.techniques, ['T1078.004']);
    assert.deepEqual(r.dedup, ['recipientAccountId', 'sourceIPAddress']);
    assert.equal(r.tests.length, 2);
    assert.equal(r.line, 1);
    assert.deepEqual(testRules(rules).map((t) => [t.case, t.passed]), [['root console login', true], ['an IAM user', true]]);
  });

  it('maps ATT&CK tags and levels', () => {
    // 15 tactics of ATT&CK v19, plus defense_evasion: the older name of TA0005 (Stealth).
    assert.equal(new Set(Object.values(ATTACK_TACTICS)).size, 15);
    assert.equal(Object.keys(ATTACK_TACTICS).length, 16);
    assert.deepEqual(mapAttackTags(['attack.stealth', 'attack.defense-impairment', 'attack.t1685.001']), { tactics: ['TA0005', 'TA0112'], techniques: ['T1685.001'], unknown: [] });
    assert.deepEqual(mapAttackTags(['attack.privilege_escalation', 'attack.t1078.004', 'attack.T1098', 'attack.defense-evasion', 'attack.ta0040', 'attack.g0016', 'attack.s0002', 'cve.2021-1', 'attack.command_and_control']), {
      tactics: ['TA0004', 'TA0005', 'TA0040', 'TA0011'],
      techniques: ['T1078.004', 'T1098'],
      unknown: [],
    });
    const levels = ['informational', 'low', 'medium', 'high', 'critical'].map((level) => parseRuleText(sigma('sel:\n  a: 1\ncondition: sel', `level: ${level}\n`).replace('level: medium\n', ''), 'x.yml').rules[0]?.severity);
    assert.deepEqual(levels, ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
  });

  it('reports an unknown ATT&CK tag with its file and line as a warning, and the rule still loads', async () => {
    const text = sigma('sel:\n  eventName: A\ncondition: sel', 'tags:\n  - attack.credential_access\n  - attack.defence_evasion\n  - attack.t1552\n  - attack.tx9999\n  - cve.2021-1\n');
    const { rules, issues } = parseRuleText(text, 'tags.yml');
    assert.deepEqual(rules[0].tactics, ['TA0006']);
    assert.deepEqual(rules[0].techniques, ['T1552']);
    assert.deepEqual(
      issues.map((i) => [i.kind, i.file, i.line, /"(attack\.[a-z0-9_]+)"/.exec(i.message)?.[1]]),
      [
        ['warning', 'tags.yml', text.split('\n').findIndex((l) => l.includes('defence_evasion')) + 1, 'attack.defence_evasion'],
        ['warning', 'tags.yml', text.split('\n').findIndex((l) => l.includes('tx9999')) + 1, 'attack.tx9999'],
      ],
    );
    // Through a folder as `mamori detect` loads it: the rule is there, the warning with it.
    const loaded = await loadDetectionRules([file(text)]);
    assert.equal(loaded.rules.length, 1);
    assert.deepEqual(loaded.issues.map((i) => i.kind), ['warning', 'warning']);
  });

  it('YAML merge keys (<<: *base) in test events merge, so a case built on another is not hollow', () => {
    const text = `title: t\nid: ${uid()}\nlevel: low\ndescription: d\nlogsource: {product: aws, service: cloudtrail}\ndetection:\n  sel:\n    eventName: A\n    userIdentity.type: Root\n  condition: sel\ntests:\n  - name: m\n    match: true\n    event: &base {eventName: A, userIdentity: {type: Root}}\n  - name: n\n    match: false\n    event: {<<: *base, eventName: B}\n`;
    const { rules, issues } = parseRuleText(text, 'merge.yml');
    assert.deepEqual(issues, []);
    assert.deepEqual(rules[0].tests[1].events[0], { eventName: 'B', userIdentity: { type: 'Root' } });
    assert.deepEqual(testRules(rules).map((r) => r.passed), [true, true]);
  });

  it('a benign look-alike must be a non-matching case, and falsepositives_ja pairs with falsepositives', () => {
    const base = (extra: string, tests: string) =>
      `title: t\nid: ${uid()}\nlevel: low\ndescription: d\nlogsource: {product: aws, service: cloudtrail}\ndetection:\n  sel:\n    eventName: A\n  condition: sel\n${extra}tests:\n${tests}`;
    const ok = parseRuleText(base('falsepositives: [x, y]\nfalsepositives_ja: [エックス, ワイ]\n', '  - {name: m, match: true, event: {eventName: A}}\n  - {name: b, match: false, benign: true, event: {eventName: B}}\n'), 'a.yml');
    assert.deepEqual(ok.issues, []);
    assert.deepEqual(ok.rules[0].tests.map((t) => t.benign ?? false), [false, true]);
    assert.deepEqual(ok.rules[0].falsepositives_ja, ['エックス', 'ワイ']);
    const matching = parseRuleText(base('', '  - {name: m, match: true, benign: true, event: {eventName: A}}\n'), 'b.yml');
    assert.match(matching.issues[0]?.message ?? '', /benign look-alike .* match: false/);
    const uneven = parseRuleText(base('falsepositives: [x, y]\nfalsepositives_ja: [エックス]\n', '  - {name: m, match: true, event: {eventName: A}}\n'), 'c.yml');
    assert.match(uneven.issues[0]?.message ?? '', /falsepositives_ja: 1 entries for 2/);
  });

  it('reports a YAML syntax error with file:line and loads the other rules of the folder', async () => {
    const sub = join(dir, 'mixed');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a-good.yml'), sigma('sel:\n  eventName: A\ncondition: sel'));
    writeFileSync(join(sub, 'b-broken.yml'), `title: broken\nid: ${uid()}\nlevel: low\ndetection:\n  sel:\n    eventName: [A, B\n  condition: sel\n`);
    writeFileSync(join(sub, 'notes.txt'), 'not a rule');
    const { rules, issues } = await loadDetectionRules([sub]);
    assert.deepEqual(rules.map((r) => r.name), ['a-good']);
    assert.equal(issues.length >= 1, true);
    assert.equal(issues[0].kind, 'syntax');
    assert.equal(issues[0].file, join(sub, 'b-broken.yml'));
    assert.equal(typeof issues[0].line, 'number');
    assert.ok(issues[0].line! >= 6 && issues[0].line! <= 8, `line ${issues[0].line}`);
  });

  it('reports an unknown modifier as unsupported, naming it, at its line', () => {
    const { rules, issues } = parseRuleText(sigma('sel:\n  eventName: A\n  userAgent|fuzzy: boto\ncondition: sel'), 'f.yml');
    assert.deepEqual(rules, []);
    assert.equal(issues.length, 1);
    assert.equal(issues[0].kind, 'unsupported');
    assert.match(issues[0].message, /unknown modifier \|fuzzy/);
    assert.equal(issues[0].line, 9);
    assert.equal(issues[0].file, 'f.yml');
  });

  it('reports unsupported Sigma features', () => {
    const cases: [string, RegExp][] = [
      [sigma("sel:\n  x|expand: '%admins%'\ncondition: sel"), /expand/],
      [sigma('sel:\n  x: 1\ntimeframe: 5m\ncondition: sel'), /timeframe/],
      [sigma('sel:\n  x: 1\ncondition: sel', 'timeframe: 5m\n'), /timeframe/],
      [sigma('sel:\n  x: 1\ncondition: sel | count() by y > 5'), /aggregation/],
      [sigma('a:\n  x: 1\nb:\n  y: 1\ncondition: a near b'), /near/],
    ];
    for (const [text, re] of cases) {
      const { rules, issues } = parseRuleText(text, 'u.yml');
      assert.equal(rules.length, 0, String(re));
      assert.equal(issues[0]?.kind, 'unsupported', `${re}: ${JSON.stringify(issues)}`);
      assert.match(issues[0].message, re);
    }
  });

  it('reports a non-AWS logsource as unsupported', () => {
    const text = `title: Mimikatz\nid: ${uid()}\nlevel: high\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n  sel:\n    Image|endswith: mimikatz.exe\n  condition: sel\n`;
    const { issues } = parseRuleText(text, 'w.yml');
    assert.deepEqual(issues.map((i) => [i.kind, i.line, i.message]), [['unsupported', 4, 'logsource windows/process_creation is not an AWS, Google Cloud or Azure log']]);
    const gd = parseRuleText(sigma('sel:\n  x: 1\ncondition: sel', '', 'guardduty'), 'g.yml');
    assert.match(gd.issues[0].message, /aws\/guardduty is not a supported AWS log/);
  });

  it('reports invalid rules with the line of the bad field', () => {
    const text = `title: t\nid: not-a-uuid\nlevel: severe\nlogsource: { product: aws, service: cloudtrail }\ndetection:\n  sel:\n    x: 1\n  condition: sel and other\n`;
    const { issues } = parseRuleText(text, 'i.yml');
    assert.deepEqual(issues.map((i) => [i.kind, i.line]), [['invalid', 2], ['invalid', 3]]);
    assert.match(issues[0].message, /^id: /);
    const cond = parseRuleText(sigma('sel:\n  x: 1\ncondition: sel and other'), 'c.yml').issues;
    assert.deepEqual(cond.map((i) => [i.kind, i.line]), [['invalid', 9]]);
    assert.match(cond[0].message, /unknown selection "other"/);
    const re = parseRuleText(sigma("sel:\n  x|re: '(['\ncondition: sel"), 'c.yml').issues;
    assert.match(re[0].message, /invalid regular expression/);
  });

  it('loads multi-document files, and rejects duplicates and dangling correlations', async () => {
    const id = uid();
    const p = file(`${sigma('sel:\n  a: 1\ncondition: sel', `name: one\n`)}---\n${sigma('sel:\n  b: 1\ncondition: sel', `name: two\n`).replace(/id: .*/, `id: ${id}`)}---\ntitle: c\nid: ${uid()}\nlevel: high\ncorrelation:\n  type: event_count\n  rules: [nope]\n  timespan: 5m\n  condition: { gte: 3 }\n`);
    const dup = file(sigma('sel:\n  c: 1\ncondition: sel').replace(/id: .*/, `id: ${id}`));
    const { rules, issues } = await loadDetectionRules([p, dup]);
    assert.deepEqual(rules.map((r) => r.name), ['one', 'two']);
    assert.deepEqual(issues.map((i) => [i.kind, i.line, i.message.replace(/\(also in .*\)/, '')]), [
      ['invalid', 1, `duplicate id ${id} `],
      ['invalid', 23, 'correlation refers to rules that are not loaded: nope'],
    ]);
  });

  it('requires a mamori rule name to be its file name', () => {
    const { issues } = parseRuleText(MAMORI_RULE, 'rules/other-name.yml');
    assert.match(issues[0].message, /must be the file name/);
  });

  it('throws MamoriError for a path that does not exist', async () => {
    await assert.rejects(loadDetectionRules([join(dir, 'missing')]), (e: unknown) => e instanceof MamoriError && e.code === 'DETECTION_RULES_NOT_FOUND');
  });
});

describe('the Sigma fixture folder', () => {
  it('loads, and reports exactly which rules are unsupported and why', async () => {
    const { rules, issues } = await loadDetectionRules(['test/fixtures/sigma']);
    assert.deepEqual(rules.map((r) => `${r.name} ${r.format} ${r.severity}`), [
      'aws_cloudtrail_disable_logging sigma MEDIUM',
      'aws_console_login_failure sigma LOW',
      'aws_console_login_failure-2 sigma-correlation HIGH',
      'aws_guardduty_disruption sigma HIGH',
      'aws_iam_backdoor_users_keys sigma MEDIUM',
      'aws_root_account_usage sigma MEDIUM',
      'aws_s3_data_management_tampering sigma LOW',
    ]);
    const report = issues.map((i) => `${i.file}:${i.line} ${i.kind}: ${i.message}`);
    assert.deepEqual(report, ['test/fixtures/sigma/aws_sts_assumerole_untrusted_account.yml:21 unsupported: field "userIdentity.accountId" uses |expand, but the config defines no placeholders (detection.placeholders: { name: [values] })']);
    const root = rules.find((r) => r.name === 'aws_root_account_usage')!;
    assert.deepEqual([root.tactics, root.techniques], [['TA0004'], ['T1078.004']]);
  });

  it("loads SigmaHQ's untrusted-account AssumeRole rule once the config names %trusted_accounts%, and it fires only outside them", async () => {
    const { rules, issues } = await loadDetectionRules(['test/fixtures/sigma/aws_sts_assumerole_untrusted_account.yml'], { placeholders: { trusted_accounts: ['111122223333', '444455556666'] } });
    assert.deepEqual(issues, []);
    const match = compileRule(rules[0]);
    const assume = (account: string) => ev({ eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole', userIdentity: { type: 'AssumedRole', accountId: account } });
    assert.equal(match(assume('999988887777')), true);
    assert.equal(match(assume('444455556666')), false);
  });
});

describe('testRules', () => {
  it('reports failing cases and mamori rules without both kinds of case', () => {
    const text = `title: t\nid: ${uid()}\nname: t\ndescription: d\nlevel: low\nlogsource: { product: aws, service: vpcflow }\ndetection:\n  sel:\n    dstport: 22\n    action: ACCEPT\n  condition: sel\ntests:\n  - name: ssh\n    match: true\n    event: { dstport: 22, action: ACCEPT, start: 1767225600 }\n  - name: wrong\n    match: true\n    event: { dstport: 23, action: ACCEPT }\n`;
    const rules = parseRuleText(text, 't.yml').rules;
    assert.deepEqual(testRules(rules).map((r) => [r.case, r.passed, r.message]), [
      ['(tests)', false, 'a mamori rule needs at least one test that must match and one that must not'],
      ['ssh', true, 'matched'],
      ['wrong', false, 'expected a match, but the rule did not fire'],
    ]);
  });
});

describe('built-in rules (rules/detection/aws)', () => {
  it('all load and pass their own tests', async (t) => {
    const { existsSync } = await import('node:fs');
    if (!existsSync('rules/detection/aws')) return t.skip('no built-in rules yet');
    const { rules, issues } = await loadDetectionRules(['rules/detection/aws']);
    assert.deepEqual(issues.map((i) => `${i.file}:${i.line} ${i.kind}: ${i.message}`), []);
    assert.ok(rules.length > 0);
    const failed = testRules(rules).filter((r) => !r.passed).map((r) => `${r.file} ${r.case}: ${r.message}`);
    assert.deepEqual(failed, []);
    for (const r of rules) assert.equal(r.format, 'mamori', `${r.file} uses mamori extensions`);
  });
});
