/**
 * Credentials: Application Default Credentials (gcloud auth application-default login,
 * GOOGLE_APPLICATION_CREDENTIALS, workload identity, the metadata server), optionally impersonating
 * a service account. One auth client serves every API client of a run.
 */
import type { AuthClient } from 'google-auth-library';
import { MamoriError } from '../../../model/errors.js';
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

export async function resolveAuth(opts: { authClient?: AuthClient; impersonateServiceAccount?: string }): Promise<ResolvedAuth> {
  const { GoogleAuth, Impersonated } = await import('google-auth-library');
  let client: AuthClient;
  let defaultProject: ResolvedAuth['defaultProject'];
  if (opts.authClient) {
    client = opts.authClient;
    defaultProject = async () => process.env.GOOGLE_CLOUD_PROJECT || process.env.GCLOUD_PROJECT || undefined;
  } else {
    const auth = new GoogleAuth({ scopes: GCP_SCOPES });
    try {
      client = (await auth.getClient()) as AuthClient;
    } catch (err) {
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
      ...(endpoint ? { endpoint } : {}),
    }) as unknown as AuthClient;
  }
  // Fail fast with one clear line rather than one error per API call.
  try {
    await client.getAccessToken();
  } catch (err) {
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
