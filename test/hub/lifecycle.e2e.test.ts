/**
 * The hub's lifecycle end to end on the demo organisation, on every backend: scan, fix two
 * failures and introduce a new one, scan again → two RESOLVED, one NEW, every other failing
 * finding seen twice and otherwise unchanged.
 */
import assert from 'node:assert/strict';
import { findingsOf } from '../../src/app/posture.js';
import { describe, it } from 'node:test';
import { assess } from '../../src/assess/engine.js';
import { selectRules } from '../../src/assess/registry.js';
import { loadDemoSnapshot } from '../../src/providers/aws/demo/index.js';
import { recordAssessment } from '../../src/hub/posture.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import { BACKENDS } from './backends.js';

const WEB = 'arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0a1b2c3d4e5f60001';
const PROD_EC2_SETTINGS = 'arn:aws:mamori:ap-northeast-1:123456789012:ec2-regional-settings';
const AUDIT_DB = 'arn:aws:rds:ap-northeast-1:210987654321:db:audit-db';

function nextWeek(demo: Snapshot): Snapshot {
  const next: Snapshot = structuredClone(demo);
  next.id = 'demo-next-week';
  next.collectedAt = '2026-11-27T09:00:00.000Z';
  const byUid = (uid: string) => next.resources.find((r) => r.uid === uid)!;
  (byUid(WEB).config.metadataOptions as Record<string, unknown>).HttpTokens = 'required'; // fixed: IMDSv2 required
  byUid(PROD_EC2_SETTINGS).config.ebsEncryptionByDefault = true; // fixed: EBS encryption by default
  byUid(AUDIT_DB).config.DeletionProtection = false; // new: deletion protection switched off
  return next;
}

for (const backend of BACKENDS) {
  describe(`hub lifecycle on the demo (${backend.name})`, { skip: backend.skip }, () => {
    it('two fixed → RESOLVED, one new → NEW, the rest seen twice', async () => {
      const { store } = await backend.fresh();
      try {
        const rules = selectRules();
        const demo = await loadDemoSnapshot();
        const first = await recordAssessment(store, demo, rules, findingsOf(assess(demo, { rules }), rules, { at: demo.collectedAt }));
        const failing = assess(demo, { rules }).filter((f) => f.status === 'FAIL').length;
        assert.equal(first.new, failing);

        const next = nextWeek(demo);
        const second = await recordAssessment(store, next, rules, findingsOf(assess(next, { rules }), rules, { at: next.collectedAt }));
        assert.equal(second.resolved, 2, JSON.stringify(second));
        assert.equal(second.new, 1, JSON.stringify(second));
        assert.equal(second.reopened, 0);

        const resolved = await store.list({ status: ['RESOLVED'] });
        assert.deepEqual(resolved.map((f) => f.ruleId).sort(), ['aws-ec2-ebs-default-encryption-enabled', 'aws-ec2-instance-imdsv2-required']);
        assert.ok(resolved.every((f) => f.resolvedAt === next.collectedAt));
        const fresh = await store.list({ since: next.collectedAt, status: ['NEW'] }, { limit: 10_000 });
        const newOne = fresh.filter((f) => f.timesSeen === 1);
        assert.deepEqual(newOne.map((f) => [f.ruleId, f.resourceUid]), [['aws-rds-instance-deletion-protection', AUDIT_DB]]);
        const open = await store.list({ status: ['NEW'] }, { limit: 10_000 });
        assert.equal(open.length, failing - 2 + 1);
        for (const f of open) {
          if (f.resourceUid === AUDIT_DB && f.ruleId === 'aws-rds-instance-deletion-protection') continue;
          assert.equal(f.timesSeen, 2, `${f.ruleId} ${f.resourceUid}`);
          assert.equal(f.firstSeen, demo.collectedAt);
          assert.equal(f.lastSeen, next.collectedAt);
        }
        const scores = await store.scoreHistory('cis-aws-3.0');
        assert.equal(scores.length, 2, 'one score point per scan');
      } finally {
        await store.close();
      }
    });
  });
}
