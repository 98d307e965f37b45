/**
 * What a snapshot says about workloads, for correlation: which addresses belong to which instance,
 * which role sessions to which function. Today the AWS workloads (EC2 instances and their Elastic
 * IPs, Lambda functions); another provider adds its types here.
 */
import type { InventoryEntities } from '../correlate/entities.js';
import type { Snapshot } from '../model/snapshot.js';
import type { Resource } from '../model/types.js';
import type { EipConfig, InstanceConfig } from './aws/model/ec2.js';
import type { LambdaFunctionConfig } from './aws/model/lambda.js';

/** The resource types inventoryEntities reads (a sharded snapshot reads only the shards holding them). */
export const INVENTORY_TYPES: ReadonlySet<string> = new Set(['AWS::EC2::Instance', 'AWS::EC2::EIP', 'AWS::Lambda::Function', 'AWS::IAM::User', 'AWS::IAM::Role']);

/** The entity data of a snapshot, per account. */
export function inventoryEntities(snapshot: Pick<Snapshot, 'scope' | 'resources'>): Map<string, InventoryEntities> {
  const byAccount = new Map<string, InventoryEntities>();
  const of = (account: string) => {
    let inv = byAccount.get(account);
    if (!inv) byAccount.set(account, (inv = { hosts: [], functions: [], names: [], uids: [], principalTags: [] }));
    return inv;
  };
  for (const account of snapshot.scope?.accounts ?? []) of(account);
  const functions = new Map<string, Map<string, { name: string; arn: string }[]>>();
  for (const res of snapshot.resources) {
    if (res.type === 'AWS::EC2::Instance') {
      const inv = of(res.account);
      const id = res.uid.split('/').pop() ?? res.uid;
      const key = `host:${res.account}:${id}`;
      inv.names.push([key, res.name && res.name !== id ? `${res.name} (${id})` : id]);
      inv.uids.push([key, res.uid]);
      const c = res.config as Partial<InstanceConfig>;
      if (c.privateIpAddress) inv.hosts.push([`${res.account}:${c.privateIpAddress}`, key]);
      if (c.publicIpAddress) inv.hosts.push([`*:${c.publicIpAddress}`, key]);
    } else if (res.type === 'AWS::EC2::EIP') {
      const c = res.config as Partial<EipConfig>;
      if (c.publicIp && c.instanceId) of(res.account).hosts.push([`*:${c.publicIp}`, `host:${res.account}:${c.instanceId}`]);
    } else if (res.type === 'AWS::IAM::User' || res.type === 'AWS::IAM::Role') {
      // Tags of principals, for detection allowlists that match on them (CloudTrail records carry none).
      if (res.tags && Object.keys(res.tags).length) of(res.account).principalTags!.push([`${res.type === 'AWS::IAM::User' ? 'user' : 'role'}:${res.account}:${res.name}`, res.tags]);
    } else if (res.type === 'AWS::Lambda::Function') {
      // Field names follow the Lambda API (LambdaFunctionConfig.Role), as the collector stores them.
      const role = (res.config as Partial<LambdaFunctionConfig>).Role;
      if (!role) continue;
      const inv = of(res.account);
      const byRole = functions.get(res.account) ?? functions.set(res.account, new Map()).get(res.account)!;
      byRole.set(role, [...(byRole.get(role) ?? []), { name: res.name, arn: res.uid }]);
      inv.names.push([`fn:${res.uid}`, res.name]);
      inv.uids.push([`fn:${res.uid}`, res.uid]);
    }
  }
  for (const [account, byRole] of functions) of(account).functions.push(...byRole);
  return byAccount;
}


/**
 * The resource types that decide who can do what (the AWS policy engine's authorisation model,
 * src/providers/aws/iam/snapshot.ts): IAM principals and policies, the organisation's tree and
 * policies, and the resources with resource-based policies. The hub keeps them per account
 * (kind `authorization`) for `mamori iam who-can / what-can` after an assessment.
 */
export const AUTHORIZATION_TYPES: ReadonlySet<string> = new Set([
  'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::InstanceProfile',
  'AWS::Organizations::Membership', 'AWS::Organizations::Organization', 'AWS::Organizations::Policy', 'AWS::Organizations::Root', 'AWS::Organizations::OrganizationalUnit',
  'AWS::S3::Bucket', 'AWS::S3::AccessPoint', 'AWS::KMS::Key', 'AWS::Lambda::Function', 'AWS::ECR::Repository', 'AWS::SNS::Topic', 'AWS::SQS::Queue', 'AWS::SecretsManager::Secret',
]);

/** The AUTHORIZATION_TYPES resources of a snapshot, per account. */
export function authorizationDocuments(snapshot: Pick<Snapshot, 'scope' | 'resources'>): Map<string, Resource[]> {
  const byAccount = new Map<string, Resource[]>();
  for (const res of snapshot.resources) {
    if (!AUTHORIZATION_TYPES.has(res.type)) continue;
    const list = byAccount.get(res.account) ?? byAccount.set(res.account, []).get(res.account)!;
    list.push(res);
  }
  return byAccount;
}
