import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="s3.amazonaws.com")&&(($.eventName="PutBucketAcl")||($.eventName="PutBucketPolicy")||($.eventName="PutBucketCors")||($.eventName="PutBucketLifecycle")||($.eventName="PutBucketReplication")||($.eventName="DeleteBucketPolicy")||($.eventName="DeleteBucketCors")||($.eventName="DeleteBucketLifecycle")||($.eventName="DeleteBucketReplication"))}',
  nearMiss: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }',
});
