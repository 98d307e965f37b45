import type { CollectionError, Resource } from '../../../model/types.js';
import { classifyError, errorMessage, errorName } from './errors.js';
import type { ClientCtor, CollectContext, Credentials } from './types.js';
import { connectTimeoutMs, formatMs, maxAttemptsFromEnv, OPERATION_DEADLINE_ENV, operationDeadlineMs, requestTimeoutMs } from '../../../model/timeouts.js';

// MAMORI_MAX_ATTEMPTS applies to every client (the S3 log reader too), not only to collect's.
let maxAttempts = maxAttemptsFromEnv() ?? 8;
/** Attempts per SDK call for clients created from now on (the CLI keeps the default). */
export function setMaxAttempts(n: number) {
  maxAttempts = n;
}

/**
 * How long one request may wait for a connection and then for the answer (MAMORI_CONNECT_TIMEOUT_MS,
 * default 10 s; MAMORI_REQUEST_TIMEOUT_MS, default 60 s): an endpoint that accepts the connection
 * and never answers would otherwise hold a scan or a detection forever.
 */
export function requestTimeouts(env: NodeJS.ProcessEnv = process.env): { connectionTimeout: number; requestTimeout: number; throwOnRequestTimeout: true } {
  // throwOnRequestTimeout: without it the SDK only logs a warning and keeps waiting.
  return { connectionTimeout: connectTimeoutMs(env), requestTimeout: requestTimeoutMs(env), throwOnRequestTimeout: true };
}

/** Client settings every SDK client gets: adaptive retry for throttling, request timeouts, endpoint env vars honoured. */
export function clientConfig(ctor: { name: string }, region: string, credentials: Credentials) {
  const config: Record<string, unknown> = { region, credentials, retryMode: 'adaptive', maxAttempts, requestHandler: requestTimeouts() };
  // Emulators (LocalStack, MinIO) serve buckets on one host: virtual-hosted style would need wildcard DNS.
  if (ctor.name === 'S3Client' && (process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3)) {
    config.forcePathStyle = true;
  }
  // Same reason for host prefixes such as S3 Control's "<account-id>.s3-control…".
  if (Object.keys(process.env).some((k) => k.startsWith('AWS_ENDPOINT_URL'))) config.disableHostPrefix = true;
  return config;
}

type Sendable = { send: (...args: any[]) => Promise<unknown> };

type EndpointProvider = (params: Record<string, unknown>, context?: unknown) => unknown;

/**
 * S3 Control's endpoint rules put the account id in front of the host ("<account-id>.s3-control.…")
 * for every operation that requires one (static parameter RequiresAccountId), a custom endpoint
 * included: AWS_ENDPOINT_URL=http://127.0.0.1:4566 becomes "http://<account-id>.127.0.0.1:4566/", an
 * invalid URL. disableHostPrefix does not help because the prefix comes from the rules, not from the
 * model's hostPrefix trait. A configured endpoint is meant to be used as given (AWS SDKs and Tools
 * Reference Guide, "Service-specific endpoints"), so when the rules receive an Endpoint parameter they
 * are asked without RequiresAccountId; the account id still travels in the x-amz-account-id header,
 * where S3 Control and emulators read it. Without an endpoint override nothing changes.
 */
export function s3ControlEndpointAsGiven<T>(client: T): T {
  const config = (client as { config?: { endpointProvider?: EndpointProvider } }).config;
  const rules = config?.endpointProvider;
  if (!config || typeof rules !== 'function') return client;
  config.endpointProvider = (params, context) =>
    params.Endpoint !== undefined && params.RequiresAccountId ? rules({ ...params, RequiresAccountId: false }, context) : rules(params, context);
  return client;
}

/**
 * An overall deadline on every call of `client`, retries and their back-off included
 * (MAMORI_OPERATION_DEADLINE_MS, default 5 min): the request timeout bounds one attempt, but
 * adaptive retry makes up to maxAttempts of them. The call is aborted (no attempt goes on in the
 * background) and fails as a TimeoutError naming the setting. A caller's own abortSignal still applies.
 */
export function withOperationDeadline<T extends Sendable>(client: T): T {
  const send = client.send.bind(client);
  client.send = ((command: unknown, options?: unknown, cb?: unknown) => {
    if (typeof options === 'function' || cb !== undefined) return send(command, options, cb);
    const ms = operationDeadlineMs();
    const deadline = AbortSignal.timeout(ms);
    const own = (options as { abortSignal?: AbortSignal } | undefined)?.abortSignal;
    const abortSignal = own ? AbortSignal.any([own, deadline]) : deadline;
    return send(command, { ...(options as object | undefined), abortSignal }).catch((err: unknown) => {
      if (!deadline.aborted) throw err;
      const timeout = new Error(`no answer within ${formatMs(ms)} (${OPERATION_DEADLINE_ENV})`);
      timeout.name = 'TimeoutError';
      throw timeout;
    });
  }) as T['send'];
  return client;
}

export class ClientCache {
  private readonly clients = new Map<string, unknown>();
  constructor(private readonly credentials: Credentials) {}

  get<T>(ctor: ClientCtor<T>, region: string): T {
    const key = `${ctor.name}|${region}`;
    let client = this.clients.get(key) as T | undefined;
    if (!client) {
      client = withOperationDeadline(new ctor(clientConfig(ctor, region, this.credentials)) as T & Sendable);
      if (ctor.name === 'S3ControlClient') s3ControlEndpointAsGiven(client);
      this.clients.set(key, client);
    }
    return client;
  }

  destroy() {
    for (const c of this.clients.values()) (c as { destroy?: () => void }).destroy?.();
    this.clients.clear();
  }
}

export interface JobSink {
  resources: Resource[];
  errors: CollectionError[];
}

export function createCollectContext(opts: {
  account: string;
  region: string;
  partition: string;
  service: string;
  now: Date;
  clients: ClientCache;
  sink: JobSink;
}): CollectContext {
  const { account, region, service, sink } = opts;
  const record = (operation: string, err: unknown, extra: Partial<CollectionError> = {}) => {
    sink.errors.push({
      provider: 'aws',
      account,
      region,
      service,
      operation,
      code: classifyError(err),
      message: errorMessage(err),
      ...extra,
    });
  };
  return {
    account,
    region,
    partition: opts.partition,
    now: opts.now,
    client: (ctor, clientRegion) => opts.clients.get(ctor, clientRegion ?? region),
    emit: (resource) => sink.resources.push({ provider: 'aws', ...resource } as Resource),
    async list(operation, resourceTypes, call) {
      try {
        return await call();
      } catch (err) {
        record(operation, err, { resourceTypes });
        return undefined;
      }
    },
    async detail(errors, resourceUid, field, operation, call, absent = []) {
      try {
        return await call();
      } catch (err) {
        if (absent.includes(errorName(err))) return null;
        errors[field] = classifyError(err);
        record(operation, err, { resourceUid });
        return undefined;
      }
    },
  };
}
