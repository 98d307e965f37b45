import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "resource.type=\"gce_network\"\nAND (\n  protoPayload.methodName:\"compute.networks.addPeering\" OR\n  protoPayload.methodName:\"compute.networks.removePeering\" OR\n  protoPayload.methodName:\"compute.networks.insert\" OR\n  protoPayload.methodName:\"compute.networks.patch\" OR\n  protoPayload.methodName:\"compute.networks.delete\"\n)",
  nearMiss: "resource.type=\"gce_network\" AND (protoPayload.methodName:\"compute.networks.insert\" OR protoPayload.methodName:\"compute.networks.patch\" OR protoPayload.methodName:\"compute.networks.delete\" OR protoPayload.methodName:\"compute.networks.removePeering\")",
});
