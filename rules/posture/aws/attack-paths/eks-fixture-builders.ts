/**
 * An EKS cluster's workloads as an attack-path entry point, for the attack-path rules' fixtures and
 * test/providers/aws/attack-paths/eks.test.ts: cluster "prod-eks" in a VPC with a public subnet
 * (the load balancer) and a private one (nodes and pods), an internet-facing ALB created by the AWS
 * Load Balancer Controller for Ingress web/frontend (ip targets: pod IPs), a worker node, and the
 * role a pod of namespace "web" may hold (IRSA or EKS Pod Identity), which may write the artifact
 * bucket of CodePipeline "web".
 */
import type { Resource } from '../../../../src/model/types.js';
import { PIPELINE_TYPE, pipelineArn } from '../../../../src/providers/aws/model/codepipeline.js';
import { INTERNET_GATEWAY_TYPE, ROUTE_TABLE_TYPE, SUBNET_TYPE } from '../../../../src/providers/aws/model/ec2.js';
import { EKS_CLUSTER_TYPE, EKS_POD_IDENTITY_ASSOCIATION_TYPE, type EksClusterConfig, type EksPodIdentityAssociationConfig } from '../../../../src/providers/aws/model/eks.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE, type ListenerConfig, type LoadBalancerConfig, type RegisteredTarget, type TargetGroupConfig } from '../../../../src/providers/aws/model/elbv2.js';
import { INSTANCE_PROFILE_TYPE, ROLE_TYPE, type PolicyStatement } from '../../../../src/providers/aws/model/iam.js';
import { BUCKET_TYPE } from '../../../../src/providers/aws/model/s3.js';
import { SECRET_TYPE } from '../../../../src/providers/aws/model/secretsmanager.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';
import { PRIVATE, PUBLIC, twoSubnetVpc } from './ecs-fixture-builders.js';
import { DEFAULT_DENY, aclEntry, arn, instance, networkAcl, perm, securityGroup } from '../ec2/fixture-builders.js';

export const EKS_CLUSTER = `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod-eks`;
export const ISSUER = `oidc.eks.${REGION}.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`;
export const OIDC_PROVIDER = `arn:aws:iam::${ACCOUNT}:oidc-provider/${ISSUER}`;
export const POD_ROLE = `arn:aws:iam::${ACCOUNT}:role/web-frontend`;
export const NODE_ROLE = `arn:aws:iam::${ACCOUNT}:role/prod-eks-node`;
export const EKS_ARTIFACTS = 'eks-fixture-pipeline-artifacts';
export const EKS_LB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/k8s-web-frontend/3f1c0a2b4d5e6f70`;
export const EKS_TG = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/k8s-web-frontend/9a8b7c6d5e4f3a2b`;
export const ASSOCIATION = `arn:aws:eks:${REGION}:${ACCOUNT}:podidentityassociation/prod-eks/a-0123456789abcdef0`;

const NODE_PROFILE = `arn:aws:iam::${ACCOUNT}:instance-profile/prod-eks-node`;
const WRITE_ARTIFACTS: PolicyStatement[] = [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${EKS_ARTIFACTS}/*` }];

export interface EksOptions {
  /** How a pod gets the role (default irsa); none: no pod role at all. */
  identity?: 'irsa' | 'pod-identity' | 'none';
  /** Namespace of the service account the role is for (default web, the exposed one). */
  roleNamespace?: string;
  /** IRSA: the trust's sub condition value (default system:serviceaccount:<roleNamespace>:frontend; StringLike when it has a wildcard); null: no sub condition. */
  trustSub?: string | null;
  /** The pod role's permissions (default: write the artifact bucket). */
  podRole?: PolicyStatement[];
  /** The load balancer's scheme (default internet-facing). */
  scheme?: 'internet-facing' | 'internal';
  /** The AWS Load Balancer Controller's stack tag (default web/frontend). */
  stack?: string;
  /** The worker node's metadata options and its role's permissions (default IMDSv2, hop limit 1, ECR read only). */
  node?: { tokens?: 'required' | 'optional'; hopLimit?: number; actions?: PolicyStatement[] };
  /** Instead of the ALB: a Network Load Balancer of the in-tree service controller for Service web/frontend, instance targets (the node). */
  inTree?: boolean;
  cluster?: Partial<EksClusterConfig>;
  /** Add a Secrets Manager secret (a sensitive-data target). */
  secret?: boolean;
}

function role(uid: string, name: string, trust: unknown, statements: PolicyStatement[], profiles: string[] = []): Resource {
  return resource({
    type: ROLE_TYPE,
    uid,
    region: 'global',
    config: {
      roleName: name,
      roleId: `AROA${name.toUpperCase().replace(/[^A-Z]/g, '')}`,
      path: '/',
      assumeRolePolicy: trust,
      attachedPolicies: [],
      inlinePolicies: [{ policyName: 'app', document: { Version: '2012-10-17', Statement: statements } }],
      instanceProfiles: profiles,
      permissionsBoundaryArn: null,
      serviceLinked: false,
    },
  });
}

export function eksSnapshot(o: EksOptions = {}): Resource[] {
  const identity = o.identity ?? 'irsa';
  const ns = o.roleNamespace ?? 'web';
  const cluster: EksClusterConfig = {
    name: 'prod-eks',
    version: '1.33',
    platformVersion: 'eks.4',
    status: 'ACTIVE',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/prod-eks-cluster`,
    resourcesVpcConfig: { vpcId: 'vpc-0aaa', subnetIds: [PRIVATE], securityGroupIds: [], clusterSecurityGroupId: 'sg-0eks', endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
    enabledLogTypes: ['api', 'audit'],
    encryptionConfig: [],
    oidcIssuer: `https://${ISSUER}`,
    podIdentityAssociations: identity === 'pod-identity' ? [ASSOCIATION] : [],
    ...o.cluster,
  };
  const openAcl = [aclEntry(100, 'allow', '-1', '0.0.0.0/0'), ...DEFAULT_DENY, aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), ...DEFAULT_DENY.map((e) => ({ ...e, Egress: true }))];
  const node = o.node ?? {};
  const inTree = o.inTree === true;
  const lb: LoadBalancerConfig = {
    LoadBalancerName: 'k8s-web-frontend',
    Type: inTree ? 'network' : 'application',
    Scheme: o.scheme ?? 'internet-facing',
    VpcId: 'vpc-0aaa',
    State: 'active',
    AvailabilityZones: [{ ZoneName: `${REGION}a`, SubnetId: PUBLIC }],
    SecurityGroups: inTree ? [] : ['sg-0alb'],
    attributes: {},
    listenerCount: 1,
  };
  const listener: ListenerConfig = inTree
    ? { LoadBalancerArn: EKS_LB, LoadBalancerType: 'network', Protocol: 'TCP', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: EKS_TG }], CertificateArns: [] }
    : { LoadBalancerArn: EKS_LB, LoadBalancerType: 'application', Protocol: 'HTTPS', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: EKS_TG }], CertificateArns: [], rules: [] };
  const targets: RegisteredTarget[] = inTree ? [{ Id: 'i-0node', Port: 31443, State: 'healthy' }] : [{ Id: '10.0.2.15', Port: 8080, State: 'healthy' }];
  const group: TargetGroupConfig = { TargetGroupName: 'k8s-web-frontend', TargetType: inTree ? 'instance' : 'ip', Protocol: inTree ? 'TCP' : 'HTTP', Port: inTree ? 31443 : 8080, VpcId: 'vpc-0aaa', LoadBalancerArns: [EKS_LB], targets, attributes: inTree ? { 'preserve_client_ip.enabled': 'true' } : {} };
  const stack = o.stack ?? 'web/frontend';
  const lbcTags = { 'elbv2.k8s.aws/cluster': 'prod-eks', 'ingress.k8s.aws/stack': stack };
  const lbTags = inTree ? { 'kubernetes.io/cluster/prod-eks': 'owned', 'kubernetes.io/service-name': stack } : lbcTags;

  const out: Resource[] = [
    ...twoSubnetVpc(openAcl),
    // The cluster security group (on the nodes and, through them, the pods): the ALB's group on 8080, the node port range from anywhere (NLB with client IP preservation).
    securityGroup('sg-0eks', [perm('tcp', 8080, 8080, [], [], ['sg-0alb']), ...(inTree ? [perm('tcp', 30000, 32767, ['0.0.0.0/0'])] : [])]),
    securityGroup('sg-0alb', [perm('tcp', 443, 443, ['0.0.0.0/0'])]),
    resource({ type: EKS_CLUSTER_TYPE, uid: EKS_CLUSTER, name: 'prod-eks', config: cluster }),
    resource({ type: LOAD_BALANCER_TYPE, uid: EKS_LB, name: lb.LoadBalancerName, config: lb, tags: lbTags }),
    resource({ type: LISTENER_TYPE, uid: EKS_LB.replace(':loadbalancer/', ':listener/') + '/l443', config: listener }),
    resource({ type: TARGET_GROUP_TYPE, uid: EKS_TG, name: group.TargetGroupName, config: group, tags: inTree ? {} : lbcTags }),
    instance('i-0node', {
      privateIpAddress: '10.0.2.10',
      subnetId: PRIVATE,
      securityGroupIds: ['sg-0eks'],
      iamInstanceProfileArn: NODE_PROFILE,
      metadataOptions: { HttpTokens: node.tokens ?? 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: node.hopLimit ?? 1 },
    }),
    resource({ type: INSTANCE_PROFILE_TYPE, uid: NODE_PROFILE, region: 'global', config: { instanceProfileName: 'prod-eks-node', instanceProfileId: 'AIPANODE' }, relationships: [{ type: 'has-role', target: NODE_ROLE }] }),
    role(NODE_ROLE, 'prod-eks-node', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, node.actions ?? [{ Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage'], Resource: '*' }], [NODE_PROFILE]),
    resource({ type: BUCKET_TYPE, uid: `arn:aws:s3:::${EKS_ARTIFACTS}`, region: REGION, config: { name: EKS_ARTIFACTS, policy: null }, tags: {} }),
    resource({ type: PIPELINE_TYPE, uid: pipelineArn('aws', REGION, ACCOUNT, 'web'), config: { name: 'web', roleArn: null, artifactStores: [{ type: 'S3', location: EKS_ARTIFACTS }], actions: [] } }),
  ];
  if (o.secret) out.push(resource({ type: SECRET_TYPE, uid: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:prod/db-AbCdEf`, name: 'prod/db', config: { name: 'prod/db', kmsKeyId: null, rotationEnabled: false, policy: null } }));
  out.find((r) => r.uid.endsWith('instance/i-0node'))!.tags = { 'eks:cluster-name': 'prod-eks', 'eks:nodegroup-name': 'default' };
  if (identity === 'irsa') {
    const sub = o.trustSub === undefined ? `system:serviceaccount:${ns}:frontend` : o.trustSub;
    // A pattern goes in StringLike, as the EKS User Guide's examples write it.
    const condition = sub !== null && /[*?]/.test(sub)
      ? { StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com' }, StringLike: { [`${ISSUER}:sub`]: sub } }
      : { StringEquals: { [`${ISSUER}:aud`]: 'sts.amazonaws.com', ...(sub === null ? {} : { [`${ISSUER}:sub`]: sub }) } };
    out.push(role(POD_ROLE, 'web-frontend', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: OIDC_PROVIDER }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }] }, o.podRole ?? WRITE_ARTIFACTS));
  } else if (identity === 'pod-identity') {
    const a: EksPodIdentityAssociationConfig = { associationId: 'a-0123456789abcdef0', associationArn: ASSOCIATION, clusterName: 'prod-eks', namespace: ns, serviceAccount: 'frontend', roleArn: POD_ROLE, targetRoleArn: null };
    out.push(
      resource({ type: EKS_POD_IDENTITY_ASSOCIATION_TYPE, uid: ASSOCIATION, name: `${ns}/frontend`, config: a, relationships: [{ type: 'uses-role', target: POD_ROLE }] }),
      role(POD_ROLE, 'web-frontend', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }] }, o.podRole ?? WRITE_ARTIFACTS),
    );
  }
  return out;
}
