import {
  DescribeAddressesCommand,
  DescribeImageAttributeCommand,
  DescribeSnapshotAttributeCommand,
  EC2Client,
  GetEbsEncryptionByDefaultCommand,
  GetImageBlockPublicAccessStateCommand,
  GetInstanceMetadataDefaultsCommand,
  GetSnapshotBlockPublicAccessStateCommand,
  paginateDescribeFlowLogs,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeInternetGateways,
  paginateDescribeNetworkAcls,
  paginateDescribeRouteTables,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots,
  paginateDescribeSubnets,
  paginateDescribeVolumes,
  paginateDescribeVpcPeeringConnections,
  paginateDescribeVpcs,
  type Instance,
  type IpPermission as SdkIpPermission,
  type Tag,
  type VpcPeeringConnectionVpcInfo,
} from '@aws-sdk/client-ec2';
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
  type CreateVolumePermission,
  type EipConfig,
  type FlowLogConfig,
  type ImageConfig,
  type InstanceConfig,
  type InternetGatewayConfig,
  type IpPermission,
  type LaunchPermission,
  type NetworkAclConfig,
  type PeeringVpcInfo,
  type RegionalSettingsConfig,
  type RouteTableConfig,
  type SecurityGroupConfig,
  type SnapshotConfig,
  type SubnetConfig,
  type VolumeConfig,
  type VpcConfig,
  type VpcPeeringConnectionConfig,
} from '../../model/ec2.js';
import type { Relationship } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import { collectLaunchTemplates } from './ec2-launch-templates.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const tagsOf = (tags: Tag[] | undefined): Record<string, string> =>
  Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key as string, t.Value ?? '']));

const nameOf = (tags: Record<string, string>, id: string) => tags.Name || id;
const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined);
const errorsOrUndefined = (errors: Record<string, string>) => (Object.keys(errors).length ? errors : undefined);

/** Drains a paginator into one array (so a failure on any page fails the whole listing). */
async function all<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(pick(page) ?? []));
  return out;
}

/** "User initiated (2026-01-01 10:00:00 GMT)" → ISO time; null when absent. */
export function parseTransitionTime(reason: string | undefined): string | null {
  const m = reason?.match(/\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/);
  return m ? new Date(`${m[1]}T${m[2]}Z`).toISOString() : null;
}

function permission(p: SdkIpPermission): IpPermission {
  return {
    IpProtocol: p.IpProtocol ?? '-1',
    ...(p.FromPort !== undefined ? { FromPort: p.FromPort } : {}),
    ...(p.ToPort !== undefined ? { ToPort: p.ToPort } : {}),
    IpRanges: (p.IpRanges ?? []).map((r) => ({ CidrIp: r.CidrIp ?? '', ...(r.Description ? { Description: r.Description } : {}) })),
    Ipv6Ranges: (p.Ipv6Ranges ?? []).map((r) => ({ CidrIpv6: r.CidrIpv6 ?? '', ...(r.Description ? { Description: r.Description } : {}) })),
    UserIdGroupPairs: (p.UserIdGroupPairs ?? []).map((g) => ({
      ...(g.GroupId ? { GroupId: g.GroupId } : {}),
      ...(g.UserId ? { UserId: g.UserId } : {}),
      ...(g.VpcPeeringConnectionId ? { VpcPeeringConnectionId: g.VpcPeeringConnectionId } : {}),
    })),
    PrefixListIds: (p.PrefixListIds ?? []).filter((x) => x.PrefixListId).map((x) => ({ PrefixListId: x.PrefixListId as string })),
  };
}

function peeringInfo(v: VpcPeeringConnectionVpcInfo | undefined): PeeringVpcInfo {
  const cidrs = new Set<string>();
  if (v?.CidrBlock) cidrs.add(v.CidrBlock);
  for (const c of v?.CidrBlockSet ?? []) if (c.CidrBlock) cidrs.add(c.CidrBlock);
  return {
    ownerId: v?.OwnerId,
    vpcId: v?.VpcId,
    region: v?.Region,
    cidrBlocks: [...cidrs],
    ipv6CidrBlocks: (v?.Ipv6CidrBlockSet ?? []).map((c) => c.Ipv6CidrBlock).filter((c): c is string => !!c),
  };
}

async function collectInstances(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const instances = await ctx.list('DescribeInstances', [INSTANCE_TYPE], () =>
    all(paginateDescribeInstances({ client: ec2 }, {}), (p) => (p.Reservations ?? []).flatMap((r) => r.Instances ?? [])),
  );
  for (const i of instances ?? []) {
    if (!i.InstanceId || i.State?.Name === 'terminated') continue;
    emitInstance(ctx, i, arn);
  }
}

function emitInstance(ctx: CollectContext, i: Instance, arn: (t: string, id: string) => string) {
  const id = i.InstanceId as string;
  const tags = tagsOf(i.Tags);
  const state = i.State?.Name ?? 'unknown';
  const securityGroupIds = (i.SecurityGroups ?? []).map((g) => g.GroupId).filter((g): g is string => !!g);
  const profileArn = i.IamInstanceProfile?.Arn ?? null;
  const config: InstanceConfig = {
    instanceId: id,
    state,
    instanceType: i.InstanceType,
    imageId: i.ImageId,
    launchTime: iso(i.LaunchTime),
    stateTransitionReason: i.StateTransitionReason || undefined,
    stoppedAt: state === 'stopped' ? parseTransitionTime(i.StateTransitionReason) : null,
    publicIpAddress: i.PublicIpAddress ?? null,
    privateIpAddress: i.PrivateIpAddress,
    ipv6Addresses: (i.NetworkInterfaces ?? []).flatMap((n) => (n.Ipv6Addresses ?? []).map((a) => a.Ipv6Address)).filter((a): a is string => !!a),
    subnetId: i.SubnetId,
    vpcId: i.VpcId,
    securityGroupIds,
    iamInstanceProfileArn: profileArn,
    metadataOptions: i.MetadataOptions
      ? {
          HttpTokens: i.MetadataOptions.HttpTokens,
          HttpEndpoint: i.MetadataOptions.HttpEndpoint,
          HttpPutResponseHopLimit: i.MetadataOptions.HttpPutResponseHopLimit,
          InstanceMetadataTags: i.MetadataOptions.InstanceMetadataTags,
        }
      : undefined,
    networkInterfaceCount: (i.NetworkInterfaces ?? []).length,
    platform: i.PlatformDetails ?? i.Platform,
  };
  const relationships: Relationship[] = securityGroupIds.map((g) => ({ type: 'uses-security-group', target: arn('security-group', g) }));
  if (i.SubnetId) relationships.push({ type: 'in-subnet', target: arn('subnet', i.SubnetId) });
  if (i.VpcId) relationships.push({ type: 'in-vpc', target: arn('vpc', i.VpcId) });
  if (profileArn) relationships.push({ type: 'uses-instance-profile', target: profileArn });
  ctx.emit({
    uid: arn('instance', id),
    account: ctx.account,
    region: ctx.region,
    type: INSTANCE_TYPE,
    name: nameOf(tags, id),
    tags,
    config,
    relationships,
  });
}

async function collectSecurityGroups(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const groups = await ctx.list('DescribeSecurityGroups', [SECURITY_GROUP_TYPE], () =>
    all(paginateDescribeSecurityGroups({ client: ec2 }, {}), (p) => p.SecurityGroups),
  );
  for (const g of groups ?? []) {
    if (!g.GroupId) continue;
    const tags = tagsOf(g.Tags);
    const config: SecurityGroupConfig = {
      groupId: g.GroupId,
      groupName: g.GroupName ?? g.GroupId,
      description: g.Description,
      vpcId: g.VpcId,
      ownerId: g.OwnerId,
      isDefault: g.GroupName === 'default',
      ingress: (g.IpPermissions ?? []).map(permission),
      egress: (g.IpPermissionsEgress ?? []).map(permission),
    };
    ctx.emit({
      uid: arn('security-group', g.GroupId),
      account: ctx.account,
      region: ctx.region,
      type: SECURITY_GROUP_TYPE,
      name: g.GroupName ? `${g.GroupName} (${g.GroupId})` : g.GroupId,
      tags,
      config,
      relationships: g.VpcId ? [{ type: 'in-vpc', target: arn('vpc', g.VpcId) }] : [],
    });
  }
}

async function collectNetworkAcls(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const acls = await ctx.list('DescribeNetworkAcls', [NETWORK_ACL_TYPE], () =>
    all(paginateDescribeNetworkAcls({ client: ec2 }, {}), (p) => p.NetworkAcls),
  );
  for (const a of acls ?? []) {
    if (!a.NetworkAclId) continue;
    const tags = tagsOf(a.Tags);
    const subnets = (a.Associations ?? []).map((s) => s.SubnetId).filter((s): s is string => !!s);
    const config: NetworkAclConfig = {
      networkAclId: a.NetworkAclId,
      vpcId: a.VpcId,
      isDefault: a.IsDefault ?? false,
      entries: (a.Entries ?? []).map((e) => ({
        RuleNumber: e.RuleNumber ?? 0,
        Egress: e.Egress ?? false,
        Protocol: e.Protocol ?? '-1',
        RuleAction: e.RuleAction ?? 'deny',
        ...(e.CidrBlock ? { CidrBlock: e.CidrBlock } : {}),
        ...(e.Ipv6CidrBlock ? { Ipv6CidrBlock: e.Ipv6CidrBlock } : {}),
        ...(e.PortRange ? { PortRange: { From: e.PortRange.From, To: e.PortRange.To } } : {}),
      })),
      associatedSubnetIds: subnets,
    };
    const relationships: Relationship[] = a.VpcId ? [{ type: 'in-vpc', target: arn('vpc', a.VpcId) }] : [];
    for (const s of subnets) relationships.push({ type: 'associated-with', target: arn('subnet', s) });
    ctx.emit({
      uid: arn('network-acl', a.NetworkAclId),
      account: ctx.account,
      region: ctx.region,
      type: NETWORK_ACL_TYPE,
      name: nameOf(tags, a.NetworkAclId),
      tags,
      config,
      relationships,
    });
  }
}

async function collectVpcs(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const vpcs = await ctx.list('DescribeVpcs', [VPC_TYPE], () => all(paginateDescribeVpcs({ client: ec2 }, {}), (p) => p.Vpcs));
  for (const v of vpcs ?? []) {
    if (!v.VpcId) continue;
    const tags = tagsOf(v.Tags);
    const cidrs = new Set<string>();
    if (v.CidrBlock) cidrs.add(v.CidrBlock);
    for (const c of v.CidrBlockAssociationSet ?? []) {
      if (c.CidrBlock && c.CidrBlockState?.State === 'associated') cidrs.add(c.CidrBlock);
    }
    const config: VpcConfig = {
      vpcId: v.VpcId,
      isDefault: v.IsDefault ?? false,
      state: v.State,
      cidrBlock: v.CidrBlock,
      cidrBlocks: [...cidrs],
      ipv6CidrBlocks: (v.Ipv6CidrBlockAssociationSet ?? [])
        .filter((c) => c.Ipv6CidrBlockState?.State === 'associated')
        .map((c) => c.Ipv6CidrBlock)
        .filter((c): c is string => !!c),
    };
    ctx.emit({ uid: arn('vpc', v.VpcId), account: ctx.account, region: ctx.region, type: VPC_TYPE, name: nameOf(tags, v.VpcId), tags, config });
  }
}

async function collectFlowLogs(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const logs = await ctx.list('DescribeFlowLogs', [FLOW_LOG_TYPE], () => all(paginateDescribeFlowLogs({ client: ec2 }, {}), (p) => p.FlowLogs));
  for (const f of logs ?? []) {
    if (!f.FlowLogId) continue;
    const tags = tagsOf(f.Tags);
    const config: FlowLogConfig = {
      flowLogId: f.FlowLogId,
      resourceId: f.ResourceId,
      flowLogStatus: f.FlowLogStatus,
      trafficType: f.TrafficType,
      logDestinationType: f.LogDestinationType,
      logDestination: f.LogDestination,
      logGroupName: f.LogGroupName,
      deliverLogsStatus: f.DeliverLogsStatus,
    };
    const relationships: Relationship[] = [];
    const rid = f.ResourceId ?? '';
    if (rid.startsWith('vpc-')) relationships.push({ type: 'logs-for', target: arn('vpc', rid) });
    else if (rid.startsWith('subnet-')) relationships.push({ type: 'logs-for', target: arn('subnet', rid) });
    if (f.LogDestination) relationships.push({ type: 'logs-to', target: f.LogDestination });
    ctx.emit({
      uid: arn('vpc-flow-log', f.FlowLogId),
      account: ctx.account,
      region: ctx.region,
      type: FLOW_LOG_TYPE,
      name: nameOf(tags, f.FlowLogId),
      tags,
      config,
      relationships,
    });
  }
}

async function collectVolumes(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const volumes = await ctx.list('DescribeVolumes', [VOLUME_TYPE], () => all(paginateDescribeVolumes({ client: ec2 }, {}), (p) => p.Volumes));
  for (const v of volumes ?? []) {
    if (!v.VolumeId) continue;
    const tags = tagsOf(v.Tags);
    const attachments = (v.Attachments ?? []).map((a) => ({ instanceId: a.InstanceId, state: a.State, device: a.Device }));
    const config: VolumeConfig = {
      volumeId: v.VolumeId,
      encrypted: v.Encrypted ?? false,
      kmsKeyId: v.KmsKeyId,
      state: v.State,
      size: v.Size,
      volumeType: v.VolumeType,
      snapshotId: v.SnapshotId || undefined,
      attachments,
    };
    const relationships: Relationship[] = attachments
      .filter((a) => a.instanceId)
      .map((a) => ({ type: 'attached-to', target: arn('instance', a.instanceId as string) }));
    if (v.KmsKeyId) relationships.push({ type: 'encrypted-by', target: v.KmsKeyId });
    ctx.emit({ uid: arn('volume', v.VolumeId), account: ctx.account, region: ctx.region, type: VOLUME_TYPE, name: nameOf(tags, v.VolumeId), tags, config, relationships });
  }
}

async function collectSnapshots(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const snapshots = await ctx.list('DescribeSnapshots', [SNAPSHOT_TYPE], () =>
    all(paginateDescribeSnapshots({ client: ec2 }, { OwnerIds: ['self'] }), (p) => p.Snapshots),
  );
  await mapPool(
    (snapshots ?? []).filter((s) => s.SnapshotId),
    4,
    async (s) => {
      const id = s.SnapshotId as string;
      const uid = arn('snapshot', id);
      const errors: Record<string, string> = {};
      const attr = await ctx.detail(errors, uid, 'createVolumePermissions', 'DescribeSnapshotAttribute', () =>
        ec2.send(new DescribeSnapshotAttributeCommand({ SnapshotId: id, Attribute: 'createVolumePermission' })),
        ['InvalidSnapshot.NotFound'],
      );
      if (attr === null) return; // deleted between the listing and the attribute call
      const tags = tagsOf(s.Tags);
      const config: SnapshotConfig = {
        snapshotId: id,
        volumeId: s.VolumeId,
        encrypted: s.Encrypted ?? false,
        kmsKeyId: s.KmsKeyId,
        state: s.State,
        startTime: iso(s.StartTime),
        ownerId: s.OwnerId,
        createVolumePermissions:
          attr === undefined
            ? undefined
            : (attr.CreateVolumePermissions ?? []).map(
                (p): CreateVolumePermission => ({ ...(p.Group ? { Group: p.Group } : {}), ...(p.UserId ? { UserId: p.UserId } : {}) }),
              ),
      };
      const relationships: Relationship[] = s.VolumeId && s.VolumeId !== 'vol-ffffffff' ? [{ type: 'snapshot-of', target: arn('volume', s.VolumeId) }] : [];
      ctx.emit({
        uid,
        account: ctx.account,
        region: ctx.region,
        type: SNAPSHOT_TYPE,
        name: nameOf(tags, id),
        tags,
        config,
        relationships,
        errors: errorsOrUndefined(errors),
      });
    },
  );
}

async function collectImages(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const images = await ctx.list('DescribeImages', [IMAGE_TYPE], () =>
    all(paginateDescribeImages({ client: ec2 }, { Owners: ['self'], IncludeDeprecated: true }), (p) => p.Images),
  );
  await mapPool(
    (images ?? []).filter((i) => i.ImageId),
    4,
    async (i) => {
      const id = i.ImageId as string;
      const uid = arn('image', id);
      const errors: Record<string, string> = {};
      const attr = await ctx.detail(errors, uid, 'launchPermissions', 'DescribeImageAttribute', () =>
        ec2.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })),
        ['InvalidAMIID.NotFound', 'InvalidAMIID.Unavailable'],
      );
      if (attr === null) return; // deregistered between the listing and the attribute call
      const tags = tagsOf(i.Tags);
      const config: ImageConfig = {
        imageId: id,
        imageName: i.Name,
        public: i.Public ?? false,
        state: i.State,
        creationDate: i.CreationDate,
        ownerId: i.OwnerId,
        launchPermissions:
          attr === undefined
            ? undefined
            : (attr.LaunchPermissions ?? []).map(
                (p): LaunchPermission => ({
                  ...(p.Group ? { Group: p.Group } : {}),
                  ...(p.UserId ? { UserId: p.UserId } : {}),
                  ...(p.OrganizationArn ? { OrganizationArn: p.OrganizationArn } : {}),
                  ...(p.OrganizationalUnitArn ? { OrganizationalUnitArn: p.OrganizationalUnitArn } : {}),
                }),
              ),
      };
      ctx.emit({ uid, account: ctx.account, region: ctx.region, type: IMAGE_TYPE, name: i.Name ?? id, tags, config, errors: errorsOrUndefined(errors) });
    },
  );
}

async function collectRouteTables(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const tables = await ctx.list('DescribeRouteTables', [ROUTE_TABLE_TYPE], () =>
    all(paginateDescribeRouteTables({ client: ec2 }, {}), (p) => p.RouteTables),
  );
  for (const t of tables ?? []) {
    if (!t.RouteTableId) continue;
    const tags = tagsOf(t.Tags);
    const config: RouteTableConfig = {
      routeTableId: t.RouteTableId,
      vpcId: t.VpcId,
      main: (t.Associations ?? []).some((a) => a.Main),
      associatedSubnetIds: (t.Associations ?? []).map((a) => a.SubnetId).filter((s): s is string => !!s),
      routes: (t.Routes ?? []).map((r) =>
        Object.fromEntries(
          Object.entries({
            DestinationCidrBlock: r.DestinationCidrBlock,
            DestinationIpv6CidrBlock: r.DestinationIpv6CidrBlock,
            DestinationPrefixListId: r.DestinationPrefixListId,
            GatewayId: r.GatewayId,
            NatGatewayId: r.NatGatewayId,
            TransitGatewayId: r.TransitGatewayId,
            VpcPeeringConnectionId: r.VpcPeeringConnectionId,
            NetworkInterfaceId: r.NetworkInterfaceId,
            InstanceId: r.InstanceId,
            EgressOnlyInternetGatewayId: r.EgressOnlyInternetGatewayId,
            State: r.State,
            Origin: r.Origin,
          }).filter(([, v]) => v !== undefined),
        ),
      ),
    };
    const relationships: Relationship[] = t.VpcId ? [{ type: 'in-vpc', target: arn('vpc', t.VpcId) }] : [];
    for (const s of config.associatedSubnetIds) relationships.push({ type: 'associated-with', target: arn('subnet', s) });
    const targets = new Set<string>();
    for (const r of config.routes) {
      if (r.GatewayId?.startsWith('igw-')) targets.add(arn('internet-gateway', r.GatewayId));
      if (r.VpcPeeringConnectionId) targets.add(arn('vpc-peering-connection', r.VpcPeeringConnectionId));
    }
    for (const target of targets) relationships.push({ type: 'routes-to', target });
    ctx.emit({ uid: arn('route-table', t.RouteTableId), account: ctx.account, region: ctx.region, type: ROUTE_TABLE_TYPE, name: nameOf(tags, t.RouteTableId), tags, config, relationships });
  }
}

async function collectInternetGateways(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const gateways = await ctx.list('DescribeInternetGateways', [INTERNET_GATEWAY_TYPE], () =>
    all(paginateDescribeInternetGateways({ client: ec2 }, {}), (p) => p.InternetGateways),
  );
  for (const g of gateways ?? []) {
    if (!g.InternetGatewayId) continue;
    const tags = tagsOf(g.Tags);
    const config: InternetGatewayConfig = {
      internetGatewayId: g.InternetGatewayId,
      attachments: (g.Attachments ?? []).map((a) => ({ vpcId: a.VpcId, state: a.State })),
    };
    const relationships = config.attachments.filter((a) => a.vpcId).map((a) => ({ type: 'attached-to', target: arn('vpc', a.vpcId as string) }));
    ctx.emit({
      uid: arn('internet-gateway', g.InternetGatewayId),
      account: ctx.account,
      region: ctx.region,
      type: INTERNET_GATEWAY_TYPE,
      name: nameOf(tags, g.InternetGatewayId),
      tags,
      config,
      relationships,
    });
  }
}

async function collectSubnets(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const subnets = await ctx.list('DescribeSubnets', [SUBNET_TYPE], () => all(paginateDescribeSubnets({ client: ec2 }, {}), (p) => p.Subnets));
  for (const s of subnets ?? []) {
    if (!s.SubnetId) continue;
    const tags = tagsOf(s.Tags);
    const config: SubnetConfig = {
      subnetId: s.SubnetId,
      vpcId: s.VpcId,
      cidrBlock: s.CidrBlock,
      availabilityZone: s.AvailabilityZone,
      mapPublicIpOnLaunch: s.MapPublicIpOnLaunch ?? false,
      assignIpv6AddressOnCreation: s.AssignIpv6AddressOnCreation,
      defaultForAz: s.DefaultForAz,
    };
    ctx.emit({
      uid: arn('subnet', s.SubnetId),
      account: ctx.account,
      region: ctx.region,
      type: SUBNET_TYPE,
      name: nameOf(tags, s.SubnetId),
      tags,
      config,
      relationships: s.VpcId ? [{ type: 'in-vpc', target: arn('vpc', s.VpcId) }] : [],
    });
  }
}

async function collectAddresses(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  // DescribeAddresses is not paginated: one call returns every address of the region.
  const res = await ctx.list('DescribeAddresses', [EIP_TYPE], () => ec2.send(new DescribeAddressesCommand({})));
  for (const a of res?.Addresses ?? []) {
    const id = a.AllocationId ?? a.PublicIp;
    if (!id) continue;
    const tags = tagsOf(a.Tags);
    const config: EipConfig = {
      allocationId: a.AllocationId,
      publicIp: a.PublicIp,
      domain: a.Domain,
      associationId: a.AssociationId,
      instanceId: a.InstanceId || undefined,
      networkInterfaceId: a.NetworkInterfaceId,
    };
    ctx.emit({
      uid: arn('elastic-ip', id),
      account: ctx.account,
      region: ctx.region,
      type: EIP_TYPE,
      name: a.PublicIp ? `${nameOf(tags, id)} (${a.PublicIp})` : nameOf(tags, id),
      tags,
      config,
      relationships: a.InstanceId ? [{ type: 'associated-with', target: arn('instance', a.InstanceId) }] : [],
    });
  }
}

async function collectPeeringConnections(ctx: CollectContext, ec2: EC2Client, arn: (t: string, id: string) => string) {
  const peerings = await ctx.list('DescribeVpcPeeringConnections', [VPC_PEERING_TYPE], () =>
    all(paginateDescribeVpcPeeringConnections({ client: ec2 }, {}), (p) => p.VpcPeeringConnections),
  );
  for (const p of peerings ?? []) {
    if (!p.VpcPeeringConnectionId) continue;
    const tags = tagsOf(p.Tags);
    const config: VpcPeeringConnectionConfig = {
      vpcPeeringConnectionId: p.VpcPeeringConnectionId,
      status: p.Status?.Code,
      requester: peeringInfo(p.RequesterVpcInfo),
      accepter: peeringInfo(p.AccepterVpcInfo),
    };
    ctx.emit({
      uid: arn('vpc-peering-connection', p.VpcPeeringConnectionId),
      account: ctx.account,
      region: ctx.region,
      type: VPC_PEERING_TYPE,
      name: nameOf(tags, p.VpcPeeringConnectionId),
      tags,
      config,
    });
  }
}

async function collectRegionalSettings(ctx: CollectContext, ec2: EC2Client) {
  const uid = ec2RegionalSettingsUid(ctx.account, ctx.region, ctx.partition);
  const errors: Record<string, string> = {};
  const ebs = await ctx.detail(errors, uid, 'ebsEncryptionByDefault', 'GetEbsEncryptionByDefault', () =>
    ec2.send(new GetEbsEncryptionByDefaultCommand({})),
  );
  const snap = await ctx.detail(errors, uid, 'snapshotBlockPublicAccess', 'GetSnapshotBlockPublicAccessState', () =>
    ec2.send(new GetSnapshotBlockPublicAccessStateCommand({})),
  );
  const image = await ctx.detail(errors, uid, 'imageBlockPublicAccess', 'GetImageBlockPublicAccessState', () =>
    ec2.send(new GetImageBlockPublicAccessStateCommand({})),
  );
  const imds = await ctx.detail(errors, uid, 'instanceMetadataDefaults', 'GetInstanceMetadataDefaults', () =>
    ec2.send(new GetInstanceMetadataDefaultsCommand({})),
  );
  const level = imds?.AccountLevel;
  const config: RegionalSettingsConfig = {
    ebsEncryptionByDefault: ebs ? (ebs.EbsEncryptionByDefault ?? false) : undefined,
    snapshotBlockPublicAccess: snap ? (snap.State ?? 'unblocked') : undefined,
    imageBlockPublicAccess: image ? (image.ImageBlockPublicAccessState ?? 'unblocked') : undefined,
    instanceMetadataDefaults:
      imds === undefined
        ? undefined
        : level && Object.values(level).some((v) => v !== undefined)
          ? Object.fromEntries(
              Object.entries({
                HttpTokens: level.HttpTokens,
                HttpPutResponseHopLimit: level.HttpPutResponseHopLimit,
                HttpEndpoint: level.HttpEndpoint,
                InstanceMetadataTags: level.InstanceMetadataTags,
              }).filter(([, v]) => v !== undefined),
            )
          : null,
  };
  ctx.emit({
    uid,
    account: ctx.account,
    region: ctx.region,
    type: REGIONAL_SETTINGS_TYPE,
    name: `EC2 settings ${ctx.region}`,
    tags: {},
    config,
    errors: errorsOrUndefined(errors),
  });
}

export const collector: ServiceCollector = {
  service: 'ec2',
  global: false,
  async collect(ctx) {
    const ec2 = ctx.client(EC2Client);
    const arn = (type: string, id: string) => ec2Arn(ctx.partition, ctx.region, ctx.account, type, id);
    await collectRegionalSettings(ctx, ec2);
    await collectVpcs(ctx, ec2, arn);
    await collectSubnets(ctx, ec2, arn);
    await collectSecurityGroups(ctx, ec2, arn);
    await collectNetworkAcls(ctx, ec2, arn);
    await collectRouteTables(ctx, ec2, arn);
    await collectInternetGateways(ctx, ec2, arn);
    await collectPeeringConnections(ctx, ec2, arn);
    await collectFlowLogs(ctx, ec2, arn);
    await collectInstances(ctx, ec2, arn);
    await collectVolumes(ctx, ec2, arn);
    await collectSnapshots(ctx, ec2, arn);
    await collectImages(ctx, ec2, arn);
    await collectAddresses(ctx, ec2, arn);
    await collectLaunchTemplates(ctx, ec2, arn);
  },
};
