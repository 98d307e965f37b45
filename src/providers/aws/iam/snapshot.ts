/**
 * The authorisation model of a snapshot: what the policy evaluation engine needs to answer
 * "who can do X on Y" and "what can P do" offline. Built once from the snapshot's resources:
 * principals with their identity policies, boundary and trust policy; resource-based policies by
 * resource ARN; and, per account, the SCP and RCP paths (root → OUs → account) and whether it is
 * the organisation's management account.
 *
 * Every managed policy becomes ONE NamedPolicy object shared by all its holders, so the engine and
 * access.ts compile it once. Missing inputs never read as "no permission": a principal or account
 * whose inputs are incomplete carries the reasons (`incomplete`), and answers built on it say so.
 */
import type { LocalizedText, Resource } from '../../../model/types.js';
import {
  GROUP_TYPE,
  MANAGED_POLICY_TYPE,
  ROLE_TYPE,
  USER_TYPE,
  managedPolicyUid,
  parsePolicyDocument,
  type AttachedPolicy,
  type IamGroupConfig,
  type IamRoleConfig,
  type IamUserConfig,
  type InlinePolicy,
  type ManagedPolicyConfig,
  type PolicyDocument,
} from '../model/iam.js';
import {
  MEMBERSHIP_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  ORG_ROOT_TYPE,
  type MembershipConfig,
  type OrganizationAccount,
  type OrganizationConfig,
  type OrgPolicyConfig,
  type OrgRootConfig,
} from '../model/organizations.js';
import type { ContextValue, NamedPolicy, OrgPolicyLevel } from './types.js';

export type IncompleteCode =
  | 'policies-not-collected'
  | 'managed-policy-missing'
  | 'policy-document-missing'
  | 'group-missing'
  | 'boundary-missing'
  | 'trust-policy-missing'
  | 'resource-policy-not-collected'
  | 'org-policies-unknown'
  /** Escalation: existing compute whose role could not be read (it may carry any role). */
  | 'compute-role-unknown';

/** Why an answer built on this principal, resource or account may be wrong. */
export interface IncompleteReason {
  code: IncompleteCode;
  /** What is missing: a policy ARN, group ARN, resource ARN or account id. */
  subject: string;
  message: LocalizedText;
}

export interface PrincipalModel {
  /** The user or role ARN. */
  arn: string;
  kind: 'user' | 'role';
  name: string;
  account: string;
  partition: string;
  /** The principal a request carries: the user, or a session of the role (assumed-role ARN). */
  requestPrincipal: string;
  /** Inline and attached policies, including the user's groups'. */
  identity: NamedPolicy[];
  boundary: NamedPolicy | null;
  /** Roles: the trust policy (also stored as the role's resource policy). */
  trustPolicy: NamedPolicy | null;
  serviceLinked: boolean;
  /** Group ARNs (users). */
  groups: string[];
  tags: Record<string, string>;
  /** Request context keys that describe the principal (aws:PrincipalArn, aws:username, tags…). */
  context: Readonly<Record<string, ContextValue>>;
  /** Empty when every input was collected. */
  incomplete: IncompleteReason[];
}

export interface ResourcePolicyModel {
  /** The resource ARN (bucket, key, function, repository, topic, queue, secret, role). */
  arn: string;
  account: string;
  type: string;
  /** The resource-based policy; null when the resource has none. */
  policy: NamedPolicy | null;
  tags: Record<string, string>;
  incomplete: IncompleteReason[];
}

export interface AccountModel {
  id: string;
  /** Organisation id when the account is known to be in one. */
  organizationId: string | null;
  /** `o-…/r-…/ou-…/` as aws:PrincipalOrgPaths / aws:ResourceOrgPaths give it, when the path is known. */
  orgPath: string | null;
  isManagement: boolean;
  /** SCP levels root first, the account last; null when SCPs do not apply (or are unknown: see incomplete). */
  scps: OrgPolicyLevel[] | null;
  /** RCP levels root first; null when RCPs are not enabled (or unknown). */
  rcps: OrgPolicyLevel[] | null;
  principals: PrincipalModel[];
  incomplete: IncompleteReason[];
}

export interface AuthorizationModel {
  accounts: Map<string, AccountModel>;
  /** By user / role ARN. */
  principals: Map<string, PrincipalModel>;
  /** By resource ARN; use resourcePolicyFor() for object, qualified and sub-resource ARNs. */
  resourcePolicies: Map<string, ResourcePolicyModel>;
  managementAccountIds: Set<string>;
}

const SERVICE_CONTROL_POLICY = 'SERVICE_CONTROL_POLICY';
const RESOURCE_CONTROL_POLICY = 'RESOURCE_CONTROL_POLICY';

/** Resource types whose config carries a resource-based policy, and the field that holds it. */
const RESOURCE_POLICY_FIELDS: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 'policy',
  'AWS::KMS::Key': 'policy',
  'AWS::Lambda::Function': 'policy',
  'AWS::ECR::Repository': 'policy',
  'AWS::SNS::Topic': 'policy',
  'AWS::SQS::Queue': 'policy',
  'AWS::SecretsManager::Secret': 'policy',
};

/** A session name for role principals: the model speaks of any session of the role. */
export const ROLE_SESSION_NAME = 'mamori-session';

const reason = (code: IncompleteCode, subject: string, en: string, ja: string): IncompleteReason => ({ code, subject, message: { en, ja } });

/** One pass over the resources; every input is read once, policies are shared by reference. */
export function buildAuthorizationModel(resources: Iterable<Resource>): AuthorizationModel {
  const users: Resource[] = [];
  const roles: Resource[] = [];
  const groups = new Map<string, Resource>();
  const managed = new Map<string, Resource>();
  const orgs: Resource[] = [];
  const orgPolicies: Resource[] = [];
  const roots: OrgRootConfig[] = [];
  const memberships = new Map<string, MembershipConfig>();
  const withPolicies: Resource[] = [];
  for (const r of resources) {
    if (r.provider !== 'aws') continue;
    switch (r.type) {
      case USER_TYPE: users.push(r); break;
      case ROLE_TYPE: roles.push(r); break;
      case GROUP_TYPE: groups.set(r.uid, r); break;
      case MANAGED_POLICY_TYPE: managed.set(r.uid, r); break;
      case ORGANIZATION_TYPE: orgs.push(r); break;
      case ORG_POLICY_TYPE: orgPolicies.push(r); break;
      case ORG_ROOT_TYPE: roots.push(r.config as unknown as OrgRootConfig); break;
      case MEMBERSHIP_TYPE: memberships.set(r.account, r.config as MembershipConfig); break;
      default: if (r.type in RESOURCE_POLICY_FIELDS) withPolicies.push(r);
    }
  }

  const model: AuthorizationModel = { accounts: new Map(), principals: new Map(), resourcePolicies: new Map(), managementAccountIds: new Set() };
  const org = orgFacts(orgs, orgPolicies, roots, memberships);
  for (const id of org.managementAccountIds) model.managementAccountIds.add(id);
  const account = (id: string): AccountModel => {
    let a = model.accounts.get(id);
    if (!a) {
      a = org.account(id);
      model.accounts.set(id, a);
    }
    return a;
  };

  const policies = new ManagedPolicyTable(managed);
  const groupPolicies = new Map<string, { policies: NamedPolicy[]; incomplete: IncompleteReason[] }>();
  const groupSet = (arn: string) => {
    let g = groupPolicies.get(arn);
    if (!g) {
      const res = groups.get(arn);
      const incomplete: IncompleteReason[] = [];
      const list: NamedPolicy[] = [];
      if (!res) {
        incomplete.push(reason('group-missing', arn, `Group ${arn} is not in the snapshot; its policies are unknown.`, `グループ ${arn} がスナップショットにないため、そのポリシーは不明です。`));
      } else {
        const c = res.config as unknown as IamGroupConfig;
        if (!c.attachedPolicies || !c.inlinePolicies || res.errors?.policies) {
          incomplete.push(reason('policies-not-collected', arn, `The policies of group ${arn} were not collected.`, `グループ ${arn} のポリシーを取得できませんでした。`));
        }
        list.push(...inlinePolicies(`group/${c.groupName}`, c.inlinePolicies, arn, incomplete));
        list.push(...policies.attached(res.account, c.attachedPolicies, incomplete));
      }
      g = { policies: list, incomplete };
      groupPolicies.set(arn, g);
    }
    return g;
  };

  for (const r of users) {
    const c = r.config as unknown as IamUserConfig;
    const partition = partitionOf(r.uid);
    const incomplete: IncompleteReason[] = [];
    if (!c.attachedPolicies || !c.inlinePolicies || !c.groups || r.errors?.policies) {
      incomplete.push(reason('policies-not-collected', r.uid, `The policies of user ${c.userName} were not collected.`, `ユーザー ${c.userName} のポリシーを取得できませんでした。`));
    }
    const identity = [...inlinePolicies(`user/${c.userName}`, c.inlinePolicies, r.uid, incomplete), ...policies.attached(r.account, c.attachedPolicies, incomplete)];
    const groupArns = (c.groups ?? []).map((g) => groupArn(r, g, groups));
    for (const g of groupArns) {
      const set = groupSet(g);
      identity.push(...set.policies);
      incomplete.push(...set.incomplete);
    }
    const boundary = policies.boundary(r.account, c.permissionsBoundaryArn ?? null, incomplete);
    const acct = account(r.account);
    const principal: PrincipalModel = {
      arn: r.uid,
      kind: 'user',
      name: c.userName,
      account: r.account,
      partition,
      requestPrincipal: r.uid,
      identity,
      boundary,
      trustPolicy: null,
      serviceLinked: false,
      groups: groupArns,
      tags: r.tags ?? {},
      context: principalContext(r.uid, r.account, 'User', r.tags, acct, { 'aws:username': c.userName, 'aws:userid': c.userId }),
      incomplete,
    };
    model.principals.set(principal.arn, principal);
    acct.principals.push(principal);
  }

  for (const r of roles) {
    const c = r.config as unknown as IamRoleConfig;
    const partition = partitionOf(r.uid);
    const incomplete: IncompleteReason[] = [];
    if (!c.attachedPolicies || !c.inlinePolicies || r.errors?.policies) {
      incomplete.push(reason('policies-not-collected', r.uid, `The policies of role ${c.roleName} were not collected.`, `ロール ${c.roleName} のポリシーを取得できませんでした。`));
    }
    const identity = [...inlinePolicies(`role/${c.roleName}`, c.inlinePolicies, r.uid, incomplete), ...policies.attached(r.account, c.attachedPolicies, incomplete)];
    const boundary = policies.boundary(r.account, c.permissionsBoundaryArn ?? null, incomplete);
    const trustIncomplete: IncompleteReason[] = [];
    const trustPolicy: NamedPolicy | null = c.assumeRolePolicy ? { name: `role/${c.roleName} trust policy`, policy: c.assumeRolePolicy } : null;
    if (!trustPolicy) {
      trustIncomplete.push(reason('trust-policy-missing', r.uid, `The trust policy of role ${c.roleName} could not be read.`, `ロール ${c.roleName} の信頼ポリシーを読み取れませんでした。`));
    }
    const acct = account(r.account);
    const requestPrincipal = `arn:${partition}:sts::${r.account}:assumed-role/${c.roleName}/${ROLE_SESSION_NAME}`;
    const principal: PrincipalModel = {
      arn: r.uid,
      kind: 'role',
      name: c.roleName,
      account: r.account,
      partition,
      requestPrincipal,
      identity,
      boundary,
      trustPolicy,
      serviceLinked: c.serviceLinked === true,
      groups: [],
      tags: r.tags ?? {},
      context: principalContext(r.uid, r.account, 'AssumedRole', r.tags, acct, { 'aws:userid': `${c.roleId}:${ROLE_SESSION_NAME}` }),
      incomplete,
    };
    model.principals.set(principal.arn, principal);
    acct.principals.push(principal);
    model.resourcePolicies.set(r.uid, { arn: r.uid, account: r.account, type: ROLE_TYPE, policy: trustPolicy, tags: r.tags ?? {}, incomplete: trustIncomplete });
  }

  for (const r of withPolicies) {
    const field = RESOURCE_POLICY_FIELDS[r.type];
    const raw = (r.config as Record<string, unknown>)[field];
    const incomplete: IncompleteReason[] = [];
    let policy: NamedPolicy | null = null;
    if (raw === undefined || r.errors?.[field]) {
      incomplete.push(reason('resource-policy-not-collected', r.uid, `The resource-based policy of ${r.uid} was not collected.`, `${r.uid} のリソースベースポリシーを取得できませんでした。`));
    } else if (raw !== null) {
      const doc = typeof raw === 'string' ? parsePolicyDocument(raw) : (raw as PolicyDocument);
      if (doc) policy = { name: `${r.uid} resource policy`, policy: doc };
      else incomplete.push(reason('resource-policy-not-collected', r.uid, `The resource-based policy of ${r.uid} could not be parsed.`, `${r.uid} のリソースベースポリシーを解析できませんでした。`));
    }
    account(r.account);
    model.resourcePolicies.set(r.uid, { arn: r.uid, account: r.account, type: r.type, policy, tags: r.tags ?? {}, incomplete });
  }
  return model;
}

/**
 * The organisation side of the model alone: the AccountModel (SCP and RCP paths, management flag,
 * organisation path) of ANY account id, without principals. The guardrail audit asks this of every
 * account, whether or not the snapshot holds principals of it.
 */
export function organizationAccounts(resources: Iterable<Resource>): (account: string) => AccountModel {
  const orgs: Resource[] = [];
  const orgPolicies: Resource[] = [];
  const roots: OrgRootConfig[] = [];
  const memberships = new Map<string, MembershipConfig>();
  for (const r of resources) {
    if (r.provider !== 'aws') continue;
    if (r.type === ORGANIZATION_TYPE) orgs.push(r);
    else if (r.type === ORG_POLICY_TYPE) orgPolicies.push(r);
    else if (r.type === ORG_ROOT_TYPE) roots.push(r.config as unknown as OrgRootConfig);
    else if (r.type === MEMBERSHIP_TYPE) memberships.set(r.account, r.config as MembershipConfig);
  }
  const org = orgFacts(orgs, orgPolicies, roots, memberships);
  return (id) => org.account(id);
}

/**
 * The resource-based policy that governs a request on `arn`: the resource's own, the bucket's for an
 * S3 object (`arn:aws:s3:::bucket/key`), the function's for a qualified Lambda ARN (`…:function:f:alias`).
 */
export function resourcePolicyFor(model: AuthorizationModel, arn: string): ResourcePolicyModel | undefined {
  const exact = model.resourcePolicies.get(arn);
  if (exact) return exact;
  const parts = arn.split(':');
  if (parts[2] === 's3' && parts.length >= 6) {
    const rest = parts.slice(5).join(':');
    const slash = rest.indexOf('/');
    if (slash > 0) return model.resourcePolicies.get(`${parts.slice(0, 5).join(':')}:${rest.slice(0, slash)}`);
  }
  if (parts[2] === 'lambda' && parts[5] === 'function' && parts.length > 7) return model.resourcePolicies.get(parts.slice(0, 7).join(':'));
  return undefined;
}

/** The account that owns `arn`: from the model when the resource is known, else the ARN's account field. */
export function resourceAccountOf(model: AuthorizationModel, arn: string): string | undefined {
  const known = resourcePolicyFor(model, arn);
  if (known) return known.account;
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}

// ---------------------------------------------------------------- identity policies

class ManagedPolicyTable {
  private readonly named = new Map<string, NamedPolicy | null>();
  constructor(private readonly resources: Map<string, Resource>) {}

  /** The shared NamedPolicy of a managed policy, or null (with a reason) when its document is unknown. */
  get(account: string, policyArn: string, incomplete: IncompleteReason[]): NamedPolicy | null {
    const uid = managedPolicyUid(account, policyArn);
    let p = this.named.get(uid);
    if (p === undefined) {
      const r = this.resources.get(uid);
      const doc = (r?.config as unknown as ManagedPolicyConfig | undefined)?.document;
      p = r && doc ? { name: policyArn, policy: doc } : null;
      this.named.set(uid, p);
    }
    if (!p) {
      const r = this.resources.get(uid);
      incomplete.push(
        r
          ? reason('policy-document-missing', policyArn, `The document of managed policy ${policyArn} was not collected.`, `マネージドポリシー ${policyArn} のドキュメントを取得できませんでした。`)
          : reason('managed-policy-missing', policyArn, `Managed policy ${policyArn} is not in the snapshot.`, `マネージドポリシー ${policyArn} がスナップショットにありません。`),
      );
    }
    return p;
  }

  attached(account: string, list: AttachedPolicy[] | undefined, incomplete: IncompleteReason[]): NamedPolicy[] {
    const out: NamedPolicy[] = [];
    for (const a of list ?? []) {
      const p = this.get(account, a.policyArn, incomplete);
      if (p) out.push(p);
    }
    return out;
  }

  boundary(account: string, arn: string | null, incomplete: IncompleteReason[]): NamedPolicy | null {
    if (!arn) return null;
    const before = incomplete.length;
    const p = this.get(account, arn, incomplete);
    // A boundary we cannot read is reported as such (not merely as a missing document).
    for (let i = before; i < incomplete.length; i++) {
      incomplete[i] = reason('boundary-missing', arn, `The permissions boundary ${arn} could not be read.`, `アクセス許可の境界 ${arn} を読み取れませんでした。`);
    }
    return p;
  }
}

function inlinePolicies(owner: string, list: InlinePolicy[] | undefined, ownerArn: string, incomplete: IncompleteReason[]): NamedPolicy[] {
  const out: NamedPolicy[] = [];
  for (const p of list ?? []) {
    if (p.document) out.push({ name: `${owner}:${p.policyName}`, policy: p.document });
    else incomplete.push(reason('policy-document-missing', `${ownerArn}:${p.policyName}`, `Inline policy ${p.policyName} of ${owner} could not be parsed.`, `${owner} のインラインポリシー ${p.policyName} を解析できませんでした。`));
  }
  return out;
}

function groupArn(user: Resource, name: string, groups: Map<string, Resource>): string {
  const rel = user.relationships?.find((r) => r.type === 'member-of' && r.target.endsWith(`/${name}`));
  if (rel) return rel.target;
  const guess = `arn:${partitionOf(user.uid)}:iam::${user.account}:group/${name}`;
  if (groups.has(guess)) return guess;
  for (const uid of groups.keys()) if (uid.startsWith(`arn:${partitionOf(user.uid)}:iam::${user.account}:group/`) && uid.endsWith(`/${name}`)) return uid;
  return guess;
}

const partitionOf = (arn: string) => arn.split(':')[1] || 'aws';

function principalContext(
  arn: string,
  account: string,
  type: string,
  tags: Record<string, string> | undefined,
  acct: AccountModel,
  extra: Record<string, ContextValue>,
): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {
    'aws:PrincipalArn': arn,
    'aws:PrincipalAccount': account,
    'aws:PrincipalType': type,
    'aws:PrincipalIsAWSService': false,
    ...extra,
  };
  for (const [k, v] of Object.entries(tags ?? {})) ctx[`aws:PrincipalTag/${k}`] = v;
  if (acct.organizationId) ctx['aws:PrincipalOrgID'] = acct.organizationId;
  if (acct.orgPath) ctx['aws:PrincipalOrgPaths'] = [acct.orgPath];
  return ctx;
}

// ---------------------------------------------------------------- organisations

type OrgAccountEntry = Pick<OrganizationAccount, 'id' | 'parentId' | 'path'>;

function orgFacts(orgs: Resource[], orgPolicies: Resource[], roots: OrgRootConfig[], memberships: Map<string, MembershipConfig>) {
  const managementAccountIds = new Set<string>();
  const accountOrg = new Map<string, { org: OrganizationConfig; entry: OrgAccountEntry }>();
  for (const r of orgs) {
    const c = r.config as unknown as OrganizationConfig;
    if (c.managementAccountId) managementAccountIds.add(c.managementAccountId);
    for (const a of (c.accounts ?? []) as OrgAccountEntry[]) accountOrg.set(a.id, { org: c, entry: a });
  }
  for (const m of memberships.values()) if (m.inOrganization && m.managementAccountId) managementAccountIds.add(m.managementAccountId);

  // Policies by target id and type; a policy whose content is unknown poisons the levels it targets.
  const byTarget = new Map<string, { type: string; policy: NamedPolicy | null; arn: string }[]>();
  for (const r of orgPolicies) {
    const c = r.config as unknown as OrgPolicyConfig;
    if (c.type !== SERVICE_CONTROL_POLICY && c.type !== RESOURCE_CONTROL_POLICY) continue;
    const content = typeof c.content === 'string' ? parsePolicyDocument(c.content) : (c.content as PolicyDocument | undefined);
    const policy = content ? { name: c.name || c.id, policy: content } : null;
    for (const t of c.targets ?? []) {
      const list = byTarget.get(t.targetId) ?? [];
      list.push({ type: c.type, policy, arn: r.uid });
      byTarget.set(t.targetId, list);
    }
  }
  const ofType = (type: string) => orgPolicies.map((r) => r.config as unknown as OrgPolicyConfig).filter((c) => c.type === type);
  const targetsUnknown = (type: string) => ofType(type).some((c) => c.targets === undefined);

  function levels(type: string, path: string[], incomplete: IncompleteReason[]): OrgPolicyLevel[] {
    return path.map((target) => {
      const policies: NamedPolicy[] = [];
      for (const p of byTarget.get(target) ?? []) {
        if (p.type !== type) continue;
        if (p.policy) policies.push(p.policy);
        else incomplete.push(reason('org-policies-unknown', p.arn, `The content of organisation policy ${p.arn} was not collected.`, `組織ポリシー ${p.arn} の内容を取得できませんでした。`));
      }
      return { target, policies };
    });
  }

  function account(id: string): AccountModel {
    const incomplete: IncompleteReason[] = [];
    const known = accountOrg.get(id);
    const membership = memberships.get(id);
    const inOrg = Boolean(known) || membership?.inOrganization === true;
    const organizationId = known?.org.id ?? membership?.organizationId ?? null;
    const isManagement = managementAccountIds.has(id) || membership?.isManagementAccount === true;
    const a: AccountModel = { id, organizationId, orgPath: null, isManagement, scps: null, rcps: null, principals: [], incomplete };
    if (!inOrg) {
      if (!membership || membership.inOrganization === undefined) {
        // Not knowing whether the account is in an organisation (no membership record, or
        // DescribeOrganization failed) is not the same as "no SCPs".
        a.incomplete.push(reason('org-policies-unknown', id, `Whether account ${id} is governed by SCPs or RCPs is unknown.`, `アカウント ${id} に SCP・RCP が適用されるかは不明です。`));
      }
      return a;
    }
    if (!known) {
      a.incomplete.push(reason('org-policies-unknown', id, `Account ${id} is in an organisation whose SCPs and RCPs are not in the snapshot.`, `アカウント ${id} は組織に属していますが、その SCP・RCP はスナップショットにありません。`));
      return a;
    }
    // Policy types enabled on the root: from the organisation (ListRoots) or the root resource.
    const rootTypes = known.org.rootPolicyTypes ?? roots.find((r) => known.entry.path?.[0] === r.id)?.policyTypes;
    const enabled = (t: string) => (rootTypes ?? []).some((p) => p.type === t && p.status === 'ENABLED');
    const path = known.entry.path;
    if (!path?.length) {
      if (enabled(SERVICE_CONTROL_POLICY) || enabled(RESOURCE_CONTROL_POLICY) || !rootTypes) {
        a.incomplete.push(reason('org-policies-unknown', id, `The OU path of account ${id} is not in the snapshot, so its SCPs and RCPs are unknown.`, `アカウント ${id} の OU パスがスナップショットにないため、SCP・RCP は不明です。`));
      }
      return a;
    }
    a.orgPath = `${known.org.id}/${path.join('/')}/`;
    const full = [...path, id];
    if (!rootTypes) {
      a.incomplete.push(reason('org-policies-unknown', id, `The enabled policy types of the organisation are unknown.`, `組織で有効なポリシータイプが不明です。`));
      return a;
    }
    // SCPs: FullAWSAccess (or a replacement) is attached at every level, so seeing no SCP at all means
    // they were not collected. RCPs: RCPFullAWSAccess is implicit, so no RCP collected is a valid state.
    if (enabled(SERVICE_CONTROL_POLICY)) {
      if (targetsUnknown(SERVICE_CONTROL_POLICY) || !ofType(SERVICE_CONTROL_POLICY).length) {
        a.incomplete.push(reason('org-policies-unknown', id, `SCPs are enabled but they or their targets were not collected.`, `SCP は有効ですが、SCP またはそのアタッチ先を取得できませんでした。`));
      } else a.scps = levels(SERVICE_CONTROL_POLICY, full, incomplete);
    }
    if (enabled(RESOURCE_CONTROL_POLICY)) {
      if (targetsUnknown(RESOURCE_CONTROL_POLICY)) {
        a.incomplete.push(reason('org-policies-unknown', id, `RCPs are enabled but their targets were not collected.`, `RCP は有効ですが、そのアタッチ先を取得できませんでした。`));
      } else a.rcps = levels(RESOURCE_CONTROL_POLICY, full, incomplete);
    }
    return a;
  }

  return { managementAccountIds, account };
}
