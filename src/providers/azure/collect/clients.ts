/**
 * The run's SDK clients: one credential, one retry policy, the endpoints of the cloud (public Azure
 * by default; sovereign clouds and tests override them). ARM clients are created once per
 * (package, subscription) and share the transport; their built-in retry is replaced by ours
 * (retry.ts). Microsoft Graph uses `@microsoft/microsoft-graph-client` with the same credential.
 */
import { createPipelineRequest, type PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/core-auth';
import type { Middleware } from '@microsoft/microsoft-graph-client';
import { VERSION } from '../../../version.js';
import { AzureHttpError } from './errors.js';
import { azureRetryPolicy, GraphRetryMiddleware, type RetryPolicy } from './retry.js';

export interface AzureEndpoints {
  /** Azure Resource Manager (default https://management.azure.com). */
  arm: string;
  /** Microsoft Graph (default https://graph.microsoft.com). */
  graph: string;
  /** Microsoft Entra authority host for `@azure/identity` (default https://login.microsoftonline.com). */
  authority?: string;
}

export const PUBLIC_CLOUD: AzureEndpoints = { arm: 'https://management.azure.com', graph: 'https://graph.microsoft.com', authority: 'https://login.microsoftonline.com' };

const trimSlash = (u: string) => u.replace(/\/+$/, '');

/** Plain HTTP is accepted for a loopback endpoint only (local emulators, tests); anything else must be HTTPS. */
export function isLoopbackHttp(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]');
}

/** A Sign-phase policy for a loopback HTTP endpoint (the SDK's bearer policy refuses non-TLS URLs). */
function loopbackBearerPolicy(credential: TokenCredential, scope: string): PipelinePolicy {
  return {
    name: 'mamoriLoopbackBearerPolicy',
    async sendRequest(request, next) {
      const token = await credential.getToken(scope);
      if (token) request.headers.set('authorization', `Bearer ${token.token}`);
      request.allowInsecureConnection = true;
      return next(request);
    },
  };
}

/** What every generated ARM client's constructor accepts (the subset mamori sets). */
export interface ArmClientOptions {
  endpoint: string;
  credentialScopes: string[];
  /** The same, as the TypeSpec-generated (modular) clients read it. */
  credentials: { scopes: string[] };
  allowInsecureConnection?: boolean;
  retryOptions: { maxRetries: number };
  userAgentOptions: { userAgentPrefix: string };
}

interface PipelineOwner {
  pipeline: { removePolicy(o: { name?: string; phase?: 'Retry' | 'Sign' | 'Serialize' | 'Deserialize' }): unknown; addPolicy(p: PipelinePolicy, o?: { phase?: 'Retry' | 'Sign' | 'Serialize' | 'Deserialize' }): void };
  sendRequest(request: ReturnType<typeof createPipelineRequest>): Promise<{ status: number; bodyAsText?: string | null; headers: { get(n: string): string | undefined } }>;
}

type ArmCtor<C> = new (credential: TokenCredential, subscriptionId: string, options: ArmClientOptions) => C;
type ArmCtorNoSub<C> = new (credential: TokenCredential, options: ArmClientOptions) => C;

export class AzureClients {
  readonly endpoints: AzureEndpoints;
  private readonly cache = new Map<string, unknown>();
  private readonly armScope: string;
  private graphClient?: Promise<import('@microsoft/microsoft-graph-client').Client>;

  constructor(
    readonly credential: TokenCredential,
    endpoints: AzureEndpoints,
    readonly retry: RetryPolicy,
  ) {
    this.endpoints = { ...endpoints, arm: trimSlash(endpoints.arm), graph: trimSlash(endpoints.graph) };
    this.armScope = `${this.endpoints.arm === PUBLIC_CLOUD.arm ? 'https://management.azure.com' : this.endpoints.arm}/.default`;
  }

  /** The ARM scope a token is asked for (`<arm endpoint>/.default`). */
  get armTokenScope(): string {
    return this.armScope;
  }

  private armOptions(): ArmClientOptions {
    return {
      endpoint: this.endpoints.arm,
      credentialScopes: [this.armScope],
      credentials: { scopes: [this.armScope] },
      ...(isLoopbackHttp(this.endpoints.arm) ? { allowInsecureConnection: true } : {}),
      retryOptions: { maxRetries: 0 },
      userAgentOptions: { userAgentPrefix: `mamori/${VERSION}` },
    };
  }

  /** Replaces the SDK's retry with ours (and, on a loopback HTTP endpoint, the bearer policy). */
  private prepare<C>(client: C): C {
    const owner = client as unknown as PipelineOwner;
    owner.pipeline.removePolicy({ phase: 'Retry' });
    owner.pipeline.addPolicy(azureRetryPolicy(this.retry), { phase: 'Retry' });
    if (isLoopbackHttp(this.endpoints.arm)) {
      owner.pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
      owner.pipeline.addPolicy(loopbackBearerPolicy(this.credential, this.armScope), { phase: 'Sign' });
    }
    return client;
  }

  /** An ARM client bound to a subscription (one per package and subscription, created on first use). */
  arm<C>(ctor: ArmCtor<C>, subscriptionId: string): C {
    const key = `${ctor.name}|${subscriptionId}`;
    let c = this.cache.get(key) as C | undefined;
    if (!c) {
      c = this.prepare(new ctor(this.credential, subscriptionId, this.armOptions()));
      this.cache.set(key, c);
    }
    return c;
  }

  /** An ARM client without a subscription (management groups, built-in policy definitions). */
  armTenant<C>(ctor: ArmCtorNoSub<C>): C {
    const key = `${ctor.name}|`;
    let c = this.cache.get(key) as C | undefined;
    if (!c) {
      c = this.prepare(new ctor(this.credential, this.armOptions()));
      this.cache.set(key, c);
    }
    return c;
  }

  private rawOwner?: Promise<PipelineOwner>;
  /** A client whose pipeline carries the raw REST calls (the same auth, retry and transport as the SDK calls). */
  private async raw(): Promise<PipelineOwner> {
    this.rawOwner ??= import('@azure/arm-resources').then(({ ResourceManagementClient }) => this.arm(ResourceManagementClient, '00000000-0000-0000-0000-000000000000') as unknown as PipelineOwner);
    return this.rawOwner;
  }

  /**
   * One ARM REST call through the SDK pipeline, for what the installed SDKs lack (subscriptions,
   * policy exemptions, the current security contacts API version, Resource Graph). `pathOrUrl` is
   * an ARM path (`/subscriptions?api-version=…`) or a full `nextLink`. Non-2xx answers throw.
   */
  async rest<T>(pathOrUrl: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<T> {
    const owner = await this.raw();
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.endpoints.arm}${pathOrUrl}`;
    const request = createPipelineRequest({ url, method: init.method ?? 'GET', allowInsecureConnection: isLoopbackHttp(this.endpoints.arm) });
    if (init.body !== undefined) {
      request.body = JSON.stringify(init.body);
      request.headers.set('content-type', 'application/json');
    }
    request.headers.set('accept', 'application/json');
    const response = await owner.sendRequest(request);
    if (response.status < 200 || response.status >= 300) throw new AzureHttpError(response.status, response.bodyAsText, url);
    return (response.bodyAsText ? JSON.parse(response.bodyAsText) : {}) as T;
  }

  /** Every page of an ARM REST listing (`value` + `nextLink`). */
  async restList<T>(path: string, onPage: (items: T[]) => void | Promise<void>, maxPages = 10_000): Promise<void> {
    let next: string | undefined = path;
    for (let i = 0; next; i++) {
      if (i >= maxPages) throw new Error(`more than ${maxPages} pages`);
      const page: { value?: T[]; nextLink?: string | null } = await this.rest(next);
      await onPage(page.value ?? []);
      next = page.nextLink || undefined;
    }
  }

  /** The Microsoft Graph client (v1.0), created on first use. */
  graph(): Promise<import('@microsoft/microsoft-graph-client').Client> {
    this.graphClient ??= (async () => {
      const { Client, AuthenticationHandler, HTTPMessageHandler } = await import('@microsoft/microsoft-graph-client');
      const { TokenCredentialAuthenticationProvider } = await import('@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js');
      const graph = this.endpoints.graph;
      const scope = `${graph === PUBLIC_CLOUD.graph ? 'https://graph.microsoft.com' : graph}/.default`;
      const auth = new AuthenticationHandler(new TokenCredentialAuthenticationProvider(this.credential, { scopes: [scope] }));
      const retry = new GraphRetryMiddleware(this.retry);
      const http = new HTTPMessageHandler();
      auth.setNext(retry);
      retry.setNext(http as Middleware);
      return Client.initWithMiddleware({ middleware: auth, baseUrl: `${graph}/`, defaultVersion: 'v1.0', customHosts: new Set([new URL(graph).host]) });
    })();
    return this.graphClient;
  }
}
