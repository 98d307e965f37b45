import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import {
  DescribeAddressesCommand,
  DescribeFlowLogsCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeLaunchTemplatesCommand,
  DescribeNetworkAclsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotAttributeCommand,
  DescribeSnapshotsCommand,
  DescribeSubnetsCommand,
  DescribeVolumesCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetImageBlockPublicAccessStateCommand,
  GetInstanceMetadataDefaultsCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { collector, parseTransitionTime } from '../../../../src/providers/aws/collect/services/ec2.js';
import {
  ec2RegionalSettingsUid,
  EIP_TYPE,
  FLOW_LOG_TYPE,
  IMAGE_TYPE,
  INSTANCE_TYPE,
  NETWORK_ACL_TYPE,
  REGIONAL_SETTINGS_TYPE,
  ROUTE_TABLE_TYPE,
  SECURITY_GROUP_TYPE,
  SNAPSHOT_TYPE,
  VOLUME_TYPE,
  VPC_PEERING_TYPE,
  VPC_TYPE,
  type EipConfig,
  type ImageConfig,
  type InstanceConfig,
  type NetworkAclConfig,
  type RegionalSettingsConfig,
  type RouteTableConfig,
  type SecurityGroupConfig,
  type SnapshotConfig,
  type VolumeConfig,
  type VpcConfig,
  type VpcPeeringConnectionConfig,
} from '../../../../src/providers/aws/model/ec2.js';
import { awsError, runCollector } from './harness.js';

const ec2 = mockClient(EC2Client);
const ACCOUNT = '111111111111';
const arn = (type: string, id: string) => `arn:aws:ec2:us-east-1:${ACCOUNT}:${type}/${id}`;

const instance = (id: string, extra: Record<string, unknown> = {}): Instance => ({
  InstanceId: id,
  ImageId: 'ami-0abcdef1234567890',
  InstanceType: 't3.micro',
  LaunchTime: new Date('2026-10-01T00:00:00Z'),
  State: { Code: 16, Name: 'running' },
  StateTransitionReason: '',
  PrivateIpAddress: '10.0.1.10',
  SubnetId: 'subnet-0aaa',
  VpcId: 'vpc-0aaa',
  SecurityGroups: [{ GroupId: 'sg-0web', GroupName: 'web' }],
  MetadataOptions: { State: 'applied', HttpTokens: 'required', HttpPutResponseHopLimit: 2, HttpEndpoint: 'enabled', HttpProtocolIpv6: 'disabled', InstanceMetadataTags: 'disabled' },
  NetworkInterfaces: [{ NetworkInterfaceId: 'eni-0001' }],
  PlatformDetails: 'Linux/UNIX',
  Tags: [{ Key: 'Name', Value: id === 'i-0web' ? 'web-1' : id }],
  ...extra,
}) as Instance;

function emptyDefaults() {
  ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true, SseType: 'sse-ebs' });
  ec2.on(GetSnapshotBlockPublicAccessStateCommand).resolves({ State: 'block-all-sharing' });
  ec2.on(GetImageBlockPublicAccessStateCommand).resolves({ ImageBlockPublicAccessState: 'block-new-sharing' });
  ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 } });
  ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] });
  ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] });
  ec2.on(DescribeSecurityGroupsCommand).resolves({ SecurityGroups: [] });
  ec2.on(DescribeNetworkAclsCommand).resolves({ NetworkAcls: [] });
  ec2.on(DescribeRouteTablesCommand).resolves({ RouteTables: [] });
  ec2.on(DescribeInternetGatewaysCommand).resolves({ InternetGateways: [] });
  ec2.on(DescribeVpcPeeringConnectionsCommand).resolves({ VpcPeeringConnections: [] });
  ec2.on(DescribeFlowLogsCommand).resolves({ FlowLogs: [] });
  ec2.on(DescribeInstancesCommand).resolves({ Reservations: [] });
  ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
  ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [] });
  ec2.on(DescribeImagesCommand).resolves({ Images: [] });
  ec2.on(DescribeAddressesCommand).resolves({ Addresses: [] });
  ec2.on(DescribeLaunchTemplatesCommand).resolves({ LaunchTemplates: [] });
}

describe('ec2 collector', () => {
  beforeEach(() => {
    ec2.reset();
    emptyDefaults();
  });

  it('paginates DescribeInstances (NextToken), keeps metadata options and relationships, never user data, skips terminated', async () => {
    ec2
      .on(DescribeInstancesCommand)
      .resolvesOnce({
        Reservations: [
          {
            ReservationId: 'r-1',
            OwnerId: ACCOUNT,
            Instances: [
              instance('i-0web', {
                PublicIpAddress: '203.0.113.10',
                NetworkInterfaces: [
                  { NetworkInterfaceId: 'eni-0001', Ipv6Addresses: [{ Ipv6Address: '2600:1f18:7a0:b100::10', IsPrimaryIpv6: true }] },
                  { NetworkInterfaceId: 'eni-0002', Ipv6Addresses: [{ Ipv6Address: '2600:1f18:7a0:b101::20' }] },
                ],
                MetadataOptions: { State: 'applied', HttpTokens: 'optional', HttpPutResponseHopLimit: 1, HttpEndpoint: 'enabled' },
                IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web-server-profile`, Id: 'AIPAEXAMPLE' },
                UserData: 'IyEvYmluL2Jhc2gKZWNobyBzZWNyZXQ=',
              }),
            ],
          },
        ],
        NextToken: 'page2',
      })
      .resolvesOnce({
        Reservations: [
          {
            ReservationId: 'r-2',
            Instances: [
              instance('i-0old', { State: { Code: 80, Name: 'stopped' }, StateTransitionReason: 'User initiated (2026-08-01 10:00:00 GMT)' }),
              instance('i-0gone', { State: { Code: 48, Name: 'terminated' } }),
            ],
          },
        ],
      });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    assert.equal(ec2.commandCalls(DescribeInstancesCommand)[1].args[0].input.NextToken, 'page2');
    const instances = resources.filter((r) => r.type === INSTANCE_TYPE);
    assert.deepEqual(instances.map((r) => r.uid), [arn('instance', 'i-0web'), arn('instance', 'i-0old')]);
    const web = instances[0];
    const cfg = web.config as unknown as InstanceConfig;
    assert.equal(web.name, 'web-1');
    assert.equal(cfg.publicIpAddress, '203.0.113.10');
    assert.equal(cfg.metadataOptions?.HttpTokens, 'optional');
    assert.equal(cfg.metadataOptions?.HttpPutResponseHopLimit, 1);
    assert.deepEqual(cfg.securityGroupIds, ['sg-0web']);
    assert.equal(cfg.networkInterfaceCount, 2);
    assert.deepEqual(cfg.ipv6Addresses, ['2600:1f18:7a0:b100::10', '2600:1f18:7a0:b101::20'], 'the IPv6 addresses of every interface');
    assert.ok(!JSON.stringify(web).includes('IyEvYmluL2Jhc2g'), 'user data is never stored');
    const rels = web.relationships ?? [];
    assert.ok(rels.some((r) => r.type === 'uses-security-group' && r.target === arn('security-group', 'sg-0web')));
    assert.ok(rels.some((r) => r.type === 'in-subnet' && r.target === arn('subnet', 'subnet-0aaa')));
    assert.ok(rels.some((r) => r.type === 'in-vpc' && r.target === arn('vpc', 'vpc-0aaa')));
    assert.ok(rels.some((r) => r.type === 'uses-instance-profile' && r.target === `arn:aws:iam::${ACCOUNT}:instance-profile/web-server-profile`));
    const old = instances[1].config as unknown as InstanceConfig;
    assert.equal(old.stoppedAt, '2026-08-01T10:00:00.000Z');
    assert.equal(old.publicIpAddress, null);
    assert.deepEqual(old.ipv6Addresses, [], 'no IPv6 address: an empty list, not "unknown"');
  });

  it('normalises security groups, network ACLs, VPCs, flow logs, route tables and peering connections', async () => {
    ec2.on(DescribeSecurityGroupsCommand).resolves({
      SecurityGroups: [
        {
          GroupId: 'sg-0def',
          GroupName: 'default',
          Description: 'default VPC security group',
          VpcId: 'vpc-0aaa',
          OwnerId: ACCOUNT,
          IpPermissions: [{ IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: 'sg-0def', UserId: ACCOUNT }], IpRanges: [], Ipv6Ranges: [], PrefixListIds: [] }],
          IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] }],
        },
        {
          GroupId: 'sg-0web',
          GroupName: 'web',
          VpcId: 'vpc-0aaa',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }] },
            { IpProtocol: 'tcp', FromPort: 3306, ToPort: 3306, Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
          ],
          IpPermissionsEgress: [],
        },
      ],
    });
    ec2.on(DescribeNetworkAclsCommand).resolves({
      NetworkAcls: [
        {
          NetworkAclId: 'acl-0aaa',
          VpcId: 'vpc-0aaa',
          IsDefault: false,
          Associations: [{ NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-0aaa', SubnetId: 'subnet-0aaa' }],
          Entries: [
            { RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 3389, To: 3389 } },
            { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
          ],
        },
      ],
    });
    ec2.on(DescribeVpcsCommand).resolves({
      Vpcs: [
        {
          VpcId: 'vpc-0aaa',
          IsDefault: false,
          State: 'available',
          CidrBlock: '10.0.0.0/16',
          CidrBlockAssociationSet: [
            { AssociationId: 'a1', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' } },
            { AssociationId: 'a2', CidrBlock: '10.1.0.0/16', CidrBlockState: { State: 'disassociated' } },
          ],
        },
      ],
    });
    ec2.on(DescribeFlowLogsCommand).resolves({
      FlowLogs: [{ FlowLogId: 'fl-0aaa', ResourceId: 'vpc-0aaa', FlowLogStatus: 'ACTIVE', TrafficType: 'ALL', LogDestinationType: 'cloud-watch-logs', LogGroupName: 'vpc-flow' }],
    });
    ec2.on(DescribeRouteTablesCommand).resolves({
      RouteTables: [
        {
          RouteTableId: 'rtb-0aaa',
          VpcId: 'vpc-0aaa',
          Associations: [{ Main: true, RouteTableAssociationId: 'rtbassoc-1' }, { Main: false, SubnetId: 'subnet-0aaa' }],
          Routes: [
            { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', State: 'active', Origin: 'CreateRouteTable' },
            { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0aaa', State: 'active', Origin: 'CreateRoute' },
            { DestinationCidrBlock: '172.16.0.0/16', VpcPeeringConnectionId: 'pcx-0aaa', State: 'active', Origin: 'CreateRoute' },
            { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0aaa', State: 'active', Origin: 'CreateRoute' },
          ],
        },
      ],
    });
    ec2.on(DescribeVpcPeeringConnectionsCommand).resolves({
      VpcPeeringConnections: [
        {
          VpcPeeringConnectionId: 'pcx-0aaa',
          Status: { Code: 'active', Message: 'Active' },
          RequesterVpcInfo: { OwnerId: ACCOUNT, VpcId: 'vpc-0aaa', Region: 'us-east-1', CidrBlock: '10.0.0.0/16', CidrBlockSet: [{ CidrBlock: '10.0.0.0/16' }] },
          AccepterVpcInfo: { OwnerId: '222222222222', VpcId: 'vpc-0bbb', Region: 'us-east-1', CidrBlock: '172.16.0.0/16' },
        },
      ],
    });
    const { resources, errors } = await runCollector(collector);
    assert.deepEqual(errors, []);
    const sgs = resources.filter((r) => r.type === SECURITY_GROUP_TYPE);
    const def = sgs.find((r) => r.uid === arn('security-group', 'sg-0def'))?.config as unknown as SecurityGroupConfig;
    assert.equal(def.isDefault, true);
    assert.equal(def.egress[0].IpRanges[0].CidrIp, '0.0.0.0/0');
    const web = sgs.find((r) => r.uid === arn('security-group', 'sg-0web'))?.config as unknown as SecurityGroupConfig;
    assert.equal(web.isDefault, false);
    assert.deepEqual(web.ingress[0], { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }], Ipv6Ranges: [], UserIdGroupPairs: [], PrefixListIds: [] });
    assert.equal(web.ingress[1].Ipv6Ranges[0].CidrIpv6, '::/0');

    const acl = resources.find((r) => r.type === NETWORK_ACL_TYPE);
    const aclCfg = acl?.config as unknown as NetworkAclConfig;
    assert.deepEqual(aclCfg.associatedSubnetIds, ['subnet-0aaa']);
    assert.deepEqual(aclCfg.entries[0], { RuleNumber: 100, Egress: false, Protocol: '6', RuleAction: 'allow', CidrBlock: '0.0.0.0/0', PortRange: { From: 3389, To: 3389 } });

    const vpc = resources.find((r) => r.type === VPC_TYPE)?.config as unknown as VpcConfig;
    assert.deepEqual(vpc.cidrBlocks, ['10.0.0.0/16']);
    const flow = resources.find((r) => r.type === FLOW_LOG_TYPE);
    assert.ok(flow?.relationships?.some((r) => r.type === 'logs-for' && r.target === arn('vpc', 'vpc-0aaa')));

    const rtb = resources.find((r) => r.type === ROUTE_TABLE_TYPE);
    const rtbCfg = rtb?.config as unknown as RouteTableConfig;
    assert.equal(rtbCfg.main, true);
    assert.deepEqual(rtbCfg.associatedSubnetIds, ['subnet-0aaa']);
    assert.deepEqual(rtbCfg.routes[2], { DestinationCidrBlock: '172.16.0.0/16', VpcPeeringConnectionId: 'pcx-0aaa', State: 'active', Origin: 'CreateRoute' });
    assert.deepEqual(rtbCfg.routes[3], { DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0aaa', State: 'active', Origin: 'CreateRoute' });
    assert.ok(rtb?.relationships?.some((r) => r.type === 'routes-to' && r.target === arn('internet-gateway', 'igw-0aaa')));
    const pcx = resources.find((r) => r.type === VPC_PEERING_TYPE)?.config as unknown as VpcPeeringConnectionConfig;
    assert.deepEqual(pcx.accepter.cidrBlocks, ['172.16.0.0/16']);
    assert.equal(pcx.requester.ownerId, ACCOUNT);
  });

  it('reads snapshot sharing per snapshot; AccessDenied on one snapshot is recorded without aborting', async () => {
    ec2
      .on(DescribeSnapshotsCommand)
      .resolvesOnce({
        Snapshots: [{ SnapshotId: 'snap-0pub', VolumeId: 'vol-0aaa', Encrypted: false, State: 'completed', OwnerId: ACCOUNT, StartTime: new Date('2026-09-01T00:00:00Z') }],
        NextToken: 'snaps2',
      })
      .resolvesOnce({
        Snapshots: [
          { SnapshotId: 'snap-0shared', VolumeId: 'vol-0bbb', Encrypted: true, State: 'completed', OwnerId: ACCOUNT },
          { SnapshotId: 'snap-0denied', VolumeId: 'vol-0ccc', Encrypted: true, State: 'completed', OwnerId: ACCOUNT },
          { SnapshotId: 'snap-0deleted', VolumeId: 'vol-0ddd', Encrypted: true, State: 'completed', OwnerId: ACCOUNT },
        ],
      });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0pub' }).resolves({ SnapshotId: 'snap-0pub', CreateVolumePermissions: [{ Group: 'all' }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0shared' }).resolves({ SnapshotId: 'snap-0shared', CreateVolumePermissions: [{ UserId: '999999999999' }] });
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0denied' }).rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403));
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0deleted' }).rejects(awsError('InvalidSnapshot.NotFound', "The snapshot 'snap-0deleted' does not exist."));
    ec2.on(DescribeVolumesCommand).resolves({
      Volumes: [
        { VolumeId: 'vol-0aaa', Encrypted: false, State: 'in-use', Size: 8, VolumeType: 'gp3', Attachments: [{ InstanceId: 'i-0web', State: 'attached', Device: '/dev/xvda', VolumeId: 'vol-0aaa' }] },
      ],
    });
    const { resources, errors } = await runCollector(collector);
    assert.equal(ec2.commandCalls(DescribeSnapshotsCommand)[0].args[0].input.OwnerIds?.[0], 'self');
    assert.equal(ec2.commandCalls(DescribeSnapshotsCommand)[1].args[0].input.NextToken, 'snaps2');
    const snaps = resources.filter((r) => r.type === SNAPSHOT_TYPE);
    assert.equal(snaps.length, 3, 'a snapshot deleted meanwhile (InvalidSnapshot.NotFound) is absent, not an error');
    const byId = (id: string) => snaps.find((r) => r.uid === `arn:aws:ec2:us-east-1::snapshot/${id}`);
    assert.deepEqual((byId('snap-0pub')?.config as unknown as SnapshotConfig).createVolumePermissions, [{ Group: 'all' }]);
    assert.deepEqual((byId('snap-0shared')?.config as unknown as SnapshotConfig).createVolumePermissions, [{ UserId: '999999999999' }]);
    const denied = byId('snap-0denied');
    assert.equal((denied?.config as unknown as SnapshotConfig).createVolumePermissions, undefined);
    assert.deepEqual(denied?.errors, { createVolumePermissions: 'AccessDenied' });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeSnapshotAttribute');
    assert.equal(errors[0].resourceUid, 'arn:aws:ec2:us-east-1::snapshot/snap-0denied');
    const vol = resources.find((r) => r.type === VOLUME_TYPE);
    assert.equal((vol?.config as unknown as VolumeConfig).encrypted, false);
    assert.ok(vol?.relationships?.some((r) => r.type === 'attached-to' && r.target === arn('instance', 'i-0web')));
  });

  // Amazon EC2 User Guide › Share an AMI with specific organizations or OUs / Make your AMI public:
  // launch permissions name accounts, organization or OU ARNs, or the group "all".
  it('reads AMI launch permissions per image (accounts, organization, OU, public); AccessDenied marks only that image', async () => {
    const orgArn = 'arn:aws:organizations::210987654321:organization/o-abc123def4';
    const ouArn = 'arn:aws:organizations::210987654321:ou/o-abc123def4/ou-ab12-11111111';
    ec2.on(DescribeImagesCommand).resolves({
      Images: [
        { ImageId: 'ami-0public', Name: 'golden-public', Public: true, State: 'available', OwnerId: ACCOUNT, CreationDate: '2026-09-01T00:00:00.000Z' },
        { ImageId: 'ami-0shared', Name: 'golden-shared', Public: false, State: 'available', OwnerId: ACCOUNT },
        { ImageId: 'ami-0private', Name: 'golden-private', Public: false, State: 'available', OwnerId: ACCOUNT },
        { ImageId: 'ami-0denied', Name: 'golden-denied', Public: false, State: 'available', OwnerId: ACCOUNT },
        { ImageId: 'ami-0gone', Name: 'deregistered', Public: false, State: 'available', OwnerId: ACCOUNT },
      ],
    });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-0public' }).resolves({ ImageId: 'ami-0public', LaunchPermissions: [{ Group: 'all' }] });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-0shared' }).resolves({
      ImageId: 'ami-0shared',
      LaunchPermissions: [{ UserId: '999999999999' }, { OrganizationArn: orgArn }, { OrganizationalUnitArn: ouArn }],
    });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-0private' }).resolves({ ImageId: 'ami-0private', LaunchPermissions: [] });
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-0denied' }).rejects(awsError('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403));
    ec2.on(DescribeImageAttributeCommand, { ImageId: 'ami-0gone' }).rejects(awsError('InvalidAMIID.NotFound', "The image id '[ami-0gone]' does not exist"));
    const { resources, errors } = await runCollector(collector, { account: ACCOUNT });
    for (const call of ec2.commandCalls(DescribeImageAttributeCommand)) assert.equal(call.args[0].input.Attribute, 'launchPermission');
    const images = resources.filter((r) => r.type === IMAGE_TYPE);
    assert.equal(images.length, 4, 'an image deregistered meanwhile is absent, not an error');
    const imageArn = (id: string) => `arn:aws:ec2:us-east-1::image/${id}`;
    const cfg = (id: string) => images.find((r) => r.uid === imageArn(id))!;
    assert.deepEqual((cfg('ami-0public').config as unknown as ImageConfig).launchPermissions, [{ Group: 'all' }]);
    assert.equal((cfg('ami-0public').config as unknown as ImageConfig).public, true);
    assert.deepEqual((cfg('ami-0shared').config as unknown as ImageConfig).launchPermissions, [{ UserId: '999999999999' }, { OrganizationArn: orgArn }, { OrganizationalUnitArn: ouArn }]);
    assert.deepEqual((cfg('ami-0private').config as unknown as ImageConfig).launchPermissions, []);
    assert.equal((cfg('ami-0denied').config as unknown as ImageConfig).launchPermissions, undefined);
    assert.deepEqual(cfg('ami-0denied').errors, { launchPermissions: 'AccessDenied' });
    assert.equal(cfg('ami-0private').errors, undefined);
    assert.deepEqual(errors.map((e) => [e.operation, e.resourceUid]), [['DescribeImageAttribute', imageArn('ami-0denied')]]);
  });

  it('records a failed listing with its resource types and still collects the rest', async () => {
    ec2.on(DescribeSecurityGroupsCommand).rejects(awsError('UnauthorizedOperation', 'not authorized', 403));
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-0def', IsDefault: true, CidrBlock: '172.31.0.0/16' }] });
    ec2.on(DescribeAddressesCommand).resolves({ Addresses: [{ AllocationId: 'eipalloc-0aaa', PublicIp: '198.51.100.7', Domain: 'vpc' }] });
    const { resources, errors } = await runCollector(collector);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].operation, 'DescribeSecurityGroups');
    assert.equal(errors[0].code, 'AccessDenied');
    assert.deepEqual(errors[0].resourceTypes, [SECURITY_GROUP_TYPE]);
    assert.equal(resources.filter((r) => r.type === SECURITY_GROUP_TYPE).length, 0);
    assert.equal((resources.find((r) => r.type === VPC_TYPE)?.config as unknown as VpcConfig).isDefault, true);
    const eip = resources.find((r) => r.type === EIP_TYPE);
    assert.equal(eip?.uid, arn('elastic-ip', 'eipalloc-0aaa'));
    assert.equal((eip?.config as unknown as EipConfig).associationId, undefined);
  });

  it('regional settings: values, "no account default" as null, and per-setting errors', async () => {
    let { resources } = await runCollector(collector);
    let settings = resources.find((r) => r.type === REGIONAL_SETTINGS_TYPE);
    assert.equal(settings?.uid, ec2RegionalSettingsUid(ACCOUNT, 'us-east-1'));
    assert.deepEqual(settings?.config as unknown as RegionalSettingsConfig, {
      ebsEncryptionByDefault: true,
      snapshotBlockPublicAccess: 'block-all-sharing',
      imageBlockPublicAccess: 'block-new-sharing',
      instanceMetadataDefaults: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
    });

    ec2.reset();
    emptyDefaults();
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
    ec2.on(GetInstanceMetadataDefaultsCommand).resolves({ AccountLevel: {} });
    ec2.on(GetSnapshotBlockPublicAccessStateCommand).rejects(awsError('UnauthorizedOperation', 'not authorized', 403));
    ec2.on(GetImageBlockPublicAccessStateCommand).resolves({ ImageBlockPublicAccessState: 'unblocked' });
    let errors;
    ({ resources, errors } = await runCollector(collector, { region: 'ap-northeast-1' }));
    settings = resources.find((r) => r.type === REGIONAL_SETTINGS_TYPE);
    const cfg = settings?.config as unknown as RegionalSettingsConfig;
    assert.equal(settings?.region, 'ap-northeast-1');
    assert.equal(cfg.ebsEncryptionByDefault, false);
    assert.equal(cfg.instanceMetadataDefaults, null, 'no account-level default set');
    assert.equal(cfg.imageBlockPublicAccess, 'unblocked');
    assert.equal(cfg.snapshotBlockPublicAccess, undefined);
    assert.deepEqual(settings?.errors, { snapshotBlockPublicAccess: 'AccessDenied' });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].region, 'ap-northeast-1');
  });

  it('parses stop times from StateTransitionReason', () => {
    assert.equal(parseTransitionTime('User initiated (2026-01-02 03:04:05 GMT)'), '2026-01-02T03:04:05.000Z');
    assert.equal(parseTransitionTime(''), null);
    assert.equal(parseTransitionTime(undefined), null);
  });
});
