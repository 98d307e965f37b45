import type { CollectionError, CollectionErrorCode, Relationship, Resource } from '../../../model/types.js';
import type { FolderConfig, GcpService, IamPolicy, OrganizationConfig, ProjectConfig } from '../model.js';
import type { GcpApis } from './clients.js';

export type ScopeKind = 'organization' | 'folder' | 'project';

/** A node of the resource hierarchy a job runs on. */
export interface ScopeNode {
  kind: ScopeKind;
  /** `Resource.account`: the project id, `folders/1` or `organizations/1`. */
  account: string;
  /** REST parent name: `projects/<id>`, `folders/1`, `organizations/1`. */
  name: string;
  /** Projects only. */
  projectId?: string;
  projectNumber?: string;
}

/** An organisation or folder seen while resolving the scope, with its policy (for inheritance). */
export interface HierarchyNode {
  /** `organizations/1` or `folders/2` */
  name: string;
  kind: 'organization' | 'folder';
  /** organizations.get / folders.get trimmed to the model; undefined when it failed (see errors.config). */
  config?: OrganizationConfig | FolderConfig;
  /** getIamPolicy of the node; undefined when it failed (see errors.iamPolicy). */
  iamPolicy?: IamPolicy;
  /** Parent from folders.get (`organizations/1`, `folders/3`); undefined when unknown. */
  parent?: string;
  errors: Record<string, string>;
}

/** A project in scope, as resolved by the hierarchy walk (projects.get or projects.list). */
export interface ProjectEntry {
  projectId: string;
  projectNumber?: string;
  /** projects.get/list answer trimmed to the model; undefined when the project could not be read. */
  config?: Omit<ProjectConfig, 'iamPolicy' | 'inherited'>;
  /** Ancestors nearest first; complete unless `ancestryError` is set. */
  ancestors: string[];
  ancestryError?: CollectionErrorCode;
  labels: Record<string, string>;
}

export interface Hierarchy {
  /** Every organisation and folder met (in scope or as an ancestor), by name. */
  nodes: Map<string, HierarchyNode>;
  projects: ProjectEntry[];
}

export interface EmitInput<C extends object> {
  uid: string;
  type: string;
  name: string;
  config: C;
  /** Defaults to the job's location. */
  region?: string;
  /** Defaults to the job's scope account. */
  account?: string;
  tags?: Record<string, string> | null;
  errors?: Record<string, string>;
  relationships?: Relationship[];
}

/** The answer of a googleapis call. */
export interface ApiResponse<T> {
  data: T;
}

/**
 * What a service collector gets for one job (scope × API × location). It never sees credentials:
 * `api()` gives the run's shared clients; list/detail turn failures into collection errors.
 */
export interface GcpCollectContext {
  readonly scope: ScopeNode;
  readonly account: string;
  /** `global`, or the region of a regional job. */
  readonly location: string;
  readonly service: GcpService;
  readonly now: Date;
  readonly limits: { maxTablesPerDataset: number };
  readonly hierarchy: Hierarchy;
  api<K extends GcpService>(api: K): Promise<GcpApis[K]>;
  emit<C extends object>(resource: EmitInput<C>): void;
  /** One API call with retries (throttling, 5xx); throws the last error. */
  call<T>(fn: () => Promise<ApiResponse<T>>): Promise<T>;
  /**
   * A listing: every page (`nextPageToken`), each page handed to `onPage`. On failure records a
   * collection error for `resourceTypes` in this scope/location and returns false; resources of
   * earlier pages stay (the error makes rules over these types NOT_ASSESSED anyway).
   */
  pages<T extends { nextPageToken?: string | null }>(
    operation: string,
    resourceTypes: readonly string[],
    fetch: (pageToken: string | undefined) => Promise<ApiResponse<T>>,
    onPage: (page: T) => void | Promise<void>,
    region?: string,
  ): Promise<boolean>;
  /** A single-call listing (no pagination): undefined on failure (recorded like `pages`). */
  list<T>(operation: string, resourceTypes: readonly string[], fetch: () => Promise<ApiResponse<T>>, region?: string): Promise<T | undefined>;
  /**
   * One resource's detail call. `absent(err)` true means "not configured" and gives null. Other
   * failures set `errors[field]` (put it on Resource.errors) and record an error with the uid.
   */
  detail<T>(
    errors: Record<string, string>,
    resourceUid: string,
    field: string,
    operation: string,
    fetch: () => Promise<ApiResponse<T>>,
    absent?: (status: number | undefined) => boolean,
  ): Promise<T | null | undefined>;
  /** Records a collection error directly (ApiNotEnabled, caps). */
  record(error: Omit<CollectionError, 'provider' | 'account' | 'region' | 'service'> & Partial<Pick<CollectionError, 'account' | 'region' | 'service'>>): void;
}

export interface GcpServiceCollector {
  /** The collector API, as in GCP_SERVICES (errors and rules' `services` use it). */
  service: GcpService;
  /**
   * Service Usage names of the API (`compute.googleapis.com`): when the project's enabled services
   * are known and none of these is enabled, the collector is not run and an ApiNotEnabled error is
   * recorded for its types. Absent: always run.
   */
  apis?: readonly string[];
  /** Hierarchy nodes it runs on. */
  scopes: readonly ScopeKind[];
  /** Types it emits; recorded on errors that stop the whole job. */
  resourceTypes: readonly string[];
  /** Regional APIs: the locations to run in (one job each). Undefined result: the listing failed (error recorded). */
  locations?(ctx: GcpCollectContext): Promise<string[] | undefined>;
  collect(ctx: GcpCollectContext): Promise<void>;
}

/** What one job produced; one snapshot shard each. */
export interface JobResult {
  resources: Resource[];
  errors: CollectionError[];
}
