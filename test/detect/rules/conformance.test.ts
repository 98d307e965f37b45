/**
 * What every built-in detection rule owes its users (issue #12): its text in English and
 * Japanese, its known false-positive situations in both, ATT&CK tactic and technique, a case that
 * must match and a benign look-alike that must raise nothing at all, and references.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_RULES_DIR } from '../../../src/detect/pipeline.js';
import { loadDetectionRules, testRules } from '../../../src/detect/rules/index.js';
import type { DetectionRule } from '../../../src/detect/rules/index.js';

const { rules, issues } = await loadDetectionRules([BUILTIN_RULES_DIR]);

/** What a rule lacks, in words; empty when it conforms. */
function gaps(rule: DetectionRule): string[] {
  const out: string[] = [];
  if (!rule.title_ja) out.push('no title_ja');
  if (!rule.description_ja) out.push('no description_ja');
  if (!rule.falsepositives.length) out.push('no falsepositives');
  if (rule.falsepositives_ja?.length !== rule.falsepositives.length) out.push('falsepositives_ja missing or not paired with falsepositives');
  if (!rule.tactics.length) out.push('no ATT&CK tactic tag');
  if (!rule.techniques.length) out.push('no ATT&CK technique tag');
  if (!rule.references.length) out.push('no references');
  if (!rule.tests.some((t) => t.match)) out.push('no case that must match');
  if (!rule.tests.some((t) => t.benign && !t.match)) out.push('no benign look-alike (match: false, benign: true)');
  return out;
}

describe('built-in detection rules conform', () => {
  it('load without issues or warnings', () => {
    assert.deepEqual(
      issues.map((i) => `${i.file}:${i.line ?? ''} ${i.kind}: ${i.message}`),
      [],
    );
    assert.ok(rules.length >= 72, `${rules.length} rules`);
  });

  it('every rule has its text in both languages, false-positive situations, ATT&CK tags, references and a benign look-alike', () => {
    const lacking = rules.map((r) => ({ rule: r.name, gaps: gaps(r) })).filter((r) => r.gaps.length);
    assert.deepEqual(lacking, []);
  });

  it('every case passes, and no rule fires on another rule’s benign look-alike', () => {
    const failed = testRules(rules).filter((r) => !r.passed).map((r) => `${r.rule} / ${r.case}: ${r.message}`);
    assert.deepEqual(failed, []);
  });

  it('the conformance check itself notices a rule that lacks each part', () => {
    const [sample] = rules;
    const bare: DetectionRule = { ...sample, title_ja: undefined, description_ja: undefined, falsepositives: [], falsepositives_ja: undefined, tactics: [], techniques: [], references: [], tests: [] };
    assert.equal(gaps(bare).length, 9);
    assert.deepEqual(gaps(sample), []);
  });
});
