import type { CollectionError, Resource } from '../../../model/types.js';

/** Collects demo resources from every area file; refuses duplicate uids like a real snapshot would. */
export class DemoBuilder {
  readonly resources: Resource[] = [];
  readonly errors: CollectionError[] = [];
  private readonly uids = new Set<string>();

  add<C extends object>(r: Omit<Resource<C>, 'provider' | 'tags'> & { tags?: Record<string, string> }): void {
    if (this.uids.has(r.uid)) throw new Error(`demo: duplicate uid ${r.uid}`);
    this.uids.add(r.uid);
    this.resources.push({ provider: 'aws', tags: {}, ...r, config: r.config as Record<string, unknown> });
  }

  error(e: Omit<CollectionError, 'provider'>): void {
    this.errors.push({ provider: 'aws', ...e });
  }
}
