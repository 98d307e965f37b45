/** A signal becomes a finding of the one model, with its rule's Japanese text where the rule has it. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detect } from '../../src/detect/pipeline.js';
import { signalToObserved } from '../../src/detect/signals.js';
import { firstObservation } from '../../src/hub/lifecycle.js';
import { findingReason, findingTitle } from '../../src/model/finding.js';
import { ocsfLines } from '../../src/report/ocsf.js';
import { repoUrl } from '../paths.js';

const gcpLogs = repoUrl('demo/logs/gcp/').pathname;

describe('signals as findings', () => {
  it("carry the rule's Japanese title, a Japanese reason and its references; English stays the default", async () => {
    const { signals } = await detect({ inputs: [gcpLogs] });
    assert.ok(signals.length > 0);
    const withJa = signals.filter((s) => s.localized?.title?.ja);
    assert.ok(withJa.length > 0, 'the Google Cloud rules have title_ja');
    const finding = firstObservation(signalToObserved(withJa[0]), { at: withJa[0].lastSeen });
    assert.equal(findingTitle(finding, 'en'), withJa[0].title);
    assert.equal(findingTitle(finding, 'ja'), withJa[0].localized!.title!.ja);
    assert.ok(findingReason(finding, 'ja').includes('件のイベント'));
    assert.equal(finding.workflowStatus, 'NEW', 'a signal is open');
    const ocsf = JSON.parse([...ocsfLines([finding], 'ja')].join(''));
    assert.equal(ocsf.finding_info.title, withJa[0].localized!.title!.ja);
    assert.equal(ocsf.finding_info.desc, withJa[0].localized!.description!.ja);
    assert.deepEqual(ocsf.remediation?.references, withJa[0].references);
    // The localized text is shared per rule, not copied per signal.
    const sameRule = signals.filter((s) => s.ruleId === withJa[0].ruleId);
    if (sameRule.length > 1) assert.equal(sameRule[0].localized, sameRule[1].localized);
  });
});
