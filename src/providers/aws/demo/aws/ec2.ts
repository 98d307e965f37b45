/**
 * Demo resources for Amazon EC2 and VPC.
 *
 * prod (ap-northeast-1, the workload): the "web-prod" VPC without flow logs; web-1 with a public
 * IP, IMDSv1 and the web-server-profile role, in a security group open to SSH from 0.0.0.0/0 and
 * MySQL from ::/0, on an unencrypted root volume whose public snapshot anyone can restore; public
 * subnets that auto-assign public IPs, a public network ACL that allows RDP from the internet, a
 * peering route to the whole management VPC, a long-stopped batch instance, an idle Elastic IP and
 * a snapshot shared with an unknown account; EBS encryption by default off. Next to it the private
 * app-1 instance (IMDSv2, no public IP, encrypted volume) shows what good looks like, and the
 * groups of the data area's databases and web-alb allow only what they need.
 * prod (us-east-1): the untouched default VPC — default security group and network ACL allowing
 * everything, no flow logs.
 * mgmt: the well-run side — flow-logged VPC, closed default security group, hardened network
 * ACLs, private AMI, least-access peering route and every regional guardrail switched on; public
 * subnets (no auto-assigned public IPs) only for the tools ALB, and tight groups for the data area's
 * databases, ALB and Lambda function.
 */
import {
  ec2Arn,
  ec2RegionalSettingsUid,
  EIP_TYPE,
  FLOW_LOG_TYPE,
  IMAGE_TYPE,
  INSTANCE_TYPE,
  INTERNET_GATEWAY_TYPE,
  NETWORK_ACL_TYPE,
  REGIONAL_SETTINGS_TYPE,
  ROUTE_TABLE_TYPE,
  SECURITY_GROUP_TYPE,
  SNAPSHOT_TYPE,
  SUBNET_TYPE,
  VOLUME_TYPE,
  VPC_PEERING_TYPE,
  VPC_TYPE,
  type EipConfig,
  type FlowLogConfig,
  type ImageConfig,
  type InstanceConfig,
  type InternetGatewayConfig,
  type IpPermission,
  type NetworkAclConfig,
  type NetworkAclEntry,
  type RegionalSettingsConfig,
  type Route,
  type RouteTableConfig,
  type SecurityGroupConfig,
  type SnapshotConfig,
  type SubnetConfig,
  type VolumeConfig,
  type VpcConfig,
  type VpcPeeringConnectionConfig,
} from '../../model/ec2.js';
import type { Relationship } from '../../../../model/types.js';
import type { DemoBuilder } from '../builder.js';
import { DEMO } from '../scenario.js';

const { prod, mgmt, mainRegion, names } = DEMO;
const OTHER_REGION = 'us-east-1';

const arn = (account: string, region: string, type: string, id: string) => ec2Arn('aws', region, account, type, id);

/** Ids used across this file (and by other demo areas: subnets 60101/60102/60111/60112, EKS groups 60020/60030/60031; see EC2_DEMO_NETWORK). */
const ID = {
  publicSubnetA: 'subnet-0a1b2c3d4e5f60101',
  publicSubnetC: 'subnet-0a1b2c3d4e5f60102',
  privateSubnetA: 'subnet-0a1b2c3d4e5f60111',
  privateSubnetC: 'subnet-0a1b2c3d4e5f60112',
  igw: 'igw-0a1b2c3d4e5f60120',
  publicRtb: 'rtb-0a1b2c3d4e5f60125',
  privateRtb: 'rtb-0a1b2c3d4e5f60126',
  peering: 'pcx-0a1b2c3d4e5f60130',
  publicAcl: 'acl-0a1b2c3d4e5f60140',
  privateAcl: 'acl-0a1b2c3d4e5f60141',
  defaultAcl: 'acl-0a1b2c3d4e5f60142',
  legacyAcl: 'acl-0a1b2c3d4e5f60143',
  defaultSg: 'sg-0a1b2c3d4e5f60011',
  appSg: 'sg-0a1b2c3d4e5f60012',
  webEksClusterSg: 'sg-0a1b2c3d4e5f60020',
  batchEksClusterSg: 'sg-0a1b2c3d4e5f60030',
  batchEksSg: 'sg-0a1b2c3d4e5f60031',
  dbSg: 'sg-0a1b2c3d4e5f60040',
  webAlbSg: 'sg-0a1b2c3d4e5f60050',
  appInstance: 'i-0a1b2c3d4e5f60002',
  batchInstance: 'i-0a1b2c3d4e5f60003',
  appVolume: 'vol-0a1b2c3d4e5f60201',
  batchVolume: 'vol-0a1b2c3d4e5f60202',
  appSnapshot: 'snap-0a1b2c3d4e5f60301',
  migrationSnapshot: 'snap-0a1b2c3d4e5f60302',
  webAmi: 'ami-0a1b2c3d4e5f60400',
  webEip: 'eipalloc-0a1b2c3d4e5f60450',
  idleEip: 'eipalloc-0a1b2c3d4e5f60451',
  // prod us-east-1 default VPC
  defaultVpc: 'vpc-0a1b2c3d4e5f60500',
  defaultVpcSubnetA: 'subnet-0a1b2c3d4e5f60501',
  defaultVpcSubnetB: 'subnet-0a1b2c3d4e5f60502',
  defaultVpcSg: 'sg-0a1b2c3d4e5f60510',
  defaultVpcIgw: 'igw-0a1b2c3d4e5f60520',
  defaultVpcRtb: 'rtb-0a1b2c3d4e5f60530',
  defaultVpcAcl: 'acl-0a1b2c3d4e5f60540',
  // mgmt ap-northeast-1 shared-services VPC
  mgmtVpc: 'vpc-0a1b2c3d4e5f60600',
  mgmtSubnetA: 'subnet-0a1b2c3d4e5f60601',
  mgmtSubnetC: 'subnet-0a1b2c3d4e5f60602',
  mgmtPublicSubnetA: 'subnet-0a1b2c3d4e5f60603',
  mgmtPublicSubnetC: 'subnet-0a1b2c3d4e5f60604',
  mgmtDefaultSg: 'sg-0a1b2c3d4e5f60611',
  mgmtToolsSg: 'sg-0a1b2c3d4e5f60612',
  mgmtDbSg: 'sg-0a1b2c3d4e5f60613',
  mgmtAlbSg: 'sg-0a1b2c3d4e5f60614',
  mgmtNotifierSg: 'sg-0a1b2c3d4e5f60615',
  mgmtDefaultAcl: 'acl-0a1b2c3d4e5f60620',
  mgmtPublicAcl: 'acl-0a1b2c3d4e5f60621',
  mgmtIgw: 'igw-0a1b2c3d4e5f60625',
  mgmtRtb: 'rtb-0a1b2c3d4e5f60630',
  mgmtPublicRtb: 'rtb-0a1b2c3d4e5f60631',
  mgmtFlowLog: 'fl-0a1b2c3d4e5f60640',
  mgmtAmi: 'ami-0a1b2c3d4e5f60700',
  mgmtAmiSnapshot: 'snap-0a1b2c3d4e5f60701',
} as const;

/** VPCs, subnets and security groups other demo areas place their resources in (RDS, ELB, Lambda). */
export const EC2_DEMO_NETWORK = {
  prod: {
    vpcId: names.vpcId,
    publicSubnets: [ID.publicSubnetA, ID.publicSubnetC],
    privateSubnets: [ID.privateSubnetA, ID.privateSubnetC],
    appSecurityGroupId: ID.appSg,
    dbSecurityGroupId: ID.dbSg,
    albSecurityGroupId: ID.webAlbSg,
  },
  mgmt: {
    vpcId: ID.mgmtVpc,
    publicSubnets: [ID.mgmtPublicSubnetA, ID.mgmtPublicSubnetC],
    privateSubnets: [ID.mgmtSubnetA, ID.mgmtSubnetC],
    dbSecurityGroupId: ID.mgmtDbSg,
    albSecurityGroupId: ID.mgmtAlbSg,
    lambdaSecurityGroupId: ID.mgmtNotifierSg,
  },
} as const;

/** Office range of the company (TEST-NET-2): the only source allowed past the tools ALB and to reporting-db. */
const OFFICE_CIDR = '198.51.100.0/24';

/** An unknown AWS account a vendor migration share was made to. */
const VENDOR_ACCOUNT = '444455556666';

const PROD_CIDR = '10.0.0.0/16';
const MGMT_CIDR = '10.100.0.0/16';

export function addEc2Demo(demo: DemoBuilder): void {
  addRegionalSettings(demo);
  addProdNetwork(demo);
  addProdCompute(demo);
  addProdDefaultVpc(demo);
  addMgmt(demo);
}

// ---------------------------------------------------------------- helpers

function perm(protocol: string, from: number | undefined, to: number | undefined, src: { v4?: string[]; v6?: string[]; groups?: string[]; account?: string } = {}): IpPermission {
  return {
    IpProtocol: protocol,
    ...(from !== undefined ? { FromPort: from } : {}),
    ...(to !== undefined ? { ToPort: to } : {}),
    IpRanges: (src.v4 ?? []).map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: (src.v6 ?? []).map((CidrIpv6) => ({ CidrIpv6 })),
    UserIdGroupPairs: (src.groups ?? []).map((GroupId) => ({ GroupId, UserId: src.account })),
    PrefixListIds: [],
  };
}
const ALL_OUT = (): IpPermission[] => [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })];

function entry(n: number, action: 'allow' | 'deny', protocol: string, cidr: string, ports?: [number, number], egress = false): NetworkAclEntry {
  return {
    RuleNumber: n,
    Egress: egress,
    Protocol: protocol,
    RuleAction: action,
    ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
    ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
  };
}
const DEFAULT_DENY = (egress: boolean) => [entry(32767, 'deny', '-1', '0.0.0.0/0', undefined, egress)];

function vpc(demo: DemoBuilder, account: string, region: string, config: VpcConfig, name: string) {
  demo.add({ uid: arn(account, region, 'vpc', config.vpcId), account, region, type: VPC_TYPE, name, tags: { Name: name }, config });
}

function subnet(demo: DemoBuilder, account: string, region: string, config: SubnetConfig, name: string) {
  demo.add({
    uid: arn(account, region, 'subnet', config.subnetId),
    account,
    region,
    type: SUBNET_TYPE,
    name,
    tags: { Name: name },
    config,
    relationships: [{ type: 'in-vpc', target: arn(account, region, 'vpc', config.vpcId as string) }],
  });
}

function securityGroup(demo: DemoBuilder, account: string, region: string, config: SecurityGroupConfig, tags: Record<string, string> = {}) {
  demo.add({
    uid: arn(account, region, 'security-group', config.groupId),
    account,
    region,
    type: SECURITY_GROUP_TYPE,
    name: `${config.groupName} (${config.groupId})`,
    tags,
    config,
    relationships: [{ type: 'in-vpc', target: arn(account, region, 'vpc', config.vpcId as string) }],
  });
}

function networkAcl(demo: DemoBuilder, account: string, region: string, config: NetworkAclConfig, name?: string) {
  const relationships: Relationship[] = [{ type: 'in-vpc', target: arn(account, region, 'vpc', config.vpcId as string) }];
  for (const s of config.associatedSubnetIds) relationships.push({ type: 'associated-with', target: arn(account, region, 'subnet', s) });
  demo.add({
    uid: arn(account, region, 'network-acl', config.networkAclId),
    account,
    region,
    type: NETWORK_ACL_TYPE,
    name: name ?? config.networkAclId,
    tags: name ? { Name: name } : {},
    config,
    relationships,
  });
}

function routeTable(demo: DemoBuilder, account: string, region: string, config: RouteTableConfig, name: string) {
  const relationships: Relationship[] = [{ type: 'in-vpc', target: arn(account, region, 'vpc', config.vpcId as string) }];
  for (const s of config.associatedSubnetIds) relationships.push({ type: 'associated-with', target: arn(account, region, 'subnet', s) });
  for (const r of config.routes) {
    if (r.GatewayId?.startsWith('igw-')) relationships.push({ type: 'routes-to', target: arn(account, region, 'internet-gateway', r.GatewayId) });
    if (r.VpcPeeringConnectionId) relationships.push({ type: 'routes-to', target: arn(account, region, 'vpc-peering-connection', r.VpcPeeringConnectionId) });
  }
  demo.add({ uid: arn(account, region, 'route-table', config.routeTableId), account, region, type: ROUTE_TABLE_TYPE, name, tags: { Name: name }, config, relationships });
}

function internetGateway(demo: DemoBuilder, account: string, region: string, id: string, vpcId: string, name: string) {
  const config: InternetGatewayConfig = { internetGatewayId: id, attachments: [{ vpcId, state: 'available' }] };
  demo.add({
    uid: arn(account, region, 'internet-gateway', id),
    account,
    region,
    type: INTERNET_GATEWAY_TYPE,
    name,
    tags: { Name: name },
    config,
    relationships: [{ type: 'attached-to', target: arn(account, region, 'vpc', vpcId) }],
  });
}

function instance(demo: DemoBuilder, account: string, region: string, config: InstanceConfig, name: string, tags: Record<string, string>) {
  const relationships: Relationship[] = config.securityGroupIds.map((g) => ({ type: 'uses-security-group', target: arn(account, region, 'security-group', g) }));
  if (config.subnetId) relationships.push({ type: 'in-subnet', target: arn(account, region, 'subnet', config.subnetId) });
  if (config.vpcId) relationships.push({ type: 'in-vpc', target: arn(account, region, 'vpc', config.vpcId) });
  if (config.iamInstanceProfileArn) relationships.push({ type: 'uses-instance-profile', target: config.iamInstanceProfileArn });
  demo.add({ uid: arn(account, region, 'instance', config.instanceId), account, region, type: INSTANCE_TYPE, name, tags: { Name: name, ...tags }, config, relationships });
}

function volume(demo: DemoBuilder, account: string, region: string, config: VolumeConfig, name: string) {
  const relationships: Relationship[] = config.attachments
    .filter((a) => a.instanceId)
    .map((a) => ({ type: 'attached-to', target: arn(account, region, 'instance', a.instanceId as string) }));
  if (config.kmsKeyId) relationships.push({ type: 'encrypted-by', target: config.kmsKeyId });
  demo.add({ uid: arn(account, region, 'volume', config.volumeId), account, region, type: VOLUME_TYPE, name, tags: { Name: name }, config, relationships });
}

function snapshot(demo: DemoBuilder, account: string, region: string, config: SnapshotConfig, name: string, tags: Record<string, string> = {}) {
  demo.add({
    uid: arn(account, region, 'snapshot', config.snapshotId),
    account,
    region,
    type: SNAPSHOT_TYPE,
    name,
    tags: { Name: name, ...tags },
    config,
    relationships: config.volumeId ? [{ type: 'snapshot-of', target: arn(account, region, 'volume', config.volumeId) }] : [],
  });
}

const ebsKey = (account: string, region: string) => `arn:aws:kms:${region}:${account}:alias/aws/ebs`;

// ---------------------------------------------------------------- regional settings

function addRegionalSettings(demo: DemoBuilder) {
  const settings: [string, string, RegionalSettingsConfig][] = [
    // The workload region: nothing switched on.
    [prod, mainRegion, { ebsEncryptionByDefault: false, snapshotBlockPublicAccess: 'unblocked', imageBlockPublicAccess: 'unblocked', instanceMetadataDefaults: null }],
    // The second prod region was set up later from the platform baseline, but only partly.
    [prod, OTHER_REGION, { ebsEncryptionByDefault: true, snapshotBlockPublicAccess: 'block-new-sharing', imageBlockPublicAccess: 'block-new-sharing', instanceMetadataDefaults: null }],
    ...DEMO.regions.map(
      (region): [string, string, RegionalSettingsConfig] => [
        mgmt,
        region,
        {
          ebsEncryptionByDefault: true,
          snapshotBlockPublicAccess: 'block-all-sharing',
          imageBlockPublicAccess: 'block-new-sharing',
          instanceMetadataDefaults: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
        },
      ],
    ),
  ];
  for (const [account, region, config] of settings) {
    demo.add({ uid: ec2RegionalSettingsUid(account, region), account, region, type: REGIONAL_SETTINGS_TYPE, name: `EC2 settings ${region}`, config });
  }
}

// ---------------------------------------------------------------- prod: network (ap-northeast-1)

function addProdNetwork(demo: DemoBuilder) {
  const r = mainRegion;
  const vpcId = names.vpcId;
  vpc(demo, prod, r, { vpcId, isDefault: false, state: 'available', cidrBlock: PROD_CIDR, cidrBlocks: [PROD_CIDR], ipv6CidrBlocks: ['2406:da14:abc:1200::/56'] }, 'web-prod');
  // No flow log for web-prod: the network half of the attack chain leaves no trace.

  const subnets: [string, string, string, boolean][] = [
    [ID.publicSubnetA, '10.0.1.0/24', `${r}a`, true],
    [ID.publicSubnetC, '10.0.2.0/24', `${r}c`, true],
    [ID.privateSubnetA, '10.0.11.0/24', `${r}a`, false],
    [ID.privateSubnetC, '10.0.12.0/24', `${r}c`, false],
  ];
  for (const [subnetId, cidrBlock, availabilityZone, isPublic] of subnets) {
    subnet(
      demo,
      prod,
      r,
      { subnetId, vpcId, cidrBlock, availabilityZone, mapPublicIpOnLaunch: isPublic, assignIpv6AddressOnCreation: false, defaultForAz: false },
      `web-prod-${isPublic ? 'public' : 'private'}-${availabilityZone.slice(-1)}`,
    );
  }
  internetGateway(demo, prod, r, ID.igw, vpcId, 'web-prod-igw');

  const local: Route = { DestinationCidrBlock: PROD_CIDR, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' };
  routeTable(
    demo,
    prod,
    r,
    {
      routeTableId: ID.publicRtb,
      vpcId,
      main: false,
      associatedSubnetIds: [ID.publicSubnetA, ID.publicSubnetC],
      routes: [
        local,
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: ID.igw, State: 'active', Origin: 'CreateRoute' },
        // "Temporary" route added while debugging monitoring: the whole management VPC.
        { DestinationCidrBlock: MGMT_CIDR, VpcPeeringConnectionId: ID.peering, State: 'active', Origin: 'CreateRoute' },
      ],
    },
    'web-prod-public',
  );
  routeTable(
    demo,
    prod,
    r,
    {
      routeTableId: ID.privateRtb,
      vpcId,
      main: true,
      associatedSubnetIds: [ID.privateSubnetA, ID.privateSubnetC],
      routes: [local, { DestinationCidrBlock: '10.100.10.0/24', VpcPeeringConnectionId: ID.peering, State: 'active', Origin: 'CreateRoute' }],
    },
    'web-prod-private',
  );
  const peering: VpcPeeringConnectionConfig = {
    vpcPeeringConnectionId: ID.peering,
    status: 'active',
    requester: { ownerId: prod, vpcId, region: r, cidrBlocks: [PROD_CIDR], ipv6CidrBlocks: [] },
    accepter: { ownerId: mgmt, vpcId: ID.mgmtVpc, region: r, cidrBlocks: [MGMT_CIDR], ipv6CidrBlocks: [] },
  };
  demo.add({ uid: arn(prod, r, 'vpc-peering-connection', ID.peering), account: prod, region: r, type: VPC_PEERING_TYPE, name: 'prod-to-shared-services', tags: { Name: 'prod-to-shared-services' }, config: peering });

  // Network ACLs: the public one was opened for RDP to a Windows jump host years ago.
  networkAcl(
    demo,
    prod,
    r,
    {
      networkAclId: ID.publicAcl,
      vpcId,
      isDefault: false,
      associatedSubnetIds: [ID.publicSubnetA, ID.publicSubnetC],
      entries: [
        entry(100, 'allow', '6', '0.0.0.0/0', [80, 80]),
        entry(110, 'allow', '6', '0.0.0.0/0', [443, 443]),
        entry(120, 'allow', '6', '0.0.0.0/0', [3389, 3389]),
        entry(130, 'allow', '6', '0.0.0.0/0', [1024, 65535]),
        entry(140, 'allow', '-1', PROD_CIDR),
        ...DEFAULT_DENY(false),
        entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
        ...DEFAULT_DENY(true),
      ],
    },
    'web-prod-public',
  );
  networkAcl(
    demo,
    prod,
    r,
    {
      networkAclId: ID.privateAcl,
      vpcId,
      isDefault: false,
      associatedSubnetIds: [ID.privateSubnetA, ID.privateSubnetC],
      entries: [
        // Return traffic needs the ephemeral range, which also covers 3389: deny admin ports first.
        entry(50, 'deny', '6', '0.0.0.0/0', [22, 22]),
        entry(51, 'deny', '6', '0.0.0.0/0', [3389, 3389]),
        entry(100, 'allow', '-1', PROD_CIDR),
        entry(110, 'allow', '-1', MGMT_CIDR),
        entry(120, 'allow', '6', '0.0.0.0/0', [1024, 65535]),
        ...DEFAULT_DENY(false),
        entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
        ...DEFAULT_DENY(true),
      ],
    },
    'web-prod-private',
  );
  // The VPC's default ACL: no subnet uses it any more, but it still allows everything.
  networkAcl(demo, prod, r, {
    networkAclId: ID.defaultAcl,
    vpcId,
    isDefault: true,
    associatedSubnetIds: [],
    entries: [entry(100, 'allow', '-1', '0.0.0.0/0'), ...DEFAULT_DENY(false), entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), ...DEFAULT_DENY(true)],
  });
  // Left over from a retired DMZ design.
  networkAcl(
    demo,
    prod,
    r,
    { networkAclId: ID.legacyAcl, vpcId, isDefault: false, associatedSubnetIds: [], entries: [entry(100, 'allow', '6', '0.0.0.0/0', [443, 443]), ...DEFAULT_DENY(false), ...DEFAULT_DENY(true)] },
    'legacy-dmz',
  );

  // Security groups.
  securityGroup(
    demo,
    prod,
    r,
    {
      groupId: names.webSecurityGroupId,
      groupName: 'web-sg',
      description: 'web servers',
      vpcId,
      ownerId: prod,
      isDefault: false,
      ingress: [
        perm('tcp', 22, 22, { v4: ['0.0.0.0/0'] }),
        perm('tcp', 80, 80, { v4: ['0.0.0.0/0'] }),
        perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] }),
        perm('tcp', 3306, 3306, { v6: ['::/0'] }),
      ],
      egress: ALL_OUT(),
    },
    { Name: 'web-sg', env: 'prod' },
  );
  securityGroup(
    demo,
    prod,
    r,
    {
      groupId: ID.appSg,
      groupName: 'app-sg',
      description: 'application tier, reachable from web-sg only',
      vpcId,
      ownerId: prod,
      isDefault: false,
      ingress: [perm('tcp', 8080, 8080, { groups: [names.webSecurityGroupId], account: prod })],
      egress: [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] }), perm('tcp', 3306, 3306, { v4: [PROD_CIDR] })],
    },
    { Name: 'app-sg', env: 'prod' },
  );
  securityGroup(demo, prod, r, { groupId: ID.defaultSg, groupName: 'default', description: 'default VPC security group', vpcId, ownerId: prod, isDefault: true, ingress: [], egress: [] });
  for (const [groupId, groupName] of [
    [ID.webEksClusterSg, 'eks-cluster-sg-web-eks'],
    [ID.batchEksClusterSg, 'eks-cluster-sg-batch-eks'],
  ] as const) {
    securityGroup(
      demo,
      prod,
      r,
      {
        groupId,
        groupName,
        description: 'EKS created security group applied to ENI that is attached to EKS Control Plane master nodes, as well as any managed workloads.',
        vpcId,
        ownerId: prod,
        isDefault: false,
        ingress: [perm('-1', undefined, undefined, { groups: [groupId], account: prod })],
        egress: ALL_OUT(),
      },
      { 'aws:eks:cluster-name': groupName.replace('eks-cluster-sg-', '') },
    );
  }
  securityGroup(
    demo,
    prod,
    r,
    {
      groupId: ID.batchEksSg,
      groupName: 'batch-eks-control-plane',
      description: 'batch-eks API access from the private subnets',
      vpcId,
      ownerId: prod,
      isDefault: false,
      ingress: [perm('tcp', 443, 443, { v4: ['10.0.11.0/24', '10.0.12.0/24'] })],
      egress: ALL_OUT(),
    },
    { Name: 'batch-eks-control-plane' },
  );
  // Shared by orders-db (MySQL, from the app tier) and reporting-db (PostgreSQL, from the analytics office).
  securityGroup(
    demo,
    prod,
    r,
    {
      groupId: ID.dbSg,
      groupName: 'prod-db',
      description: 'databases: MySQL from app-sg, PostgreSQL from the office',
      vpcId,
      ownerId: prod,
      isDefault: false,
      ingress: [perm('tcp', 3306, 3306, { groups: [ID.appSg], account: prod }), perm('tcp', 5432, 5432, { v4: [OFFICE_CIDR] })],
      egress: ALL_OUT(),
    },
    { Name: 'prod-db', env: 'prod' },
  );
  securityGroup(
    demo,
    prod,
    r,
    {
      groupId: ID.webAlbSg,
      groupName: 'web-alb-sg',
      description: 'web-alb: HTTP and HTTPS from the internet, to the web servers only',
      vpcId,
      ownerId: prod,
      isDefault: false,
      ingress: [perm('tcp', 80, 80, { v4: ['0.0.0.0/0'] }), perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] })],
      egress: [perm('tcp', 80, 80, { groups: [names.webSecurityGroupId], account: prod })],
    },
    { Name: 'web-alb-sg', env: 'prod' },
  );
}

// ---------------------------------------------------------------- prod: compute (ap-northeast-1)

function addProdCompute(demo: DemoBuilder) {
  const r = mainRegion;
  const vpcId = names.vpcId;
  instance(
    demo,
    prod,
    r,
    {
      instanceId: names.webInstanceId,
      state: 'running',
      instanceType: 't3.medium',
      imageId: ID.webAmi,
      launchTime: '2025-03-14T02:11:09.000Z',
      stoppedAt: null,
      publicIpAddress: names.webPublicIp,
      privateIpAddress: '10.0.1.25',
      subnetId: ID.publicSubnetA,
      vpcId,
      securityGroupIds: [names.webSecurityGroupId],
      iamInstanceProfileArn: `arn:aws:iam::${prod}:instance-profile/${names.webInstanceProfile}`,
      metadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, InstanceMetadataTags: 'disabled' },
      networkInterfaceCount: 1,
      platform: 'Linux/UNIX',
    },
    'web-1',
    { env: 'prod', role: 'web' },
  );
  instance(
    demo,
    prod,
    r,
    {
      instanceId: ID.appInstance,
      state: 'running',
      instanceType: 'm6i.large',
      imageId: ID.webAmi,
      launchTime: '2026-09-02T05:40:51.000Z',
      stoppedAt: null,
      publicIpAddress: null,
      privateIpAddress: '10.0.11.40',
      subnetId: ID.privateSubnetA,
      vpcId,
      securityGroupIds: [ID.appSg],
      iamInstanceProfileArn: null,
      metadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, InstanceMetadataTags: 'disabled' },
      networkInterfaceCount: 1,
      platform: 'Linux/UNIX',
    },
    'app-1',
    { env: 'prod', role: 'app' },
  );
  instance(
    demo,
    prod,
    r,
    {
      instanceId: ID.batchInstance,
      state: 'stopped',
      instanceType: 'c5.xlarge',
      imageId: ID.webAmi,
      launchTime: '2025-11-03T00:00:12.000Z',
      stateTransitionReason: 'User initiated (2026-06-12 08:31:02 GMT)',
      stoppedAt: '2026-06-12T08:31:02.000Z',
      publicIpAddress: null,
      privateIpAddress: '10.0.12.77',
      subnetId: ID.privateSubnetC,
      vpcId,
      securityGroupIds: [ID.appSg],
      iamInstanceProfileArn: null,
      metadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
      networkInterfaceCount: 2,
      platform: 'Linux/UNIX',
    },
    'legacy-batch',
    { env: 'prod', role: 'batch' },
  );

  const appKey = `arn:aws:kms:${r}:${prod}:key/2c4e6a8b-1d3f-4a5b-9c7d-0e1f2a3b4c5d`;
  volume(
    demo,
    prod,
    r,
    { volumeId: names.unencryptedVolumeId, encrypted: false, state: 'in-use', size: 30, volumeType: 'gp2', attachments: [{ instanceId: names.webInstanceId, state: 'attached', device: '/dev/xvda' }] },
    'web-1-root',
  );
  volume(
    demo,
    prod,
    r,
    { volumeId: ID.appVolume, encrypted: true, kmsKeyId: appKey, state: 'in-use', size: 50, volumeType: 'gp3', attachments: [{ instanceId: ID.appInstance, state: 'attached', device: '/dev/xvda' }] },
    'app-1-root',
  );
  volume(
    demo,
    prod,
    r,
    { volumeId: ID.batchVolume, encrypted: true, kmsKeyId: ebsKey(prod, r), state: 'in-use', size: 100, volumeType: 'gp3', attachments: [{ instanceId: ID.batchInstance, state: 'attached', device: '/dev/xvda' }] },
    'legacy-batch-root',
  );

  // Made public "for a quick restore test in the sandbox account" and never reverted.
  snapshot(
    demo,
    prod,
    r,
    { snapshotId: names.publicSnapshotId, volumeId: names.unencryptedVolumeId, encrypted: false, state: 'completed', startTime: '2025-10-02T13:05:00.000Z', ownerId: prod, createVolumePermissions: [{ Group: 'all' }] },
    'web-1-root-before-upgrade',
  );
  snapshot(
    demo,
    prod,
    r,
    { snapshotId: ID.appSnapshot, volumeId: ID.appVolume, encrypted: true, kmsKeyId: appKey, state: 'completed', startTime: '2026-11-19T18:00:00.000Z', ownerId: prod, createVolumePermissions: [] },
    'app-1-nightly',
    { 'aws:backup:source-resource': ID.appVolume },
  );
  snapshot(
    demo,
    prod,
    r,
    {
      snapshotId: ID.migrationSnapshot,
      volumeId: ID.batchVolume,
      encrypted: true,
      kmsKeyId: ebsKey(prod, r),
      state: 'completed',
      startTime: '2026-03-08T09:00:00.000Z',
      ownerId: prod,
      createVolumePermissions: [{ UserId: mgmt }, { UserId: VENDOR_ACCOUNT }],
    },
    'batch-data-for-vendor-migration',
  );

  const image: ImageConfig = { imageId: ID.webAmi, imageName: 'web-golden-2025-03', public: false, state: 'available', creationDate: '2025-03-10T07:22:41.000Z', ownerId: prod };
  demo.add({ uid: arn(prod, r, 'image', ID.webAmi), account: prod, region: r, type: IMAGE_TYPE, name: image.imageName as string, tags: { Name: 'web-golden' }, config: image });

  const eips: [string, string, EipConfig, Relationship[]][] = [
    [
      ID.webEip,
      'web-1-eip',
      { allocationId: ID.webEip, publicIp: names.webPublicIp, domain: 'vpc', associationId: 'eipassoc-0a1b2c3d4e5f60455', instanceId: names.webInstanceId, networkInterfaceId: 'eni-0a1b2c3d4e5f60460' },
      [{ type: 'associated-with', target: arn(prod, r, 'instance', names.webInstanceId) }],
    ],
    [ID.idleEip, 'old-nat-eip', { allocationId: ID.idleEip, publicIp: '203.0.113.25', domain: 'vpc' }, []],
  ];
  for (const [id, name, config, relationships] of eips) {
    demo.add({ uid: arn(prod, r, 'elastic-ip', id), account: prod, region: r, type: EIP_TYPE, name: `${name} (${config.publicIp})`, tags: { Name: name }, config, relationships });
  }
}

// ---------------------------------------------------------------- prod: untouched default VPC (us-east-1)

function addProdDefaultVpc(demo: DemoBuilder) {
  const r = OTHER_REGION;
  const vpcId = ID.defaultVpc;
  const cidr = '172.31.0.0/16';
  vpc(demo, prod, r, { vpcId, isDefault: true, state: 'available', cidrBlock: cidr, cidrBlocks: [cidr], ipv6CidrBlocks: [] }, vpcId);
  for (const [subnetId, cidrBlock, az] of [
    [ID.defaultVpcSubnetA, '172.31.0.0/20', 'us-east-1a'],
    [ID.defaultVpcSubnetB, '172.31.16.0/20', 'us-east-1b'],
  ] as const) {
    subnet(demo, prod, r, { subnetId, vpcId, cidrBlock, availabilityZone: az, mapPublicIpOnLaunch: true, assignIpv6AddressOnCreation: false, defaultForAz: true }, subnetId);
  }
  internetGateway(demo, prod, r, ID.defaultVpcIgw, vpcId, ID.defaultVpcIgw);
  routeTable(
    demo,
    prod,
    r,
    {
      routeTableId: ID.defaultVpcRtb,
      vpcId,
      main: true,
      associatedSubnetIds: [],
      routes: [
        { DestinationCidrBlock: cidr, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: ID.defaultVpcIgw, State: 'active', Origin: 'CreateRouteTable' },
      ],
    },
    ID.defaultVpcRtb,
  );
  networkAcl(demo, prod, r, {
    networkAclId: ID.defaultVpcAcl,
    vpcId,
    isDefault: true,
    associatedSubnetIds: [ID.defaultVpcSubnetA, ID.defaultVpcSubnetB],
    entries: [entry(100, 'allow', '-1', '0.0.0.0/0'), ...DEFAULT_DENY(false), entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true), ...DEFAULT_DENY(true)],
  });
  // The default security group exactly as AWS creates it: members talk to each other, everything out.
  securityGroup(demo, prod, r, {
    groupId: ID.defaultVpcSg,
    groupName: 'default',
    description: 'default VPC security group',
    vpcId,
    ownerId: prod,
    isDefault: true,
    ingress: [perm('-1', undefined, undefined, { groups: [ID.defaultVpcSg], account: prod })],
    egress: ALL_OUT(),
  });
}

// ---------------------------------------------------------------- mgmt: shared services (well configured)

function addMgmt(demo: DemoBuilder) {
  const r = mainRegion;
  const vpcId = ID.mgmtVpc;
  vpc(demo, mgmt, r, { vpcId, isDefault: false, state: 'available', cidrBlock: MGMT_CIDR, cidrBlocks: [MGMT_CIDR], ipv6CidrBlocks: [] }, 'shared-services');
  const logGroup = `arn:aws:logs:${r}:${mgmt}:log-group:/vpc/flow-logs/shared-services`;
  const flow: FlowLogConfig = {
    flowLogId: ID.mgmtFlowLog,
    resourceId: vpcId,
    flowLogStatus: 'ACTIVE',
    trafficType: 'ALL',
    logDestinationType: 'cloud-watch-logs',
    logDestination: logGroup,
    logGroupName: '/vpc/flow-logs/shared-services',
    deliverLogsStatus: 'SUCCESS',
  };
  demo.add({
    uid: arn(mgmt, r, 'vpc-flow-log', ID.mgmtFlowLog),
    account: mgmt,
    region: r,
    type: FLOW_LOG_TYPE,
    name: 'shared-services-flow-log',
    tags: { Name: 'shared-services-flow-log' },
    config: flow,
    relationships: [
      { type: 'logs-for', target: arn(mgmt, r, 'vpc', vpcId) },
      { type: 'logs-to', target: logGroup },
    ],
  });
  for (const [subnetId, cidrBlock, az] of [
    [ID.mgmtSubnetA, '10.100.10.0/24', `${r}a`],
    [ID.mgmtSubnetC, '10.100.11.0/24', `${r}c`],
  ] as const) {
    subnet(demo, mgmt, r, { subnetId, vpcId, cidrBlock, availabilityZone: az, mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, defaultForAz: false }, `shared-services-private-${az.slice(-1)}`);
  }
  // Public subnets hold only the tools ALB: no public IPs on launch, their own route table and hardened ACL.
  for (const [subnetId, cidrBlock, az] of [
    [ID.mgmtPublicSubnetA, '10.100.0.0/24', `${r}a`],
    [ID.mgmtPublicSubnetC, '10.100.1.0/24', `${r}c`],
  ] as const) {
    subnet(demo, mgmt, r, { subnetId, vpcId, cidrBlock, availabilityZone: az, mapPublicIpOnLaunch: false, assignIpv6AddressOnCreation: false, defaultForAz: false }, `shared-services-public-${az.slice(-1)}`);
  }
  internetGateway(demo, mgmt, r, ID.mgmtIgw, vpcId, 'shared-services-igw');
  routeTable(
    demo,
    mgmt,
    r,
    {
      routeTableId: ID.mgmtPublicRtb,
      vpcId,
      main: false,
      associatedSubnetIds: [ID.mgmtPublicSubnetA, ID.mgmtPublicSubnetC],
      routes: [
        { DestinationCidrBlock: MGMT_CIDR, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
        { DestinationCidrBlock: '0.0.0.0/0', GatewayId: ID.mgmtIgw, State: 'active', Origin: 'CreateRoute' },
      ],
    },
    'shared-services-public',
  );
  networkAcl(
    demo,
    mgmt,
    r,
    {
      networkAclId: ID.mgmtPublicAcl,
      vpcId,
      isDefault: false,
      associatedSubnetIds: [ID.mgmtPublicSubnetA, ID.mgmtPublicSubnetC],
      entries: [
        entry(50, 'deny', '6', '0.0.0.0/0', [22, 22]),
        entry(51, 'deny', '6', '0.0.0.0/0', [3389, 3389]),
        entry(52, 'deny', '17', '0.0.0.0/0', [22, 22]),
        entry(53, 'deny', '17', '0.0.0.0/0', [3389, 3389]),
        entry(100, 'allow', '6', '0.0.0.0/0', [80, 80]),
        entry(110, 'allow', '6', '0.0.0.0/0', [443, 443]),
        entry(120, 'allow', '6', '0.0.0.0/0', [1024, 65535]),
        entry(130, 'allow', '-1', MGMT_CIDR),
        ...DEFAULT_DENY(false),
        entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
        ...DEFAULT_DENY(true),
      ],
    },
    'shared-services-public',
  );
  routeTable(
    demo,
    mgmt,
    r,
    {
      routeTableId: ID.mgmtRtb,
      vpcId,
      main: true,
      associatedSubnetIds: [ID.mgmtSubnetA, ID.mgmtSubnetC],
      routes: [
        { DestinationCidrBlock: MGMT_CIDR, GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
        // Only the prod private subnets the monitoring tools need to reach.
        { DestinationCidrBlock: '10.0.11.0/24', VpcPeeringConnectionId: ID.peering, State: 'active', Origin: 'CreateRoute' },
        { DestinationCidrBlock: '10.0.12.0/24', VpcPeeringConnectionId: ID.peering, State: 'active', Origin: 'CreateRoute' },
      ],
    },
    'shared-services-private',
  );
  const peering: VpcPeeringConnectionConfig = {
    vpcPeeringConnectionId: ID.peering,
    status: 'active',
    requester: { ownerId: prod, vpcId: names.vpcId, region: r, cidrBlocks: [PROD_CIDR], ipv6CidrBlocks: [] },
    accepter: { ownerId: mgmt, vpcId, region: r, cidrBlocks: [MGMT_CIDR], ipv6CidrBlocks: [] },
  };
  demo.add({ uid: arn(mgmt, r, 'vpc-peering-connection', ID.peering), account: mgmt, region: r, type: VPC_PEERING_TYPE, name: 'prod-to-shared-services', tags: { Name: 'prod-to-shared-services' }, config: peering });
  // The default ACL is in use and hardened: admin ports denied from the internet first.
  networkAcl(demo, mgmt, r, {
    networkAclId: ID.mgmtDefaultAcl,
    vpcId,
    isDefault: true,
    associatedSubnetIds: [ID.mgmtSubnetA, ID.mgmtSubnetC],
    entries: [
      entry(50, 'deny', '6', '0.0.0.0/0', [22, 22]),
      entry(51, 'deny', '6', '0.0.0.0/0', [3389, 3389]),
      entry(52, 'deny', '17', '0.0.0.0/0', [22, 22]),
      entry(53, 'deny', '17', '0.0.0.0/0', [3389, 3389]),
      entry(100, 'allow', '-1', '10.0.0.0/8'),
      entry(110, 'allow', '6', '0.0.0.0/0', [1024, 65535]),
      ...DEFAULT_DENY(false),
      entry(100, 'allow', '-1', '0.0.0.0/0', undefined, true),
      ...DEFAULT_DENY(true),
    ],
  });
  securityGroup(demo, mgmt, r, { groupId: ID.mgmtDefaultSg, groupName: 'default', description: 'default VPC security group', vpcId, ownerId: mgmt, isDefault: true, ingress: [], egress: [] });
  securityGroup(
    demo,
    mgmt,
    r,
    {
      groupId: ID.mgmtToolsSg,
      groupName: 'monitoring-tools',
      description: 'monitoring collectors, reachable from the prod private subnets only',
      vpcId,
      ownerId: mgmt,
      isDefault: false,
      ingress: [perm('tcp', 443, 443, { v4: ['10.0.11.0/24', '10.0.12.0/24'] })],
      egress: [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] })],
    },
    { Name: 'monitoring-tools' },
  );
  securityGroup(
    demo,
    mgmt,
    r,
    {
      groupId: ID.mgmtDbSg,
      groupName: 'tools-db',
      description: 'audit-db and tools-aurora, reachable from the monitoring tools and the notifier only',
      vpcId,
      ownerId: mgmt,
      isDefault: false,
      ingress: [
        perm('tcp', 5432, 5432, { groups: [ID.mgmtToolsSg, ID.mgmtNotifierSg], account: mgmt }),
        perm('tcp', 3306, 3306, { groups: [ID.mgmtToolsSg], account: mgmt }),
      ],
      egress: [],
    },
    { Name: 'tools-db' },
  );
  securityGroup(
    demo,
    mgmt,
    r,
    {
      groupId: ID.mgmtAlbSg,
      groupName: 'tools-alb',
      description: 'tools portal: HTTP(S) from the office only',
      vpcId,
      ownerId: mgmt,
      isDefault: false,
      ingress: [perm('tcp', 80, 80, { v4: [OFFICE_CIDR] }), perm('tcp', 443, 443, { v4: [OFFICE_CIDR] })],
      egress: [perm('tcp', 443, 443, { v4: [MGMT_CIDR] })],
    },
    { Name: 'tools-alb' },
  );
  securityGroup(
    demo,
    mgmt,
    r,
    {
      groupId: ID.mgmtNotifierSg,
      groupName: 'guardduty-notifier',
      description: 'guardduty-notifier Lambda: no inbound, HTTPS out',
      vpcId,
      ownerId: mgmt,
      isDefault: false,
      ingress: [],
      egress: [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] })],
    },
    { Name: 'guardduty-notifier' },
  );
  const amiSnapshotKey = `arn:aws:kms:${r}:${mgmt}:key/5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`;
  snapshot(
    demo,
    mgmt,
    r,
    {
      snapshotId: ID.mgmtAmiSnapshot,
      encrypted: true,
      kmsKeyId: amiSnapshotKey,
      state: 'completed',
      startTime: '2026-10-05T04:00:00.000Z',
      ownerId: mgmt,
      // Shared with prod so the golden image can be launched there.
      createVolumePermissions: [{ UserId: prod }],
    },
    'hardened-base-2026-10-root',
  );
  const image: ImageConfig = { imageId: ID.mgmtAmi, imageName: 'hardened-base-2026-10', public: false, state: 'available', creationDate: '2026-10-05T04:12:30.000Z', ownerId: mgmt };
  demo.add({ uid: arn(mgmt, r, 'image', ID.mgmtAmi), account: mgmt, region: r, type: IMAGE_TYPE, name: image.imageName as string, tags: { Name: 'hardened-base' }, config: image });
}
