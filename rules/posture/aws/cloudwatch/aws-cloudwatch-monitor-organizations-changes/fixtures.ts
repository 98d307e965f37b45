import type { RuleFixture } from '../../../../../src/model/rule.js';
import { monitoringFixtures } from '../monitoring-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = monitoringFixtures({
  cisPattern: spec.pattern,
  variant: '{($.eventSource="organizations.amazonaws.com")&&(($.eventName="AcceptHandshake")||($.eventName="AttachPolicy")||($.eventName="CreateAccount")||($.eventName="CreateOrganizationalUnit")||($.eventName="CreatePolicy")||($.eventName="DeclineHandshake")||($.eventName="DeleteOrganization")||($.eventName="DeleteOrganizationalUnit")||($.eventName="DeletePolicy")||($.eventName="DetachPolicy")||($.eventName="DisablePolicyType")||($.eventName="EnablePolicyType")||($.eventName="InviteAccountToOrganization")||($.eventName="LeaveOrganization")||($.eventName="MoveAccount")||($.eventName="RemoveAccountFromOrganization")||($.eventName="UpdatePolicy")||($.eventName="UpdateOrganizationalUnit"))}',
  nearMiss: '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization")) }',
});
