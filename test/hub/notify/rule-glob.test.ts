/** Notification `ruleIds` globs: the same answers as the regex they replace, without its backtracking. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ruleIdGlobMatch } from '../../../src/hub/notify/enqueue.js';

const asRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 's');

describe('ruleIds globs of notification filters', () => {
  it('match as `*` = any text, everything else literal', () => {
    assert.equal(ruleIdGlobMatch('aws-s3-*', 'aws-s3-bucket-public'), true);
    assert.equal(ruleIdGlobMatch('aws-*-public*', 'aws-s3-bucket-public-read'), true);
    assert.equal(ruleIdGlobMatch('aws-s3-?', 'aws-s3-x'), false, '? is a literal');
    assert.equal(ruleIdGlobMatch('*a*a', 'aa'), true);
    assert.equal(ruleIdGlobMatch('a*a', 'a'), false, 'prefix and suffix may not overlap');
    assert.equal(ruleIdGlobMatch('gcp-*', 'aws-s3'), false);
    assert.equal(ruleIdGlobMatch('*', ''), true);
  });

  it('agree with the regex form on random globs and ids', () => {
    const alphabet = fc.constantFrom('a', 'b', '-', '*', '/', '?', '.');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 8 }), fc.string({ unit: fc.constantFrom('a', 'b', '-', '/', '?', '.'), maxLength: 12 }), (glob, value) => {
        assert.equal(ruleIdGlobMatch(glob, value), asRegExp(glob).test(value), `${glob} ~ ${value}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('a hostile glob on a long id answers at once', () => {
    const started = performance.now();
    assert.equal(ruleIdGlobMatch('*a'.repeat(30) + 'b', 'a'.repeat(50_000)), false);
    assert.ok(performance.now() - started < 500);
  });
});
