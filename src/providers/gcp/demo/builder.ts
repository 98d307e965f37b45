import { GLOBAL_REGION, type CollectionError, type Relationship, type Resource } from '../../../model/types.js';
import { GCP_TYPES } from '../model.js';

/** What one demo resource needs; everything else is filled in as the collector's `emit` does. */
export interface DemoResource<C extends object> {
  uid: string;
  type: string;
  name: string;
  account: string;
  config: C;
  region?: string;
  tags?: Record<string, string>;
  relationships?: Relationship[];
  errors?: Record<string, string>;
}

/**
 * Collects the Google Cloud demo resources and collection errors in the shape the collector writes
 * them (src/providers/gcp/collect/context.ts `emit` / `record`); refuses duplicate uids.
 */
export class GcpDemoBuilder {
  readonly resources: Resource[] = [];
  readonly errors: CollectionError[] = [];
  private readonly uids = new Set<string>();

  add<C extends object>(r: DemoResource<C>): void {
    if (this.uids.has(r.uid)) throw new Error(`gcp demo: duplicate uid ${r.uid}`);
    this.uids.add(r.uid);
    const resource: Resource = {
      uid: r.uid,
      provider: 'gcp',
      account: r.account,
      region: r.region ?? GLOBAL_REGION,
      type: r.type,
      name: r.name,
      tags: { ...(r.tags ?? {}) },
      config: r.config as unknown as Record<string, unknown>,
    };
    if (r.relationships?.length) resource.relationships = r.relationships;
    if (r.errors && Object.keys(r.errors).length) resource.errors = r.errors;
    this.resources.push(resource);
  }

  /** One enabled API of a project (serviceusage.services.list). */
  service(projectId: string, name: string): void {
    this.add({ uid: `//serviceusage.googleapis.com/projects/${projectId}/services/${name}`, type: GCP_TYPES.service, name, account: projectId, config: { name, state: 'ENABLED' } });
  }

  error(e: Omit<CollectionError, 'provider' | 'region'> & { region?: string }): void {
    this.errors.push({ provider: 'gcp', region: GLOBAL_REGION, ...e } as CollectionError);
  }
}
