import type { PostureFinding } from '../model/finding.js';
import type { PostureRule } from '../model/rule.js';
import type { Snapshot } from '../model/snapshot.js';
import { recordAssessment } from '../hub/posture.js';
import { FindingStore } from '../hub/store/store.js';

/** The user running the command, for the audit history. */
export function actor(): string {
  return process.env.MAMORI_ACTOR || process.env.USER || process.env.USERNAME || 'mamori';
}

/** Writes an assessment to the hub and says what changed, on stderr (stdout is for results). */
export async function storeAssessment(dbSetting: string | undefined, snapshot: Snapshot, rules: readonly PostureRule[], findings: readonly PostureFinding[]): Promise<void> {
  const store = await FindingStore.open(dbSetting);
  try {
    const counts = await recordAssessment(store, snapshot, rules, findings, { actor: 'mamori-scan' });
    process.stderr.write(
      `mamori: hub ${store.location}: ${counts.new} new, ${counts.reopened} reopened, ${counts.resolved} resolved, ` +
        `${counts.updated + counts.unchanged} seen again\n`,
    );
  } finally {
    await store.close();
  }
}
