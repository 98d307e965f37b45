import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, type LogBucketConfig } from '../../../../../src/providers/gcp/model.js';
import { PROJECT, gcpResource } from '../../testing.js';

const name = (id: string) => `projects/${PROJECT}/locations/global/buckets/${id}`;
const uid = (id: string) => `//logging.googleapis.com/${name(id)}`;
const bucket = (id: string, extra: Partial<LogBucketConfig> = {}): Resource =>
  gcpResource<LogBucketConfig>({ type: GCP_TYPES.logBucket, uid: uid(id), config: { name: name(id), lifecycleState: 'ACTIVE', ...extra } });

export const fixtures: RuleFixture[] = [
  { name: '_Default with the 30-day default', expect: 'FAIL', target: uid('_Default'), resources: [bucket('_Default', { retentionDays: 30 })] },
  { name: '_Default with retention absent (default 30 days)', expect: 'FAIL', target: uid('_Default'), resources: [bucket('_Default')] },
  { name: '_Default kept for 400 days', expect: 'PASS', target: uid('_Default'), resources: [bucket('_Default', { retentionDays: 400 })] },
  { name: '_Required (fixed 400 days)', expect: 'PASS', target: uid('_Required'), resources: [bucket('_Required', { retentionDays: 400, locked: true })] },
  { name: 'bucket pending deletion', expect: 'NOT_APPLICABLE', target: uid('old'), resources: [bucket('old', { retentionDays: 7, lifecycleState: 'DELETE_REQUESTED' })] },
];
