import { GCP_TYPES, gcpUid } from './model.js';

/** A project's scope-wide results (MANUAL recommendations, project settings) live on its Project resource. */
export const gcpScopeResource = (projectId: string) => ({ uid: gcpUid.project(projectId), type: GCP_TYPES.project });
