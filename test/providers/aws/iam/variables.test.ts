/**
 * Policy variables and globs. VARS = IAM User Guide › IAM policy elements: Variables and tags.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RequestContextView } from '../../../../src/providers/aws/iam/context.js';
import { compileGlob, compileTemplate, GLOB_ONE, GLOB_STAR, matchGlob } from '../../../../src/providers/aws/iam/variables.js';
import { runs } from '../../../property/arbitraries.js';

const view = (context: Record<string, string | string[]> = {}) => new RequestContextView(context);

describe('policy variables (VARS › Using variables in policies)', () => {
  it('${aws:username} is replaced by the request value; key names are case-insensitive', () => {
    const t = compileTemplate('arn:aws:s3:::mybucket/${aws:username}/*');
    assert.equal(t.hasVariables, true);
    assert.deepEqual(t.keys, ['aws:username']);
    assert.equal(t.render(view({ 'aws:UserName': 'David' })), 'arn:aws:s3:::mybucket/David/*');
    assert.equal(t.renderGlob(view({ 'aws:username': 'David' })), `arn:aws:s3:::mybucket/David/${GLOB_STAR}`);
    assert.equal(compileTemplate('${AWS:USERNAME}').render(view({ 'aws:username': 'x' })), 'x');
  });

  it('tags as variables: ${aws:PrincipalTag/department} (VARS › Tags as policy variables)', () => {
    const t = compileTemplate('arn:aws:s3:::bucket/${aws:PrincipalTag/department}');
    assert.equal(t.render(view({ 'aws:PrincipalTag/department': 'hr' })), 'arn:aws:s3:::bucket/hr');
    assert.equal(t.render(view({ 'aws:principaltag/DEPARTMENT': 'hr' })), 'arn:aws:s3:::bucket/hr', 'tag-key part is case-insensitive');
  });

  it('an absent key without a default cannot be resolved (VARS › principal key values: "not present")', () => {
    const t = compileTemplate('home/${aws:username}/');
    assert.equal(t.render(view()), undefined);
    assert.equal(t.renderGlob(view()), undefined);
  });

  it('a multivalued key cannot be a variable (Single-valued vs. multivalued context keys › Key points)', () => {
    assert.equal(compileTemplate('${aws:TagKeys}').render(view({ 'aws:TagKeys': ['a', 'b'] })), undefined);
    assert.equal(compileTemplate("${aws:TagKeys, 'none'}").render(view({ 'aws:TagKeys': ['a', 'b'] })), 'none');
  });

  it("default values: ${key, 'default'}; spaces around are ignored, '' is a quote, the default is literal (VARS › Specifying default values)", () => {
    assert.equal(compileTemplate("arn:aws:s3:::bucket/${aws:userid, 'anonymous'}").render(view()), 'arn:aws:s3:::bucket/anonymous');
    assert.equal(compileTemplate("arn:aws:s3:::bucket/${aws:userid, 'anonymous'}").render(view({ 'aws:userid': 'AIDA1' })), 'arn:aws:s3:::bucket/AIDA1');
    assert.equal(compileTemplate("${ aws:userid , 'it''s' }").render(view()), "it's");
    assert.equal(compileTemplate("${aws:userid, '*'}").renderGlob(view()), '*', 'a default is not a wildcard');
    assert.equal(compileTemplate("${aws:userid, '${aws:username}'}").render(view({ 'aws:username': 'x' })), '${aws:username}', 'substitution happens once');
  });

  it('${*}, ${?}, ${$} are literal characters; plain * and ? stay wildcards in the glob (VARS › Special characters)', () => {
    const t = compileTemplate('a${*}b*c${?}d?e${$}{x}');
    assert.equal(t.hasVariables, false);
    assert.equal(t.plain, 'a*b*c?d?e${x}');
    assert.equal(t.glob, `a*b${GLOB_STAR}c?d${GLOB_ONE}e\${x}`);
    const m = compileGlob(t.glob!);
    assert.equal(m('a*bZZc?dQe${x}'), true);
    assert.equal(m('aXbZZc?dQe${x}'), false, '${*} is not a wildcard');
    assert.equal(m('a*bZZcXdQe${x}'), false, '${?} is not a wildcard');
  });

  it('a variable value is literal text in the glob', () => {
    const t = compileTemplate('home/${aws:username}/*');
    const glob = t.renderGlob(view({ 'aws:username': 'a?c' }))!;
    assert.equal(matchGlob(glob, 'home/a?c/x'), true);
    assert.equal(matchGlob(glob, 'home/abc/x'), false);
  });

  it('malformed ${ is plain text; text without variables is constant; variables can be switched off (2008-10-17)', () => {
    assert.equal(compileTemplate('cost ${ 5').plain, 'cost ${ 5');
    assert.equal(compileTemplate('${}').plain, '${}');
    const off = compileTemplate('${aws:username}', { variables: false });
    assert.equal(off.hasVariables, false);
    assert.equal(off.render(view({ 'aws:username': 'x' })), '${aws:username}');
  });
});

describe('globs', () => {
  it('compileGlob: * any run, ? one character, case rules on request', () => {
    const g = compileTemplate('s3:Get*').glob!;
    assert.equal(compileGlob(g)('s3:GetObject'), true);
    assert.equal(compileGlob(g)('s3:getobject'), false);
    assert.equal(compileGlob(g, true)('S3:GETOBJECT'), true);
    assert.equal(compileGlob(compileTemplate('*Object').glob!)('s3:GetObject'), true);
    assert.equal(compileGlob(compileTemplate('a?c').glob!)('abc'), true);
    assert.equal(compileGlob(compileTemplate('a?c').glob!)('abbc'), false);
    assert.equal(compileGlob(compileTemplate('*').glob!)(''), true);
    assert.equal(compileGlob(compileTemplate('a.c').glob!)('abc'), false, 'regexp characters are literal');
  });

  it('property: matchGlob (no regexp) agrees with compileGlob (regexp) on any pattern', () => {
    const alphabet = fc.constantFrom('a', 'b', '*', '?', '.', ':', '/');
    const str = fc.array(alphabet, { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(str, fc.array(fc.constantFrom('a', 'b', '.', ':', '/', '*'), { maxLength: 10 }).map((a) => a.join('')), fc.boolean(), (pattern, value, ic) => {
        const glob = compileTemplate(pattern).glob!;
        assert.equal(matchGlob(glob, value, ic), compileGlob(glob, ic)(value));
      }),
      runs(500),
    );
  });
});
