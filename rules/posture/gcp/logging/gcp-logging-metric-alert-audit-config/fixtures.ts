import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "protoPayload.serviceData.policyDelta.auditConfigDeltas:*\n  protoPayload.methodName=SetIamPolicy",
  nearMiss: "protoPayload.methodName=\"SetIamPolicy\"",
});
