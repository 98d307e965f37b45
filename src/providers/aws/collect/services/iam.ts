import {
  GenerateCredentialReportCommand,
  GenerateServiceLastAccessedDetailsCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetLoginProfileCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetServiceLastAccessedDetailsCommand,
  IAMClient,
  paginateGetAccountAuthorizationDetails,
  paginateListAccessKeys,
  paginateListEntitiesForPolicy,
  paginateListMFADevices,
  paginateListPolicies,
  paginateListServerCertificates,
  paginateListUsers,
  paginateListVirtualMFADevices,
  type GetAccountAuthorizationDetailsCommandOutput,
  type GetServiceLastAccessedDetailsCommandOutput,
  type ManagedPolicyDetail,
  type Policy,
  type User,
} from '@aws-sdk/client-iam';
import {
  GROUP_TYPE,
  INSTANCE_PROFILE_TYPE,
  MANAGED_POLICY_TYPE,
  PASSWORD_POLICY_TYPE,
  ROLE_TYPE,
  ROOT_USER_TYPE,
  SERVER_CERTIFICATE_TYPE,
  USER_TYPE,
  WATCHED_AWS_POLICIES,
  isAwsManagedPolicyArn,
  managedPolicyUid,
  parsePolicyDocument,
  passwordPolicyUid,
  rootUserUid,
  type AccessKeyInfo,
  type AttachedPolicy,
  type CredentialReportKey,
  type CredentialReportRow,
  type IamGroupConfig,
  type IamRoleConfig,
  type IamUserConfig,
  type InlinePolicy,
  type InstanceProfileConfig,
  type LastAccessedService,
  type ManagedPolicyConfig,
  type MfaDeviceInfo,
  type PasswordPolicyConfig,
  type RootUserConfig,
  type ServerCertificateConfig,
} from '../../model/iam.js';
import { GLOBAL_REGION, type Relationship } from '../../../../model/types.js';
import { formatMs, OPERATION_DEADLINE_ENV, operationDeadlineMs } from '../../../../model/timeouts.js';
import { classifyError } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

/** Credential report polling; tests shorten the delay. */
export const credentialReportPolling = { attempts: 15, delayMs: 2000 };

const iso = (d: Date | string | undefined | null): string | null => (d ? new Date(d).toISOString() : null);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const tagMap = (tags: { Key?: string; Value?: string }[] | undefined) =>
  Object.fromEntries((tags ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));
const attached = (list: { PolicyName?: string; PolicyArn?: string }[] | undefined): AttachedPolicy[] =>
  (list ?? []).map((p) => ({ policyName: p.PolicyName ?? '', policyArn: p.PolicyArn ?? '' }));
const inline = (list: { PolicyName?: string; PolicyDocument?: string }[] | undefined): InlinePolicy[] =>
  (list ?? []).map((p) => ({ policyName: p.PolicyName ?? '', document: parsePolicyDocument(p.PolicyDocument) }));

type Gaad = {
  users: NonNullable<GetAccountAuthorizationDetailsCommandOutput['UserDetailList']>;
  groups: NonNullable<GetAccountAuthorizationDetailsCommandOutput['GroupDetailList']>;
  roles: NonNullable<GetAccountAuthorizationDetailsCommandOutput['RoleDetailList']>;
  policies: ManagedPolicyDetail[];
};

export const collector: ServiceCollector = {
  service: 'iam',
  global: true,
  async collect(ctx) {
    const iam = ctx.client(IAMClient);
    const { account, partition } = ctx;

    // Account-level: summary, password policy, credential report, virtual MFA devices.
    const rootUid = rootUserUid(account, partition);
    const rootErrors: Record<string, string> = {};
    const summary = await ctx.detail(rootErrors, rootUid, 'summary', 'GetAccountSummary', async () => {
      const out = await iam.send(new GetAccountSummaryCommand({}));
      return out.SummaryMap as Record<string, number> | undefined;
    });
    const report = await ctx.detail(rootErrors, rootUid, 'credentialReport', 'GetCredentialReport', () => credentialReport(iam));
    const virtualDevices = await ctx.detail(rootErrors, rootUid, 'virtualMfa', 'ListVirtualMFADevices', async () => {
      const serials: { serial: string; userArn: string | null }[] = [];
      for await (const page of paginateListVirtualMFADevices({ client: iam }, { AssignmentStatus: 'Assigned' })) {
        for (const d of page.VirtualMFADevices ?? []) serials.push({ serial: d.SerialNumber ?? '', userArn: d.User?.Arn ?? null });
      }
      return serials;
    });
    const rootConfig: RootUserConfig = {
      summary: summary ?? undefined,
      credentialReport: report === undefined ? undefined : (report?.get('<root_account>') ?? null),
      virtualMfa:
        virtualDevices == null
          ? undefined
          : virtualDevices.some((d) => d.userArn === rootUid || d.serial.endsWith(':mfa/root-account-mfa-device')),
    };
    ctx.emit({
      uid: rootUid,
      account,
      region: GLOBAL_REGION,
      type: ROOT_USER_TYPE,
      name: 'root',
      tags: {},
      config: rootConfig as Record<string, unknown>,
      errors: Object.keys(rootErrors).length ? rootErrors : undefined,
    });

    const ppUid = passwordPolicyUid(account, partition);
    const ppErrors: Record<string, string> = {};
    const pp = await ctx.detail(
      ppErrors,
      ppUid,
      'policy',
      'GetAccountPasswordPolicy',
      async () => (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy,
      ['NoSuchEntity', 'NoSuchEntityException'],
    );
    const ppConfig: PasswordPolicyConfig = {
      policy:
        pp === undefined
          ? undefined
          : pp === null
            ? null
            : {
                MinimumPasswordLength: pp.MinimumPasswordLength,
                RequireSymbols: pp.RequireSymbols,
                RequireNumbers: pp.RequireNumbers,
                RequireUppercaseCharacters: pp.RequireUppercaseCharacters,
                RequireLowercaseCharacters: pp.RequireLowercaseCharacters,
                AllowUsersToChangePassword: pp.AllowUsersToChangePassword,
                ExpirePasswords: pp.ExpirePasswords,
                MaxPasswordAge: pp.MaxPasswordAge,
                PasswordReusePrevention: pp.PasswordReusePrevention,
                HardExpiry: pp.HardExpiry,
              },
    };
    ctx.emit({
      uid: ppUid,
      account,
      region: GLOBAL_REGION,
      type: PASSWORD_POLICY_TYPE,
      name: 'password-policy',
      tags: {},
      config: ppConfig as Record<string, unknown>,
      errors: Object.keys(ppErrors).length ? ppErrors : undefined,
    });

    // Authorization details: users' / groups' / roles' policies and customer managed policies in one listing.
    let gaadError: unknown;
    const gaad = await ctx.list('GetAccountAuthorizationDetails', [GROUP_TYPE, ROLE_TYPE, INSTANCE_PROFILE_TYPE, MANAGED_POLICY_TYPE], async () => {
      try {
        const out: Gaad = { users: [], groups: [], roles: [], policies: [] };
        for await (const page of paginateGetAccountAuthorizationDetails(
          { client: iam },
          { Filter: ['User', 'Group', 'Role', 'LocalManagedPolicy'] },
        )) {
          out.users.push(...(page.UserDetailList ?? []));
          out.groups.push(...(page.GroupDetailList ?? []));
          out.roles.push(...(page.RoleDetailList ?? []));
          out.policies.push(...(page.Policies ?? []));
        }
        return out;
      } catch (err) {
        gaadError = err;
        throw err;
      }
    });

    const lastAccessed = gaad ? await collectLastAccessed(ctx, iam, gaad) : new Map<string, LastAccessedOutcome>();
    await collectUsers(ctx, iam, gaad, gaadError, report, rootErrors.credentialReport, lastAccessed);
    if (gaad) {
      emitGroups(ctx, gaad);
      emitRolesAndProfiles(ctx, gaad, lastAccessed);
      emitCustomerPolicies(ctx, gaad);
    }
    await collectAwsManagedPolicies(ctx, iam, gaad);
    await collectServerCertificates(ctx, iam);
  },
};

// ---------------------------------------------------------------- credential report

async function credentialReport(iam: IAMClient): Promise<Map<string, CredentialReportRow>> {
  for (let i = 0; i < credentialReportPolling.attempts; i++) {
    const gen = await iam.send(new GenerateCredentialReportCommand({}));
    if (gen.State === 'COMPLETE') {
      try {
        const out = await iam.send(new GetCredentialReportCommand({}));
        return parseCredentialReport(decodeContent(out.Content));
      } catch (err) {
        const name = (err as { name?: string }).name ?? '';
        if (!/NotReady|NotPresent|Expired|ReportInProgress/.test(name)) throw err;
      }
    }
    await sleep(credentialReportPolling.delayMs);
  }
  throw Object.assign(new Error('credential report was not ready in time'), { name: 'ServiceUnavailable' });
}

function decodeContent(content: Uint8Array | string | undefined): string {
  if (!content) return '';
  return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
}

const csvDate = (v: string | undefined): string | null => (v && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v).toISOString() : null);
const csvBool = (v: string | undefined) => v === 'true';

/** Parses the credential report CSV into rows keyed by user name (`<root_account>` for root). Never keeps secrets (there are none in it). */
export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim());
  const rows = new Map<string, CredentialReportRow>();
  if (!lines.length) return rows;
  const header = lines[0].split(',');
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const get = (col: string) => cells[header.indexOf(col)];
    const key = (n: 1 | 2): CredentialReportKey => ({
      active: csvBool(get(`access_key_${n}_active`)),
      lastRotated: csvDate(get(`access_key_${n}_last_rotated`)),
      lastUsedDate: csvDate(get(`access_key_${n}_last_used_date`)),
      lastUsedService: get(`access_key_${n}_last_used_service`) && get(`access_key_${n}_last_used_service`) !== 'N/A' ? get(`access_key_${n}_last_used_service`) : null,
    });
    const pw = get('password_enabled');
    rows.set(get('user'), {
      userCreationTime: csvDate(get('user_creation_time')),
      passwordEnabled: pw === 'not_supported' ? null : csvBool(pw),
      passwordLastUsed: csvDate(get('password_last_used')),
      passwordLastChanged: csvDate(get('password_last_changed')),
      mfaActive: csvBool(get('mfa_active')),
      accessKeys: [key(1), key(2)],
      certificatesActive: csvBool(get('cert_1_active')) || csvBool(get('cert_2_active')),
    });
  }
  return rows;
}

// ---------------------------------------------------------------- users

async function collectUsers(
  ctx: CollectContext,
  iam: IAMClient,
  gaad: Gaad | undefined,
  gaadError: unknown,
  report: Map<string, CredentialReportRow> | null | undefined,
  reportError: string | undefined,
  lastAccessed: Map<string, LastAccessedOutcome>,
) {
  const users = await ctx.list('ListUsers', [USER_TYPE], async () => {
    const out: User[] = [];
    for await (const page of paginateListUsers({ client: iam }, {})) out.push(...(page.Users ?? []));
    return out;
  });
  if (!users) return;
  const details = new Map((gaad?.users ?? []).map((u) => [u.UserName, u]));
  const groupArns = new Map((gaad?.groups ?? []).map((g) => [g.GroupName, g.Arn]));
  await mapPool(users, 4, async (u) => {
    const uid = u.Arn!;
    const name = u.UserName!;
    const errors: Record<string, string> = {};
    const detail = details.get(name);
    if (!gaad) errors.policies = classifyError(gaadError);
    if (report === undefined) errors.credentialReport = reportError ?? 'Unknown';

    const loginProfile = await ctx.detail(
      errors,
      uid,
      'loginProfile',
      'GetLoginProfile',
      async () => {
        const lp = (await iam.send(new GetLoginProfileCommand({ UserName: name }))).LoginProfile;
        return { createDate: iso(lp?.CreateDate), passwordResetRequired: lp?.PasswordResetRequired ?? false };
      },
      ['NoSuchEntity', 'NoSuchEntityException'],
    );
    const mfaDevices = await ctx.detail(errors, uid, 'mfaDevices', 'ListMFADevices', async () => {
      const out: MfaDeviceInfo[] = [];
      for await (const page of paginateListMFADevices({ client: iam }, { UserName: name })) {
        for (const d of page.MFADevices ?? []) {
          out.push({ serialNumber: d.SerialNumber ?? '', enableDate: iso(d.EnableDate), virtual: /:mfa\//.test(d.SerialNumber ?? '') });
        }
      }
      return out;
    });
    const accessKeys = await ctx.detail(errors, uid, 'accessKeys', 'ListAccessKeys', async () => {
      const out: AccessKeyInfo[] = [];
      for await (const page of paginateListAccessKeys({ client: iam }, { UserName: name })) {
        for (const k of page.AccessKeyMetadata ?? []) {
          out.push({ accessKeyId: k.AccessKeyId ?? '', status: k.Status ?? 'Unknown', createDate: iso(k.CreateDate) });
        }
      }
      return out;
    });
    for (const key of accessKeys ?? []) {
      const used = await ctx.detail(errors, uid, 'accessKeys', 'GetAccessKeyLastUsed', async () =>
        (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.accessKeyId }))).AccessKeyLastUsed,
      );
      if (used === undefined) continue;
      key.lastUsedDate = iso(used?.LastUsedDate);
      key.lastUsedService = used?.ServiceName && used.ServiceName !== 'N/A' ? used.ServiceName : null;
      key.lastUsedRegion = used?.Region && used.Region !== 'N/A' ? used.Region : null;
    }

    const config: IamUserConfig = {
      userName: name,
      userId: u.UserId ?? '',
      path: u.Path ?? '/',
      createDate: iso(u.CreateDate),
      passwordLastUsed: iso(u.PasswordLastUsed),
      loginProfile: loginProfile ?? (loginProfile === null ? null : undefined),
      mfaDevices: mfaDevices ?? undefined,
      accessKeys: accessKeys ?? undefined,
      groups: gaad ? (detail?.GroupList ?? []) : undefined,
      attachedPolicies: gaad ? attached(detail?.AttachedManagedPolicies) : undefined,
      inlinePolicies: gaad ? inline(detail?.UserPolicyList) : undefined,
      permissionsBoundaryArn: detail?.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
      credentialReport: report == null ? undefined : (report.get(name) ?? null),
    };
    applyLastAccessed(config, errors, lastAccessed.get(uid));
    const relationships: Relationship[] = [
      ...(config.groups ?? []).map((g) => ({ type: 'member-of', target: groupArns.get(g) ?? `arn:${ctx.partition}:iam::${ctx.account}:group/${g}` })),
      ...(config.attachedPolicies ?? []).map((p) => ({ type: 'attached-policy', target: managedPolicyUid(ctx.account, p.policyArn) })),
    ];
    ctx.emit({
      uid,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: USER_TYPE,
      name,
      tags: tagMap(detail?.Tags),
      config: config as unknown as Record<string, unknown>,
      relationships,
      errors: Object.keys(errors).length ? errors : undefined,
    });
  });
}

// ---------------------------------------------------------------- last-accessed reports

/**
 * Bounds of the last-accessed phase (tests shorten the delays). Each principal costs one
 * GenerateServiceLastAccessedDetails and usually one or two GetServiceLastAccessedDetails calls
 * (more only for a report over 1,000 services or a slow job), so an account with N principals
 * takes about 2–3·N calls. At most `calls` are in flight while up to `jobs` reports are generated
 * and waited for; a job polled `IN_PROGRESS` is waited for with a doubling delay up to `jobWaitMs`.
 * Principals after `maxPrincipals` (users first, then roles, in listing order), and every one still
 * waiting once the phase has used `budgetMs` (default: the operation deadline,
 * MAMORI_OPERATION_DEADLINE_MS), are marked `errors.lastAccessed` without further calls; so is
 * every principal after the first AccessDenied on GenerateServiceLastAccessedDetails (a role that
 * may not generate one report may not generate the others). Service-linked roles are skipped (their
 * policies belong to AWS), and a principal with no policy gets an empty report without a call.
 */
export const lastAccessedLimits = {
  calls: 4,
  jobs: 16,
  pollDelayMs: 1000,
  maxPollDelayMs: 8000,
  jobWaitMs: 120_000,
  maxPrincipals: 5000,
  budgetMs: undefined as number | undefined,
};

type LastAccessedOutcome = { lastAccessed: LastAccessedService[]; asOf: string | null } | { error: string };

function applyLastAccessed(config: IamUserConfig | IamRoleConfig, errors: Record<string, string>, outcome: LastAccessedOutcome | undefined) {
  if (!outcome) return;
  if ('error' in outcome) {
    errors.lastAccessed = outcome.error;
    return;
  }
  config.lastAccessed = outcome.lastAccessed;
  config.lastAccessedAsOf = outcome.asOf;
}

/** A counting semaphore: at most `n` calls of `run` in flight. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(call: () => Promise<T>): Promise<T> {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await call();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

const timeoutError = (message: string) => Object.assign(new Error(message), { name: 'TimeoutError' });

function parseLastAccessed(services: GetServiceLastAccessedDetailsCommandOutput['ServicesLastAccessed']): LastAccessedService[] {
  return (services ?? []).map((s) => {
    const service = s.ServiceNamespace ?? '';
    const out: LastAccessedService = { service, lastAuthenticated: iso(s.LastAuthenticated) };
    if (s.TrackedActionsLastAccessed) {
      out.actions = s.TrackedActionsLastAccessed.filter((a) => a.ActionName).map((a) => ({
        action: a.ActionName!.includes(':') ? a.ActionName! : `${service}:${a.ActionName}`,
        lastAccessedTime: iso(a.LastAccessedTime),
      }));
    }
    return out;
  });
}

/** Last-accessed reports of the account's users and roles, by ARN: the report or the error code for `errors.lastAccessed`. */
async function collectLastAccessed(ctx: CollectContext, iam: IAMClient, gaad: Gaad): Promise<Map<string, LastAccessedOutcome>> {
  const out = new Map<string, LastAccessedOutcome>();
  const targets: string[] = [];
  const holdsPolicies = (...lists: (unknown[] | undefined)[]) => lists.some((l) => (l?.length ?? 0) > 0);
  for (const u of gaad.users) {
    if (!u.Arn) continue;
    if (holdsPolicies(u.AttachedManagedPolicies, u.UserPolicyList, u.GroupList)) targets.push(u.Arn);
    else out.set(u.Arn, { lastAccessed: [], asOf: null });
  }
  for (const r of gaad.roles) {
    if (!r.Arn || (r.Path ?? '/').startsWith('/aws-service-role/')) continue;
    if (holdsPolicies(r.AttachedManagedPolicies, r.RolePolicyList)) targets.push(r.Arn);
    else out.set(r.Arn, { lastAccessed: [], asOf: null });
  }
  if (!targets.length) return out;

  const limits = lastAccessedLimits;
  const budgetMs = limits.budgetMs ?? operationDeadlineMs();
  const deadline = performance.now() + budgetMs;
  const call = limiter(limits.calls);
  const skipped = { capped: Math.max(0, targets.length - limits.maxPrincipals), budget: 0, denied: 0 };
  let denied: string | undefined;
  for (const arn of targets.slice(limits.maxPrincipals)) out.set(arn, { error: 'ServiceUnavailable' });

  await mapPool(targets.slice(0, limits.maxPrincipals), limits.jobs, async (arn) => {
    if (denied) {
      skipped.denied++;
      out.set(arn, { error: denied });
      return;
    }
    if (performance.now() >= deadline) {
      skipped.budget++;
      out.set(arn, { error: 'ServiceUnavailable' });
      return;
    }
    const errors: Record<string, string> = {};
    const jobId = await ctx.detail(errors, arn, 'lastAccessed', 'GenerateServiceLastAccessedDetails', async () => {
      const job = await call(() => iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: 'ACTION_LEVEL' })));
      if (!job.JobId) throw Object.assign(new Error('GenerateServiceLastAccessedDetails returned no JobId'), { name: 'InternalFailure' });
      return job.JobId;
    });
    if (!jobId) {
      if (errors.lastAccessed === 'AccessDenied') denied = 'AccessDenied';
      out.set(arn, { error: errors.lastAccessed ?? 'Unknown' });
      return;
    }
    const report = await ctx.detail(errors, arn, 'lastAccessed', 'GetServiceLastAccessedDetails', () => awaitReport(iam, call, jobId, deadline));
    out.set(arn, report ? { lastAccessed: report.services, asOf: report.asOf } : { error: errors.lastAccessed ?? 'Unknown' });
  });

  // Principals skipped without a call: one collection error for all of them, not one each.
  const reasons: string[] = [];
  if (skipped.capped) reasons.push(`${skipped.capped} over the limit of ${limits.maxPrincipals} principals per account`);
  if (skipped.budget) reasons.push(`${skipped.budget} after the phase used its ${formatMs(budgetMs)} (${OPERATION_DEADLINE_ENV})`);
  if (skipped.denied) reasons.push(`${skipped.denied} after GenerateServiceLastAccessedDetails was denied`);
  if (reasons.length) {
    const err = skipped.denied && !skipped.capped && !skipped.budget
      ? Object.assign(new Error(`last-accessed reports not requested: ${reasons.join('; ')}`), { name: 'AccessDenied' })
      : timeoutError(`last-accessed reports not requested: ${reasons.join('; ')}`);
    await ctx.list('GenerateServiceLastAccessedDetails', [], () => Promise.reject(err));
  }
  return out;
}

/** Polls one report until COMPLETED (then reads every page), FAILED, or its wait runs out. */
async function awaitReport(
  iam: IAMClient,
  call: <T>(f: () => Promise<T>) => Promise<T>,
  jobId: string,
  deadline: number,
): Promise<{ services: LastAccessedService[]; asOf: string | null }> {
  const limits = lastAccessedLimits;
  const giveUp = Math.min(deadline, performance.now() + limits.jobWaitMs);
  let delay = limits.pollDelayMs;
  for (;;) {
    const first = await call(() => iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: 1000 })));
    if (first.JobStatus === 'COMPLETED') {
      const services = parseLastAccessed(first.ServicesLastAccessed);
      let page = first;
      while (page.IsTruncated && page.Marker) {
        const marker = page.Marker;
        page = await call(() => iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, MaxItems: 1000, Marker: marker })));
        services.push(...parseLastAccessed(page.ServicesLastAccessed));
      }
      return { services, asOf: iso(first.JobCompletionDate) };
    }
    if (first.JobStatus === 'FAILED') {
      throw Object.assign(new Error(`last-accessed job failed: ${first.Error?.Message ?? 'no reason given'}`), { name: first.Error?.Code || 'InternalFailure' });
    }
    if (performance.now() + delay > giveUp) throw timeoutError(`last-accessed report ${jobId} still in progress after waiting ${formatMs(limits.jobWaitMs)}`);
    await sleep(delay);
    delay = Math.min(delay * 2, limits.maxPollDelayMs);
  }
}

// ---------------------------------------------------------------- groups, roles, instance profiles

function emitGroups(ctx: CollectContext, gaad: Gaad) {
  for (const g of gaad.groups) {
    const config: IamGroupConfig = {
      groupName: g.GroupName ?? '',
      groupId: g.GroupId ?? '',
      path: g.Path ?? '/',
      createDate: iso(g.CreateDate),
      attachedPolicies: attached(g.AttachedManagedPolicies),
      inlinePolicies: inline(g.GroupPolicyList),
    };
    ctx.emit({
      uid: g.Arn!,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: GROUP_TYPE,
      name: config.groupName,
      tags: {},
      config: config as unknown as Record<string, unknown>,
      relationships: config.attachedPolicies!.map((p) => ({ type: 'attached-policy', target: managedPolicyUid(ctx.account, p.policyArn) })),
    });
  }
}

function emitRolesAndProfiles(ctx: CollectContext, gaad: Gaad, lastAccessed: Map<string, LastAccessedOutcome>) {
  const profiles = new Map<string, InstanceProfileConfig>();
  for (const r of gaad.roles) {
    const path = r.Path ?? '/';
    const config: IamRoleConfig = {
      roleName: r.RoleName ?? '',
      roleId: r.RoleId ?? '',
      path,
      createDate: iso(r.CreateDate),
      assumeRolePolicy: parsePolicyDocument(r.AssumeRolePolicyDocument),
      attachedPolicies: attached(r.AttachedManagedPolicies),
      inlinePolicies: inline(r.RolePolicyList),
      instanceProfiles: (r.InstanceProfileList ?? []).map((p) => p.Arn!).filter(Boolean),
      permissionsBoundaryArn: r.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
      roleLastUsed: r.RoleLastUsed ? { lastUsedDate: iso(r.RoleLastUsed.LastUsedDate), region: r.RoleLastUsed.Region ?? null } : null,
      serviceLinked: path.startsWith('/aws-service-role/'),
    };
    const errors: Record<string, string> = {};
    applyLastAccessed(config, errors, lastAccessed.get(r.Arn!));
    for (const p of r.InstanceProfileList ?? []) {
      if (!p.Arn || profiles.has(p.Arn)) continue;
      profiles.set(p.Arn, {
        instanceProfileName: p.InstanceProfileName ?? '',
        instanceProfileId: p.InstanceProfileId ?? '',
        path: p.Path ?? '/',
        roles: (p.Roles ?? []).map((x) => x.Arn!).filter(Boolean),
      });
    }
    ctx.emit({
      uid: r.Arn!,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: ROLE_TYPE,
      name: config.roleName,
      tags: tagMap(r.Tags),
      config: config as unknown as Record<string, unknown>,
      relationships: [
        ...config.attachedPolicies.map((p) => ({ type: 'attached-policy', target: managedPolicyUid(ctx.account, p.policyArn) })),
        ...config.instanceProfiles.map((p) => ({ type: 'in-instance-profile', target: p })),
      ],
      errors: Object.keys(errors).length ? errors : undefined,
    });
  }
  for (const [arn, config] of profiles) {
    ctx.emit({
      uid: arn,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: INSTANCE_PROFILE_TYPE,
      name: config.instanceProfileName,
      tags: {},
      config: config as unknown as Record<string, unknown>,
      relationships: config.roles.map((role) => ({ type: 'has-role', target: role })),
    });
  }
}

// ---------------------------------------------------------------- managed policies

function emitCustomerPolicies(ctx: CollectContext, gaad: Gaad) {
  for (const p of gaad.policies) {
    const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((v) => v.VersionId === p.DefaultVersionId);
    const config: ManagedPolicyConfig = {
      ...policyBase(p),
      awsManaged: false,
      document: parsePolicyDocument(version?.Document),
      ...(p.PolicyVersionList ? { versionCount: p.PolicyVersionList.length } : {}),
    };
    ctx.emit({
      uid: p.Arn!,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: MANAGED_POLICY_TYPE,
      name: config.policyName,
      tags: {},
      config: config as unknown as Record<string, unknown>,
    });
  }
}

function policyBase(p: Policy | ManagedPolicyDetail) {
  return {
    arn: p.Arn ?? '',
    policyName: p.PolicyName ?? '',
    path: p.Path ?? '/',
    defaultVersionId: p.DefaultVersionId ?? null,
    attachmentCount: p.AttachmentCount ?? 0,
    permissionsBoundaryUsageCount: p.PermissionsBoundaryUsageCount ?? 0,
    createDate: iso(p.CreateDate),
    updateDate: iso(p.UpdateDate),
  };
}

/**
 * AWS managed policies attached in the account (as permissions or as a permissions boundary), plus
 * the watched ones (always, with their attachments). Every one gets its default-version document:
 * effective permissions need them all. The cheapest route is one GetAccountAuthorizationDetails
 * listing filtered to AWSManagedPolicy, which returns the attached AWS managed policies with their
 * default version only; a policy missing from it (unattached watched policies, boundary-only use,
 * or the listing denied) falls back to GetPolicyVersion. A document that cannot be read leaves
 * `document` undefined with errors.document, so effective permissions report the holders as
 * incomplete instead of "no permission".
 */
async function collectAwsManagedPolicies(ctx: CollectContext, iam: IAMClient, gaad: Gaad | undefined) {
  const listed = await ctx.list('ListPolicies', [MANAGED_POLICY_TYPE], async () => {
    const out: Policy[] = [];
    for await (const page of paginateListPolicies({ client: iam }, { Scope: 'AWS', OnlyAttached: true })) out.push(...(page.Policies ?? []));
    return out;
  });
  if (!listed) return;
  const byArn = new Map(listed.filter((p) => p.Arn).map((p) => [p.Arn!, p]));
  for (const name of WATCHED_AWS_POLICIES) {
    const arn = `arn:${ctx.partition}:iam::aws:policy/${name}`;
    if (!byArn.has(arn)) byArn.set(arn, { PolicyName: name, Arn: arn, Path: '/', AttachmentCount: 0, DefaultVersionId: undefined });
  }
  for (const arn of awsManagedBoundaryArns(gaad)) {
    if (!byArn.has(arn)) byArn.set(arn, { PolicyName: policyNameFromArnPath(arn), Arn: arn, Path: policyPathFromArn(arn), AttachmentCount: 0, PermissionsBoundaryUsageCount: 1 });
  }
  const documents = await awsManagedDocuments(iam);
  await mapPool([...byArn.values()], 4, async (p) => {
    const arn = p.Arn!;
    const uid = managedPolicyUid(ctx.account, arn);
    const errors: Record<string, string> = {};
    const known = documents.get(arn);
    const base = policyBase(p);
    if (!base.defaultVersionId && known?.versionId) base.defaultVersionId = known.versionId;
    const config: ManagedPolicyConfig = { ...base, awsManaged: true };
    if ((WATCHED_AWS_POLICIES as readonly string[]).includes(p.PolicyName!)) {
      const attachments = await ctx.detail(errors, uid, 'attachments', 'ListEntitiesForPolicy', async () => {
        const out = { users: [] as string[], groups: [] as string[], roles: [] as string[] };
        for await (const page of paginateListEntitiesForPolicy({ client: iam }, { PolicyArn: arn })) {
          out.users.push(...(page.PolicyUsers ?? []).map((x) => x.UserName!));
          out.groups.push(...(page.PolicyGroups ?? []).map((x) => x.GroupName!));
          out.roles.push(...(page.PolicyRoles ?? []).map((x) => x.RoleName!));
        }
        return out;
      });
      if (attachments) config.attachments = attachments;
    }
    if (known && (!base.defaultVersionId || known.versionId === base.defaultVersionId)) {
      config.document = known.document;
    } else if (base.defaultVersionId || config.attachmentCount > 0 || config.permissionsBoundaryUsageCount > 0) {
      const doc = await ctx.detail(errors, uid, 'document', 'GetPolicyVersion', async () => {
        const versionId =
          base.defaultVersionId ?? (await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId;
        if (!versionId) return null;
        config.defaultVersionId = versionId;
        return parsePolicyDocument((await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId }))).PolicyVersion?.Document);
      });
      if (doc !== undefined) config.document = doc;
    }
    ctx.emit({
      uid,
      account: ctx.account,
      region: GLOBAL_REGION,
      type: MANAGED_POLICY_TYPE,
      name: config.policyName,
      tags: {},
      config: config as unknown as Record<string, unknown>,
      errors: Object.keys(errors).length ? errors : undefined,
    });
  });
}

/** `arn:aws:iam::aws:policy/service-role/X` → `X`; its path → `/service-role/`. */
const policyNameFromArnPath = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);
function policyPathFromArn(arn: string): string {
  const rest = arn.slice(arn.indexOf(':policy/') + ':policy'.length);
  return rest.slice(0, rest.lastIndexOf('/') + 1) || '/';
}

function awsManagedBoundaryArns(gaad: Gaad | undefined): string[] {
  const out = new Set<string>();
  for (const x of [...(gaad?.users ?? []), ...(gaad?.roles ?? [])]) {
    const arn = x.PermissionsBoundary?.PermissionsBoundaryArn;
    if (arn && isAwsManagedPolicyArn(arn)) out.add(arn);
  }
  return [...out];
}

/**
 * Default-version documents of the AWS managed policies attached in the account, by policy ARN, from
 * one filtered GetAccountAuthorizationDetails listing. Empty when the listing fails: each policy then
 * falls back to GetPolicyVersion, whose own failure is what gets recorded.
 */
async function awsManagedDocuments(iam: IAMClient): Promise<Map<string, { versionId: string | null; document: ManagedPolicyConfig['document'] }>> {
  const out = new Map<string, { versionId: string | null; document: ManagedPolicyConfig['document'] }>();
  try {
    for await (const page of paginateGetAccountAuthorizationDetails({ client: iam }, { Filter: ['AWSManagedPolicy'] })) {
      for (const p of page.Policies ?? []) {
        if (!p.Arn || !isAwsManagedPolicyArn(p.Arn)) continue;
        const versions = p.PolicyVersionList ?? [];
        const v = versions.find((x) => x.IsDefaultVersion) ?? versions.find((x) => x.VersionId === p.DefaultVersionId);
        if (!v?.Document) continue;
        out.set(p.Arn, { versionId: v.VersionId ?? p.DefaultVersionId ?? null, document: parsePolicyDocument(v.Document) });
      }
    }
  } catch {
    out.clear();
  }
  return out;
}

// ---------------------------------------------------------------- server certificates

async function collectServerCertificates(ctx: CollectContext, iam: IAMClient) {
  await ctx.list('ListServerCertificates', [SERVER_CERTIFICATE_TYPE], async () => {
    for await (const page of paginateListServerCertificates({ client: iam }, {})) {
      for (const c of page.ServerCertificateMetadataList ?? []) {
        const config: ServerCertificateConfig = {
          serverCertificateName: c.ServerCertificateName ?? '',
          serverCertificateId: c.ServerCertificateId ?? '',
          path: c.Path ?? '/',
          uploadDate: iso(c.UploadDate),
          expiration: iso(c.Expiration),
        };
        ctx.emit({
          uid: c.Arn!,
          account: ctx.account,
          region: GLOBAL_REGION,
          type: SERVER_CERTIFICATE_TYPE,
          name: config.serverCertificateName,
          tags: {},
          config: config as unknown as Record<string, unknown>,
        });
      }
    }
  });
}
