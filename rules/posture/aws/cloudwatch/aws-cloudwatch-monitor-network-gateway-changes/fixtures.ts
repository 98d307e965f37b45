import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="ec2.amazonaws.com")&&(($.eventName="CreateCustomerGateway")||($.eventName="DeleteCustomerGateway")||($.eventName="AttachInternetGateway")||($.eventName="CreateInternetGateway")||($.eventName="DeleteInternetGateway")||($.eventName="DetachInternetGateway"))}',
  nearMiss: '{ ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
});
