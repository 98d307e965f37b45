import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "(resource.type = \"gce_route\")\nAND (protoPayload.methodName:\"compute.routes.insert\" OR protoPayload.methodName:\"compute.routes.delete\")",
  nearMiss: "resource.type=\"gce_route\" AND protoPayload.methodName:\"compute.routes.delete\"",
});
