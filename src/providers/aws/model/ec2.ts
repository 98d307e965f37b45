/**
 * Config shapes of Amazon EC2 and VPC resources in the snapshot (the contract between the ec2
 * collector and the ec2 / vpc rules). Top-level fields are camelCase; nested structures that
 * mirror an AWS API shape (security group permissions, network ACL entries, routes, metadata
 * options) keep the AWS field names so they can be compared with API output and documentation.
 * User data is never collected.
 */

export const INSTANCE_TYPE = 'AWS::EC2::Instance';
export const SECURITY_GROUP_TYPE = 'AWS::EC2::SecurityGroup';
export const NETWORK_ACL_TYPE = 'AWS::EC2::NetworkAcl';
export const VPC_TYPE = 'AWS::EC2::VPC';
export const FLOW_LOG_TYPE = 'AWS::EC2::FlowLog';
export const VOLUME_TYPE = 'AWS::EC2::Volume';
/** EBS snapshot owned by the account (CloudFormation has no snapshot type; mamori uses this name). */
export const SNAPSHOT_TYPE = 'AWS::EC2::Snapshot';
/** AMI owned by the account (CloudFormation has no AMI type; mamori uses this name). */
export const IMAGE_TYPE = 'AWS::EC2::Image';
export const ROUTE_TABLE_TYPE = 'AWS::EC2::RouteTable';
export const INTERNET_GATEWAY_TYPE = 'AWS::EC2::InternetGateway';
export const SUBNET_TYPE = 'AWS::EC2::Subnet';
export const EIP_TYPE = 'AWS::EC2::EIP';
export const VPC_PEERING_TYPE = 'AWS::EC2::VPCPeeringConnection';
/**
 * AWS::EC2::RegionalSettings (mamori pseudo type): account settings of EC2 that apply to one
 * region — EBS encryption by default, block public access for snapshots and AMIs, and the
 * account-level instance metadata defaults. One per (account, region), uid from
 * `ec2RegionalSettingsUid`. A setting that could not be read is listed in Resource.errors
 * under its field name.
 */
export const REGIONAL_SETTINGS_TYPE = 'AWS::EC2::RegionalSettings';
/** Launch template (DescribeLaunchTemplates) with its default version's instance profile. */
export const LAUNCH_TEMPLATE_TYPE = 'AWS::EC2::LaunchTemplate';

/** All types the ec2 collector emits (used for listing errors that hide everything). */
export const EC2_TYPES = [
  INSTANCE_TYPE,
  SECURITY_GROUP_TYPE,
  NETWORK_ACL_TYPE,
  VPC_TYPE,
  FLOW_LOG_TYPE,
  VOLUME_TYPE,
  SNAPSHOT_TYPE,
  IMAGE_TYPE,
  ROUTE_TABLE_TYPE,
  INTERNET_GATEWAY_TYPE,
  SUBNET_TYPE,
  EIP_TYPE,
  VPC_PEERING_TYPE,
  REGIONAL_SETTINGS_TYPE,
  LAUNCH_TEMPLATE_TYPE,
];

/** ARN of an EC2 resource, e.g. ec2Arn('aws','us-east-1','111111111111','instance','i-123'). Snapshots and AMIs have no account in their ARN. */
export function ec2Arn(partition: string, region: string, account: string, resourceType: string, id: string): string {
  const acct = resourceType === 'snapshot' || resourceType === 'image' ? '' : account;
  return `arn:${partition}:ec2:${region}:${acct}:${resourceType}/${id}`;
}

export const ec2RegionalSettingsUid = (account: string, region: string, partition = 'aws') =>
  `arn:${partition}:mamori:${region}:${account}:ec2-regional-settings`;

/** EC2 instance metadata options as returned by DescribeInstances (MetadataOptions). */
export interface MetadataOptions {
  /** 'required' = IMDSv2 only; 'optional' = IMDSv1 also answers. */
  HttpTokens?: string;
  /** 'enabled' | 'disabled'. */
  HttpEndpoint?: string;
  HttpPutResponseHopLimit?: number;
  InstanceMetadataTags?: string;
}

/** AWS::EC2::Instance (DescribeInstances; terminated instances are skipped). */
export interface InstanceConfig {
  instanceId: string;
  /** pending | running | shutting-down | stopping | stopped. */
  state: string;
  instanceType?: string;
  imageId?: string;
  launchTime?: string;
  /** Raw StateTransitionReason, e.g. "User initiated (2026-01-01 10:00:00 GMT)". */
  stateTransitionReason?: string;
  /** When a stopped instance was stopped (parsed from StateTransitionReason), ISO time; null if unknown or not stopped. */
  stoppedAt: string | null;
  publicIpAddress: string | null;
  privateIpAddress?: string;
  /**
   * IPv6 addresses of all its network interfaces (NetworkInterfaces[].Ipv6Addresses[].Ipv6Address);
   * [] when it has none. Absent in snapshots of collectors that did not read them: unknown.
   */
  ipv6Addresses?: string[];
  subnetId?: string;
  vpcId?: string;
  securityGroupIds: string[];
  /** IamInstanceProfile.Arn, null when the instance has no instance profile. */
  iamInstanceProfileArn: string | null;
  metadataOptions?: MetadataOptions;
  /** Number of network interfaces attached (EC2.17). */
  networkInterfaceCount: number;
  platform?: string;
}

/**
 * AWS::EC2::LaunchTemplate, uid ec2Arn(…, 'launch-template', id). Of the default version's launch
 * template data only the instance profile is kept: its user data may hold secrets and is never
 * collected. Relationships: `uses-instance-profile` → the profile ARN when the version names it by ARN.
 */
export interface LaunchTemplateConfig {
  launchTemplateId: string;
  launchTemplateName: string;
  defaultVersionNumber?: number;
  latestVersionNumber?: number;
  /** Set when a service manages the template (Operator.Principal), e.g. an EKS managed node group's. */
  managedBy?: string;
  /**
   * The default version's IamInstanceProfile (by ARN or by name, as written); null when it names
   * none. Absent when DescribeLaunchTemplateVersions failed (errors.iamInstanceProfile).
   */
  iamInstanceProfile?: { arn?: string; name?: string } | null;
  createTime?: string;
}

export interface IpRange {
  CidrIp: string;
  Description?: string;
}
export interface Ipv6Range {
  CidrIpv6: string;
  Description?: string;
}
export interface UserIdGroupPair {
  GroupId?: string;
  UserId?: string;
  VpcPeeringConnectionId?: string;
}
/** One security group permission (IpPermission); IpProtocol '-1' means all protocols and ports. */
export interface IpPermission {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges: IpRange[];
  Ipv6Ranges: Ipv6Range[];
  UserIdGroupPairs: UserIdGroupPair[];
  PrefixListIds: { PrefixListId: string }[];
}

/** AWS::EC2::SecurityGroup (DescribeSecurityGroups). */
export interface SecurityGroupConfig {
  groupId: string;
  groupName: string;
  description?: string;
  vpcId?: string;
  ownerId?: string;
  /** The VPC's default security group (group name "default"). */
  isDefault: boolean;
  ingress: IpPermission[];
  egress: IpPermission[];
}

/** One network ACL entry as returned by DescribeNetworkAcls. Protocol is a number as string, '-1' for all. */
export interface NetworkAclEntry {
  RuleNumber: number;
  Egress: boolean;
  Protocol: string;
  RuleAction: 'allow' | 'deny' | string;
  CidrBlock?: string;
  Ipv6CidrBlock?: string;
  PortRange?: { From?: number; To?: number };
}

/** AWS::EC2::NetworkAcl (DescribeNetworkAcls). */
export interface NetworkAclConfig {
  networkAclId: string;
  vpcId?: string;
  isDefault: boolean;
  entries: NetworkAclEntry[];
  associatedSubnetIds: string[];
}

/** AWS::EC2::VPC (DescribeVpcs). */
export interface VpcConfig {
  vpcId: string;
  isDefault: boolean;
  state?: string;
  cidrBlock?: string;
  /** Every associated IPv4 CIDR block (primary and secondary). */
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
}

/** AWS::EC2::FlowLog (DescribeFlowLogs). */
export interface FlowLogConfig {
  flowLogId: string;
  /** vpc-, subnet-, eni- or tgw- id the flow log captures. */
  resourceId?: string;
  /** ACTIVE when the flow log is in effect. */
  flowLogStatus?: string;
  /** ACCEPT | REJECT | ALL. */
  trafficType?: string;
  logDestinationType?: string;
  logDestination?: string;
  logGroupName?: string;
  deliverLogsStatus?: string;
}

/** AWS::EC2::Volume (DescribeVolumes). */
export interface VolumeConfig {
  volumeId: string;
  encrypted: boolean;
  kmsKeyId?: string;
  state?: string;
  size?: number;
  volumeType?: string;
  snapshotId?: string;
  attachments: { instanceId?: string; state?: string; device?: string }[];
}

/** A createVolumePermission entry: Group 'all' means public. */
export interface CreateVolumePermission {
  Group?: string;
  UserId?: string;
}

/** AWS::EC2::Snapshot (DescribeSnapshots OwnerIds=self + DescribeSnapshotAttribute createVolumePermission). */
export interface SnapshotConfig {
  snapshotId: string;
  volumeId?: string;
  encrypted: boolean;
  kmsKeyId?: string;
  state?: string;
  startTime?: string;
  ownerId?: string;
  /** Who may create volumes from the snapshot; undefined when the attribute could not be read (see errors.createVolumePermissions). */
  createVolumePermissions?: CreateVolumePermission[];
}

/**
 * One launch permission of an AMI (DescribeImageAttribute launchPermission); exactly one field is set.
 * Group "all" makes the AMI public.
 */
export interface LaunchPermission {
  Group?: string;
  UserId?: string;
  OrganizationArn?: string;
  OrganizationalUnitArn?: string;
}

/** AWS::EC2::Image (DescribeImages Owners=self). */
export interface ImageConfig {
  imageId: string;
  imageName?: string;
  /** True when the AMI has public launch permissions. */
  public: boolean;
  state?: string;
  creationDate?: string;
  ownerId?: string;
  /**
   * Who may launch the AMI besides its owner: accounts, organizations, OUs, or Group "all".
   * [] = shared with no one. Absent when DescribeImageAttribute failed (errors.launchPermissions).
   */
  launchPermissions?: LaunchPermission[];
}

/** One route of a route table (DescribeRouteTables). */
export interface Route {
  DestinationCidrBlock?: string;
  DestinationIpv6CidrBlock?: string;
  DestinationPrefixListId?: string;
  GatewayId?: string;
  NatGatewayId?: string;
  TransitGatewayId?: string;
  VpcPeeringConnectionId?: string;
  NetworkInterfaceId?: string;
  InstanceId?: string;
  /** eigw-…: IPv6 traffic out only; the internet cannot open a connection through it. */
  EgressOnlyInternetGatewayId?: string;
  State?: string;
  Origin?: string;
}

/** AWS::EC2::RouteTable (DescribeRouteTables). */
export interface RouteTableConfig {
  routeTableId: string;
  vpcId?: string;
  /** The VPC's main route table. */
  main: boolean;
  associatedSubnetIds: string[];
  routes: Route[];
}

/** AWS::EC2::InternetGateway (DescribeInternetGateways). */
export interface InternetGatewayConfig {
  internetGatewayId: string;
  attachments: { vpcId?: string; state?: string }[];
}

/** AWS::EC2::Subnet (DescribeSubnets). */
export interface SubnetConfig {
  subnetId: string;
  vpcId?: string;
  cidrBlock?: string;
  availabilityZone?: string;
  mapPublicIpOnLaunch: boolean;
  assignIpv6AddressOnCreation?: boolean;
  defaultForAz?: boolean;
}

/** AWS::EC2::EIP (DescribeAddresses). */
export interface EipConfig {
  allocationId?: string;
  publicIp?: string;
  domain?: string;
  associationId?: string;
  instanceId?: string;
  networkInterfaceId?: string;
}

export interface PeeringVpcInfo {
  ownerId?: string;
  vpcId?: string;
  region?: string;
  cidrBlocks: string[];
  ipv6CidrBlocks: string[];
}

/** AWS::EC2::VPCPeeringConnection (DescribeVpcPeeringConnections). */
export interface VpcPeeringConnectionConfig {
  vpcPeeringConnectionId: string;
  status?: string;
  requester: PeeringVpcInfo;
  accepter: PeeringVpcInfo;
}

/** Account-level instance metadata defaults (GetInstanceMetadataDefaults AccountLevel). */
export interface InstanceMetadataDefaults {
  HttpTokens?: string;
  HttpPutResponseHopLimit?: number;
  HttpEndpoint?: string;
  InstanceMetadataTags?: string;
}

/** AWS::EC2::RegionalSettings (mamori pseudo type), see REGIONAL_SETTINGS_TYPE. */
export interface RegionalSettingsConfig {
  /** GetEbsEncryptionByDefault; undefined if not readable. */
  ebsEncryptionByDefault?: boolean;
  /** GetSnapshotBlockPublicAccessState: block-all-sharing | block-new-sharing | unblocked. */
  snapshotBlockPublicAccess?: string;
  /** GetImageBlockPublicAccessState: block-new-sharing | unblocked. */
  imageBlockPublicAccess?: string;
  /** GetInstanceMetadataDefaults AccountLevel; null when no account default is set. */
  instanceMetadataDefaults?: InstanceMetadataDefaults | null;
}
