import {
  DescribeOrganizationCommand,
  DescribePolicyCommand,
  OrganizationsClient,
  paginateListAccounts,
  paginateListPolicies,
  paginateListRoots,
  paginateListTargetsForPolicy,
  type Organization,
  type PolicySummary,
} from '@aws-sdk/client-organizations';
import {
  MEMBERSHIP_TYPE,
  ORGANIZATION_TYPE,
  ORG_POLICY_TYPE,
  membershipUid,
  type MembershipConfig,
  type OrgPolicyConfig,
  type OrganizationAccount,
  type OrganizationConfig,
} from '../../model/organizations.js';
import { GLOBAL_REGION } from '../../../../model/types.js';
import { mapPool } from '../pool.js';
import type { ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : null);

function parseJson(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * AWS Organizations. Every account gets an AWS::Organizations::Membership pseudo resource
 * (AWSOrganizationsNotInUseException = not in an organization, not an error). The organization
 * itself, its accounts and its service control policies are read only by the management
 * account's scan: member accounts cannot list them, and the organization uid must appear once.
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
      errors: Object.keys(errors).length ? errors : undefined,
    });
    if (!org || org.MasterAccountId !== ctx.account || !org.Arn) return;

    // Management account: the organization, its accounts and service control policies.
    const orgErrors: Record<string, string> = {};
    const accounts = await ctx.detail(orgErrors, org.Arn, 'accounts', 'ListAccounts', async () => {
      const out: OrganizationAccount[] = [];
      for await (const page of paginateListAccounts({ client }, {})) {
        for (const a of page.Accounts ?? []) {
          out.push({
            id: a.Id ?? '',
            name: a.Name ?? null,
            status: a.Status ?? null,
            joinedMethod: a.JoinedMethod ?? null,
            joinedTimestamp: iso(a.JoinedTimestamp),
          });
        }
      }
      return out;
    });
    const roots = await ctx.detail(orgErrors, org.Arn, 'rootPolicyTypes', 'ListRoots', async () => {
      const types: { type: string; status: string }[] = [];
      for await (const page of paginateListRoots({ client }, {})) {
        for (const r of page.Roots ?? []) for (const t of r.PolicyTypes ?? []) types.push({ type: t.Type ?? '', status: t.Status ?? '' });
      }
      return types;
    });
    const config: OrganizationConfig = {
      id: org.Id ?? '',
      arn: org.Arn,
      featureSet: org.FeatureSet ?? null,
      managementAccountId: org.MasterAccountId ?? null,
      accounts: accounts ?? undefined,
      rootPolicyTypes: roots ?? undefined,
    };
    ctx.emit({
      uid: org.Arn,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ORGANIZATION_TYPE,
      name: org.Id ?? 'organization',
      tags: {},
      config: config as unknown as Record<string, unknown>,
      errors: Object.keys(orgErrors).length ? orgErrors : undefined,
    });

    const policies = await ctx.list('ListPolicies', [ORG_POLICY_TYPE], async () => {
      const out: PolicySummary[] = [];
      for await (const page of paginateListPolicies({ client }, { Filter: 'SERVICE_CONTROL_POLICY' })) out.push(...(page.Policies ?? []));
      return out;
    });
    await mapPool(policies ?? [], 4, async (p) => {
      const puid = p.Arn!;
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
        id: p.Id ?? '',
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
        relationships: [{ type: 'in-organization', target: org.Arn! }],
        errors: Object.keys(perrors).length ? perrors : undefined,
      });
    });
  },
};
