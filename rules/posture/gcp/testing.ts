import { GCP_TYPES, gcpUid, type ProjectConfig } from '../../../src/providers/gcp/model.js';
import type { Resource } from '../../../src/model/types.js';

/** Fixture scopes: the "home" project under a folder and the organisation, and a second project. */
export const PROJECT = 'mamori-prod';
export const PROJECT_NUMBER = '111111111111';
export const OTHER_PROJECT = 'mamori-dev';
export const FOLDER = 'folders/222222222222';
export const ORGANIZATION = 'organizations/333333333333';
export const ORG_DOMAIN = 'example.com';
export const LOCATION = 'us-central1';

/** Builds a Google Cloud fixture resource; only type, uid and config are required. */
export function gcpResource<C extends object>(
  r: { type: string; uid: string; config: C } & Partial<Omit<Resource<C>, 'type' | 'uid' | 'config'>>,
): Resource {
  return {
    provider: 'gcp',
    account: PROJECT,
    region: 'global',
    name: r.uid.split('/').pop() ?? r.uid,
    tags: {},
    ...r,
    config: r.config as Record<string, unknown>,
  };
}

/** The fixture project resource (under FOLDER and ORGANIZATION), with optional overrides. */
export function project(config: Partial<ProjectConfig> = {}, projectId = PROJECT, errors?: Record<string, string>): Resource {
  return gcpResource<ProjectConfig>({
    type: GCP_TYPES.project,
    uid: gcpUid.project(projectId),
    account: projectId,
    name: projectId,
    config: { projectId, projectNumber: PROJECT_NUMBER, parent: FOLDER, ancestors: [FOLDER, ORGANIZATION], iamPolicy: { bindings: [] }, ...config },
    errors,
  });
}
