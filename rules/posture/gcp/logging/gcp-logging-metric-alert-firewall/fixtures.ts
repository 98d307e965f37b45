import type { RuleFixture } from '../../../../../src/model/rule.js';
import { metricAlertFixtures } from '../metric-alert-fixtures.js';
import { spec } from './rule.js';

export const fixtures: RuleFixture[] = metricAlertFixtures({
  cisFilter: spec.filter,
  variant: "resource.type=gce_firewall_rule\n  (protoPayload.methodName:\"compute.firewalls.insert\"\n   OR protoPayload.methodName:\"compute.firewalls.delete\"\n   OR protoPayload.methodName:\"compute.firewalls.patch\")",
  nearMiss: "resource.type=\"gce_firewall_rule\" AND (protoPayload.methodName=\"compute.firewalls.patch\" OR protoPayload.methodName=\"compute.firewalls.insert\" OR protoPayload.methodName=\"compute.firewalls.delete\")",
});
