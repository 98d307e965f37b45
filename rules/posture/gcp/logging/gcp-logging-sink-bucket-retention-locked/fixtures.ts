import type { RuleFixture } from '../../../../../src/model/rule.js';
import type { Resource } from '../../../../../src/model/types.js';
import { GCP_TYPES, gcpUid, type BucketConfig, type LogSinkConfig } from '../../../../../src/providers/gcp/model.js';
import { PROJECT, gcpResource } from '../../testing.js';

const SINK = `//logging.googleapis.com/projects/${PROJECT}/sinks/all-entries`;
const sink = (destination = 'storage.googleapis.com/central-logs'): Resource =>
  gcpResource<LogSinkConfig>({ type: GCP_TYPES.logSink, uid: SINK, config: { name: 'all-entries', parent: `projects/${PROJECT}`, destination } });
const bucket = (retentionPolicy?: BucketConfig['retentionPolicy']): Resource =>
  gcpResource<BucketConfig>({ type: GCP_TYPES.bucket, uid: gcpUid.bucket('central-logs'), region: 'US', config: { name: 'central-logs', location: 'US', retentionPolicy } });

export const fixtures: RuleFixture[] = [
  { name: 'bucket without retention policy', expect: 'FAIL', target: SINK, resources: [sink(), bucket()] },
  { name: 'retention policy not locked', expect: 'FAIL', target: SINK, resources: [sink(), bucket({ retentionPeriod: '31536000', isLocked: false })] },
  { name: 'locked retention policy', expect: 'PASS', target: SINK, resources: [sink(), bucket({ retentionPeriod: '31536000', isLocked: true })] },
  { name: 'sink to BigQuery', expect: 'NOT_APPLICABLE', target: SINK, resources: [sink(`bigquery.googleapis.com/projects/${PROJECT}/datasets/logs`)] },
  { name: 'destination bucket not in the scan', expect: 'NOT_ASSESSED', target: SINK, resources: [sink()] },
];
