import { createHash } from 'node:crypto';
import { GLOBAL_REGION, type CollectionError, type Relationship, type Resource } from '../../../model/types.js';
import { azureUid } from '../model/index.js';

/** What one demo resource needs; everything else is filled in as the collector's `emit` does. */
export interface DemoResource {
  uid: string;
  type: string;
  name: string;
  account: string;
  config: object;
  region?: string;
  tags?: Record<string, string>;
  relationships?: Relationship[];
  errors?: Record<string, string>;
}

/** The ARM id of a resource: `/subscriptions/<sub>/resourceGroups/<rg>/providers/<type>/<name>`. */
export function armId(subscriptionId: string, resourceGroup: string, type: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${type}/${name}`;
}

/**
 * Collects the Azure demo resources and collection errors in the shape the collector writes them
 * (src/providers/azure/collect/context.ts `emit` / `record`: uids are lower-cased ARM ids, regions
 * lower-case locations); refuses duplicate uids.
 */
export class AzureDemoBuilder {
  readonly resources: Resource[] = [];
  readonly errors: CollectionError[] = [];
  private readonly uids = new Set<string>();

  add(r: DemoResource): Resource {
    const uid = azureUid(r.uid);
    if (this.uids.has(uid)) throw new Error(`azure demo: duplicate uid ${uid}`);
    this.uids.add(uid);
    const resource: Resource = {
      uid,
      provider: 'azure',
      account: r.account,
      region: r.region ? r.region.toLowerCase().replace(/\s+/g, '') : GLOBAL_REGION,
      type: r.type,
      name: r.name,
      tags: { ...(r.tags ?? {}) },
      config: JSON.parse(JSON.stringify(r.config)) as Record<string, unknown>,
    };
    if (r.relationships?.length) resource.relationships = r.relationships;
    if (r.errors && Object.keys(r.errors).length) resource.errors = r.errors;
    this.resources.push(resource);
    return resource;
  }

  /** An ARM resource of a subscription: uid, `config.id` and `config.name` from its id. */
  arm(r: { subscriptionId: string; resourceGroup: string; type: string; name: string; region: string; config: object; tags?: Record<string, string>; errors?: Record<string, string> }): Resource {
    const id = armId(r.subscriptionId, r.resourceGroup, r.type, r.name);
    return this.add({ uid: id, type: r.type, name: r.name, account: r.subscriptionId, region: r.region, tags: r.tags, errors: r.errors, config: { id, name: r.name, ...r.config } });
  }

  error(e: Omit<CollectionError, 'provider' | 'region'> & { region?: string }): void {
    // In the order the collector writes an error's fields (shards and files keep that order).
    const { account, region = GLOBAL_REGION, ...rest } = e;
    this.errors.push({ provider: 'azure', account, region, ...rest } as CollectionError);
  }
}

/** A stable GUID for a demo object (the same seed always gives the same id). */
export function demoGuid(seed: string): string {
  const h = createHash('sha256').update(`mamori-azure-demo:${seed}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
