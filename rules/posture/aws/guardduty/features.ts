/** Shared helpers for the GuardDuty protection-plan rules (pure functions over the detector config). */
import type { GuardDutyDetectorConfig, GuardDutyFeature } from '../../../../src/providers/aws/model/guardduty.js';
import { fail, type RuleOutcome } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';

export const feature = (cfg: GuardDutyDetectorConfig, name: string): GuardDutyFeature | undefined =>
  (cfg.Features ?? []).find((f) => f.Name === name);

export const featureOn = (cfg: GuardDutyDetectorConfig, name: string): boolean => feature(cfg, name)?.Status === 'ENABLED';

export const additionalOn = (f: GuardDutyFeature | undefined, name: string): boolean =>
  f?.AdditionalConfiguration?.some((a) => a.Name === name && a.Status === 'ENABLED') ?? false;

/** A suspended detector protects nothing, whatever its feature flags say. */
export function suspended(d: Resource<GuardDutyDetectorConfig>): RuleOutcome | undefined {
  if (d.config.Status === 'ENABLED') return undefined;
  return fail(
    {
      en: `GuardDuty detector ${d.config.detectorId} in ${d.region} is suspended (status ${d.config.Status}); no protection plan is active.`,
      ja: `${d.region} の GuardDuty ディテクター ${d.config.detectorId} は停止中（ステータス ${d.config.Status}）で、どの保護プランも機能していません。`,
    },
    { detectorId: d.config.detectorId, Status: d.config.Status },
  );
}
