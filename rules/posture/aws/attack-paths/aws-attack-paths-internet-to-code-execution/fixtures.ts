import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ROUTE_TABLES_DENIED, WEB, chain } from '../fixture-builders.js';
import { SERVICE, ecsSnapshot } from '../ecs-fixture-builders.js';
import { EKS_CLUSTER, eksSnapshot } from '../eks-fixture-builders.js';

const ADMIN = [{ Effect: 'Allow' as const, Action: '*', Resource: '*' }];

export const fixtures: RuleFixture[] = [
  { name: 'internet-facing web server, IMDSv1, role writes the pipeline artifact bucket (the seed chain)', expect: 'FAIL', target: WEB, resources: chain() },
  { name: 'the same server with IMDSv2 and no public address', expect: 'PASS', target: WEB, resources: chain({ imdsV2: true, publicIp: false }) },
  { name: 'internet-facing server without a role', expect: 'PASS', target: WEB, resources: chain({ role: false }) },
  { name: 'IPv6 only: no public IPv4 address, but an IPv6 address, ::/0 to the internet gateway, NACL and security group open from ::/0', expect: 'FAIL', target: WEB, resources: chain({ publicIp: false, ipv6: 'igw' }) },
  { name: 'the same IPv6 server whose ::/0 route goes to an egress-only internet gateway (outbound only)', expect: 'PASS', target: WEB, resources: chain({ publicIp: false, ipv6: 'eigw' }) },
  { name: 'internet-facing server whose role only reads data: no code-execution path', expect: 'PASS', target: WEB, resources: chain({ actions: [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-customer-data/*' }] }) },
  { name: 'ECS service whose Fargate tasks get public addresses, task role writes the pipeline artifact bucket', expect: 'FAIL', target: SERVICE, resources: ecsSnapshot() },
  { name: 'the same ECS service with assignPublicIp DISABLED and no load balancer', expect: 'PASS', target: SERVICE, resources: ecsSnapshot({ network: { assignPublicIp: 'DISABLED' } }) },
  { name: 'the same ECS service behind an internal load balancer only', expect: 'PASS', target: SERVICE, resources: ecsSnapshot({ network: { assignPublicIp: 'DISABLED' }, loadBalancer: { scheme: 'internal' } }) },
  { name: 'EKS: Ingress web/frontend on an internet-facing ALB, IRSA role of a web service account writes the pipeline artifact bucket', expect: 'FAIL', target: EKS_CLUSTER, resources: eksSnapshot() },
  { name: 'EKS: EKS Pod Identity association in the exposed namespace gives an administrator role', expect: 'FAIL', target: EKS_CLUSTER, resources: eksSnapshot({ identity: 'pod-identity', podRole: ADMIN }) },
  { name: 'EKS: node role is administrator and IMDSv2 has hop limit 2 (pods reach it)', expect: 'FAIL', target: EKS_CLUSTER, resources: eksSnapshot({ identity: 'none', node: { hopLimit: 2, actions: ADMIN } }) },
  { name: 'EKS: the IRSA role trusts a service account of another namespace (batch), not the exposed one', expect: 'PASS', target: EKS_CLUSTER, resources: eksSnapshot({ roleNamespace: 'batch' }) },
  { name: 'EKS: administrator node role, but IMDSv2 required with hop limit 1 (pods cannot get a token)', expect: 'PASS', target: EKS_CLUSTER, resources: eksSnapshot({ identity: 'none', node: { hopLimit: 1, tokens: 'required', actions: ADMIN } }) },
  { name: 'EKS: the same IRSA role behind an internal load balancer', expect: 'PASS', target: EKS_CLUSTER, resources: eksSnapshot({ scheme: 'internal' }) },
  { name: 'route tables not collected', expect: 'NOT_ASSESSED', target: WEB, resources: chain({ routeTables: false }), errors: ROUTE_TABLES_DENIED },
];
