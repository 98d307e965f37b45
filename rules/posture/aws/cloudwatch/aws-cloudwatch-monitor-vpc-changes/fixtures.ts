import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="ec2.amazonaws.com")&&(($.eventName="CreateVpc")||($.eventName="DeleteVpc")||($.eventName="ModifyVpcAttribute")||($.eventName="AcceptVpcPeeringConnection")||($.eventName="CreateVpcPeeringConnection")||($.eventName="DeleteVpcPeeringConnection")||($.eventName="RejectVpcPeeringConnection")||($.eventName="AttachClassicLinkVpc")||($.eventName="DetachClassicLinkVpc")||($.eventName="DisableVpcClassicLink")||($.eventName="EnableVpcClassicLink"))}',
  nearMiss: '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) }',
});
