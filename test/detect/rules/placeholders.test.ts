/**
 * Sigma placeholders (`|expand`, `%name%`) with values from the config's detection.placeholders —
 * pySigma's value-list placeholder transformation, applied when the rule loads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRuleText } from '../../../src/detect/rules/load.js';
import { compileRule } from '../../../src/detect/rules/ruleset.js';
import { parseConfig } from '../../../src/config/parse.js';
import { ev, sigma } from './helpers.js';

const RULE = sigma(`sel:
  eventName: AssumeRole
  requestParameters.roleArn|expand: 'arn:aws:iam::%org_accounts%:role/%break_glass%'
filter:
  userIdentity.arn|expand|startswith: '%admins%'
condition: sel and not filter`);

const PLACEHOLDERS = {
  org_accounts: ['111122223333', '444455556666'],
  break_glass: ['break-glass', 'emergency-*'],
  admins: ['arn:aws:iam::111122223333:user/oncall-'],
};

function load(text: string, placeholders?: Record<string, string[]>) {
  return parseRuleText(text, 'p.yml', placeholders ? { placeholders } : {});
}

const assume = (role: string, caller = 'arn:aws:iam::111122223333:user/mallory') => ev({ eventName: 'AssumeRole', requestParameters: { roleArn: role }, userIdentity: { arn: caller } });

describe('|expand', () => {
  it('expands every combination of placeholder values, wildcards kept, and drops the modifier', () => {
    const { rules, issues } = load(RULE, PLACEHOLDERS);
    assert.deepEqual(issues, []);
    const sel = rules[0].detection!.sel as Record<string, unknown>;
    assert.deepEqual(sel['requestParameters.roleArn'], [
      'arn:aws:iam::111122223333:role/break-glass',
      'arn:aws:iam::111122223333:role/emergency-*',
      'arn:aws:iam::444455556666:role/break-glass',
      'arn:aws:iam::444455556666:role/emergency-*',
    ]);
    const match = compileRule(rules[0]);
    assert.equal(match(assume('arn:aws:iam::444455556666:role/emergency-eu')), true, 'wildcard from the placeholder value');
    assert.equal(match(assume('arn:aws:iam::999988887777:role/break-glass')), false, 'an account not in the list');
    assert.equal(match(assume('arn:aws:iam::111122223333:role/break-glass', 'arn:aws:iam::111122223333:user/oncall-kenji')), false, 'filtered by the expanded startswith');
  });

  it('refuses a placeholder the config does not define, naming it, and a rule with |expand when no placeholders are configured', () => {
    const undefinedOne = load(RULE, { org_accounts: ['111122223333'], admins: ['x'] });
    assert.equal(undefinedOne.rules.length, 0);
    assert.match(undefinedOne.issues[0].message, /placeholder %break_glass% \(field "requestParameters\.roleArn"\) is not defined in the config \(detection\.placeholders\)/);
    const none = load(RULE);
    assert.equal(none.rules.length, 0);
    assert.equal(none.issues[0].kind, 'unsupported');
    assert.match(none.issues[0].message, /uses \|expand, but the config defines no placeholders/);
  });

  it('reads detection.placeholders from the config and refuses bad names and empty lists with file:line', () => {
    const cfg = parseConfig('detection:\n  placeholders:\n    admins: [arn:aws:iam::111122223333:user/oncall-]\n', { file: 'm.yaml', env: {} });
    assert.deepEqual(cfg.detection.placeholders, { admins: ['arn:aws:iam::111122223333:user/oncall-'] });
    assert.throws(() => parseConfig('detection:\n  placeholders:\n    "bad name": [x]\n', { file: 'm.yaml', env: {} }), /^.*m\.yaml:3:\d+: detection\.placeholders.*placeholder name/);
    assert.throws(() => parseConfig('detection:\n  placeholders:\n    admins: []\n', { file: 'm.yaml', env: {} }), /m\.yaml:3:\d+: detection\.placeholders\.admins: needs at least one value/);
  });
});
