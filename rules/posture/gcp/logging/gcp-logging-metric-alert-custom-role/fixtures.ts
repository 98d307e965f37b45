import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "resource.type = \"iam_role\"\nAND (\n  protoPayload.methodName = \"google.iam.admin.v1.UpdateRole\"\n  OR protoPayload.methodName = \"google.iam.admin.v1.CreateRole\"\n  OR protoPayload.methodName = \"google.iam.admin.v1.DeleteRole\"\n)",
  nearMiss: "resource.type=\"iam_role\" AND (protoPayload.methodName=\"google.iam.admin.v1.CreateRole\" OR protoPayload.methodName=\"google.iam.admin.v1.DeleteRole\")",
});
