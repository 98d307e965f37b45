/**
 * Shared reading of CloudTrail trails for the CloudTrail rules and the CloudWatch monitoring rules
 * (CIS 3.x and 4.x all start from "a multi-Region trail that is logging").
 */
import { TRAIL_TYPE, type TrailAdvancedEventSelector, type TrailConfig } from '../../../../src/providers/aws/model/cloudtrail.js';
import type { EvaluationContext } from '../../../../src/model/rule.js';
import type { Resource } from '../../../../src/model/types.js';

export type TrailResource = Resource<TrailConfig>;

export const trailsOf = (ctx: EvaluationContext, account: string): TrailResource[] =>
  ctx.resources<TrailConfig>(TRAIL_TYPE, { account });

const field = (s: TrailAdvancedEventSelector, name: string) => s.fieldSelectors.find((f) => f.field === name);

/**
 * true when the trail records every management event, read and write, with no excluded event
 * source; undefined when its event selectors could not be collected.
 */
export function capturesAllManagementEvents(trail: TrailConfig): boolean | undefined {
  const sel = trail.eventSelectors;
  if (!sel) return undefined;
  const classic = sel.classic.some(
    (s) => s.includeManagementEvents === true && s.readWriteType === 'All' && !(s.excludeManagementEventSources?.length),
  );
  const advanced = sel.advanced.some((s) => {
    const category = field(s, 'eventCategory');
    if (!category?.equals?.includes('Management')) return false;
    // Any other condition (readOnly, eventSource exclusions, ...) narrows the management events recorded.
    return s.fieldSelectors.every((f) => f.field === 'eventCategory');
  });
  return classic || advanced;
}

/** Multi-Region trail that is currently logging (false when the status is unknown). */
export const isLoggingMultiRegion = (trail: TrailConfig) => trail.isMultiRegionTrail && trail.status?.isLogging === true;

/** Any per-trail detail missing, so a negative answer could be wrong. */
export const trailDataIncomplete = (trails: TrailResource[]) =>
  trails.some((t) => t.errors?.status || t.errors?.eventSelectors);

export type S3Access = 'write' | 'read';

export interface S3DataEventCoverage {
  /** Every bucket of the account (current and future) is covered. */
  all: boolean;
  /** Buckets covered by name (whole bucket). */
  buckets: Set<string>;
  /** With `all`: ARN prefixes left out by NotStartsWith/NotEquals conditions. */
  excluded: string[];
}

const S3_ALL = /^arn:aws[a-z-]*:s3(:::)?$/;
const bucketOf = (arn: string): string | undefined => {
  const m = /^arn:aws[a-z-]*:s3:::([^/]+)\/?$/.exec(arn);
  return m?.[1];
};

/** Which S3 buckets a trail records object-level (data) events for, for write or read access. */
export function s3DataEventCoverage(trail: TrailConfig, access: S3Access): S3DataEventCoverage {
  const out: S3DataEventCoverage = { all: false, buckets: new Set(), excluded: [] };
  const sel = trail.eventSelectors;
  if (!sel) return out;
  const wanted = access === 'write' ? 'WriteOnly' : 'ReadOnly';
  for (const s of sel.classic) {
    if (s.readWriteType !== 'All' && s.readWriteType !== wanted) continue;
    for (const d of s.dataResources ?? []) {
      if (d.type !== 'AWS::S3::Object') continue;
      for (const v of d.values) {
        if (S3_ALL.test(v)) out.all = true;
        const b = bucketOf(v);
        if (b) out.buckets.add(b);
      }
    }
  }
  const readOnlyValue = access === 'write' ? 'false' : 'true';
  for (const s of sel.advanced) {
    if (!field(s, 'eventCategory')?.equals?.includes('Data')) continue;
    if (!field(s, 'resources.type')?.equals?.includes('AWS::S3::Object')) continue;
    const ro = field(s, 'readOnly');
    if (ro && !(ro.equals?.includes(readOnlyValue) || ro.notEquals?.includes(readOnlyValue === 'true' ? 'false' : 'true'))) continue;
    if (s.fieldSelectors.some((f) => !['eventCategory', 'resources.type', 'readOnly', 'resources.ARN'].includes(f.field))) continue;
    const arn = field(s, 'resources.ARN');
    if (!arn) {
      out.all = true;
      continue;
    }
    if (arn.equals || arn.startsWith || arn.endsWith) {
      for (const v of [...(arn.equals ?? []), ...(arn.startsWith ?? [])]) {
        if (S3_ALL.test(v) || v === 'arn:aws:s3:::') out.all = true;
        const b = bucketOf(v);
        if (b) out.buckets.add(b);
      }
      continue;
    }
    out.all = true;
    out.excluded.push(...(arn.notStartsWith ?? []), ...(arn.notEquals ?? []));
  }
  return out;
}

/** Whether a coverage includes a bucket by name. */
export function coversBucket(c: S3DataEventCoverage, bucket: string): boolean {
  if (c.buckets.has(bucket)) return true;
  if (!c.all) return false;
  return !c.excluded.some((p) => `arn:aws:s3:::${bucket}/`.startsWith(p) || p === `arn:aws:s3:::${bucket}`);
}
