import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Refresh this long before the credentials expire, so no call starts with credentials about to lapse. */
const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * One credential source for a whole scope (an account, or the caller): every SDK client of the
 * scope shares it. The SDK memoises credentials per client, so without this each of the ~20
 * service clients of a member account called AssumeRole for itself. Concurrent first calls share
 * one request; a failed request is not remembered, so the next call tries again.
 */
export function sharedCredentials(provider: AwsCredentialIdentityProvider, now: () => number = Date.now): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (c: AwsCredentialIdentity) => !c.expiration || c.expiration.getTime() - now() > REFRESH_MARGIN_MS;
  return () => {
    if (current && fresh(current)) return Promise.resolve(current);
    pending ??= provider().then(
      (c) => {
        current = c;
        pending = undefined;
        return c;
      },
      (err) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
}
