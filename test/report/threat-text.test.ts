/**
 * Threat text in Japanese with --lang ja: the OCSF `message` of signals (baseline signals too, and
 * signals stored with an English title only) and of attack sequences; timeline titles by rule id.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sequenceToObserved } from '../../src/correlate/sequence.js';
import type { AttackSequence } from '../../src/correlate/engine.js';
import { BASELINE_RULES } from '../../src/detect/baseline/index.js';
import { signalToObserved } from '../../src/detect/signals.js';
import { firstObservation } from '../../src/hub/lifecycle.js';
import type { Signal } from '../../src/model/signal.js';
import { toOcsfFinding } from '../../src/report/ocsf.js';
import { builtinTitles, localizeSequenceView, sequenceReason, signalTitle } from '../../src/report/titles.js';

const AT = '2026-11-19T13:00:00.000Z';

function signal(over: Partial<Signal>): Signal {
  return {
    id: 'sig-1', ruleId: 'aws-ct-cloudtrail-logging-stopped', title: 'CloudTrail logging was stopped or a trail was deleted', severity: 'MEDIUM', tactics: ['TA0112'], techniques: ['T1562.008'],
    firstSeen: AT, lastSeen: AT, count: 1, account: '123456789012', region: 'us-east-1', actor: { arn: 'arn:aws:iam::123456789012:user/alice' }, sourceIps: ['198.51.100.77'],
    userAgents: [], resources: [], eventIds: ['e1'], dedupKey: {}, ...over,
  };
}

const ocsf = (s: Signal, lang: 'en' | 'ja') => toOcsfFinding(firstObservation(signalToObserved(s), { at: AT }), lang);

describe('Japanese threat text', () => {
  it('every baseline rule has a Japanese title, and its signals carry it', () => {
    for (const r of Object.values(BASELINE_RULES)) assert.match(r.title_ja, /[ぁ-んァ-ヶ一-龠]/, r.id);
    assert.equal(builtinTitles().get('mamori-baseline-new-api')?.ja, BASELINE_RULES.api.title_ja);
  });

  it('built-in rule titles are found by rule id', () => {
    assert.equal(signalTitle({ ruleId: 'aws-ct-cloudtrail-logging-stopped', title: 'x' }, 'ja'), 'CloudTrail のログ記録が停止された、または証跡が削除された');
    assert.equal(signalTitle({ ruleId: 'aws-ct-cloudtrail-logging-stopped', title: 'x' }, 'en'), 'x');
    assert.equal(signalTitle({ ruleId: 'no-such-rule', title: 'Custom' }, 'ja'), 'Custom', 'unknown rules keep their title');
  });

  it('OCSF message: Japanese title said once, for a signal with title_ja', () => {
    const s = signal({ localized: { title: { en: 'CloudTrail logging was stopped or a trail was deleted', ja: 'CloudTrail のログ記録が停止された、または証跡が削除された' } } });
    const ja = ocsf(s, 'ja').message as string;
    assert.match(ja, /^CloudTrail のログ記録が停止された、または証跡が削除された: arn:aws:iam::123456789012:user\/alice（送信元 198\.51\.100\.77）/);
    assert.equal(ja.split('CloudTrail のログ記録').length, 2, 'the title once');
    const en = ocsf(s, 'en').message as string;
    assert.match(en, /^CloudTrail logging was stopped or a trail was deleted: arn:aws:iam::123456789012:user\/alice from 198\.51\.100\.77/);
    assert.equal(en.split('CloudTrail logging was stopped').length, 2);
  });

  it('OCSF message: a signal stored with an English title only (an older hub, a baseline) is Japanese too', () => {
    const s = signal({ ruleId: 'mamori-baseline-new-api', title: BASELINE_RULES.api.title, localized: undefined });
    const ja = ocsf(s, 'ja').message as string;
    assert.match(ja, new RegExp(`^${BASELINE_RULES.api.title_ja}`));
    assert.doesNotMatch(ja, /A principal called an API/);
  });

  it('OCSF message and timeline of an attack sequence in Japanese', () => {
    const member = { ...signal({}), firstMs: Date.parse(AT), lastMs: Date.parse(AT), source: 'mamori' };
    const seq = {
      id: 'mamori-seq-1', template: 'multi-stage', type: 'multi-stage', open: false, firstMs: Date.parse(AT), lastMs: Date.parse(AT) + 3_600_000, tactics: ['TA0001', 'TA0112'], techniques: [],
      entities: [], principals: ['arn:aws:iam::123456789012:user/alice'], accessKeyIds: [], sourceIps: ['198.51.100.77'], userAgents: [], resources: [], members: [member], truncated: 0,
      steps: [], severity: 'HIGH', account: '123456789012', region: 'us-east-1', primary: { key: 'user:alice', uid: 'arn:aws:iam::123456789012:user/alice', name: 'alice' }, compromise: [],
    } as unknown as AttackSequence;
    const msg = toOcsfFinding(firstObservation(sequenceToObserved(seq), { at: AT }), 'ja').message as string;
    assert.match(msg, /^多段階の攻撃活動 — alice: /);
    assert.match(msg, /1 件のシグナル（ATT&CK の 2 個の戦術にわたる）/);
    assert.doesNotMatch(msg, /signal\(s\)/);
    assert.equal(
      sequenceReason({ members: ['a', 'b'], truncated: 1, tactics: ['TA0001'], firstSeen: 'A', lastSeen: 'B', principals: ['p'], sourceIps: ['1.2.3.4'] }, 'ja'),
      'A 〜 B に 3 件のシグナル（ATT&CK の 1 個の戦術にわたる）。プリンシパル: p。アドレス: 1.2.3.4。',
    );
    const view = localizeSequenceView(
      { title: 'Multi-stage attack activity — alice', resourceName: 'alice', evidence: { template: 'cicd-supply-chain', timeline: [{ ruleId: 'aws-ct-cloudtrail-logging-stopped', title: 'CloudTrail logging was stopped or a trail was deleted' }] } },
      'ja',
    );
    assert.equal(view.title, '窃取されたインスタンス認証情報による CI/CD サプライチェーン侵害 — alice');
    assert.equal(view.evidence.timeline[0].title, 'CloudTrail のログ記録が停止された、または証跡が削除された');
  });
});
