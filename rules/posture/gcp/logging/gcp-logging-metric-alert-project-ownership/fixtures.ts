import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "protoPayload.serviceName = \"cloudresourcemanager.googleapis.com\"\nAND (\"ProjectOwnership\" OR projectOwnerInvitee)\nOR (protoPayload.serviceData.policyDelta.bindingDeltas.role = \"roles/owner\" AND protoPayload.serviceData.policyDelta.bindingDeltas.action = \"ADD\")\nOR (protoPayload.serviceData.policyDelta.bindingDeltas.role = \"roles/owner\" AND protoPayload.serviceData.policyDelta.bindingDeltas.action = \"REMOVE\")",
  nearMiss: "(protoPayload.serviceName=\"cloudresourcemanager.googleapis.com\") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action=\"ADD\" AND protoPayload.serviceData.policyDelta.bindingDeltas.role=\"roles/owner\")",
});
