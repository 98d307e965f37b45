/**
 * API clients, built lazily (one googleapis module per API, loaded on first use so start-up stays
 * fast) and shared by every job of a run. All of them use the one auth client of the run. googleapis'
 * own retry is off: calls go through mamori's retry (retry.ts), which honours Retry-After.
 */
import type { accessapproval_v1 } from 'googleapis/build/src/apis/accessapproval/index.js';
import type { apikeys_v2 } from 'googleapis/build/src/apis/apikeys/index.js';
import type { bigquery_v2 } from 'googleapis/build/src/apis/bigquery/index.js';
import type { cloudkms_v1 } from 'googleapis/build/src/apis/cloudkms/index.js';
import type { cloudresourcemanager_v3 } from 'googleapis/build/src/apis/cloudresourcemanager/index.js';
import type { compute_v1 } from 'googleapis/build/src/apis/compute/index.js';
import type { dataproc_v1 } from 'googleapis/build/src/apis/dataproc/index.js';
import type { dns_v1 } from 'googleapis/build/src/apis/dns/index.js';
import type { essentialcontacts_v1 } from 'googleapis/build/src/apis/essentialcontacts/index.js';
import type { iam_v1 } from 'googleapis/build/src/apis/iam/index.js';
import type { logging_v2 } from 'googleapis/build/src/apis/logging/index.js';
import type { monitoring_v3 } from 'googleapis/build/src/apis/monitoring/index.js';
import type { orgpolicy_v2 } from 'googleapis/build/src/apis/orgpolicy/index.js';
import type { serviceusage_v1 } from 'googleapis/build/src/apis/serviceusage/index.js';
import type { sqladmin_v1 } from 'googleapis/build/src/apis/sqladmin/index.js';
import type { storage_v1 } from 'googleapis/build/src/apis/storage/index.js';
import type { AuthClient } from 'google-auth-library';
import { requestTimeoutMs } from '../../../model/timeouts.js';
import type { GcpService } from '../model.js';
import { rootUrlFor } from './endpoints.js';

export interface GcpApis {
  cloudresourcemanager: cloudresourcemanager_v3.Cloudresourcemanager;
  iam: iam_v1.Iam;
  apikeys: apikeys_v2.Apikeys;
  cloudkms: cloudkms_v1.Cloudkms;
  logging: logging_v2.Logging;
  monitoring: monitoring_v3.Monitoring;
  compute: compute_v1.Compute;
  storage: storage_v1.Storage;
  sqladmin: sqladmin_v1.Sqladmin;
  bigquery: bigquery_v2.Bigquery;
  dns: dns_v1.Dns;
  dataproc: dataproc_v1.Dataproc;
  essentialcontacts: essentialcontacts_v1.Essentialcontacts;
  accessapproval: accessapproval_v1.Accessapproval;
  orgpolicy: orgpolicy_v2.Orgpolicy;
  serviceusage: serviceusage_v1.Serviceusage;
}

type ClientOptions = { auth: never; rootUrl?: string; retry: false; timeout: number };

/** Each API's module, imported on first use. */
const FACTORIES: { [K in GcpService]: (o: ClientOptions) => Promise<GcpApis[K]> } = {
  cloudresourcemanager: async (o) => new (await import('googleapis/build/src/apis/cloudresourcemanager/index.js')).cloudresourcemanager_v3.Cloudresourcemanager(o),
  iam: async (o) => new (await import('googleapis/build/src/apis/iam/index.js')).iam_v1.Iam(o),
  apikeys: async (o) => new (await import('googleapis/build/src/apis/apikeys/index.js')).apikeys_v2.Apikeys(o),
  cloudkms: async (o) => new (await import('googleapis/build/src/apis/cloudkms/index.js')).cloudkms_v1.Cloudkms(o),
  logging: async (o) => new (await import('googleapis/build/src/apis/logging/index.js')).logging_v2.Logging(o),
  monitoring: async (o) => new (await import('googleapis/build/src/apis/monitoring/index.js')).monitoring_v3.Monitoring(o),
  compute: async (o) => new (await import('googleapis/build/src/apis/compute/index.js')).compute_v1.Compute(o),
  storage: async (o) => new (await import('googleapis/build/src/apis/storage/index.js')).storage_v1.Storage(o),
  sqladmin: async (o) => new (await import('googleapis/build/src/apis/sqladmin/index.js')).sqladmin_v1.Sqladmin(o),
  bigquery: async (o) => new (await import('googleapis/build/src/apis/bigquery/index.js')).bigquery_v2.Bigquery(o),
  dns: async (o) => new (await import('googleapis/build/src/apis/dns/index.js')).dns_v1.Dns(o),
  dataproc: async (o) => new (await import('googleapis/build/src/apis/dataproc/index.js')).dataproc_v1.Dataproc(o),
  essentialcontacts: async (o) => new (await import('googleapis/build/src/apis/essentialcontacts/index.js')).essentialcontacts_v1.Essentialcontacts(o),
  accessapproval: async (o) => new (await import('googleapis/build/src/apis/accessapproval/index.js')).accessapproval_v1.Accessapproval(o),
  orgpolicy: async (o) => new (await import('googleapis/build/src/apis/orgpolicy/index.js')).orgpolicy_v2.Orgpolicy(o),
  serviceusage: async (o) => new (await import('googleapis/build/src/apis/serviceusage/index.js')).serviceusage_v1.Serviceusage(o),
};

export class GcpClients {
  private readonly cache = new Map<GcpService, Promise<unknown>>();
  constructor(
    private readonly auth: AuthClient,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /**
   * The client of `api`, created once per run with the shared auth client and the endpoint
   * override if any. Each request (connection, answer and body) times out after
   * MAMORI_REQUEST_TIMEOUT_MS (default 60 s, the setting the AWS collector reads too): a hung
   * connection fails the call (and is retried, within the operation deadline of retry.ts).
   */
  get<K extends GcpService>(api: K): Promise<GcpApis[K]> {
    let client = this.cache.get(api) as Promise<GcpApis[K]> | undefined;
    if (!client) {
      const rootUrl = rootUrlFor(api, this.env);
      // googleapis-common bundles its own google-auth-library copy: same runtime shape, separate types.
      client = FACTORIES[api]({ auth: this.auth as never, retry: false, timeout: requestTimeoutMs(this.env), ...(rootUrl ? { rootUrl } : {}) });
      this.cache.set(api, client);
    }
    return client;
  }
}
