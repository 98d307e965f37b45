/**
 * Condition operators, IfExists, Null and the set operators, each test citing the section of the
 * IAM User Guide it encodes:
 *   OPS   = IAM User Guide › IAM JSON policy elements: Condition operators
 *   MULTI = IAM User Guide › Conditions with multiple context keys or values
 *   SET   = IAM User Guide › Single-valued vs. multivalued context keys (set operators)
 *   VARS  = IAM User Guide › IAM policy elements: Variables and tags
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileConditions, parseDate, PolicyError, splitArn, type ConditionBlock } from '../../../../src/providers/aws/iam/conditions.js';
import { RequestContextView } from '../../../../src/providers/aws/iam/context.js';
import type { ContextValue } from '../../../../src/providers/aws/iam/types.js';
import { runs } from '../../../property/arbitraries.js';

const view = (context?: Record<string, ContextValue>) => new RequestContextView(context);
const holds = (block: ConditionBlock, context?: Record<string, ContextValue>) => compileConditions(block).matches(view(context));

describe('String condition operators (OPS › String condition operators)', () => {
  it('StringEquals is exact and case-sensitive; several values are ORed (MULTI)', () => {
    const block = { StringEquals: { 'aws:PrincipalTag/job-category': ['iamuser-admin', 'auditor'] } };
    assert.equal(holds(block, { 'aws:PrincipalTag/job-category': 'iamuser-admin' }), true);
    assert.equal(holds(block, { 'aws:PrincipalTag/job-category': 'auditor' }), true);
    assert.equal(holds(block, { 'aws:PrincipalTag/job-category': 'IAMUSER-ADMIN' }), false);
    assert.equal(holds(block, { 'aws:PrincipalTag/job-category': 'iamuser-admin2' }), false);
  });

  it('StringNotEquals with several values is a NOR: the value must equal none of them (MULTI › negated matching)', () => {
    const block = { StringNotEquals: { 'aws:PrincipalTag/role': ['audit', 'security'] } };
    assert.equal(holds(block, { 'aws:PrincipalTag/role': 'audit' }), false);
    assert.equal(holds(block, { 'aws:PrincipalTag/role': 'security' }), false);
    assert.equal(holds(block, { 'aws:PrincipalTag/role': 'dev' }), true);
  });

  it('StringEqualsIgnoreCase and StringNotEqualsIgnoreCase ignore case', () => {
    assert.equal(holds({ StringEqualsIgnoreCase: { 'aws:username': 'Alice' } }, { 'aws:username': 'aLICE' }), true);
    assert.equal(holds({ StringEqualsIgnoreCase: { 'aws:username': 'Alice' } }, { 'aws:username': 'bob' }), false);
    assert.equal(holds({ StringNotEqualsIgnoreCase: { 'aws:username': ['Alice', 'Carol'] } }, { 'aws:username': 'ALICE' }), false);
    assert.equal(holds({ StringNotEqualsIgnoreCase: { 'aws:username': ['Alice', 'Carol'] } }, { 'aws:username': 'bob' }), true);
  });

  it('StringLike: * matches any run of characters (newlines too), ? exactly one; a partial match needs a wildcard', () => {
    const block = { StringLike: { 's3:prefix': ['home/*', 'tmp/??'] } };
    assert.equal(holds(block, { 's3:prefix': 'home/alice/docs' }), true);
    assert.equal(holds(block, { 's3:prefix': 'home/line1\nline2' }), true);
    assert.equal(holds(block, { 's3:prefix': 'tmp/ab' }), true);
    assert.equal(holds(block, { 's3:prefix': 'tmp/abc' }), false);
    assert.equal(holds(block, { 's3:prefix': 'Home/alice' }), false, 'StringLike is case-sensitive');
    assert.equal(holds({ StringLike: { 's3:prefix': 'home' } }, { 's3:prefix': 'home/alice' }), false);
    assert.equal(holds({ StringLike: { 'aws:UserAgent': '*(a+)+[x]*' } }, { 'aws:UserAgent': 'q(a+)+[x]z' }), true, 'regexp characters are literal');
  });

  it('StringNotLike is true only when no pattern matches', () => {
    const block = { StringNotLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/admin-*', 'arn:aws:iam::*:role/break-glass'] } };
    assert.equal(holds(block, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin-ops' }), false);
    assert.equal(holds(block, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/developer' }), true);
  });

  it('a key absent from the request: false for positive operators, true for negated ones (OPS › Important)', () => {
    for (const op of ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike']) assert.equal(holds({ [op]: { 'aws:PrincipalTag/team': 'x' } }, {}), false, op);
    for (const op of ['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']) assert.equal(holds({ [op]: { 'aws:PrincipalTag/team': 'x' } }, {}), true, op);
  });

  it('condition key names are case-insensitive; values as numbers or booleans compare as text (VARS › key names)', () => {
    assert.equal(holds({ StringEquals: { 'AWS:SOURCEACCOUNT': '111122223333' } }, { 'aws:SourceAccount': '111122223333' }), true);
    assert.equal(holds({ StringEquals: { 'aws:PrincipalTag/Team': 'blue' } }, { 'aws:principaltag/team': 'blue' }), true);
    assert.equal(holds({ StringEquals: { 's3:max-keys': 10 } }, { 's3:max-keys': '10' }), true);
  });
});

describe('Numeric condition operators (OPS › Numeric condition operators)', () => {
  const cases: [string, number, boolean][] = [
    ['NumericEquals', 10, true], ['NumericEquals', 9, false],
    ['NumericNotEquals', 10, false], ['NumericNotEquals', 9, true],
    ['NumericLessThan', 9, true], ['NumericLessThan', 10, false],
    ['NumericLessThanEquals', 10, true], ['NumericLessThanEquals', 11, false],
    ['NumericGreaterThan', 11, true], ['NumericGreaterThan', 10, false],
    ['NumericGreaterThanEquals', 10, true], ['NumericGreaterThanEquals', 9, false],
  ];
  for (const [op, value, expected] of cases) {
    it(`${op} against 10 with request value ${value} → ${expected}`, () => {
      assert.equal(holds({ [op]: { 's3:max-keys': '10' } }, { 's3:max-keys': value }), expected);
    });
  }

  it('compares numbers, not text, and accepts decimals', () => {
    assert.equal(holds({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '9.5' }), true);
    assert.equal(holds({ NumericEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '10.0' }), true);
    assert.equal(holds({ NumericGreaterThan: { 's3:max-keys': '9' } }, { 's3:max-keys': '10' }), true, '"10" < "9" as text');
  });

  it('a policy value that is not a number makes the policy invalid; a request value that is not a number does not match', () => {
    assert.throws(() => compileConditions({ NumericEquals: { 's3:max-keys': 'ten' } }), PolicyError);
    assert.throws(() => compileConditions({ NumericEquals: { 's3:max-keys': '${aws:username}' } }), PolicyError, 'no variables in Numeric (OPS)');
    assert.equal(holds({ NumericLessThan: { 's3:max-keys': '10' } }, { 's3:max-keys': 'abc' }), false);
    assert.equal(holds({ NumericNotEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': 'abc' }), false);
  });

  it('missing key: false, NumericNotEquals true (OPS › Important)', () => {
    assert.equal(holds({ NumericLessThan: { 's3:max-keys': '10' } }, {}), false);
    assert.equal(holds({ NumericNotEquals: { 's3:max-keys': '10' } }, {}), true);
  });
});

describe('Date condition operators (OPS › Date condition operators)', () => {
  it('ISO 8601 (W3C profiles) and epoch seconds are both accepted, in the policy and in the request', () => {
    const iso = '2020-01-01T00:00:01Z';
    const epoch = String(Date.UTC(2020, 0, 1, 0, 0, 1) / 1000);
    assert.equal(holds({ DateEquals: { 'aws:TokenIssueTime': iso } }, { 'aws:TokenIssueTime': epoch }), true);
    assert.equal(holds({ DateEquals: { 'aws:EpochTime': epoch } }, { 'aws:EpochTime': iso }), true);
    assert.equal(parseDate('2020-01-01'), Date.UTC(2020, 0, 1));
    assert.equal(parseDate('2020-01'), Date.UTC(2020, 0, 1));
    assert.equal(parseDate('2020-01-01T09:00+09:00'), Date.UTC(2020, 0, 1, 0, 0));
    assert.equal(parseDate('2020-01-01T00:00:00.250Z'), Date.UTC(2020, 0, 1) + 250);
    assert.equal(parseDate('20130930T231548Z'), Date.UTC(2013, 8, 30, 23, 15, 48));
    assert.equal(parseDate('2020-01-01T00:00:00'), Date.UTC(2020, 0, 1), 'no zone: UTC, whatever the machine zone');
    assert.equal(parseDate('yesterday'), undefined);
  });

  it('the six operators order instants, whatever the zone they are written in', () => {
    const at = { 'aws:CurrentTime': '2024-06-01T12:00:00+02:00' }; // 10:00Z
    assert.equal(holds({ DateGreaterThan: { 'aws:CurrentTime': '2024-06-01T09:59:59Z' } }, at), true);
    assert.equal(holds({ DateGreaterThan: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), false);
    assert.equal(holds({ DateGreaterThanEquals: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), true);
    assert.equal(holds({ DateLessThan: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), false);
    assert.equal(holds({ DateLessThanEquals: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), true);
    assert.equal(holds({ DateEquals: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), true);
    assert.equal(holds({ DateNotEquals: { 'aws:CurrentTime': '2024-06-01T10:00:00Z' } }, at), false);
    assert.equal(holds({ DateNotEquals: { 'aws:CurrentTime': ['2024-06-02', '2024-06-03'] } }, at), true);
  });

  it('aws:TokenIssueTime is absent for long-term keys, so DateGreaterThan is false (OPS example)', () => {
    assert.equal(holds({ DateGreaterThan: { 'aws:TokenIssueTime': '2020-01-01T00:00:01Z' } }, {}), false);
  });

  it('an unreadable policy date is an invalid policy; no wildcards in dates', () => {
    assert.throws(() => compileConditions({ DateLessThan: { 'aws:CurrentTime': '2020-*' } }), PolicyError);
  });
});

describe('Bool condition operator (OPS › Boolean condition operators)', () => {
  it('matches "true"/"false" without regard to case, from text or booleans', () => {
    const deny = { Bool: { 'aws:SecureTransport': 'false' } };
    assert.equal(holds(deny, { 'aws:SecureTransport': false }), true);
    assert.equal(holds(deny, { 'aws:SecureTransport': 'FALSE' }), true);
    assert.equal(holds(deny, { 'aws:SecureTransport': true }), false);
    assert.equal(holds({ Bool: { 'aws:MultiFactorAuthPresent': true } }, { 'aws:MultiFactorAuthPresent': 'true' }), true);
  });

  it('a missing key does not match: Bool false on an absent aws:MultiFactorAuthPresent is false', () => {
    assert.equal(holds({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } }, {}), false);
    assert.equal(holds({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, {}), true);
  });
});

describe('BinaryEquals (OPS › Binary condition operators)', () => {
  it('compares bytes of the base-64 values', () => {
    const value = Buffer.from('BinaryValueInBase64').toString('base64');
    assert.equal(holds({ BinaryEquals: { 'custom:key': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { 'custom:key': value }), true);
    assert.equal(holds({ BinaryEquals: { 'custom:key': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, { 'custom:key': Buffer.from('other').toString('base64') }), false);
    assert.equal(holds({ BinaryEquals: { 'custom:key': 'QmluYXJ5VmFsdWVJbkJhc2U2NA==' } }, {}), false);
  });
});

describe('IP address condition operators (OPS › IP address condition operators)', () => {
  it('IpAddress matches IPv4 and IPv6 CIDRs; a bare address is /32', () => {
    const block = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64', '198.51.100.7'] } };
    assert.equal(holds(block, { 'aws:SourceIp': '203.0.113.200' }), true);
    assert.equal(holds(block, { 'aws:SourceIp': '203.0.114.1' }), false);
    assert.equal(holds(block, { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' }), true);
    assert.equal(holds(block, { 'aws:SourceIp': '2001:db8:1234:5679::1' }), false);
    assert.equal(holds(block, { 'aws:SourceIp': '198.51.100.7' }), true);
    assert.equal(holds(block, { 'aws:SourceIp': '198.51.100.8' }), false);
    assert.equal(holds(block, { 'aws:SourceIp': '::ffff:203.0.113.9' }), true, 'IPv4-mapped IPv6 is the IPv4 address');
  });

  it('NotIpAddress: all addresses except the ranges; absent key (a VPC endpoint request) is true', () => {
    const block = { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '10.0.0.0/8'] } };
    assert.equal(holds(block, { 'aws:SourceIp': '203.0.113.5' }), false);
    assert.equal(holds(block, { 'aws:SourceIp': '10.1.2.3' }), false);
    assert.equal(holds(block, { 'aws:SourceIp': '192.0.2.1' }), true);
    assert.equal(holds(block, {}), true);
    assert.equal(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, {}), false);
  });

  it('rejects a policy value that is not an address; a request value that is not one does not match', () => {
    assert.throws(() => compileConditions({ IpAddress: { 'aws:SourceIp': 'office' } }), PolicyError);
    assert.equal(holds({ IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, { 'aws:SourceIp': 'AWS Internal' }), false);
  });
});

describe('ARN condition operators (OPS › Amazon Resource Name (ARN) condition operators)', () => {
  it('ArnLike matches each of the six colon-delimited parts separately, where StringLike does not (the documented example)', () => {
    const pattern = 'arn:aws:someservice:*:111122223333:finance/*';
    const value = 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt';
    assert.equal(holds({ StringLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': value }), true);
    assert.equal(holds({ ArnLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': value }), false);
    assert.equal(holds({ ArnLike: { 'aws:SourceArn': pattern } }, { 'aws:SourceArn': 'arn:aws:someservice:us-east-2:111122223333:finance/q1/report.txt' }), true);
  });

  it('ArnEquals and ArnLike behave identically, case-sensitively; the resource part may hold colons', () => {
    for (const op of ['ArnEquals', 'ArnLike']) {
      const block = { [op]: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:topic-?' } };
      assert.equal(holds(block, { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:topic-a' }), true, op);
      assert.equal(holds(block, { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:Topic-a' }), false, op);
      assert.equal(holds(block, { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789013:topic-a' }), false, op);
    }
    assert.equal(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:logs:*:*:log-group:*' } }, { 'aws:SourceArn': 'arn:aws:logs:us-east-1:1:log-group:app:log-stream:x' }), true);
    assert.deepEqual(splitArn('arn:aws:logs:us-east-1:1:log-group:a:b'), ['arn', 'aws', 'logs', 'us-east-1', '1', 'log-group:a:b']);
  });

  it('ArnNotEquals / ArnNotLike are negated; a value that is not an ARN matches neither', () => {
    for (const op of ['ArnNotEquals', 'ArnNotLike']) {
      const block = { [op]: { 'aws:PrincipalArn': ['arn:aws:iam::*:role/admin', 'arn:aws:iam::*:role/ops-*'] } };
      assert.equal(holds(block, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ops-1' }), false, op);
      assert.equal(holds(block, { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/dev' }), true, op);
      assert.equal(holds(block, {}), true, `${op}: absent key (OPS › Important)`);
    }
    assert.equal(holds({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }, { 'aws:SourceArn': 'not-an-arn' }), false);
  });

  it('policy variables are allowed in ARN values (VARS › Condition element)', () => {
    const block = { ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::111122223333:user/${aws:username}' } };
    assert.equal(holds(block, { 'aws:username': 'alice', 'aws:SourceArn': 'arn:aws:iam::111122223333:user/alice' }), true);
    assert.equal(holds(block, { 'aws:username': 'bob', 'aws:SourceArn': 'arn:aws:iam::111122223333:user/alice' }), false);
  });
});

describe('...IfExists (OPS › ...IfExists condition operators)', () => {
  it('an absent key makes the test true; a present key is tested as usual', () => {
    const block = { StringLikeIfExists: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } };
    assert.equal(holds(block, {}), true);
    assert.equal(holds(block, { 'ec2:InstanceType': 't2.micro' }), true);
    assert.equal(holds(block, { 'ec2:InstanceType': 'p4d.24xlarge' }), false);
    assert.equal(holds({ StringLike: { 'ec2:InstanceType': ['t1.*', 't2.*', 'm3.*'] } }, {}), false, 'without IfExists the absent key fails');
  });

  it('a Deny with StringNotEqualsIfExists still applies when the tag is missing', () => {
    const block = { StringNotEqualsIfExists: { 'aws:ResourceTag/env': 'dev' } };
    assert.equal(holds(block, {}), true);
    assert.equal(holds(block, { 'aws:ResourceTag/env': 'prod' }), true);
    assert.equal(holds(block, { 'aws:ResourceTag/env': 'dev' }), false);
  });

  it('works with every family', () => {
    for (const [op, value] of [['NumericLessThanIfExists', '1'], ['DateLessThanIfExists', '2020-01-01'], ['IpAddressIfExists', '10.0.0.0/8'], ['ArnLikeIfExists', 'arn:aws:s3:::b'], ['BinaryEqualsIfExists', 'AA=='], ['BoolIfExists', 'true']]) {
      assert.equal(holds({ [op]: { 'x:key': value } }, {}), true, op);
      assert.equal(holds({ [op.replace('IfExists', '')]: { 'x:key': value } }, {}), false, op);
    }
  });

  it('Null has no IfExists form', () => {
    assert.throws(() => compileConditions({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }), PolicyError);
  });
});

describe('Null (OPS › Condition operator to check existence of condition keys)', () => {
  it('true: the key is absent; false: the key is present', () => {
    assert.equal(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, {}), true);
    assert.equal(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }), false);
    assert.equal(holds({ Null: { 'aws:TokenIssueTime': false } }, { 'aws:TokenIssueTime': '2024-01-01T00:00:00Z' }), true);
    assert.equal(holds({ Null: { 'aws:TokenIssueTime': 'false' } }, {}), false);
    assert.equal(holds({ Null: { 'aws:TagKeys': 'true' } }, { 'aws:TagKeys': [] }), true, 'an empty set is no value');
    assert.throws(() => compileConditions({ Null: { 'aws:TokenIssueTime': 'maybe' } }), PolicyError);
  });
});

describe('set operators ForAllValues / ForAnyValue (SET, MULTI)', () => {
  const allowed = { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } };
  const forbidden = { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['owner', 'admin'] } };

  it('ForAllValues: every request value must match a policy value', () => {
    assert.equal(holds(allowed, { 'aws:TagKeys': ['environment'] }), true);
    assert.equal(holds(allowed, { 'aws:TagKeys': ['environment', 'cost-center'] }), true);
    assert.equal(holds(allowed, { 'aws:TagKeys': ['environment', 'owner'] }), false);
  });

  it('ForAllValues: true when the key is missing or its set is empty (an empty string included)', () => {
    assert.equal(holds(allowed, {}), true);
    assert.equal(holds(allowed, { 'aws:TagKeys': [] }), true);
    assert.equal(holds(allowed, { 'aws:TagKeys': '' }), true);
  });

  it('ForAnyValue: at least one request value must match; false when the key is missing or empty', () => {
    assert.equal(holds(forbidden, { 'aws:TagKeys': ['environment', 'owner'] }), true);
    assert.equal(holds(forbidden, { 'aws:TagKeys': ['environment'] }), false);
    assert.equal(holds(forbidden, {}), false);
    assert.equal(holds(forbidden, { 'aws:TagKeys': [] }), false);
    assert.equal(holds({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'owner' } }, {}), true, 'IfExists makes the missing key true');
  });

  it('ForAllValues with a negated operator: no request value may match any policy value; missing → true', () => {
    const block = { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['Project', 'Owner'] } };
    assert.equal(holds(block, { 'aws:TagKeys': ['env', 'team'] }), true);
    assert.equal(holds(block, { 'aws:TagKeys': ['env', 'Project'] }), false);
    assert.equal(holds(block, {}), true);
    assert.equal(holds(block, { 'aws:TagKeys': [] }), true);
  });

  it('ForAnyValue with a negated operator: some request value matches none of the policy values; missing → false', () => {
    const block = { 'ForAnyValue:StringNotLike': { 'aws:PrincipalServiceNamesList': ['logging.s3.amazonaws.com'] } };
    assert.equal(holds(block, { 'aws:PrincipalServiceNamesList': ['logging.s3.amazonaws.com', 'other.amazonaws.com'] }), true);
    assert.equal(holds(block, { 'aws:PrincipalServiceNamesList': ['logging.s3.amazonaws.com'] }), false);
    assert.equal(holds(block, {}), false);
    assert.equal(holds(block, { 'aws:PrincipalServiceNamesList': [] }), false);
  });

  it('set operators work with StringLike, ARN and IP families, and a single value is a set of one', () => {
    assert.equal(holds({ 'ForAllValues:StringLike': { 'dynamodb:Attributes': ['Post*', 'Message'] } }, { 'dynamodb:Attributes': ['PostDateTime', 'Message'] }), true);
    assert.equal(holds({ 'ForAllValues:StringLike': { 'dynamodb:Attributes': ['Post*', 'Message'] } }, { 'dynamodb:Attributes': ['PostDateTime', 'ID'] }), false);
    assert.equal(holds({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3/r-ab12/ou-ab12-11111111/*' } }, { 'aws:PrincipalOrgPaths': 'o-a1b2c3/r-ab12/ou-ab12-11111111/ou-ab12-22222222/' }), true);
    assert.equal(holds({ 'ForAnyValue:ArnLike': { 'custom:Arns': 'arn:aws:s3:::b/*' } }, { 'custom:Arns': ['arn:aws:s3:::a/1', 'arn:aws:s3:::b/2'] }), true);
  });

  it('a bare operator on a key with several values matches nothing, negated or not (SET › multivalued keys require a set operator)', () => {
    const calledVia = { 'aws:CalledVia': ['athena.amazonaws.com', 'glue.amazonaws.com'] };
    assert.equal(holds({ StringEquals: { 'aws:CalledVia': 'athena.amazonaws.com' } }, calledVia), false);
    assert.equal(holds({ StringNotEquals: { 'aws:CalledVia': 'dynamodb.amazonaws.com' } }, calledVia), false);
    assert.equal(holds({ StringEqualsIfExists: { 'aws:CalledVia': 'athena.amazonaws.com' } }, calledVia), false, 'the key exists, so IfExists does not help');
    assert.equal(holds({ 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'athena.amazonaws.com' } }, calledVia), true);
    assert.equal(holds({ StringEquals: { 'aws:CalledVia': 'athena.amazonaws.com' } }, { 'aws:CalledVia': ['athena.amazonaws.com'] }), true, 'one value is single');
  });

  it('property: ForAllValues:StringEquals holds exactly when the request set is a subset of the policy values', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1 }), fc.array(word), (policy, request) => {
        const expected = request.every((v) => policy.includes(v));
        assert.equal(holds({ 'ForAllValues:StringEquals': { 'k:set': policy } }, { 'k:set': request }), expected);
        const any = request.some((v) => policy.includes(v));
        assert.equal(holds({ 'ForAnyValue:StringEquals': { 'k:set': policy } }, { 'k:set': request }), any);
      }),
      runs(200),
    );
  });
});

describe('condition block logic (MULTI › Evaluation logic for multiple context keys or values)', () => {
  it('operators are ANDed and keys under one operator are ANDed', () => {
    const block = {
      StringEquals: { 'aws:PrincipalTag/team': 'blue', 'aws:RequestedRegion': 'eu-west-1' },
      Bool: { 'aws:SecureTransport': 'true' },
    };
    const ok = { 'aws:PrincipalTag/team': 'blue', 'aws:RequestedRegion': 'eu-west-1', 'aws:SecureTransport': 'true' };
    assert.equal(holds(block, ok), true);
    assert.equal(holds(block, { ...ok, 'aws:RequestedRegion': 'us-east-1' }), false);
    assert.equal(holds(block, { ...ok, 'aws:SecureTransport': 'false' }), false);
    assert.equal(compileConditions(undefined).matches(view({})), true);
    assert.equal(compileConditions({}).empty, true);
    assert.deepEqual([...compileConditions(block).keys].sort(), ['aws:PrincipalTag/team', 'aws:RequestedRegion', 'aws:SecureTransport']);
  });

  it('explain names the first failing key with a reason in English and Japanese', () => {
    const compiled = compileConditions({ StringEquals: { 'aws:PrincipalTag/team': 'blue' }, Null: { 'aws:TokenIssueTime': 'false' } });
    assert.equal(compiled.explain(view({ 'aws:PrincipalTag/team': 'blue', 'aws:TokenIssueTime': '2024-01-01' })), null);
    const failure = compiled.explain(view({ 'aws:PrincipalTag/team': 'red' }));
    assert.equal(failure?.key, 'aws:PrincipalTag/team');
    assert.deepEqual(failure?.actual, ['red']);
    assert.match(failure?.reason.en ?? '', /"red"/);
    assert.match(failure?.reason.ja ?? '', /一致しません/);
    const missing = compiled.explain(view({ 'aws:PrincipalTag/team': 'blue' }));
    assert.equal(missing?.operator, 'Null');
    assert.match(missing?.reason.ja ?? '', /存在しません/);
  });

  it('unknown operators and malformed blocks are policy errors', () => {
    assert.throws(() => compileConditions({ StringEqualz: { k: 'v' } }), PolicyError);
    assert.throws(() => compileConditions({ 'ForSomeValues:StringEquals': { k: 'v' } }), PolicyError);
    assert.throws(() => compileConditions({ BinaryNotEquals: { k: 'AA==' } }), PolicyError, 'AWS documents BinaryEquals only');
    assert.throws(() => compileConditions({ StringEquals: ['k'] } as unknown as ConditionBlock), PolicyError);
    assert.throws(() => compileConditions({ StringEquals: { k: { nested: 'v' } } }), PolicyError);
    assert.throws(() => compileConditions([] as unknown as ConditionBlock), PolicyError);
  });

  it('property: on a present single-valued key, each operator is the negation of its Not form', () => {
    const text = fc.string({ maxLength: 6 });
    const pairs = [['StringEquals', 'StringNotEquals'], ['StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase'], ['StringLike', 'StringNotLike'], ['ArnLike', 'ArnNotLike']];
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), text, fc.constantFrom(...pairs), (policy, value, [pos, neg]) => {
        const arn = pos.startsWith('Arn');
        const values = arn ? policy.map((p) => `arn:aws:s3:::${p}`) : policy;
        const request = arn ? `arn:aws:s3:::${value}` : value;
        assert.equal(holds({ [pos]: { 'k:x': values } }, { 'k:x': request }), !holds({ [neg]: { 'k:x': values } }, { 'k:x': request }));
      }),
      runs(300),
    );
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (p, v) => {
        assert.equal(holds({ NumericEquals: { 'k:n': String(p) } }, { 'k:n': v }), !holds({ NumericNotEquals: { 'k:n': String(p) } }, { 'k:n': v }));
        assert.equal(holds({ NumericLessThan: { 'k:n': String(p) } }, { 'k:n': v }), !holds({ NumericGreaterThanEquals: { 'k:n': String(p) } }, { 'k:n': v }));
        assert.equal(holds({ NumericLessThan: { 'k:n': String(p) } }, { 'k:n': v }), v < p);
      }),
      runs(200),
    );
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), fc.ipV4(), (net, bits, ip) => {
        const cidr = `${net}/${bits}`;
        assert.equal(holds({ IpAddress: { 'aws:SourceIp': cidr } }, { 'aws:SourceIp': ip }), !holds({ NotIpAddress: { 'aws:SourceIp': cidr } }, { 'aws:SourceIp': ip }));
      }),
      runs(200),
    );
  });
});

describe('policy variables in conditions (VARS)', () => {
  it('${aws:username} in StringLike: each user gets their own prefix (VARS › Condition element)', () => {
    const block = { StringLike: { 's3:prefix': ['', 'home/', 'home/${aws:username}/*'] } };
    assert.equal(holds(block, { 'aws:username': 'alice', 's3:prefix': 'home/alice/notes' }), true);
    assert.equal(holds(block, { 'aws:username': 'bob', 's3:prefix': 'home/alice/notes' }), false);
    assert.equal(holds(block, { 'aws:username': 'bob', 's3:prefix': 'home/' }), true);
  });

  it('a variable with no value makes the test false, negated operators included (VARS › principal key values: "any attempt to match it fails")', () => {
    assert.equal(holds({ StringEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }, { 'aws:ResourceTag/owner': 'alice' }), false);
    assert.equal(holds({ StringNotEquals: { 'aws:ResourceTag/owner': '${aws:username}' } }, { 'aws:ResourceTag/owner': 'alice' }), false);
    assert.equal(holds({ StringEquals: { 'aws:ResourceTag/owner': "${aws:username, 'alice'}" } }, { 'aws:ResourceTag/owner': 'alice' }), true, 'the default applies');
  });

  it('${aws:PrincipalTag/x} matches a resource tag to the principal tag (ABAC)', () => {
    const block = { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } };
    assert.equal(holds(block, { 'aws:PrincipalTag/team': 'blue', 'aws:ResourceTag/team': 'blue' }), true);
    assert.equal(holds(block, { 'aws:PrincipalTag/team': 'blue', 'aws:ResourceTag/team': 'red' }), false);
  });

  it('${*} and ${?} are literal characters, not wildcards (VARS › Special characters)', () => {
    const block = { StringLike: { 'custom:name': 'file${*}${?}*' } };
    assert.equal(holds(block, { 'custom:name': 'file*?-1' }), true);
    assert.equal(holds(block, { 'custom:name': 'fileXY-1' }), false);
  });

  it('a variable value is literal: a "*" in the value is no wildcard', () => {
    const block = { StringLike: { 's3:prefix': 'home/${aws:username}/*' } };
    assert.equal(holds(block, { 'aws:username': '*', 's3:prefix': 'home/alice/x' }), false);
    assert.equal(holds(block, { 'aws:username': '*', 's3:prefix': 'home/*/x' }), true);
  });

  it('without variables (policy language 2008-10-17) the text is literal', () => {
    const compiled = compileConditions({ StringEquals: { 'custom:k': '${aws:username}' } }, { variables: false });
    assert.equal(compiled.matches(view({ 'custom:k': '${aws:username}', 'aws:username': 'x' })), true);
    assert.equal(compiled.matches(view({ 'custom:k': 'x', 'aws:username': 'x' })), false);
  });
});
