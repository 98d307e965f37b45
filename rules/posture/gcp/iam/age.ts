/** Age of credentials (service account keys, API keys) relative to the snapshot time. */

/** Rotation period CIS GCP uses for service account keys, API keys and KMS keys. */
export const ROTATION_DAYS = 90;

const DAY_MS = 86_400_000;

/** Whole days between an RFC 3339 timestamp and `now`; undefined when absent or unparsable. */
export function ageInDays(timestamp: string | undefined, now: Date): number | undefined {
  if (!timestamp) return undefined;
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return undefined;
  return Math.floor((now.getTime() - t) / DAY_MS);
}
