import type { PostureRule } from '../../../../src/model/rule.js';
import { rule as bucketAccessLogging } from './aws-cloudtrail-bucket-access-logging-enabled/rule.js';
import { rule as cloudWatchLogs } from './aws-cloudtrail-cloudwatch-logs-integration/rule.js';
import { rule as kmsEncryption } from './aws-cloudtrail-kms-encryption-enabled/rule.js';
import { rule as logFileValidation } from './aws-cloudtrail-log-file-validation-enabled/rule.js';
import { rule as multiRegionTrail } from './aws-cloudtrail-multi-region-trail-enabled/rule.js';
import { rule as s3ReadEvents } from './aws-cloudtrail-s3-object-read-events-logged/rule.js';
import { rule as s3WriteEvents } from './aws-cloudtrail-s3-object-write-events-logged/rule.js';

/** Rules of this service, listed explicitly (the registry never scans folders). */
export const rules: PostureRule[] = [
  multiRegionTrail,
  logFileValidation,
  bucketAccessLogging,
  kmsEncryption,
  s3WriteEvents,
  s3ReadEvents,
  cloudWatchLogs,
];
