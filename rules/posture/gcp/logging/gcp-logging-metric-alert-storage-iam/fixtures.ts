import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "resource.type=gcs_bucket protoPayload.methodName=storage.setIamPermissions",
  nearMiss: "resource.type=\"gcs_bucket\" AND protoPayload.methodName=\"storage.getIamPermissions\"",
});
