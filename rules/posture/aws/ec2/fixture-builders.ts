/** Fixture builders shared by the ec2 and vpc rules (kept out of rule folders: not a rule). */
import {
  ec2Arn,
  ec2RegionalSettingsUid,
  INSTANCE_TYPE,
  NETWORK_ACL_TYPE,
  REGIONAL_SETTINGS_TYPE,
  SECURITY_GROUP_TYPE,
  type InstanceConfig,
  type IpPermission,
  type NetworkAclEntry,
  type RegionalSettingsConfig,
  type SecurityGroupConfig,
} from '../../../../src/providers/aws/model/ec2.js';
import type { Resource } from '../../../../src/model/types.js';
import { ACCOUNT, REGION, resource } from '../../testing.js';

export const arn = (type: string, id: string, account = ACCOUNT, region = REGION) => ec2Arn('aws', region, account, type, id);

/** An inbound/outbound permission: perm('tcp', 22, 22, ['0.0.0.0/0']) or perm('-1', undefined, undefined, [], ['::/0']). */
export function perm(protocol: string, from: number | undefined, to: number | undefined, v4: string[] = [], v6: string[] = [], groups: string[] = []): IpPermission {
  return {
    IpProtocol: protocol,
    ...(from !== undefined ? { FromPort: from } : {}),
    ...(to !== undefined ? { ToPort: to } : {}),
    IpRanges: v4.map((CidrIp) => ({ CidrIp })),
    Ipv6Ranges: v6.map((CidrIpv6) => ({ CidrIpv6 })),
    UserIdGroupPairs: groups.map((GroupId) => ({ GroupId, UserId: ACCOUNT })),
    PrefixListIds: [],
  };
}

export function securityGroup(id: string, ingress: IpPermission[], opts: Partial<SecurityGroupConfig> = {}, errors?: Record<string, string>): Resource {
  const config: SecurityGroupConfig = {
    groupId: id,
    groupName: opts.groupName ?? id,
    vpcId: 'vpc-0aaa',
    ownerId: ACCOUNT,
    isDefault: (opts.groupName ?? id) === 'default',
    ingress,
    egress: [perm('-1', undefined, undefined, ['0.0.0.0/0'])],
    ...opts,
  };
  return resource({ type: SECURITY_GROUP_TYPE, uid: arn('security-group', id), name: config.groupName, config, errors });
}

export function instance(id: string, opts: Partial<InstanceConfig> = {}, errors?: Record<string, string>): Resource {
  const config: InstanceConfig = {
    instanceId: id,
    state: 'running',
    instanceType: 't3.micro',
    imageId: 'ami-0abc',
    launchTime: '2026-10-01T00:00:00.000Z',
    stoppedAt: null,
    publicIpAddress: null,
    privateIpAddress: '10.0.1.10',
    subnetId: 'subnet-0aaa',
    vpcId: 'vpc-0aaa',
    securityGroupIds: ['sg-0app'],
    iamInstanceProfileArn: null,
    metadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 2 },
    networkInterfaceCount: 1,
    ...opts,
  };
  return resource({ type: INSTANCE_TYPE, uid: arn('instance', id), config, errors });
}

export function networkAcl(id: string, entries: NetworkAclEntry[], opts: { isDefault?: boolean; subnets?: string[] } = {}): Resource {
  return resource({
    type: NETWORK_ACL_TYPE,
    uid: arn('network-acl', id),
    config: { networkAclId: id, vpcId: 'vpc-0aaa', isDefault: opts.isDefault ?? false, entries, associatedSubnetIds: opts.subnets ?? ['subnet-0aaa'] },
  });
}

/** A network ACL entry; the default deny (32767) is added by callers when relevant. */
export function aclEntry(n: number, action: 'allow' | 'deny', protocol: string, cidr: string, ports?: [number, number], egress = false): NetworkAclEntry {
  return {
    RuleNumber: n,
    Egress: egress,
    Protocol: protocol,
    RuleAction: action,
    ...(cidr.includes(':') ? { Ipv6CidrBlock: cidr } : { CidrBlock: cidr }),
    ...(ports ? { PortRange: { From: ports[0], To: ports[1] } } : {}),
  };
}

export const DEFAULT_DENY: NetworkAclEntry[] = [aclEntry(32767, 'deny', '-1', '0.0.0.0/0'), aclEntry(32768, 'deny', '-1', '::/0')];

export const settingsUid = (region = REGION) => ec2RegionalSettingsUid(ACCOUNT, region);

export function regionalSettings(config: RegionalSettingsConfig, errors?: Record<string, string>, region = REGION): Resource {
  return resource({ type: REGIONAL_SETTINGS_TYPE, uid: settingsUid(region), region, name: `EC2 settings ${region}`, config, errors });
}
