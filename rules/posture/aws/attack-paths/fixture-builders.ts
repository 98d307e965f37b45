/** The seed's chain as fixture resources, with knobs to break each link (kept out of rule folders: not a rule). */
import type { CollectionError, Resource } from '../../../../src/model/types.js';
import { DEPLOYMENT_GROUP_TYPE, PIPELINE_TYPE, deploymentGroupArn, pipelineArn } from '../../../../src/providers/aws/model/codepipeline.js';
import { INTERNET_GATEWAY_TYPE, ROUTE_TABLE_TYPE } from '../../../../src/providers/aws/model/ec2.js';
import { INSTANCE_PROFILE_TYPE, ROLE_TYPE } from '../../../../src/providers/aws/model/iam.js';
import { BUCKET_TYPE } from '../../../../src/providers/aws/model/s3.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';
import { DEFAULT_DENY, aclEntry, arn, instance, networkAcl, perm, securityGroup } from '../ec2/fixture-builders.js';

export const WEB = arn('instance', 'i-0web');
const PROFILE = `arn:aws:iam::${ACCOUNT}:instance-profile/web-profile`;
const ROLE = `arn:aws:iam::${ACCOUNT}:role/web-role`;
export const ARTIFACTS = 'fixture-pipeline-artifacts';
export const DATA = 'fixture-customer-data';

export interface ChainOptions {
  imdsV2?: boolean;
  publicIp?: boolean;
  role?: boolean;
  /** The role's permissions (default: write the artifact bucket). */
  actions?: { Action: string | string[]; Resource: string | string[] }[];
  routeTables?: boolean;
  /**
   * IPv6 on the web server: an IPv6 address, security group and NACL open to 443 from ::/0 (with the
   * return traffic), and subnet-0aaa sending ::/0 to the internet gateway ('igw') or to an
   * egress-only internet gateway ('eigw', outbound only). Without it the instance has no IPv6 address.
   */
  ipv6?: 'igw' | 'eigw';
}

export const WEB_IPV6 = '2600:1f18:7a0:b100::7';

export function chain(o: ChainOptions = {}): Resource[] {
  const out: Resource[] = [
    instance('i-0web', {
      publicIpAddress: o.publicIp === false ? null : '198.51.100.7',
      ipv6Addresses: o.ipv6 ? [WEB_IPV6] : [],
      subnetId: 'subnet-0aaa',
      securityGroupIds: ['sg-0web'],
      iamInstanceProfileArn: o.role === false ? null : PROFILE,
      metadataOptions: { HttpTokens: o.imdsV2 ? 'required' : 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
    }, undefined),
    securityGroup('sg-0web', [perm('tcp', 443, 443, ['0.0.0.0/0'], o.ipv6 ? ['::/0'] : [])]),
    networkAcl('acl-0pub', [
      aclEntry(100, 'allow', '6', '0.0.0.0/0', [443, 443]),
      aclEntry(110, 'allow', '6', '0.0.0.0/0', [1024, 65535]),
      ...(o.ipv6 ? [aclEntry(101, 'allow', '6', '::/0', [443, 443]), aclEntry(111, 'allow', '6', '::/0', [1024, 65535]), aclEntry(101, 'allow', '-1', '::/0', undefined, true)] : []),
      ...DEFAULT_DENY,
      aclEntry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
      ...DEFAULT_DENY.map((e) => ({ ...e, Egress: true })),
    ]),
    resource({ type: INTERNET_GATEWAY_TYPE, uid: arn('internet-gateway', 'igw-0aaa'), config: { internetGatewayId: 'igw-0aaa', attachments: [{ vpcId: 'vpc-0aaa', state: 'available' }] } }),
    resource({ type: BUCKET_TYPE, uid: `arn:aws:s3:::${ARTIFACTS}`, region: REGION, config: { name: ARTIFACTS, policy: null }, tags: {} }),
    resource({ type: BUCKET_TYPE, uid: `arn:aws:s3:::${DATA}`, region: REGION, config: { name: DATA, policy: null }, tags: { 'data-classification': 'confidential' } }),
    resource({
      type: PIPELINE_TYPE,
      uid: pipelineArn('aws', REGION, ACCOUNT, 'web'),
      config: { name: 'web', roleArn: null, artifactStores: [{ type: 'S3', location: ARTIFACTS }], actions: [] },
      relationships: [{ type: 'deploys-to', target: deploymentGroupArn('aws', REGION, ACCOUNT, 'web', 'fleet') }],
    }),
    resource({
      type: DEPLOYMENT_GROUP_TYPE,
      uid: deploymentGroupArn('aws', REGION, ACCOUNT, 'web', 'fleet'),
      config: { applicationName: 'web', deploymentGroupName: 'fleet', serviceRoleArn: null, ec2TagFilters: [{ Key: 'role', Value: 'web', Type: 'KEY_AND_VALUE' }], ec2TagSet: [], autoScalingGroups: [], ecsServices: [] },
    }),
  ];
  out[0].tags = { role: 'web' };
  if (o.routeTables !== false) {
    out.push(
      resource({
        type: ROUTE_TABLE_TYPE,
        uid: arn('route-table', 'rtb-0pub'),
        config: {
          routeTableId: 'rtb-0pub',
          vpcId: 'vpc-0aaa',
          main: false,
          associatedSubnetIds: ['subnet-0aaa'],
          routes: [
            { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active' },
            { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0aaa', State: 'active' },
            ...(o.ipv6 === 'igw' ? [{ DestinationIpv6CidrBlock: '::/0', GatewayId: 'igw-0aaa', State: 'active' }] : []),
            ...(o.ipv6 === 'eigw' ? [{ DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0aaa', State: 'active' }] : []),
          ],
        },
      }),
    );
  }
  if (o.role !== false) {
    out.push(
      resource({ type: INSTANCE_PROFILE_TYPE, uid: PROFILE, region: 'global', config: { instanceProfileName: 'web-profile', instanceProfileId: 'AIPAWEB' }, relationships: [{ type: 'has-role', target: ROLE }] }),
      resource({
        type: ROLE_TYPE,
        uid: ROLE,
        region: 'global',
        config: {
          roleName: 'web-role',
          roleId: 'AROAWEBROLE',
          path: '/',
          assumeRolePolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          attachedPolicies: [],
          inlinePolicies: [{ policyName: 'app', document: { Version: '2012-10-17', Statement: (o.actions ?? [{ Action: 's3:PutObject', Resource: `arn:aws:s3:::${ARTIFACTS}/*` }]).map((s) => ({ Effect: 'Allow', ...s })) } }],
          instanceProfiles: [PROFILE],
          permissionsBoundaryArn: null,
          serviceLinked: false,
        },
      }),
    );
  }
  return out;
}

/** DescribeRouteTables denied in the fixture region. */
export const ROUTE_TABLES_DENIED: CollectionError[] = [
  { provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeRouteTables', code: 'AccessDenied', message: 'not authorized to perform: ec2:DescribeRouteTables', resourceTypes: [ROUTE_TABLE_TYPE] },
];
