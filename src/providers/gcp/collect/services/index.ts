import { GCP_SERVICES } from '../../model.js';
import type { GcpServiceCollector } from '../types.js';
import { collector as accessapproval } from './accessapproval.js';
import { collector as apikeys } from './apikeys.js';
import { collector as bigquery } from './bigquery.js';
import { collector as cloudkms } from './cloudkms.js';
import { collector as cloudresourcemanager } from './cloudresourcemanager.js';
import { collector as compute } from './compute.js';
import { collector as dataproc } from './dataproc.js';
import { collector as dns } from './dns.js';
import { collector as essentialcontacts } from './essentialcontacts.js';
import { collector as iam } from './iam.js';
import { collector as logging } from './logging.js';
import { collector as monitoring } from './monitoring.js';
import { collector as orgpolicy } from './orgpolicy.js';
import { collector as serviceusage } from './serviceusage.js';
import { collector as sqladmin } from './sqladmin.js';
import { collector as storage } from './storage.js';

/** Every Google Cloud collector. Adding one here is the only registration. */
const ALL: GcpServiceCollector[] = [
  cloudresourcemanager,
  serviceusage,
  iam,
  apikeys,
  cloudkms,
  logging,
  monitoring,
  compute,
  storage,
  sqladmin,
  bigquery,
  dns,
  dataproc,
  essentialcontacts,
  accessapproval,
  orgpolicy,
];

/** Builds the registry; a service registered twice is a programming error. */
export function buildGcpRegistry(collectors: readonly GcpServiceCollector[]): Map<string, GcpServiceCollector> {
  const registry = new Map<string, GcpServiceCollector>();
  for (const c of collectors) {
    if (registry.has(c.service)) throw new Error(`duplicate Google Cloud collector: ${c.service}`);
    if (!(GCP_SERVICES as readonly string[]).includes(c.service)) throw new Error(`Google Cloud collector ${c.service} is not a GcpService of the model`);
    registry.set(c.service, c);
  }
  return registry;
}

export const GCP_COLLECTORS: ReadonlyMap<string, GcpServiceCollector> = buildGcpRegistry(ALL);
