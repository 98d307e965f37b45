import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.errorCode ="*UnauthorizedOperation") || ($.errorCode ="AccessDenied*") && ($.sourceIPAddress!="delivery.logs.amazonaws.com") && ($.eventName!="HeadBucket")}',
  nearMiss: '{ ($.errorCode = "*UnauthorizedOperation") }',
});
