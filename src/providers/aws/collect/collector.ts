import { randomUUID } from 'node:crypto';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { sharedCredentials } from './credentials.js';
import { MamoriError } from '../../../model/errors.js';
import { ACCOUNT_TYPE, accountUid, REGION_TYPE, regionUid } from '../../../model/pseudo.js';
import { SNAPSHOT_SCHEMA, SNAPSHOT_VERSION, type Snapshot } from '../../../model/snapshot.js';
import { maxAttemptsFromEnv } from '../../../model/timeouts.js';
import { GLOBAL_REGION, type CollectionError, type Resource } from '../../../model/types.js';
import { VERSION } from '../../../version.js';
import { ClientCache, clientConfig, createCollectContext, setMaxAttempts } from './context.js';
import { classifyError, errorMessage, errorName } from './errors.js';
import { mapPool } from './pool.js';
import { SERVICE_COLLECTORS } from './services/index.js';
import type { Credentials, ServiceCollector } from './types.js';

export interface CollectOptions {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  /** Role name assumed in every member account of the caller's AWS Organization. */
  orgRole?: string;
  regions?: string[];
  services?: string[];
  /** Concurrent (account, region, service) jobs. */
  concurrency?: number;
  /** Region for global services and STS; AWS_REGION or us-east-1. */
  homeRegion?: string;
  /** SDK attempts per call (adaptive retry); default 8. */
  maxAttempts?: number;
  /** Use these collectors instead of the built-in ones (library users, tests). */
  collectors?: ServiceCollector[];
  /** Explicit credentials (tests, library users); otherwise the standard provider chain. */
  credentials?: Credentials;
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Called with each finished job's own resources and errors, e.g. to write one snapshot shard
   * per job. The job's lane waits for the returned promise, so a slow writer holds collection back
   * instead of letting finished results pile up in memory.
   */
  onJobResult?: (job: CollectJob, result: CollectJobResult) => void | Promise<void>;
  /**
   * Keep every job's resources and errors in the returned snapshot (default true). False, with
   * `onJobResult`, is for streamed collection: memory then holds only the jobs in flight, and the
   * snapshot carries only what belongs to no job (the account and region pseudo resources, errors
   * of resolving accounts and regions).
   */
  keepJobResults?: boolean;
}

/** One collection job: a service in an account and region (`global` for global services). */
export interface CollectJob {
  account: string;
  region: string;
  service: string;
}

/** What one job produced. */
export interface CollectJobResult {
  resources: Resource[];
  errors: CollectionError[];
}

export interface CollectProgress {
  done: number;
  total: number;
  account: string;
  region: string;
  service: string;
  errors: number;
}

interface Target {
  account: string;
  partition: string;
  credentials: Credentials;
}

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

export function validateRegionNames(regions: string[]): void {
  for (const r of regions) {
    if (!REGION_PATTERN.test(r)) throw new MamoriError('UNKNOWN_REGION', `unknown region "${r}" (expected a name like us-east-1)`);
  }
}

export function selectCollectors(services?: string[]): ServiceCollector[] {
  if (!services?.length) return Object.values(SERVICE_COLLECTORS);
  return services.map((s) => {
    const c = SERVICE_COLLECTORS[s];
    if (!c) {
      throw new MamoriError('UNKNOWN_SERVICE', `unknown service "${s}" (known: ${Object.keys(SERVICE_COLLECTORS).join(', ')})`);
    }
    return c;
  });
}

/** Collects an inventory snapshot from AWS (or an AWS-compatible endpoint) through the SDK. */
export async function collectAws(options: CollectOptions = {}): Promise<Snapshot> {
  if (options.regions) validateRegionNames(options.regions);
  const collectors = options.collectors ?? selectCollectors(options.services);
  const maxAttempts = options.maxAttempts ?? maxAttemptsFromEnv();
  if (maxAttempts) setMaxAttempts(maxAttempts);
  const homeRegion = options.homeRegion ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const now = new Date();
  const resources: Resource[] = [];
  const errors: CollectionError[] = [];

  const targets = await resolveTargets(options, homeRegion, errors);
  const jobs: { target: Target; region: string; collector: ServiceCollector; clients: ClientCache }[] = [];
  const scopeRegions = new Set<string>();
  for (const target of targets) {
    const clients = new ClientCache(target.credentials);
    const regions = await resolveRegions(target, clients, homeRegion, options.regions, errors);
    resources.push({
      uid: accountUid(target.account, target.partition),
      provider: 'aws',
      account: target.account,
      region: GLOBAL_REGION,
      type: ACCOUNT_TYPE,
      name: target.account,
      tags: {},
      config: { accountId: target.account, partition: target.partition },
    });
    for (const region of regions) {
      scopeRegions.add(region);
      resources.push({
        uid: regionUid(target.account, region, target.partition),
        provider: 'aws',
        account: target.account,
        region,
        type: REGION_TYPE,
        name: region,
        tags: {},
        config: { regionName: region },
      });
    }
    for (const collector of collectors) {
      for (const region of collector.global ? [GLOBAL_REGION] : regions) jobs.push({ target, region, collector, clients });
    }
  }

  const keep = options.keepJobResults ?? true;
  const seenUids = new Set<string>();
  let done = 0;
  let errorCount = errors.length;
  await mapPool(jobs, options.concurrency ?? 8, async ({ target, region, collector, clients }) => {
    // Each job has its own sink, so its results can be handed on (and forgotten) as it finishes.
    const sink: CollectJobResult = { resources: [], errors: [] };
    const ctx = createCollectContext({
      account: target.account,
      region,
      partition: target.partition,
      service: collector.service,
      now,
      sink,
      clients: region === GLOBAL_REGION ? regionalView(clients, homeRegion) : clients,
    });
    try {
      await collector.collect(ctx);
    } catch (err) {
      sink.errors.push({
        provider: 'aws',
        account: target.account,
        region,
        service: collector.service,
        operation: 'collect',
        code: classifyError(err),
        message: errorMessage(err),
      });
    }
    // The organization's resources are read by the management account and by a delegated
    // administrator alike: the first copy of a uid is kept.
    sink.resources = sink.resources.filter((r) => !seenUids.has(r.uid) && (seenUids.add(r.uid), true));
    await options.onJobResult?.({ account: target.account, region, service: collector.service }, sink);
    if (keep) {
      for (const r of sink.resources) resources.push(r);
      for (const e of sink.errors) errors.push(e);
    }
    done++;
    errorCount += sink.errors.length;
    options.onProgress?.({ done, total: jobs.length, account: target.account, region, service: collector.service, errors: errorCount });
  });

  return {
    schema: SNAPSHOT_SCHEMA,
    version: SNAPSHOT_VERSION,
    id: randomUUID(),
    collectedAt: new Date().toISOString(),
    tool: { name: 'mamori', version: VERSION },
    scope: {
      provider: 'aws',
      accounts: targets.map((t) => t.account),
      regions: [...scopeRegions].sort(),
      services: collectors.map((c) => c.service),
    },
    resources,
    errors,
  };
}

/** Global services use the home region's endpoint but record their resources under "global". */
function regionalView(clients: ClientCache, homeRegion: string): ClientCache {
  return {
    get: (ctor: never, region?: string) => clients.get(ctor, region && region !== GLOBAL_REGION ? region : homeRegion),
  } as unknown as ClientCache;
}

async function callerIdentity(credentials: Credentials, region: string, label: string) {
  const sts = new STSClient(clientConfig(STSClient, region, credentials));
  try {
    const id = await sts.send(new GetCallerIdentityCommand({}));
    const partition = id.Arn?.split(':')[1] ?? 'aws';
    return { account: id.Account!, partition };
  } catch (err) {
    const name = errorName(err);
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(String((err as Error).message))) {
      throw new MamoriError(
        'NO_CREDENTIALS',
        'no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, run "aws sso login", or pass --profile',
      );
    }
    throw new MamoriError('CREDENTIALS', `${label}: cannot verify credentials (${name}: ${errorMessage(err)})`, { cause: err });
  } finally {
    sts.destroy();
  }
}

async function resolveTargets(options: CollectOptions, homeRegion: string, errors: CollectionError[]): Promise<Target[]> {
  let base: Credentials = options.credentials ?? sharedCredentials(fromNodeProviderChain({ profile: options.profile }));
  if (options.roleArn) {
    base = sharedCredentials(
      fromTemporaryCredentials({
        masterCredentials: base,
        params: { RoleArn: options.roleArn, ExternalId: options.externalId, RoleSessionName: 'mamori-collect' },
        clientConfig: { region: homeRegion },
      }),
    );
  }
  const caller = await callerIdentity(base, homeRegion, options.roleArn ? `assume ${options.roleArn}` : 'caller');
  if (!options.orgRole) return [{ ...caller, credentials: base }];

  const org = new OrganizationsClient(clientConfig(OrganizationsClient, homeRegion, base));
  const accounts: string[] = [];
  try {
    for await (const page of paginateListAccounts({ client: org }, {})) {
      for (const a of page.Accounts ?? []) if (a.Id && (a.Status ?? a.State) !== 'SUSPENDED') accounts.push(a.Id);
    }
  } catch (err) {
    throw new MamoriError(
      'ORGANIZATIONS',
      `--org-role: cannot list the organization's accounts from ${caller.account} (${errorName(err)}); run from the management or a delegated administrator account`,
    );
  } finally {
    org.destroy();
  }
  void ListAccountsCommand;
  const targets: Target[] = [];
  for (const account of accounts) {
    if (account === caller.account) {
      targets.push({ ...caller, credentials: base });
      continue;
    }
    const roleArn = `arn:${caller.partition}:iam::${account}:role/${options.orgRole}`;
    // One AssumeRole per member account, shared by all its clients and refreshed before expiry.
    const credentials = sharedCredentials(
      fromTemporaryCredentials({
        masterCredentials: base,
        params: { RoleArn: roleArn, RoleSessionName: 'mamori-collect' },
        clientConfig: { region: homeRegion },
      }),
    );
    try {
      const id = await callerIdentity(credentials, homeRegion, `assume ${roleArn}`);
      targets.push({ ...id, credentials });
    } catch (err) {
      // One member account we cannot enter must not stop the others.
      errors.push({
        provider: 'aws',
        account,
        region: GLOBAL_REGION,
        service: 'sts',
        operation: 'AssumeRole',
        code: classifyError((err as Error).cause ?? err),
        message: errorMessage(err),
      });
    }
  }
  return targets;
}

async function resolveRegions(
  target: Target,
  clients: ClientCache,
  homeRegion: string,
  requested: string[] | undefined,
  errors: CollectionError[],
): Promise<string[]> {
  try {
    const out = await clients.get(EC2Client, homeRegion).send(new DescribeRegionsCommand({ AllRegions: true }));
    const all = out.Regions ?? [];
    const enabled = all.filter((r) => r.OptInStatus !== 'not-opted-in').map((r) => r.RegionName!);
    if (!requested) return enabled.sort();
    for (const r of requested) {
      const known = all.find((x) => x.RegionName === r);
      if (!known) throw new MamoriError('UNKNOWN_REGION', `unknown region "${r}" for account ${target.account}`);
      if (known.OptInStatus === 'not-opted-in') {
        errors.push({
          provider: 'aws',
          account: target.account,
          region: r,
          service: 'ec2',
          operation: 'DescribeRegions',
          code: 'RegionDisabled',
          message: `region ${r} is not enabled (opt-in required) in account ${target.account}`,
        });
      }
    }
    return requested.filter((r) => all.find((x) => x.RegionName === r)?.OptInStatus !== 'not-opted-in');
  } catch (err) {
    if (err instanceof MamoriError) throw err;
    errors.push({
      provider: 'aws',
      account: target.account,
      region: GLOBAL_REGION,
      service: 'ec2',
      operation: 'DescribeRegions',
      code: classifyError(err),
      message: errorMessage(err),
    });
    // Without DescribeRegions we still scan what was asked for, or the home region.
    return requested ?? [homeRegion];
  }
}
