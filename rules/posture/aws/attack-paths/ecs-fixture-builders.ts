/**
 * An ECS service as an attack-path entry point, for the attack-path rules' fixtures and
 * test/providers/aws/attack-paths/ecs.test.ts: a Fargate service "web" in a VPC with a public and a
 * private subnet, its task definition and task role, the CodePipeline artifact bucket the role may
 * write, and optionally an application load balancer in front.
 */
import type { Resource } from '../../../../src/model/types.js';
import { PIPELINE_TYPE, pipelineArn } from '../../../../src/providers/aws/model/codepipeline.js';
import { INTERNET_GATEWAY_TYPE, ROUTE_TABLE_TYPE, SUBNET_TYPE } from '../../../../src/providers/aws/model/ec2.js';
import { ECS_SERVICE_TYPE, ECS_TASK_DEFINITION_TYPE, type EcsServiceConfig, type EcsTaskDefinitionConfig } from '../../../../src/providers/aws/model/ecs.js';
import { LISTENER_TYPE, LOAD_BALANCER_TYPE, TARGET_GROUP_TYPE, type ListenerConfig, type LoadBalancerConfig, type TargetGroupConfig } from '../../../../src/providers/aws/model/elbv2.js';
import { ROLE_TYPE } from '../../../../src/providers/aws/model/iam.js';
import { BUCKET_TYPE } from '../../../../src/providers/aws/model/s3.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';
import { DEFAULT_DENY, aclEntry, arn, networkAcl, perm, securityGroup } from '../ec2/fixture-builders.js';

export const CLUSTER = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`;
export const SERVICE = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/web`;
export const TD = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/web:7`;
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/web-task`;
export const ARTIFACTS = 'ecs-fixture-pipeline-artifacts';
export const LB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web-alb/50dc6c495c0c9188`;
export const TG = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/web-tasks/6d0ecf831eec9f09`;

export interface EcsOptions {
  service?: Partial<EcsServiceConfig>;
  network?: Partial<NonNullable<EcsServiceConfig['networkConfiguration']>> | null;
  taskDefinition?: Partial<EcsTaskDefinitionConfig> | 'missing';
  /** Inbound rules of the service's security group sg-0task (default: 8080 from anywhere). */
  taskIngress?: ReturnType<typeof perm>[];
  /** The VPC's default security group: its inbound rules, or absent from the snapshot. */
  defaultIngress?: ReturnType<typeof perm>[] | 'missing';
  /** An ALB with an HTTPS:443 listener forwarding to the ip target group the service registers in. */
  loadBalancer?: { scheme: 'internet-facing' | 'internal' };
}

export const PUBLIC = 'subnet-0pub';
export const PRIVATE = 'subnet-0priv';

/**
 * vpc-0aaa with a public subnet (its route table sends 0.0.0.0/0 to igw-0aaa) and a private one
 * (the main table, local routes only), both behind `acl`: the network the ECS and EKS fixtures share.
 */
export function twoSubnetVpc(acl: Parameters<typeof networkAcl>[1]): Resource[] {
  return [
    resource({ type: SUBNET_TYPE, uid: arn('subnet', PUBLIC), config: { subnetId: PUBLIC, vpcId: 'vpc-0aaa', cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: false } }),
    resource({ type: SUBNET_TYPE, uid: arn('subnet', PRIVATE), config: { subnetId: PRIVATE, vpcId: 'vpc-0aaa', cidrBlock: '10.0.2.0/24', mapPublicIpOnLaunch: false } }),
    resource({ type: ROUTE_TABLE_TYPE, uid: arn('route-table', 'rtb-0pub'), config: { routeTableId: 'rtb-0pub', vpcId: 'vpc-0aaa', main: false, associatedSubnetIds: [PUBLIC], routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }, { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0aaa', State: 'active' }] } }),
    resource({ type: ROUTE_TABLE_TYPE, uid: arn('route-table', 'rtb-0priv'), config: { routeTableId: 'rtb-0priv', vpcId: 'vpc-0aaa', main: true, associatedSubnetIds: [PRIVATE], routes: [{ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' }] } }),
    resource({ type: INTERNET_GATEWAY_TYPE, uid: arn('internet-gateway', 'igw-0aaa'), config: { internetGatewayId: 'igw-0aaa', attachments: [{ vpcId: 'vpc-0aaa', state: 'available' }] } }),
    networkAcl('acl-0pub', acl, { subnets: [PUBLIC] }),
    networkAcl('acl-0priv', acl, { subnets: [PRIVATE] }),
  ];
}

/**
 * A Fargate service "web" (awsvpc, assignPublicIp ENABLED, subnet-0pub routing 0.0.0.0/0 to an
 * internet gateway, NACL open, sg-0task open on 8080, container port 8080) whose task role may
 * write the artifact bucket of CodePipeline "web".
 */
export function ecsSnapshot(o: EcsOptions = {}): Resource[] {
  const net = o.network === null ? null : { subnets: [PUBLIC], securityGroups: ['sg-0task'], assignPublicIp: 'ENABLED', ...o.network };
  const service: EcsServiceConfig = {
    serviceName: 'web',
    clusterArn: CLUSTER,
    status: 'ACTIVE',
    launchType: 'FARGATE',
    capacityProviders: [],
    desiredCount: 2,
    runningCount: 2,
    schedulingStrategy: 'REPLICA',
    taskDefinition: TD,
    networkConfiguration: net,
    loadBalancers: o.loadBalancer ? [{ targetGroupArn: TG, containerName: 'app', containerPort: 8080 }] : [],
    ...o.service,
  };
  const td: EcsTaskDefinitionConfig = {
    family: 'web',
    revision: 7,
    status: 'ACTIVE',
    taskRoleArn: ROLE,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    containers: [{ name: 'app', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/web:1.4.2`, essential: true, portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }], environmentNames: ['LOG_LEVEL'], secretNames: [] }],
    ...(o.taskDefinition === 'missing' ? {} : o.taskDefinition),
  };
  const openAcl = [aclEntry(100, 'allow', '-1', '0.0.0.0/0'), ...DEFAULT_DENY, aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), ...DEFAULT_DENY.map((e) => ({ ...e, Egress: true }))];
  const out: Resource[] = [
    ...twoSubnetVpc(openAcl),
    securityGroup('sg-0task', o.taskIngress ?? [perm('tcp', 8080, 8080, ['0.0.0.0/0'])]),
    resource({ type: BUCKET_TYPE, uid: `arn:aws:s3:::${ARTIFACTS}`, region: REGION, config: { name: ARTIFACTS, policy: null }, tags: {} }),
    resource({ type: PIPELINE_TYPE, uid: pipelineArn('aws', REGION, ACCOUNT, 'web'), config: { name: 'web', roleArn: null, artifactStores: [{ type: 'S3', location: ARTIFACTS }], actions: [] } }),
    resource({
      type: ROLE_TYPE,
      uid: ROLE,
      region: 'global',
      config: {
        roleName: 'web-task',
        roleId: 'AROAWEBTASK',
        path: '/',
        assumeRolePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        attachedPolicies: [],
        inlinePolicies: [{ policyName: 'app', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${ARTIFACTS}/*` }] } }],
        instanceProfiles: [],
        permissionsBoundaryArn: null,
        serviceLinked: false,
      },
    }),
    resource({ type: ECS_SERVICE_TYPE, uid: SERVICE, name: 'web', config: service, relationships: [{ type: 'uses-task-definition', target: TD }] }),
  ];
  if (o.taskDefinition !== 'missing') out.push(resource({ type: ECS_TASK_DEFINITION_TYPE, uid: TD, name: 'web:7', config: td }));
  if (o.defaultIngress !== 'missing') out.push(securityGroup('sg-0default', o.defaultIngress ?? [perm('-1', undefined, undefined, [], [], ['sg-0default'])], { groupName: 'default' }));
  if (o.loadBalancer) {
    const lb: LoadBalancerConfig = {
      LoadBalancerName: 'web-alb',
      Type: 'application',
      Scheme: o.loadBalancer.scheme,
      VpcId: 'vpc-0aaa',
      State: 'active',
      AvailabilityZones: [{ ZoneName: `${REGION}a`, SubnetId: PUBLIC }],
      SecurityGroups: ['sg-0alb'],
      attributes: {},
      listenerCount: 1,
    };
    const listener: ListenerConfig = { LoadBalancerArn: LB, LoadBalancerType: 'application', Protocol: 'HTTPS', Port: 443, DefaultActions: [{ Type: 'forward', TargetGroupArn: TG }], CertificateArns: [], rules: [] };
    // ECS registers each task's private IP (target type ip); the analysis follows the service's mapping, not the IPs.
    const group: TargetGroupConfig = { TargetGroupName: 'web-tasks', TargetType: 'ip', Protocol: 'HTTP', Port: 8080, VpcId: 'vpc-0aaa', LoadBalancerArns: [LB], targets: [{ Id: '10.0.2.37', Port: 8080, State: 'healthy' }], attributes: {} };
    out.push(
      securityGroup('sg-0alb', [perm('tcp', 443, 443, ['0.0.0.0/0'])]),
      resource({ type: LOAD_BALANCER_TYPE, uid: LB, name: 'web-alb', config: lb }),
      resource({ type: LISTENER_TYPE, uid: LB.replace(':loadbalancer/', ':listener/') + '/l443', config: listener }),
      resource({ type: TARGET_GROUP_TYPE, uid: TG, name: 'web-tasks', config: group }),
    );
  }
  return out;
}
