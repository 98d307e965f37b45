import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="ec2.amazonaws.com")&&(($.eventName="CreateRoute")||($.eventName="CreateRouteTable")||($.eventName="ReplaceRoute")||($.eventName="ReplaceRouteTableAssociation")||($.eventName="DeleteRouteTable")||($.eventName="DeleteRoute")||($.eventName="DisassociateRouteTable"))}',
  nearMiss: '{ ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
});
