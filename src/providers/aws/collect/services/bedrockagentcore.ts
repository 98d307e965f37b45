import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  GetBrowserCommand,
  GetCodeInterpreterCommand,
  paginateListAgentRuntimes,
  paginateListBrowsers,
  paginateListCodeInterpreters,
  type AgentRuntime,
  type VpcConfig,
} from '@aws-sdk/client-bedrock-agentcore-control';
import type { Relationship } from '../../../../model/types.js';
import { AGENT_RUNTIME_TYPE, BROWSER_TYPE, CODE_INTERPRETER_TYPE, type AgentCoreToolConfig, type AgentRuntimeConfig } from '../../model/bedrockagentcore.js';
import { classifyError, errorName } from '../errors.js';
import { mapPool } from '../pool.js';
import type { CollectContext, ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);

/**
 * The endpoint of a service AWS does not offer in the region: the SDK builds its host name from
 * the region, and AWS's DNS does not know it. Only for AWS's own domains, so a custom endpoint
 * (an emulator) that cannot be reached, or a DNS server that is down (EAI_AGAIN), stays an error.
 */
export function notOfferedHere(err: unknown): boolean {
  const name = errorName(err);
  if (name === 'UnknownEndpoint') return true;
  if (name !== 'ENOTFOUND') return false;
  const host = (err as { hostname?: string }).hostname ?? '';
  return /\.(amazonaws\.com(\.cn)?|api\.aws)$/.test(host);
}

interface Summary {
  arn?: string;
  id?: string;
  name?: string;
  status?: string;
  createdAt?: Date;
}

/**
 * Amazon Bedrock AgentCore resources that run with an execution role: custom code interpreters,
 * custom browsers (List* with type CUSTOM: AWS's built-in ones carry no role of the account) and
 * agent runtimes, each with its Get* for the execution role (and a runtime's inbound authorisation).
 * A region without AgentCore yields nothing and records nothing (`notOfferedHere`).
 */
export const collector: ServiceCollector = {
  service: 'bedrock-agentcore',
  global: false,
  async collect(ctx) {
    const client = ctx.client(BedrockAgentCoreControlClient);
    let absent = false;
    const listing = <T>(operation: string, type: string, fetch: () => Promise<T[]>) =>
      ctx.list(operation, [type], async () => {
        if (absent) return [];
        try {
          return await fetch();
        } catch (err) {
          if (!notOfferedHere(err)) throw err;
          absent = true;
          return [];
        }
      });

    const interpreters = await listing('ListCodeInterpreters', CODE_INTERPRETER_TYPE, async () => {
      const out: Summary[] = [];
      for await (const page of paginateListCodeInterpreters({ client }, { type: 'CUSTOM' }))
        for (const c of page.codeInterpreterSummaries ?? []) out.push({ arn: c.codeInterpreterArn, id: c.codeInterpreterId, name: c.name, status: c.status, createdAt: c.createdAt });
      return out;
    });
    if (absent) return;
    await mapPool(interpreters ?? [], 4, (s) =>
      collectTool(ctx, CODE_INTERPRETER_TYPE, 'GetCodeInterpreter', s, async () => {
        const d = await client.send(new GetCodeInterpreterCommand({ codeInterpreterId: s.id }));
        return { executionRoleArn: d.executionRoleArn, status: d.status, networkMode: d.networkConfiguration?.networkMode, vpc: d.networkConfiguration?.vpcConfig, name: d.name, createdAt: d.createdAt };
      }),
    );

    const browsers = await listing('ListBrowsers', BROWSER_TYPE, async () => {
      const out: Summary[] = [];
      for await (const page of paginateListBrowsers({ client }, { type: 'CUSTOM' }))
        for (const b of page.browserSummaries ?? []) out.push({ arn: b.browserArn, id: b.browserId, name: b.name, status: b.status, createdAt: b.createdAt });
      return out;
    });
    await mapPool(browsers ?? [], 4, (s) =>
      collectTool(ctx, BROWSER_TYPE, 'GetBrowser', s, async () => {
        const d = await client.send(new GetBrowserCommand({ browserId: s.id }));
        return { executionRoleArn: d.executionRoleArn, status: d.status, networkMode: d.networkConfiguration?.networkMode, vpc: d.networkConfiguration?.vpcConfig, name: d.name, createdAt: d.createdAt };
      }),
    );

    const runtimes = await listing('ListAgentRuntimes', AGENT_RUNTIME_TYPE, async () => {
      const out: AgentRuntime[] = [];
      for await (const page of paginateListAgentRuntimes({ client }, {})) out.push(...(page.agentRuntimes ?? []));
      return out;
    });
    await mapPool(runtimes ?? [], 4, (r) => collectRuntime(ctx, client, r));
  },
};

interface ToolDetail {
  executionRoleArn?: string;
  status?: string;
  networkMode?: string;
  vpc?: VpcConfig;
  name?: string;
  createdAt?: Date;
}

/**
 * A detail call whose failure leaves the execution role unknown: recorded as a listing error of the
 * type (as for SageMaker notebooks), since an unknown role hides what principals could reach.
 */
async function detailOf<T>(ctx: CollectContext, operation: string, type: string, call: () => Promise<T>): Promise<{ value?: T; failure: string }> {
  let failure = 'NotReturned';
  const value = await ctx.list(operation, [type], async () => {
    try {
      return await call();
    } catch (err) {
      failure = classifyError(err);
      throw err;
    }
  });
  return { value, failure };
}

const relationshipsOf = (role: string | null | undefined, subnets: readonly string[] | undefined): Relationship[] | undefined => {
  const out: Relationship[] = [];
  if (role) out.push({ type: 'uses-role', target: role });
  for (const s of subnets ?? []) out.push({ type: 'in-subnet', target: s });
  return out.length ? out : undefined;
};

async function collectTool(ctx: CollectContext, type: string, operation: string, s: Summary, get: () => Promise<ToolDetail>) {
  if (!s.arn || !s.id || s.status === 'DELETED') return;
  const { value: d, failure } = await detailOf(ctx, operation, type, get);
  const errors: Record<string, string> = {};
  if (!d) errors.executionRoleArn = errors.networkMode = failure;
  const name = d?.name ?? s.name ?? s.id;
  const subnets = d?.vpc?.subnets;
  const config: AgentCoreToolConfig = {
    name,
    id: s.id,
    status: d?.status ?? s.status ?? 'UNKNOWN',
    ...(d ? { executionRoleArn: d.executionRoleArn || null, ...(d.networkMode ? { networkMode: d.networkMode } : {}) } : {}),
    ...(subnets?.length ? { subnetIds: subnets } : {}),
    ...((d?.createdAt ?? s.createdAt) ? { createdAt: iso(d?.createdAt ?? s.createdAt) } : {}),
  };
  ctx.emit({
    uid: s.arn,
    account: ctx.account,
    region: ctx.region,
    type,
    name,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationshipsOf(config.executionRoleArn, config.subnetIds),
    errors: Object.keys(errors).length ? errors : undefined,
  });
}

async function collectRuntime(ctx: CollectContext, client: BedrockAgentCoreControlClient, r: AgentRuntime) {
  if (!r.agentRuntimeArn || !r.agentRuntimeId) return;
  // Only the fields read below leave the response: environment variables, artifact and headers stay behind.
  const { value: d, failure } = await detailOf(ctx, 'GetAgentRuntime', AGENT_RUNTIME_TYPE, () => client.send(new GetAgentRuntimeCommand({ agentRuntimeId: r.agentRuntimeId })));
  const errors: Record<string, string> = {};
  if (!d) errors.executionRoleArn = errors.inboundAuth = errors.networkMode = failure;
  const auth = d?.authorizerConfiguration;
  // No authorizer: IAM SigV4, the default (AgentCore Developer Guide › Authenticate and authorize with Inbound Auth and Outbound Auth).
  const inboundAuth = !auth ? 'IAM' : auth.customJWTAuthorizer ? 'JWT' : (auth.$unknown?.[0] ?? 'UNKNOWN');
  const subnets = d?.networkConfiguration?.networkModeConfig?.subnets;
  const name = d?.agentRuntimeName ?? r.agentRuntimeName ?? r.agentRuntimeId;
  const config: AgentRuntimeConfig = {
    name,
    id: r.agentRuntimeId,
    status: d?.status ?? r.status ?? 'UNKNOWN',
    ...((d?.agentRuntimeVersion ?? r.agentRuntimeVersion) ? { version: d?.agentRuntimeVersion ?? r.agentRuntimeVersion } : {}),
    ...(d ? { executionRoleArn: d.roleArn || null, inboundAuth, ...(d.networkConfiguration?.networkMode ? { networkMode: d.networkConfiguration.networkMode } : {}) } : {}),
    ...(subnets?.length ? { subnetIds: subnets } : {}),
    ...(d?.createdAt ? { createdAt: iso(d.createdAt) } : {}),
  };
  ctx.emit({
    uid: r.agentRuntimeArn,
    account: ctx.account,
    region: ctx.region,
    type: AGENT_RUNTIME_TYPE,
    name,
    tags: {},
    config: config as unknown as Record<string, unknown>,
    relationships: relationshipsOf(config.executionRoleArn, config.subnetIds),
    errors: Object.keys(errors).length ? errors : undefined,
  });
}
