/**
 * Credentials: Application Default Credentials (gcloud auth application-default login,
 * GOOGLE_APPLICATION_CREDENTIALS, workload identity, the metadata server), optionally impersonating
 * a service account. One auth client serves every API client of a run.
 */
import type { AuthClient } from 'google-auth-library';
import { MamoriError } from '../../../model/errors.js';
import { formatMs, OPERATION_DEADLINE_ENV, operationDeadlineMs, requestTimeoutMs, withDeadline } from '../../../model/timeouts.js';
import { gcpErrorMessage } from './errors.js';

/**
 * `cloud-platform`, not `cloud-platform.read-only`: several read methods mamori calls (KMS and
 * service account getIamPolicy, Org Policy, Access Approval, Essential Contacts, Dataproc, Cloud
 * SQL) accept only the full scope. What the collector can do is bounded by the IAM roles of the
 * principal (read-only roles, see docs/gcp.md), not by the OAuth scope.
 */
export const GCP_SCOPES = ['https://www.googleapis.com/auth/cloud-platform'];

export const NO_CREDENTIALS_MESSAGE =
  'no Google Cloud credentials found: run "gcloud auth application-default login", or set GOOGLE_APPLICATION_CREDENTIALS to a service account key or workload identity federation file';

export interface ResolvedAuth {
  client: AuthClient;
  /** The default project of the credentials (GOOGLE_CLOUD_PROJECT, ADC file, gcloud config), when asked for. */
  defaultProject?: () => Promise<string | undefined>;
}

/** Thrown when finding credentials or the first token takes longer than the operation deadline. */
class AuthDeadline extends Error {}

export async function resolveAuth(opts: { authClient?: AuthClient; impersonateServiceAccount?: string }): Promise<ResolvedAuth> {
  const { GoogleAuth, Impersonated } = await import('google-auth-library');
  // Token endpoint, metadata server and IAM Credentials: each request times out like an API call
  // (MAMORI_REQUEST_TIMEOUT_MS), and finding the credentials and the first token, retries included,
  // ends within the operation deadline. Later refreshes happen inside API calls, under their deadline.
  const transporterOptions = { timeout: requestTimeoutMs() };
  const deadlineMs = operationDeadlineMs();
  const bounded = <T>(work: Promise<T>) => withDeadline(work, deadlineMs, () => new AuthDeadline());
  const noAnswer = (what: string) => `${what}: no answer within ${formatMs(deadlineMs)} (${OPERATION_DEADLINE_ENV})`;
  let client: AuthClient;
  let defaultProject: ResolvedAuth['defaultProject'];
  if (opts.authClient) {
    client = opts.authClient;
    defaultProject = async () => process.env.GOOGLE_CLOUD_PROJECT || process.env.GCLOUD_PROJECT || undefined;
  } else {
    const auth = new GoogleAuth({ scopes: GCP_SCOPES, clientOptions: { transporterOptions } });
    try {
      client = (await bounded(auth.getClient())) as AuthClient;
    } catch (err) {
      if (err instanceof AuthDeadline) throw new MamoriError('GCP_CREDENTIALS', noAnswer('cannot load Google Cloud credentials (the metadata server or the credential source did not answer)'));
      const message = err instanceof Error ? err.message : String(err);
      if (/Could not load the default credentials/i.test(message)) throw new MamoriError('GCP_NO_CREDENTIALS', NO_CREDENTIALS_MESSAGE);
      throw new MamoriError('GCP_CREDENTIALS', `cannot load Google Cloud credentials: ${gcpErrorMessage(err)}`, { cause: err });
    }
    defaultProject = async () => (await auth.getProjectId().catch(() => null)) ?? undefined;
  }
  if (opts.impersonateServiceAccount) {
    const endpoint = process.env.MAMORI_GCP_ENDPOINT_IAMCREDENTIALS?.replace(/\/+$/, '');
    client = new Impersonated({
      sourceClient: client,
      targetPrincipal: opts.impersonateServiceAccount,
      targetScopes: GCP_SCOPES,
      lifetime: 3600,
      transporterOptions,
      ...(endpoint ? { endpoint } : {}),
    }) as unknown as AuthClient;
  }
  // Fail fast with one clear line rather than one error per API call.
  try {
    await bounded(client.getAccessToken());
  } catch (err) {
    if (err instanceof AuthDeadline) {
      const from = opts.impersonateServiceAccount ? `IAM Credentials (impersonating ${opts.impersonateServiceAccount})` : 'the token endpoint or metadata server';
      throw new MamoriError('GCP_CREDENTIALS', noAnswer(`no Google Cloud access token from ${from}`));
    }
    if (opts.impersonateServiceAccount) {
      throw new MamoriError(
        'GCP_IMPERSONATION',
        `cannot impersonate ${opts.impersonateServiceAccount} (${gcpErrorMessage(err)}); the caller needs roles/iam.serviceAccountTokenCreator on that service account`,
        { cause: err },
      );
    }
    throw new MamoriError(
      'GCP_CREDENTIALS',
      `Google Cloud credentials were found but no access token could be obtained (${gcpErrorMessage(err)}); run "gcloud auth application-default login" again`,
      { cause: err },
    );
  }
  return { client, defaultProject };
}
