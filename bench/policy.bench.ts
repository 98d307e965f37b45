/**
 * npm run bench:policy — a config with 100,000 suppressions and 100,000 automation rules (issue
 * #11): loading it, and applying it to findings, against baselines measured in the same run:
 *   - the same findings through a policy with no rules (what the index costs on top of nothing);
 *   - every rule tested against every finding, as before the index, on 1,000 + 1,000 rules and
 *     scaled to the full count (running it on 100,000 took minutes);
 *   - the yaml library parsing a tenth of the file whole, as the loader did before.
 * BENCH_RULES changes the rule count, BENCH_FINDINGS the number of findings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { loadConfig } from '../src/config/index.js';
import { parseConfig } from '../src/config/parse.js';
import { applyAutomation, compileAutomation, type AutomationRule } from '../src/hub/automation.js';
import type { HubFinding } from '../src/hub/model.js';
import { policyFromConfig } from '../src/hub/policy.js';
import { suppressionExpired, suppressionMatches, type Suppression } from '../src/hub/suppressions.js';

const RULES = Number(process.env.BENCH_RULES ?? 100_000);
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 20_000);
const NAIVE_RULES = 1_000;
const NOW = '2026-06-01T00:00:00.000Z';
const account = (i: number) => String(100000000000 + (i % 5000));

/** Suppressions and rules in the shapes people write: exact ids, ARN globs, accounts, tags, expiry, anyOf. */
function configText(count: number): string {
  const lines = ['suppressions:'];
  for (let i = 0; i < count; i++) {
    if (i % 5 === 0) lines.push(`  - rule: aws-rule-${i}`, `    resource: arn:aws:s3:::bucket-${i}`, `    reason: accepted ${i}`);
    else if (i % 5 === 1) lines.push(`  - resource: "arn:aws:iam::${account(i)}:role/app-${i}-*"`, `    reason: roles ${i}`);
    else if (i % 5 === 2) lines.push('  - rule: "aws-ec2-*"', `    account: "${account(i)}"`, '    region: eu-west-1', `    reason: lab ${i}`, '    expires: 2026-01-01');
    else if (i % 5 === 3) lines.push(`  - tags: { team: t${i} }`, `    rule: aws-iam-${i}`, `    reason: team ${i}`);
    else lines.push(`  - account: ["${account(i)}", "${account(i + 1)}"]`, `    rule: ["aws-kms-*", "aws-rds-${i}"]`, `    reason: kms ${i}`);
  }
  lines.push('automation:');
  for (let i = 0; i < count; i++) {
    lines.push(`  - name: a${i}`, '    criteria:');
    if (i % 5 === 0) lines.push(`      ruleIds: [aws-rule-${i}]`, `      accounts: ["${account(i)}"]`, '    actions: { setSeverity: { raise: 1 } }');
    else if (i % 5 === 1) lines.push(`      resources: ["arn:aws:ec2:us-east-1:${account(i)}:instance/i-${i}*"]`, `    actions: { addNote: n${i} }`);
    else if (i % 5 === 2) lines.push(`      ruleId: aws-x-${i}`, '      severity: { gte: HIGH }', '    actions: { setWorkflowStatus: NOTIFIED }');
    else if (i % 5 === 3) lines.push(`      "resourceTags.team": { prefix: team-${i} }`, `      account: "${account(i)}"`, `    actions: { setUserFields: { owner: o${i} } }`);
    else lines.push('      anyOf:', `        - { accounts: ["${account(i)}"], regions: [eu-west-2] }`, `        - tags: { env: e${i} }`, '    actions: { setSeverity: LOW }');
  }
  // Rules every finding meets: they name no field the index can use.
  lines.push('  - name: critical-note', '    criteria: { severity: CRITICAL }', '    actions: { addNote: critical }');
  return `${lines.join('\n')}\n`;
}

/** Findings spread over the rules: some suppressed, some changed by automation, most matched by nothing. */
function findings(count: number, rules: number): HubFinding[] {
  return Array.from({ length: count }, (_, j) => {
    const k = (j * 7919) % rules;
    const tags: Record<string, string> = j % 5 ? {} : { team: `team-${k}` };
    return {
      id: `f${j}`, kind: 'posture', source: 'mamori', ruleId: j % 3 ? `aws-rule-${k - (k % 5)}` : 'aws-ec2-instance-imdsv2-required', title: 't',
      severity: 'MEDIUM', originalSeverity: 'MEDIUM', complianceStatus: 'FAIL', workflowStatus: 'NEW', provider: 'aws', account: account(k - (k % 5)),
      region: j % 2 ? 'us-east-1' : 'eu-west-1', resourceUid: j % 4 ? `arn:aws:s3:::bucket-${k - (k % 5)}` : `arn:aws:iam::${account(k)}:role/app-${k}-svc`,
      resourceType: 'AWS::S3::Bucket', resourceName: 'b', resourceTags: tags, frameworks: {}, reason: 'r',
      risk: { level: 'LOW', likelihood: 'LOW', impact: 'LOW', factors: [] },
      firstSeen: NOW, lastSeen: NOW, timesSeen: 1, updatedAt: NOW, userFields: {},
    } satisfies HubFinding;
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const micro = (ms: number, n: number) => `${((ms * 1000) / n).toFixed(1)} µs`;
const heapMb = () => `${Math.round(process.memoryUsage().heapUsed / 1e6)} MB heap`;

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
}

/** The reference: every rule and every suppression tested in order (automation through rules the index cannot file). */
function naivePolicy(automation: AutomationRule[], suppressions: Suppression[]) {
  const compiled = compileAutomation(automation.map((r) => ({ ...r, criteria: { anyOf: [r.criteria, { timesSeen: { lt: -1 } }] } })));
  const now = Date.parse(NOW);
  return (f: HubFinding) => {
    const applied = applyAutomation(f, compiled);
    for (const s of suppressions) if (suppressionMatches(applied.finding, s) && !suppressionExpired(s, now)) return true;
    return false;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'mamori-policy-bench-'));
try {
  const text = configText(RULES);
  const path = join(dir, 'config.yaml');
  writeFileSync(path, text);
  const sample = findings(FINDINGS, RULES);
  console.log(`config: ${RULES.toLocaleString('en')} suppressions + ${RULES.toLocaleString('en')} automation rules, ${(text.length / 1e6).toFixed(1)} MB of YAML; ${FINDINGS.toLocaleString('en')} findings`);

  const loadStart = performance.now();
  const config = await loadConfig(path, { env: {} });
  const loadMs = performance.now() - loadStart;
  const loadHeap = heapMb();
  const [policy, compileMs] = time(() => policyFromConfig(config, () => NOW));
  const [changed, applyMs] = time(() => sample.reduce((n, f) => n + (policy(f, undefined).history.length ? 1 : 0), 0));

  const empty = policyFromConfig({ automation: [], suppressions: [] }, () => NOW);
  time(() => sample.forEach((f) => empty(f, undefined))); // warm
  const [, emptyMs] = time(() => sample.forEach((f) => empty(f, undefined)));

  const small = parseConfig(configText(NAIVE_RULES), { env: {} });
  const naive = naivePolicy(small.automation, small.suppressions);
  const naiveSample = sample.slice(0, 2000);
  const [, naiveMs] = time(() => naiveSample.forEach((f) => naive(f)));
  const naivePerFindingAtFull = (naiveMs / naiveSample.length) * (RULES / NAIVE_RULES);

  const tenth = configText(Math.max(1, Math.round(RULES / 10)));
  const [, yamlMs] = time(() => parseDocument(tenth, { uniqueKeys: true }).toJS());
  const [, tenthMs] = time(() => parseConfig(tenth, { env: {} }));

  console.log(
    `load: ${seconds(loadMs)} (${loadHeap} after), policy build ${seconds(compileMs)}\n` +
      `apply: ${seconds(applyMs)} for ${FINDINGS.toLocaleString('en')} findings (${micro(applyMs, FINDINGS)} each, ${changed.toLocaleString('en')} changed); ` +
      `no rules: ${micro(emptyMs, FINDINGS)} each → ${(applyMs / emptyMs).toFixed(1)}× the cost of no rules\n` +
      `every rule against every finding (${NAIVE_RULES.toLocaleString('en')} + ${NAIVE_RULES.toLocaleString('en')} rules, scaled to ${RULES.toLocaleString('en')}): ` +
      `${(naivePerFindingAtFull).toFixed(1)} ms each → the index is ${Math.round(naivePerFindingAtFull / (applyMs / FINDINGS)).toLocaleString('en')}× faster\n` +
      `a tenth of the file (${(tenth.length / 1e6).toFixed(1)} MB): yaml library whole-document parse ${seconds(yamlMs)}; loaded and validated now ${seconds(tenthMs)} → ${(yamlMs / tenthMs).toFixed(1)}×`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
