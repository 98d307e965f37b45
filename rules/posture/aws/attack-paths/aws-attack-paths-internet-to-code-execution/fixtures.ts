import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ROUTE_TABLES_DENIED, WEB, chain } from '../fixture-builders.js';
import { SERVICE, ecsSnapshot } from '../ecs-fixture-builders.js';

export const fixtures: RuleFixture[] = [
  { name: 'internet-facing web server, IMDSv1, role writes the pipeline artifact bucket (the seed chain)', expect: 'FAIL', target: WEB, resources: chain() },
  { name: 'the same server with IMDSv2 and no public address', expect: 'PASS', target: WEB, resources: chain({ imdsV2: true, publicIp: false }) },
  { name: 'internet-facing server without a role', expect: 'PASS', target: WEB, resources: chain({ role: false }) },
  { name: 'internet-facing server whose role only reads data: no code-execution path', expect: 'PASS', target: WEB, resources: chain({ actions: [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-customer-data/*' }] }) },
  { name: 'ECS service whose Fargate tasks get public addresses, task role writes the pipeline artifact bucket', expect: 'FAIL', target: SERVICE, resources: ecsSnapshot() },
  { name: 'the same ECS service with assignPublicIp DISABLED and no load balancer', expect: 'PASS', target: SERVICE, resources: ecsSnapshot({ network: { assignPublicIp: 'DISABLED' } }) },
  { name: 'the same ECS service behind an internal load balancer only', expect: 'PASS', target: SERVICE, resources: ecsSnapshot({ network: { assignPublicIp: 'DISABLED' }, loadBalancer: { scheme: 'internal' } }) },
  { name: 'route tables not collected', expect: 'NOT_ASSESSED', target: WEB, resources: chain({ routeTables: false }), errors: ROUTE_TABLES_DENIED },
];
