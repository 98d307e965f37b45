import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="kms.amazonaws.com")&&(($.eventName="DisableKey")||($.eventName="ScheduleKeyDeletion"))}',
  nearMiss: '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }',
});
