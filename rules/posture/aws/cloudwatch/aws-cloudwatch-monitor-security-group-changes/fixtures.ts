import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="ec2.amazonaws.com")&&(($.eventName="AuthorizeSecurityGroupIngress")||($.eventName="AuthorizeSecurityGroupEgress")||($.eventName="RevokeSecurityGroupIngress")||($.eventName="RevokeSecurityGroupEgress")||($.eventName="CreateSecurityGroup")||($.eventName="DeleteSecurityGroup"))}',
  nearMiss: '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) }',
});
