/**
 * The one place that knows each provider's collector. The application layer asks for a collection
 * by provider; the collector (and its cloud SDK) is imported only then.
 */
import type { CollectOptions as AwsCollectOptions, CollectProgress } from './aws/collect/collector.js';
import type { AzureCollectOptions } from './azure/collect/index.js';
import type { GcpCollectOptions } from './gcp/collect/index.js';
import type { Snapshot } from '../model/snapshot.js';
import type { CollectionError, Resource } from '../model/types.js';

export type { CollectProgress };

/** Google Cloud collection options (the scope: projects, folders or the organisation). */
export type GcpCollectRequest = GcpCollectOptions;

/** Azure collection options (the scope: subscriptions, management groups, the tenant). */
export type AzureCollectRequest = AzureCollectOptions;

export type CollectRequest = { provider: 'aws'; aws: AwsCollectOptions } | { provider: 'gcp'; gcp: GcpCollectRequest } | { provider: 'azure'; azure: AzureCollectRequest };

/** What one finished collection job produced (one scope × region or location × service). */
export interface JobOutput {
  resources: Resource[];
  errors: CollectionError[];
}

export interface StreamHooks {
  /** Called as each job finishes; the collection waits for it (a slow writer slows collection). */
  onJobResult: (result: JobOutput) => Promise<void>;
}

/**
 * Collects an inventory snapshot through the provider's official SDK. With `stream`, each job's
 * output goes to the hook and is not kept: the returned snapshot then holds only what belongs to
 * no job (scope and region entries, errors of the scope walk).
 */
export async function collectFrom(request: CollectRequest, stream?: StreamHooks): Promise<Snapshot> {
  const hooks = stream ? { onJobResult: (_job: unknown, result: JobOutput) => stream.onJobResult(result), keepJobResults: false } : {};
  switch (request.provider) {
    case 'aws': {
      const { collectAws } = await import('./aws/collect/collector.js');
      return collectAws({ ...request.aws, ...hooks });
    }
    case 'gcp': {
      const { collectGcp } = await import('./gcp/collect/index.js');
      return collectGcp({ ...request.gcp, ...hooks });
    }
    case 'azure': {
      const { collectAzure } = await import('./azure/collect/index.js');
      return collectAzure({ ...request.azure, ...hooks });
    }
  }
}

/** Refuses region names the provider does not know, before any call (AWS only: Google Cloud and Azure have locations per service). */
export async function validateRegions(provider: CollectRequest['provider'], regions: string[]): Promise<void> {
  if (provider === 'aws') (await import('./aws/collect/collector.js')).validateRegionNames(regions);
}
