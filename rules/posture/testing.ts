import type { Resource } from '../../src/model/types.js';

/** Fixture account ids: the "home" account and a second one for cross-account cases. */
export const ACCOUNT = '111111111111';
export const OTHER_ACCOUNT = '222222222222';
export const REGION = 'us-east-1';

/** Builds a fixture resource with sensible defaults; only type, uid and config are required. */
export function resource<C extends object>(
  r: { type: string; uid: string; config: C } & Partial<Omit<Resource<C>, 'type' | 'uid' | 'config'>>,
): Resource {
  return {
    provider: 'aws',
    account: ACCOUNT,
    region: REGION,
    name: r.uid.split(/[:/]/).pop() ?? r.uid,
    tags: {},
    ...r,
    config: r.config as Record<string, unknown>,
  };
}
