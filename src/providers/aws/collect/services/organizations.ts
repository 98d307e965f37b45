import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  OrganizationsClient,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListDelegatedAdministrators,
  paginateListDelegatedServicesForAccount,
  paginateListOrganizationalUnitsForParent,
  paginateListPolicies,
  paginateListRoots,
  paginateListTargetsForPolicy,
  type Account,
  type Organization,
  type PolicySummary,
  type PolicyType,
  type Root,
} from '@aws-sdk/client-organizations';
import { IAMClient, ListOrganizationsFeaturesCommand } from '@aws-sdk/client-iam';
import {
  MEMBERSHIP_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  ORG_POLICY_TYPES,
  ORG_ROOT_TYPE,
  ORG_UNIT_TYPE,
  membershipUid,
  type DelegatedAdministrator,
  type MembershipConfig,
  type OrgPolicyConfig,
  type OrgRootConfig,
  type OrgUnitConfig,
  type OrganizationAccount,
  type OrganizationConfig,
} from '../../model/organizations.js';
import { GLOBAL_REGION } from '../../../../model/types.js';
import { errorName } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : null);
const errorsOrUndefined = (errors: Record<string, string>) => (Object.keys(errors).length ? errors : undefined);

/** Organizations answers about 10 requests a second per account; adaptive retry absorbs the rest. */
const CONCURRENCY = 4;

function parseJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const toAccount = (a: Account, parentId?: string, path?: string[]): OrganizationAccount => ({
  id: a.Id ?? '',
  name: a.Name ?? null,
  status: a.Status ?? a.State ?? null,
  joinedMethod: a.JoinedMethod ?? null,
  joinedTimestamp: iso(a.JoinedTimestamp),
  ...(parentId ? { parentId, path } : {}),
});

/**
 * AWS Organizations. Every account gets an AWS::Organizations::Membership pseudo resource
 * (AWSOrganizationsNotInUseException = not in an organization, not an error). The organization,
 * its root and OU tree, accounts, policies of every type and delegated administrators are read by
 * the management account's scan, and by a member account's scan when Organizations delegates read
 * access to it (a delegated administrator: its ListRoots succeeds; AccessDenied there means "not
 * one", not an error). Both emit the same uids; the collection keeps one copy. The same scan
 * reads IAM's centralised root access features onto the organization (iam:ListOrganizationsFeatures).
 */
export const collector: ServiceCollector = {
  service: 'organizations',
  global: true,
  async collect(ctx) {
    const client = ctx.client(OrganizationsClient);
    const uid = membershipUid(ctx.account, ctx.partition);
    const errors: Record<string, string> = {};
    const org = await ctx.detail(
      errors,
      uid,
      'inOrganization',
      'DescribeOrganization',
      async (): Promise<Organization | undefined> => (await client.send(new DescribeOrganizationCommand({}))).Organization,
      ['AWSOrganizationsNotInUseException'],
    );
    const membership: MembershipConfig =
      org === undefined
        ? {}
        : {
            inOrganization: org !== null,
            organizationId: org?.Id ?? null,
            organizationArn: org?.Arn ?? null,
            managementAccountId: org?.MasterAccountId ?? null,
            featureSet: org?.FeatureSet ?? null,
            isManagementAccount: org?.MasterAccountId === ctx.account,
          };
    ctx.emit({
      uid,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: MEMBERSHIP_TYPE,
      name: 'organizations-membership',
      tags: {},
      config: membership as unknown as Record<string, unknown>,
      errors: errorsOrUndefined(errors),
    });
    if (!org?.Arn) return;

    const orgErrors: Record<string, string> = {};
    let roots: Root[] | null | undefined;
    if (org.MasterAccountId === ctx.account) {
      roots = await ctx.detail(orgErrors, org.Arn, 'rootPolicyTypes', 'ListRoots', () => listRoots(client));
    } else {
      // A member account reads the organization only as a delegated administrator.
      const probe: Record<string, string> = {};
      roots = await ctx.detail(probe, org.Arn, 'rootPolicyTypes', 'ListRoots', () => listRoots(client), ['AccessDeniedException', 'AccessDenied']);
      if (!roots) return;
    }
    await collectOrganization(ctx, client, { ...org, Arn: org.Arn }, roots ?? undefined, orgErrors);
  },
};

async function listRoots(client: OrganizationsClient): Promise<Root[]> {
  const out: Root[] = [];
  for await (const page of paginateListRoots({ client }, {})) out.push(...(page.Roots ?? []));
  return out;
}

interface Tree {
  units: OrgUnitConfig[];
  /** Accounts found under each parent, with their parentage. */
  accounts: OrganizationAccount[];
  /** False when one listing of the walk failed: the tree is then partial. */
  complete: boolean;
}

/**
 * Walks the OU tree breadth-first from the roots: per parent, ListOrganizationalUnitsForParent and
 * ListAccountsForParent. That reads every account with its parent in about (accounts / 20 + parents)
 * requests, fewer than ListAccounts followed by ListParents per account.
 */
async function walkTree(ctx: CollectContext, client: OrganizationsClient, orgArn: string, roots: Root[], errors: Record<string, string>): Promise<Tree> {
  const tree: Tree = { units: [], accounts: [], complete: true };
  let level: { id: string; path: string[] }[] = roots.filter((r) => r.Id).map((r) => ({ id: r.Id!, path: [] }));
  while (level.length) {
    const next: { id: string; path: string[] }[] = [];
    await mapPool(level, CONCURRENCY, async (parent) => {
      const path = [...parent.path, parent.id];
      const units = await ctx.detail(errors, orgArn, 'organizationalUnits', 'ListOrganizationalUnitsForParent', async () => {
        const out: OrgUnitConfig[] = [];
        for await (const page of paginateListOrganizationalUnitsForParent({ client }, { ParentId: parent.id })) {
          for (const u of page.OrganizationalUnits ?? []) {
            if (u.Id) out.push({ id: u.Id, arn: u.Arn ?? '', name: u.Name ?? u.Id, parentId: parent.id, path });
          }
        }
        return out;
      });
      const accounts = await ctx.detail(errors, orgArn, 'organizationalUnits', 'ListAccountsForParent', async () => {
        const out: OrganizationAccount[] = [];
        for await (const page of paginateListAccountsForParent({ client }, { ParentId: parent.id })) {
          for (const a of page.Accounts ?? []) if (a.Id) out.push(toAccount(a, parent.id, path));
        }
        return out;
      });
      if (!units || !accounts) tree.complete = false;
      for (const u of units ?? []) {
        tree.units.push(u);
        next.push({ id: u.id, path });
      }
      tree.accounts.push(...(accounts ?? []));
    });
    level = next;
  }
  return tree;
}

async function collectOrganization(
  ctx: CollectContext,
  client: OrganizationsClient,
  org: Organization & { Arn: string },
  roots: Root[] | undefined,
  orgErrors: Record<string, string>,
) {
  const tree = roots ? await walkTree(ctx, client, org.Arn, roots, orgErrors) : undefined;
  if (!tree) orgErrors.organizationalUnits = orgErrors.rootPolicyTypes ?? 'Unknown';

  // A complete walk has listed every account; otherwise ListAccounts fills the gaps.
  let accounts: OrganizationAccount[] | undefined = tree?.complete ? tree.accounts : undefined;
  if (!accounts) {
    const known = new Map((tree?.accounts ?? []).map((a) => [a.id, a]));
    const listed = await ctx.detail(orgErrors, org.Arn, 'accounts', 'ListAccounts', async () => {
      const out: OrganizationAccount[] = [];
      for await (const page of paginateListAccounts({ client }, {})) {
        for (const a of page.Accounts ?? []) if (a.Id) out.push(known.get(a.Id) ?? toAccount(a));
      }
      return out;
    });
    accounts = listed ?? undefined;
  }
  accounts?.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const delegated = await ctx.detail(orgErrors, org.Arn, 'delegatedAdministrators', 'ListDelegatedAdministrators', () => listDelegatedAdministrators(client));
  await mapPool(delegated ?? [], CONCURRENCY, async (admin) => {
    const services = await ctx.detail(orgErrors, org.Arn, 'delegatedAdministrators', 'ListDelegatedServicesForAccount', async () => {
      const out: NonNullable<DelegatedAdministrator['services']> = [];
      for await (const page of paginateListDelegatedServicesForAccount({ client }, { AccountId: admin.accountId })) {
        for (const s of page.DelegatedServices ?? []) {
          if (s.ServicePrincipal) out.push({ servicePrincipal: s.ServicePrincipal, delegationEnabledDate: iso(s.DelegationEnabledDate) });
        }
      }
      return out;
    });
    if (services) admin.services = services;
  });

  const rootAccessFeatures = await listRootAccessFeatures(ctx, org, orgErrors);

  const config: OrganizationConfig = {
    id: org.Id ?? '',
    arn: org.Arn,
    featureSet: org.FeatureSet ?? null,
    managementAccountId: org.MasterAccountId ?? null,
    accounts,
    rootPolicyTypes: roots?.flatMap((r) => (r.PolicyTypes ?? []).map((t) => ({ type: t.Type ?? '', status: t.Status ?? '' }))),
    rootIds: roots?.map((r) => r.Id ?? '').filter(Boolean),
    delegatedAdministrators: delegated ?? undefined,
    ...(rootAccessFeatures !== undefined ? { rootAccessFeatures } : {}),
  };
  ctx.emit({
    uid: org.Arn,
    account: ctx.account,
    region: GLOBAL_REGION,
    type: ORGANIZATION_TYPE,
    name: org.Id ?? 'organization',
    tags: {},
    config: config as unknown as Record<string, unknown>,
    errors: errorsOrUndefined(orgErrors),
  });

  for (const r of roots ?? []) {
    if (!r.Id || !r.Arn) continue;
    const rconfig: OrgRootConfig = {
      id: r.Id,
      arn: r.Arn,
      name: r.Name ?? 'Root',
      policyTypes: (r.PolicyTypes ?? []).map((t) => ({ type: t.Type ?? '', status: t.Status ?? '' })),
    };
    ctx.emit({
      uid: r.Arn,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ORG_ROOT_TYPE,
      name: rconfig.name,
      tags: {},
      config: rconfig as unknown as Record<string, unknown>,
      relationships: [{ type: 'in-organization', target: org.Arn }],
    });
  }
  for (const u of tree?.units ?? []) {
    if (!u.arn) continue;
    const parent = u.parentId.startsWith('r-') ? roots?.find((r) => r.Id === u.parentId)?.Arn : tree?.units.find((p) => p.id === u.parentId)?.arn;
    ctx.emit({
      uid: u.arn,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ORG_UNIT_TYPE,
      name: u.name,
      tags: {},
      config: u as unknown as Record<string, unknown>,
      relationships: [{ type: 'in-organization', target: org.Arn }, ...(parent ? [{ type: 'child-of', target: parent }] : [])],
    });
  }

  await collectPolicies(ctx, client, org.Arn);
}

/** Codes of ListOrganizationsFeatures meaning "no feature can be enabled", not a failure to read. */
const ROOT_ACCESS_UNAVAILABLE = ['ServiceAccessNotEnabledException', 'OrganizationNotInAllFeaturesModeException'];
const NOT_IAM_ADMINISTRATOR = 'AccountNotManagementOrDelegatedAdministratorException';

/**
 * Centralised root access (IAM User Guide › Centrally manage root access for member accounts): an
 * IAM setting of the organisation, answered by the management account and IAM's delegated
 * administrator. An Organizations delegated administrator that is not IAM's gets
 * AccountNotManagementOrDelegatedAdministrator: expected there, so the field is marked
 * (NotIamAdministrator) without a collection error; the management account's scan reads it.
 */
async function listRootAccessFeatures(ctx: CollectContext, org: Organization & { Arn: string }, orgErrors: Record<string, string>): Promise<string[] | null | undefined> {
  const iam = ctx.client(IAMClient);
  const delegatedScan = org.MasterAccountId !== ctx.account;
  let notAdministrator = false;
  const features = await ctx.detail(
    orgErrors,
    org.Arn,
    'rootAccessFeatures',
    'ListOrganizationsFeatures',
    async () => {
      try {
        return (await iam.send(new ListOrganizationsFeaturesCommand({}))).EnabledFeatures ?? [];
      } catch (err) {
        if (delegatedScan && errorName(err) === NOT_IAM_ADMINISTRATOR) {
          notAdministrator = true;
          return undefined;
        }
        throw err;
      }
    },
    ROOT_ACCESS_UNAVAILABLE,
  );
  if (notAdministrator) {
    orgErrors.rootAccessFeatures = 'NotIamAdministrator';
    return undefined;
  }
  return features === null ? null : features ? [...features].sort() : undefined;
}

async function listDelegatedAdministrators(client: OrganizationsClient): Promise<DelegatedAdministrator[]> {
  const admins: DelegatedAdministrator[] = [];
  for await (const page of paginateListDelegatedAdministrators({ client }, {})) {
    for (const d of page.DelegatedAdministrators ?? []) {
      if (!d.Id) continue;
      admins.push({ accountId: d.Id, name: d.Name ?? null, status: d.Status ?? d.State ?? null, delegationEnabledDate: iso(d.DelegationEnabledDate) });
    }
  }
  return admins;
}

async function collectPolicies(ctx: CollectContext, client: OrganizationsClient, orgArn: string) {
  const policies: PolicySummary[] = [];
  for (const type of ORG_POLICY_TYPES) {
    const listed = await ctx.list(`ListPolicies (${type})`, [ORG_POLICY_TYPE], async () => {
      const out: PolicySummary[] = [];
      for await (const page of paginateListPolicies({ client }, { Filter: type as PolicyType })) out.push(...(page.Policies ?? []));
      return out;
    });
    policies.push(...(listed ?? []));
  }
  await mapPool(policies, CONCURRENCY, async (p) => {
    if (!p.Arn || !p.Id) return;
    const puid = p.Arn;
    const perrors: Record<string, string> = {};
    const content = await ctx.detail(perrors, puid, 'content', 'DescribePolicy', async () =>
      parseJson((await client.send(new DescribePolicyCommand({ PolicyId: p.Id! }))).Policy?.Content),
    );
    const targets = await ctx.detail(perrors, puid, 'targets', 'ListTargetsForPolicy', async () => {
      const out: NonNullable<OrgPolicyConfig['targets']> = [];
      for await (const page of paginateListTargetsForPolicy({ client }, { PolicyId: p.Id! })) {
        for (const t of page.Targets ?? []) out.push({ targetId: t.TargetId ?? '', type: t.Type ?? '', name: t.Name ?? null });
      }
      return out;
    });
    const pconfig: OrgPolicyConfig = {
      id: p.Id,
      name: p.Name ?? '',
      description: p.Description ?? null,
      type: p.Type ?? 'SERVICE_CONTROL_POLICY',
      awsManaged: p.AwsManaged ?? false,
      content: content ?? undefined,
      targets: targets ?? undefined,
    };
    ctx.emit({
      uid: puid,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ORG_POLICY_TYPE,
      name: pconfig.name,
      tags: {},
      config: pconfig as unknown as Record<string, unknown>,
      relationships: [{ type: 'in-organization', target: orgArn }],
      errors: errorsOrUndefined(perrors),
    });
  });
}
