import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="ec2.amazonaws.com")&&(($.eventName="CreateNetworkAcl")||($.eventName="CreateNetworkAclEntry")||($.eventName="DeleteNetworkAcl")||($.eventName="DeleteNetworkAclEntry")||($.eventName="ReplaceNetworkAclEntry")||($.eventName="ReplaceNetworkAclAssociation"))}',
  nearMiss: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) }',
});
