import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MamoriError } from '../../src/model/errors.js';
import {
  applyAutomation,
  compileAutomation,
  HUB_FINDING_FIELDS,
  type AutomationRuleInput,
} from '../../src/hub/automation.js';
import type { HubFinding } from '../../src/hub/model.js';

const PROD = '111111111111';
const SANDBOX = '222222222222';
const DEV = '333333333333';

function finding(over: Partial<HubFinding> = {}): HubFinding {
  return {
    id: 'f1',
    kind: 'posture',
    source: 'mamori',
    ruleId: 'aws-s3-bucket-require-tls',
    title: 'S3 bucket allows plain HTTP',
    severity: 'MEDIUM',
    originalSeverity: 'MEDIUM',
    complianceStatus: 'FAIL',
    workflowStatus: 'NEW',
    provider: 'aws',
    account: DEV,
    region: 'us-east-1',
    resourceUid: 'arn:aws:s3:::logs-bucket',
    resourceType: 'AWS::S3::Bucket',
    resourceName: 'logs-bucket',
    resourceTags: {},
    frameworks: { 'cis-aws-3.0': ['2.1.1'] } as HubFinding['frameworks'],
    reason: 'no aws:SecureTransport deny',
    risk: { level: 'MEDIUM', likelihood: 'MEDIUM', impact: 'MEDIUM', factors: [] },
    firstSeen: '2026-01-10T00:00:00.000Z',
    lastSeen: '2026-03-01T00:00:00.000Z',
    timesSeen: 5,
    updatedAt: '2026-03-01T00:00:00.000Z',
    userFields: {},
    ...over,
  };
}

/** Whether a single-criterion rule matches. */
function matches(criteria: Record<string, unknown>, f: HubFinding = finding()): boolean {
  const { changes } = applyAutomation(f, [{ name: 't', criteria, actions: { addNote: 'hit' } }]);
  return changes.length > 0;
}

function compileError(rules: unknown): string {
  try {
    compileAutomation(rules);
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    assert.equal(err.message.includes('\n'), false);
    return err.message;
  }
  assert.fail('expected an error');
}

describe('automation: the documented examples', () => {
  const rules: AutomationRuleInput[] = [
    {
      name: 'critical-resources',
      description: 'Business-critical resources and production accounts get CRITICAL findings',
      criteria: { anyOf: [{ tags: { 'mamori:criticality': 'high' } }, { accounts: [PROD] }] },
      actions: { setSeverity: 'CRITICAL' },
    },
    {
      name: 'mute-info-tls',
      criteria: { ruleIds: ['aws-s3-bucket-require-tls'], severity: 'INFORMATIONAL' },
      actions: { setWorkflowStatus: 'SUPPRESSED', addNote: 'informational TLS findings are accepted' },
    },
    {
      name: 'sandbox-auto-resolve',
      criteria: { ruleIds: 'aws-ec2-*', accounts: [SANDBOX] },
      actions: { setWorkflowStatus: 'RESOLVED', stop: true },
    },
  ];
  const compiled = compileAutomation(rules);

  it('(a) raises severity to CRITICAL on resources tagged mamori:criticality=high', () => {
    const r = applyAutomation(finding({ resourceTags: { 'mamori:criticality': 'high' } }), compiled);
    assert.equal(r.finding.severity, 'CRITICAL');
    assert.deepEqual(r.changes, [{ rule: 'critical-resources', field: 'severity', from: 'MEDIUM', to: 'CRITICAL' }]);
  });

  it('(a) raises severity to CRITICAL in a production account', () => {
    const r = applyAutomation(finding({ account: PROD }), compiled);
    assert.equal(r.finding.severity, 'CRITICAL');
    assert.equal(r.finding.originalSeverity, 'MEDIUM');
  });

  it('(a) leaves other findings alone', () => {
    const r = applyAutomation(finding({ resourceTags: { 'mamori:criticality': 'low' } }), compiled);
    assert.equal(r.finding.severity, 'MEDIUM');
    assert.deepEqual(r.changes, []);
  });

  it('(a) also works as two rules without anyOf', () => {
    const two: AutomationRuleInput[] = [
      { name: 'tagged', criteria: { 'resourceTags.mamori:criticality': 'high' }, actions: { setSeverity: 'CRITICAL' } },
      { name: 'prod', criteria: { account: PROD }, actions: { setSeverity: 'CRITICAL' } },
    ];
    assert.equal(applyAutomation(finding({ resourceTags: { 'mamori:criticality': 'high' } }), two).finding.severity, 'CRITICAL');
    assert.equal(applyAutomation(finding({ account: PROD }), two).finding.severity, 'CRITICAL');
    assert.equal(applyAutomation(finding(), two).finding.severity, 'MEDIUM');
  });

  it('(b) suppresses INFORMATIONAL findings of the given rule only', () => {
    const info = applyAutomation(finding({ severity: 'INFORMATIONAL', originalSeverity: 'INFORMATIONAL' }), compiled);
    assert.equal(info.finding.workflowStatus, 'SUPPRESSED');
    assert.deepEqual(info.changes, [
      { rule: 'mute-info-tls', field: 'workflowStatus', from: 'NEW', to: 'SUPPRESSED' },
      { rule: 'mute-info-tls', field: 'note', note: 'informational TLS findings are accepted' },
    ]);
    assert.equal(applyAutomation(finding({ severity: 'LOW' }), compiled).finding.workflowStatus, 'NEW');
    assert.equal(applyAutomation(finding({ severity: 'INFORMATIONAL', ruleId: 'other' }), compiled).finding.workflowStatus, 'NEW');
  });

  it('(c) auto-resolves a rule in sandbox accounts', () => {
    const f = finding({ ruleId: 'aws-ec2-sg-open-ssh', account: SANDBOX });
    const r = applyAutomation(f, compiled);
    assert.equal(r.finding.workflowStatus, 'RESOLVED');
    assert.deepEqual(r.changes, [{ rule: 'sandbox-auto-resolve', field: 'workflowStatus', from: 'NEW', to: 'RESOLVED' }]);
    assert.equal(applyAutomation({ ...f, account: DEV }, compiled).finding.workflowStatus, 'NEW');
  });

  it('returns a new object and leaves the input untouched', () => {
    const f = finding({ account: PROD, userFields: { a: '1' } });
    const copy = structuredClone(f);
    const r = applyAutomation(f, [{ name: 'x', criteria: { account: PROD }, actions: { setUserFields: { b: '2' }, setSeverity: 'LOW' } }]);
    assert.notEqual(r.finding, f);
    assert.deepEqual(f, copy);
    assert.deepEqual(r.finding.userFields, { a: '1', b: '2' });
  });
});

describe('automation: order, stop and actions', () => {
  it('runs rules in order, each seeing the changes of the ones before', () => {
    const rules: AutomationRuleInput[] = [
      { name: 'raise', criteria: { account: PROD }, actions: { setSeverity: 'CRITICAL' } },
      { name: 'page', criteria: { severity: 'CRITICAL' }, actions: { setUserFields: { pager: 'yes' } } },
    ];
    const r = applyAutomation(finding({ account: PROD }), rules);
    assert.deepEqual(r.changes.map((c) => c.rule), ['raise', 'page']);
    assert.equal(r.finding.userFields.pager, 'yes');
    // Reversed, the second rule no longer sees CRITICAL when it runs.
    const rev = applyAutomation(finding({ account: PROD }), [rules[1], rules[0]]);
    assert.equal(rev.finding.userFields.pager, undefined);
  });

  it('later rules win on the same field', () => {
    const r = applyAutomation(finding(), [
      { name: 'one', criteria: { account: DEV }, actions: { setSeverity: 'HIGH' } },
      { name: 'two', criteria: { account: DEV }, actions: { setSeverity: 'LOW' } },
    ]);
    assert.equal(r.finding.severity, 'LOW');
    assert.deepEqual(r.changes, [
      { rule: 'one', field: 'severity', from: 'MEDIUM', to: 'HIGH' },
      { rule: 'two', field: 'severity', from: 'HIGH', to: 'LOW' },
    ]);
  });

  it('stop: true ends evaluation only for findings the rule matched', () => {
    const rules: AutomationRuleInput[] = [
      { name: 'exception', criteria: { resources: 'arn:aws:s3:::public-site' }, actions: { addNote: 'public by design', stop: true } },
      { name: 'suppress-nothing', criteria: { account: DEV }, actions: { setSeverity: { raise: 1 } } },
    ];
    const stopped = applyAutomation(finding({ resourceUid: 'arn:aws:s3:::public-site' }), rules);
    assert.deepEqual(stopped.changes, [{ rule: 'exception', field: 'note', note: 'public by design' }]);
    assert.equal(stopped.finding.severity, 'MEDIUM');
    const other = applyAutomation(finding(), rules);
    assert.equal(other.finding.severity, 'HIGH');
  });

  it('skips disabled rules', () => {
    const r = applyAutomation(finding(), [{ name: 'off', enabled: false, criteria: { account: DEV }, actions: { setSeverity: 'LOW' } }]);
    assert.deepEqual(r.changes, []);
  });

  it('raises and lowers severity by steps, clamped', () => {
    const step = (s: HubFinding['severity'], action: { raise: number } | { lower: number }) =>
      applyAutomation(finding({ severity: s }), [{ name: 's', criteria: { account: DEV }, actions: { setSeverity: action } }]).finding.severity;
    assert.equal(step('MEDIUM', { raise: 1 }), 'HIGH');
    assert.equal(step('MEDIUM', { raise: 4 }), 'CRITICAL');
    assert.equal(step('MEDIUM', { lower: 2 }), 'INFORMATIONAL');
    assert.equal(step('LOW', { lower: 3 }), 'INFORMATIONAL');
  });

  it('records user field changes with the old value, and no change when nothing changes', () => {
    const r = applyAutomation(finding({ userFields: { team: 'old', same: 'x' } }), [
      { name: 'u', criteria: { account: DEV }, actions: { setUserFields: { team: 'platform', same: 'x', extra: 'y' } } },
    ]);
    assert.deepEqual(r.changes, [
      { rule: 'u', field: 'userFields.team', from: 'old', to: 'platform' },
      { rule: 'u', field: 'userFields.extra', to: 'y' },
    ]);
    const none = applyAutomation(finding({ workflowStatus: 'RESOLVED' }), [{ name: 'r', criteria: { account: DEV }, actions: { setWorkflowStatus: 'RESOLVED' } }]);
    assert.deepEqual(none.changes, []);
  });

  it('accepts plain rule arrays repeatedly (compiled once) and compiled rules', () => {
    const rules: AutomationRuleInput[] = [{ name: 'p', criteria: { account: DEV }, actions: { setSeverity: 'HIGH' } }];
    assert.equal(applyAutomation(finding(), rules).finding.severity, 'HIGH');
    assert.equal(applyAutomation(finding(), rules).finding.severity, 'HIGH');
    assert.equal(applyAutomation(finding(), compileAutomation(rules)).finding.severity, 'HIGH');
  });
});

describe('automation: operators', () => {
  it('plain values mean equals, plain lists mean in', () => {
    assert.equal(matches({ account: DEV }), true);
    assert.equal(matches({ account: PROD }), false);
    assert.equal(matches({ region: ['eu-west-1', 'us-east-1'] }), true);
    assert.equal(matches({ region: ['eu-west-1'] }), false);
  });

  it('equals / notEquals (a list under one operator is OR / none)', () => {
    assert.equal(matches({ ruleId: { equals: 'aws-s3-bucket-require-tls' } }), true);
    assert.equal(matches({ ruleId: { equals: ['x', 'aws-s3-bucket-require-tls'] } }), true);
    assert.equal(matches({ ruleId: { notEquals: 'aws-s3-bucket-require-tls' } }), false);
    assert.equal(matches({ ruleId: { notEquals: ['x', 'y'] } }), true);
    assert.equal(matches({ ruleId: { notEquals: ['x', 'aws-s3-bucket-require-tls'] } }), false);
  });

  it('prefix / contains / notContains', () => {
    assert.equal(matches({ resourceUid: { prefix: 'arn:aws:s3:::' } }), true);
    assert.equal(matches({ resourceUid: { prefix: ['arn:aws:iam::', 'arn:aws:ec2:'] } }), false);
    assert.equal(matches({ title: { contains: 'plain HTTP' } }), true);
    assert.equal(matches({ title: { contains: 'encryption' } }), false);
    assert.equal(matches({ title: { notContains: ['encryption', 'MFA'] } }), true);
    assert.equal(matches({ title: { notContains: ['encryption', 'HTTP'] } }), false);
  });

  it('in / notIn', () => {
    assert.equal(matches({ workflowStatus: { in: ['NEW', 'NOTIFIED'] } }), true);
    assert.equal(matches({ workflowStatus: { notIn: ['NEW', 'NOTIFIED'] } }), false);
    assert.equal(matches({ kind: { in: 'posture' } }), true);
  });

  it('gte / lte / gt / lt on numbers', () => {
    assert.equal(matches({ timesSeen: { gte: 5 } }), true);
    assert.equal(matches({ timesSeen: { gt: 5 } }), false);
    assert.equal(matches({ timesSeen: { lte: 5 } }), true);
    assert.equal(matches({ timesSeen: { lt: 5 } }), false);
    assert.equal(matches({ timesSeen: { gte: 3, lte: 10 } }), true);
    assert.equal(matches({ timesSeen: { gte: 6, lte: 10 } }), false);
    assert.equal(matches({ timesSeen: 5 }), true);
  });

  it('severity and risk compare by rank, case-insensitively', () => {
    assert.equal(matches({ severity: { gte: 'HIGH' } }), false);
    assert.equal(matches({ severity: { gte: 'low' } }), true);
    assert.equal(matches({ severity: { gte: 'HIGH' } }, finding({ severity: 'CRITICAL' })), true);
    assert.equal(matches({ severity: { lt: 'MEDIUM' } }, finding({ severity: 'INFORMATIONAL' })), true);
    assert.equal(matches({ originalSeverity: { gt: 'LOW' } }), true);
    assert.equal(matches({ risk: { gte: 'HIGH' } }), false);
    assert.equal(matches({ risk: 'medium' }), true);
    const risky = finding({ risk: { level: 'CRITICAL', likelihood: 'HIGH', impact: 'CRITICAL', factors: [] } });
    assert.equal(matches({ risk: { gte: 'HIGH' } }, risky), true);
    assert.equal(matches({ 'risk.likelihood': { lte: 'HIGH' }, 'risk.impact': 'CRITICAL' }, risky), true);
  });

  it('since / before on dates', () => {
    assert.equal(matches({ firstSeen: { since: '2026-01-01' } }), true);
    assert.equal(matches({ firstSeen: { before: '2026-01-01' } }), false);
    assert.equal(matches({ lastSeen: { since: '2026-02-01', before: '2026-04-01T00:00:00Z' } }), true);
    assert.equal(matches({ resolvedAt: { since: '2020-01-01' } }), false, 'absent date never matches a range');
  });

  it('exists', () => {
    assert.equal(matches({ description: { exists: false } }), true);
    assert.equal(matches({ description: { exists: true } }, finding({ description: 'd' })), true);
    assert.equal(matches({ 'userFields.owner': { exists: true } }), false);
    assert.equal(matches({ 'userFields.owner': { exists: true } }, finding({ userFields: { owner: 'me' } })), true);
    assert.equal(matches({ complianceStatus: { exists: false } }, finding({ complianceStatus: null })), true);
    assert.equal(matches({ 'frameworks.cis-aws-3.0': { exists: true } }), true);
    assert.equal(matches({ 'frameworks.nist-800-53-r5': { exists: true } }), false);
  });

  it('negative operators match absent values, positive ones do not', () => {
    assert.equal(matches({ 'resourceTags.env': { notEquals: 'prod' } }), true);
    assert.equal(matches({ 'resourceTags.env': { equals: 'prod' } }), false);
    assert.equal(matches({ 'resourceTags.env': { notIn: ['prod'] } }), true);
  });

  it('nested resourceTags.<key>, userFields.<key> and frameworks.<id>', () => {
    const f = finding({ resourceTags: { env: 'prod', 'mamori:criticality': 'high' }, userFields: { team: 'platform' } });
    assert.equal(matches({ 'resourceTags.env': 'prod', 'userFields.team': { prefix: 'plat' } }, f), true);
    assert.equal(matches({ 'resourceTags.mamori:criticality': { in: ['high', 'critical'] } }, f), true);
    assert.equal(matches({ 'frameworks.cis-aws-3.0': { prefix: '2.' } }), true);
    assert.equal(matches({ 'frameworks.cis-aws-3.0': '2.1.1' }), true);
    assert.equal(matches({ 'frameworks.cis-aws-3.0': { notEquals: '2.1.1' } }), false);
  });

  it('shorthands: accounts, regions, resources (globs), ruleIds (globs), tags', () => {
    const f = finding({ resourceUid: 'arn:aws:iam::333333333333:role/app/deploy', resourceTags: { env: 'dev', team: 'a' } });
    assert.equal(matches({ accounts: [PROD, DEV] }, f), true);
    assert.equal(matches({ accounts: 333333333333 }, f), true, 'a YAML number is an account id');
    assert.equal(matches({ regions: ['eu-west-1'] }, f), false);
    assert.equal(matches({ resources: 'arn:aws:iam::*:role/*' }, f), false, '* stays within one path segment');
    assert.equal(matches({ resources: 'arn:aws:iam::*:role/**' }, f), true);
    assert.equal(matches({ resources: ['arn:aws:s3:::*', 'arn:aws:iam::*:role/app/*'] }, f), true);
    assert.equal(matches({ ruleIds: ['aws-s3-*'] }, f), true);
    assert.equal(matches({ ruleIds: 'aws-iam-*' }, f), false);
    assert.equal(matches({ tags: { env: ['dev', 'test'], team: 'a' } }, f), true);
    assert.equal(matches({ tags: { env: 'dev', team: 'b' } }, f), false);
    assert.equal(matches({ tags: { missing: 'x' } }, f), false);
  });

  it('all criteria must match (AND); anyOf holds alternatives', () => {
    assert.equal(matches({ account: DEV, region: 'us-east-1' }), true);
    assert.equal(matches({ account: DEV, region: 'eu-west-1' }), false);
    assert.equal(matches({ anyOf: [{ region: 'eu-west-1' }, { account: DEV, timesSeen: { gte: 2 } }] }), true);
    assert.equal(matches({ anyOf: [{ region: 'eu-west-1' }, { account: PROD }] }), false);
  });
});

describe('automation: validation', () => {
  it('names the rule and the unknown field, with a suggestion', () => {
    const msg = compileError([
      { name: 'ok', criteria: { account: DEV }, actions: { stop: true } },
      { name: 'prod-critical', criteria: { severty: 'HIGH' }, actions: { setSeverity: 'CRITICAL' } },
    ]);
    assert.equal(msg, 'automation[1] "prod-critical": criteria.severty: unknown field (did you mean "severity"?)');
  });

  it('checks criteria against the HubFinding field list', () => {
    assert.ok(HUB_FINDING_FIELDS.includes('timesSeen'));
    assert.match(compileError([{ name: 'r', criteria: { resourceArn: 'x' }, actions: { stop: true } }]), /criteria\.resourceArn: unknown field/);
    assert.match(compileError([{ name: 'r', criteria: { evidence: 'x' }, actions: { stop: true } }]), /evidence cannot be used/);
    assert.match(compileError([{ name: 'r', criteria: { resourceTags: 'x' }, actions: { stop: true } }]), /resourceTags\.<key>/);
    assert.match(compileError([{ name: 'r', criteria: { 'risk.levle': 'HIGH' }, actions: { stop: true } }]), /did you mean "risk\.level"/);
    assert.match(compileError([{ name: 'r', criteria: { 'frameworks.fspb': { exists: true } }, actions: { stop: true } }]), /unknown framework "fspb" \(did you mean "frameworks\.fsbp"\?\)/);
    assert.match(compileError([{ name: 'r', criteria: { anyOf: [{ acount: DEV }] }, actions: { stop: true } }]), /criteria\.anyOf\[0\]\.acount: unknown field \(did you mean "account"\?\)/);
  });

  it('rejects unknown operators, operators that do not fit the field, and bad values', () => {
    assert.match(compileError([{ name: 'r', criteria: { timesSeen: { gtee: 3 } }, actions: { stop: true } }]), /timesSeen\.gtee: unknown operator \(did you mean "gte"\?\)/);
    assert.match(compileError([{ name: 'r', criteria: { title: { gte: 'a' } }, actions: { stop: true } }]), /title\.gte: gte does not apply to a text field/);
    assert.match(compileError([{ name: 'r', criteria: { severity: { gte: 'HIHG' } }, actions: { stop: true } }]), /unknown value "HIHG" \(did you mean "HIGH"\?\)/);
    assert.match(compileError([{ name: 'r', criteria: { timesSeen: { gte: 'many' } }, actions: { stop: true } }]), /expected a number/);
    assert.match(compileError([{ name: 'r', criteria: { firstSeen: { since: 'yesterday' } }, actions: { stop: true } }]), /expected an ISO date/);
    assert.match(compileError([{ name: 'r', criteria: { description: { exists: 'yes' } }, actions: { stop: true } }]), /expected true or false/);
    assert.match(compileError([{ name: 'r', criteria: {}, actions: { stop: true } }]), /criteria: needs at least one criterion/);
  });

  it('validates rule shape and actions', () => {
    assert.match(compileError([{ name: 'r', criteria: { account: DEV }, actions: { setSeverty: 'HIGH' } }]), /actions\.setSeverty: unknown field \(did you mean "setSeverity"\?\)/);
    assert.match(compileError([{ name: 'r', criteria: { account: DEV }, actions: {} }]), /needs at least one action/);
    assert.match(compileError([{ name: 'r', criteria: { account: DEV }, actions: { setWorkflowStatus: 'CLOSED' } }]), /unknown workflow status "CLOSED"/);
    assert.match(compileError([{ name: 'r', criteria: { account: DEV }, actions: { setSeverity: { raise: 9 } } }]), /setSeverity/);
    assert.match(compileError([{ criteria: { account: DEV }, actions: { stop: true } }]), /automation\[0\]: name: required/);
    assert.match(
      compileError([
        { name: 'dup', criteria: { account: DEV }, actions: { stop: true } },
        { name: 'dup', criteria: { account: DEV }, actions: { stop: true } },
      ]),
      /automation\[1\] "dup": name: duplicate rule name/,
    );
  });
});

describe('automation: indexed rules', () => {
  const text = <T>(a: fc.Arbitrary<T>) => fc.oneof(a, fc.array(a, { minLength: 1, maxLength: 3 }));
  const ruleId = fc.constantFrom('aws-s3-a', 'aws-s3-b', 'aws-ec2-a', 'gcp-x');
  const resource = fc.constantFrom('arn:aws:s3:::b1', 'arn:aws:s3:::b2', 'arn:aws:iam::1:role/x');
  const account = fc.constantFrom(PROD, SANDBOX, DEV);
  const region = fc.constantFrom('us-east-1', 'eu-west-1');
  const tagValue = fc.constantFrom('web', 'prod', 'high');
  const severity = fc.constantFrom('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');
  // Criteria over the indexed fields (every form), and over fields that earlier rules change.
  const criterion = fc.oneof(
    fc.record({ accounts: text(account) }),
    fc.record({ regions: text(region) }),
    fc.record({ ruleIds: text(fc.constantFrom('aws-s3-a', 'aws-s3-*', 'aws-*', '*-a', '*', 'gcp-x', 'gcp-x*')) }),
    fc.record({ resources: text(fc.constantFrom('arn:aws:s3:::b1', 'arn:aws:s3:::*', 'arn:aws:iam::*:role/*', '**')) }),
    fc.record({ tags: fc.dictionary(fc.constantFrom('team', 'env'), text(tagValue), { minKeys: 1, maxKeys: 2 }) }),
    fc.record({ account: fc.oneof(account, fc.array(account, { minLength: 1, maxLength: 2 }), fc.record({ equals: text(account) }), fc.record({ in: text(account) }), fc.record({ notEquals: account })) }),
    fc.record({ ruleId: fc.oneof(ruleId, fc.record({ prefix: text(fc.constantFrom('aws-', 'aws-s3', 'gcp', 'gcp-x', '')) }), fc.record({ contains: fc.constantFrom('s3', 'x') })) }),
    fc.record({ resourceUid: fc.oneof(resource, fc.record({ prefix: fc.constantFrom('arn:aws:s3:::', 'arn:aws:iam::') })) }),
    fc.record({ region: fc.oneof(region, fc.record({ notIn: text(region) })) }),
    fc.record({ resourceType: fc.constantFrom('AWS::S3::Bucket', 'AWS::IAM::Role') }),
    fc.record({ 'resourceTags.team': fc.oneof(tagValue, fc.record({ prefix: fc.constantFrom('w', 'p', '') }), fc.record({ exists: fc.boolean() })) }),
    fc.record({ severity: fc.oneof(severity, fc.record({ gte: severity })) }),
    fc.record({ workflowStatus: fc.constantFrom('NEW', 'SUPPRESSED', 'RESOLVED') }),
    fc.record({ 'userFields.owner': fc.record({ exists: fc.boolean() }) }),
  );
  const criteria = fc.array(criterion, { minLength: 1, maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as Record<string, unknown>);
  const withAnyOf = fc.oneof({ weight: 4, arbitrary: criteria }, { weight: 1, arbitrary: fc.array(criteria, { minLength: 1, maxLength: 3 }).map((alts) => ({ anyOf: alts })) });
  const actions = fc.oneof(
    fc.record({ setSeverity: fc.oneof(severity, fc.constant({ raise: 1 }), fc.constant({ lower: 1 })) }),
    fc.record({ setWorkflowStatus: fc.constantFrom('SUPPRESSED', 'RESOLVED', 'NOTIFIED') }),
    fc.record({ setUserFields: fc.constant({ owner: 'team-a' }) }),
    fc.record({ addNote: fc.constant('seen'), stop: fc.boolean() }),
  );
  const rules = fc.array(fc.record({ criteria: withAnyOf, actions, enabled: fc.boolean() }), { minLength: 1, maxLength: 60 }).map((list) =>
    list.map((r, i): AutomationRuleInput => ({ name: `r${i}`, criteria: r.criteria, actions: r.actions as AutomationRuleInput['actions'], enabled: r.enabled || i % 3 !== 0 })),
  );
  const findingOver = fc.record({
    ruleId,
    resourceUid: resource,
    account,
    region,
    resourceType: fc.constantFrom('AWS::S3::Bucket', 'AWS::IAM::Role'),
    severity,
    resourceTags: fc.dictionary(fc.constantFrom('team', 'env', 'constructor'), tagValue, { maxKeys: 3 }),
  });

  /**
   * The same rules, each one out of the index's reach: wrapped as one alternative of an anyOf
   * whose other alternative never matches and names no indexed field. Run in order, these are
   * every rule tested against every finding, as before the index.
   */
  const unindexed = (list: AutomationRuleInput[]) => list.map((r) => ({ ...r, criteria: { anyOf: [r.criteria, { timesSeen: { lt: -1 } }] } }));

  it('applies exactly what running every rule in order applies', () => {
    fc.assert(
      fc.property(rules, fc.array(findingOver, { minLength: 1, maxLength: 10 }), (list, findings) => {
        const indexed = compileAutomation(list);
        const reference = compileAutomation(unindexed(list));
        for (const over of findings) {
          const f = finding(over as Partial<HubFinding>);
          assert.deepEqual(applyAutomation(f, indexed), applyAutomation(f, reference));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps rule order across the buckets a finding meets', () => {
    const list: AutomationRuleInput[] = [
      { name: 'by-account', criteria: { account: DEV }, actions: { setSeverity: 'HIGH' } },
      { name: 'anything', criteria: { severity: 'HIGH' }, actions: { setSeverity: 'CRITICAL' } },
      { name: 'by-resource', criteria: { resources: 'arn:aws:s3:::logs-*' }, actions: { setSeverity: 'LOW' } },
      { name: 'by-tag', criteria: { tags: { team: 'web' } }, actions: { setSeverity: { raise: 1 } } },
    ];
    const r = applyAutomation(finding({ resourceTags: { team: 'web' } }), list);
    assert.deepEqual(r.changes.map((c) => `${c.rule}:${c.to}`), ['by-account:HIGH', 'anything:CRITICAL', 'by-resource:LOW', 'by-tag:MEDIUM']);
  });

  it('refuses a criterion value longer than 4,096 characters, and more than a million rules, in one line', () => {
    assert.equal(
      compileError([{ name: 'r', criteria: { ruleIds: ['aws-*', 'x'.repeat(5000)] }, actions: { stop: true } }]),
      'automation[0] "r": criteria.ruleIds[1]: is 5,000 characters long (at most 4,096)',
    );
    assert.equal(compileError([{ name: 'r', criteria: { title: { contains: 'x'.repeat(4097) } }, actions: { stop: true } }]), 'automation[0] "r": criteria.title.contains: is 4,097 characters long (at most 4,096)');
    assert.equal(compileError(new Array(1_000_001)), 'automation: 1,000,001 rules, more than 1,000,000');
  });
});
