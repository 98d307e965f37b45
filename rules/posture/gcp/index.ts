import type { PostureRule } from '../../../src/model/rule.js';

/** Every Google Cloud posture rule, service by service (each service folder has its own index.ts). */
export const GCP_POSTURE_RULES: PostureRule[] = [].flat();
