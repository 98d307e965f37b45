import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { Resource } from '../../../model/types.js';

/** Anything shaped like an SDK v3 client constructor. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClientCtor<T> = new (config: any) => T;

/**
 * What a service collector gets for one (account, region). It never sees credentials
 * directly; `client()` builds SDK clients with the right credentials, retry mode and endpoint.
 */
export interface CollectContext {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly now: Date;
  /** An SDK client for this job's region, or for `region` (e.g. an S3 bucket's own region). */
  client<T>(ctor: ClientCtor<T>, region?: string): T;
  /** Adds a resource to the snapshot (provider defaults to aws). */
  emit<C extends object>(resource: Omit<Resource<C>, 'provider'> & { provider?: 'aws' }): void;
  /**
   * Runs a listing call. On failure records a collection error for `resourceTypes` in this
   * account/region and returns undefined; the collector carries on with its other listings.
   */
  list<T>(operation: string, resourceTypes: string[], call: () => Promise<T>): Promise<T | undefined>;
  /**
   * Runs one resource's detail call. Error codes in `absent` mean "not configured" and give null
   * (e.g. NoSuchBucketPolicy). Other failures are recorded in `errors[field]` (put it on
   * Resource.errors) and give undefined, so rules needing the field report NOT_ASSESSED.
   */
  detail<T>(
    errors: Record<string, string>,
    resourceUid: string,
    field: string,
    operation: string,
    call: () => Promise<T>,
    absent?: readonly string[],
  ): Promise<T | null | undefined>;
}

export interface ServiceCollector {
  /** Service key used in `--services`, in collection errors and in rules' `services`. */
  service: string;
  /** Global services (IAM, Organizations, S3 bucket listing) run once per account, in the home region. */
  global: boolean;
  collect(ctx: CollectContext): Promise<void>;
}

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;
