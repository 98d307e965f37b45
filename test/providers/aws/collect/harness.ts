import { ClientCache, createCollectContext } from '../../../../src/providers/aws/collect/context.js';
import type { ServiceCollector } from '../../../../src/providers/aws/collect/types.js';
import type { CollectionError, Resource } from '../../../../src/model/types.js';

/**
 * Runs one service collector for one account/region against whatever the test mocked
 * (aws-sdk-client-mock stubs every client instance of a class), with static fake credentials.
 */
export async function runCollector(
  collector: ServiceCollector,
  opts: { account?: string; region?: string; now?: Date } = {},
): Promise<{ resources: Resource[]; errors: CollectionError[] }> {
  const sink = { resources: [] as Resource[], errors: [] as CollectionError[] };
  const clients = new ClientCache({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-real-secret' });
  const region = opts.region ?? (collector.global ? 'global' : 'us-east-1');
  const ctx = createCollectContext({
    account: opts.account ?? '111111111111',
    region,
    partition: 'aws',
    service: collector.service,
    now: opts.now ?? new Date('2026-11-01T00:00:00Z'),
    clients:
      region === 'global'
        ? ({ get: (ctor: never, r?: string) => clients.get(ctor, r && r !== 'global' ? r : 'us-east-1') } as unknown as ClientCache)
        : clients,
    sink,
  });
  await collector.collect(ctx);
  return sink;
}

/** An SDK-shaped service error (what the SDK throws for an AWS error response). */
export function awsError(name: string, message = name, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode } });
}
