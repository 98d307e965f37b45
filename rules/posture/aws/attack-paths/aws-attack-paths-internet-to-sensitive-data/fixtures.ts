import type { RuleFixture } from '../../../../../src/model/rule.js';
import { ROUTE_TABLES_DENIED, WEB, chain } from '../fixture-builders.js';
import { SERVICE, ecsSnapshot } from '../ecs-fixture-builders.js';
import { EKS_CLUSTER, eksSnapshot } from '../eks-fixture-builders.js';

const readData = [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::fixture-customer-data/*' }];
const readSecrets = [{ Effect: 'Allow' as const, Action: 'secretsmanager:GetSecretValue', Resource: '*' }];

export const fixtures: RuleFixture[] = [
  { name: 'internet-facing server whose role reads a confidential bucket', expect: 'FAIL', target: WEB, resources: chain({ actions: readData }) },
  { name: 'the same role on a server without a public address', expect: 'PASS', target: WEB, resources: chain({ actions: readData, publicIp: false }) },
  { name: 'internet-facing server without a role', expect: 'PASS', target: WEB, resources: chain({ role: false }) },
  { name: 'ECS service behind an internet-facing load balancer whose task role only writes pipeline artifacts: no sensitive-data path', expect: 'PASS', target: SERVICE, resources: ecsSnapshot({ network: { assignPublicIp: 'DISABLED' }, loadBalancer: { scheme: 'internet-facing' } }) },
  { name: 'EKS: Pod Identity role of the exposed namespace reads every secret', expect: 'FAIL', target: EKS_CLUSTER, resources: eksSnapshot({ identity: 'pod-identity', podRole: readSecrets, secret: true }) },
  { name: 'EKS: the same Pod Identity association in another namespace (batch)', expect: 'PASS', target: EKS_CLUSTER, resources: eksSnapshot({ identity: 'pod-identity', podRole: readSecrets, secret: true, roleNamespace: 'batch' }) },
  { name: 'EKS: IRSA role of the exposed namespace only writes pipeline artifacts: no sensitive-data path', expect: 'PASS', target: EKS_CLUSTER, resources: eksSnapshot() },
  { name: 'route tables not collected', expect: 'NOT_ASSESSED', target: WEB, resources: chain({ actions: readData, routeTables: false }), errors: ROUTE_TABLES_DENIED },
];
