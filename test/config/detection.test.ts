/** The config's `detection:` section: allowlists and automation principals, validated with file:line:col. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/parse.js';
import { MamoriError } from '../../src/model/errors.js';
import { Tuner } from '../../src/detect/tuning.js';

const parse = (text: string) => parseConfig(text, { file: 'mamori.yaml', env: { CI_ROLE: 'arn:aws:iam::111122223333:role/ci-deploy' } });

function error(text: string): string {
  try {
    parse(text);
  } catch (err) {
    assert.ok(err instanceof MamoriError, String(err));
    assert.equal(err.message.includes('\n'), false, err.message);
    return err.message;
  }
  assert.fail('expected an error');
}

const GOOD = `
detection:
  allowlists:
    - name: secscan
      rules: aws-ct-access-denied-burst
      sourceIps: [10.50.0.0/16, 2001:db8:50::/48, 203.0.113.7]
      userAgents: "*ScoutSuite*"
      note: the weekly permission scanner
      expires: 2099-03-31
    - rules: ["aws-ct-iam-*", 2a530d1e-f151-4c15-9bae-61ec25816414]
      principals: arn:aws:iam::111122223333:role/platform-admin
      roles: [break-glass, "arn:aws:iam::*:role/ops/*"]
      accounts: 012345678901
      note: platform team
  automation:
    - name: github-actions
      principals: \${env:CI_ROLE}
      sourceIps: 140.82.112.0/20
      note: deploys from GitHub Actions
`;

describe('config: detection', () => {
  it('defaults to no tuning', () => {
    assert.deepEqual(parse('db: /tmp/x.db\n').detection, { allowlists: [], automation: [] });
  });

  it('reads allowlists and automation principals, one value or a list', () => {
    const d = parse(GOOD).detection;
    assert.deepEqual(d.allowlists[0], {
      name: 'secscan', rules: ['aws-ct-access-denied-burst'], sourceIps: ['10.50.0.0/16', '2001:db8:50::/48', '203.0.113.7'], userAgents: ['*ScoutSuite*'],
      note: 'the weekly permission scanner', expires: '2099-03-31',
    });
    assert.deepEqual(d.allowlists[1].accounts, ['012345678901'], 'an account id with a leading zero stays text');
    assert.deepEqual(d.allowlists[1].roles, ['break-glass', 'arn:aws:iam::*:role/ops/*']);
    assert.deepEqual(d.automation, [{ name: 'github-actions', principals: ['arn:aws:iam::111122223333:role/ci-deploy'], sourceIps: ['140.82.112.0/20'], note: 'deploys from GitHub Actions' }]);
  });

  const entry = (lines: string) => `detection:\n  allowlists:\n    - ${lines.trim().split('\n').join('\n      ')}\n`;
  const cases: [string, string, RegExp][] = [
    ['rules missing', entry('principals: arn:aws:iam::111122223333:user/bob\nnote: n'), /^mamori\.yaml:3:7: detection\.allowlists\[0\]\.rules: required \(rule names or ids, globs allowed; "\*" for every rule\)$/],
    ['note missing', entry('rules: "*"\nprincipals: arn:aws:iam::111122223333:user/bob'), /^mamori\.yaml:3:7: detection\.allowlists\[0\]\.note: required \(say why/],
    ['empty note', entry('rules: "*"\nprincipals: arn:aws:iam::111122223333:user/bob\nnote: "  "'), /^mamori\.yaml:5:13: detection\.allowlists\[0\]\.note: must not be empty/],
    ['no condition', entry('rules: "*"\nnote: n'), /^mamori\.yaml:3:7: detection\.allowlists\[0\]: needs at least one of principals, roles, accounts, sourceIps, userAgents/],
    ['not an ARN', entry('rules: "*"\nprincipals: [arn:aws:iam::111122223333:user/bob, bob]\nnote: n'), /^mamori\.yaml:4:56: detection\.allowlists\[0\]\.principals\[1\]: expected an IAM or STS ARN glob/],
    ['bad account', entry('rules: "*"\naccounts: 1234\nnote: n'), /^mamori\.yaml:4:17: detection\.allowlists\[0\]\.accounts: expected a 12-digit AWS account id$/],
    ['bad address', entry('rules: "*"\nsourceIps: [10.0.0.0/8, 10.0.0.300]\nnote: n'), /^mamori\.yaml:4:31: detection\.allowlists\[0\]\.sourceIps\[1\]: expected an IP address or a CIDR/],
    ['bad prefix', entry('rules: "*"\nsourceIps: 10.0.0.0/33\nnote: n'), /^mamori\.yaml:4:18: detection\.allowlists\[0\]\.sourceIps: expected an IP address or a CIDR/],
    ['bad date', entry('rules: "*"\nroles: ci\nexpires: next week\nnote: n'), /^mamori\.yaml:5:16: detection\.allowlists\[0\]\.expires: expected an ISO date/],
    ['empty tags', entry('rules: "*"\ntags: {}\nnote: n'), /^mamori\.yaml:4:13: detection\.allowlists\[0\]\.tags: needs at least one tag key/],
    ['misspelt key', entry('rules: "*"\nuser_agent: "*terraform*"\nnote: n'), /^mamori\.yaml:4:7: detection\.allowlists\[0\]\.user_agent: unknown field \(did you mean "userAgents"\?\)$/],
    ['duplicate names', `detection:\n  allowlists:\n    - {name: a, rules: x, roles: r, note: n}\n    - {name: a, rules: y, roles: r, note: n}\n`, /^mamori\.yaml:4:14: detection\.allowlists\[1\]\.name: duplicate name "a"$/],
    ['automation without principals', `detection:\n  automation:\n    - note: CI\n      sourceIps: 140.82.112.0/20\n`, /^mamori\.yaml:3:7: detection\.automation\[0\]\.principals: required/],
    ['automation with rules', `detection:\n  automation:\n    - {principals: "arn:aws:iam::*:role/ci", rules: x, note: n}\n`, /^mamori\.yaml:3:46: detection\.automation\[0\]\.rules: unknown field/],
    ['unknown section key', `detection:\n  allowlist: []\n`, /^mamori\.yaml:2:3: detection\.allowlist: unknown field \(did you mean "allowlists"\?\)$/],
  ];
  for (const [name, text, expected] of cases) {
    it(`refuses ${name} with file:line:col`, () => assert.match(error(text), expected));
  }

  it('reads tags as key → value globs', () => {
    const d = parse(entry('rules: "*"\ntags: {team: [platform, sre], "mamori:automation": "*"}\nnote: tagged automation')).detection;
    assert.deepEqual(d.allowlists[0].tags, { team: ['platform', 'sre'], 'mamori:automation': ['*'] });
  });

  it('keeps an expired entry valid; the run leaves it out and says so', () => {
    const d = parse(entry('name: old\nrules: "*"\nroles: ci\nexpires: 2020-01-01T00:00:00Z\nnote: n')).detection;
    const report = new Tuner(d, Date.parse('2026-01-01')).report();
    assert.deepEqual(report.expired, [{ name: 'old', expires: '2020-01-01T00:00:00Z' }]);
    assert.deepEqual(report.allowlists, []);
    assert.deepEqual(new Tuner(d, Date.parse('2019-12-31')).report().expired, [], 'before its expiry it applies');
  });
});

describe('config: detection examples', () => {
  const repo = new URL('../../', import.meta.url).pathname.replace(/\/dist\/$/, '/');
  it('the example file and the docs example load', async () => {
    const { readFileSync } = await import('node:fs');
    const example = parseConfig(readFileSync(`${repo}examples/mamori.yaml`, 'utf8'), {
      file: 'mamori.yaml',
      env: { MAMORI_SLACK_URL: 'https://hooks.slack.com/services/T000/B000/xyz', MAMORI_TEAMS_URL: 'https://example.webhook.office.com/webhookb2/abc', MAMORI_WEBHOOK_SECRET: 's3cr3t-hmac' },
    });
    assert.deepEqual(example.detection.automation.map((a) => a.name), ['github-actions']);
    assert.deepEqual(example.detection.allowlists.map((a) => a.name), ['permission-scanner']);
    const docs = readFileSync(`${repo}docs/config.md`, 'utf8');
    const blocks = [...docs.matchAll(/```yaml\n(detection:\n[\s\S]*?)```/g)].map((m) => parse(m[1]).detection);
    assert.ok(blocks.length >= 2, 'docs/config.md has detection examples');
    assert.equal(blocks.filter((d) => d.allowlists.length === 1).length, 1, 'the allowlist example');
    assert.equal(blocks.filter((d) => d.placeholders?.break_glass?.length === 2).length, 1, 'the placeholders example');
  });
});
