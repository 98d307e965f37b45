/**
 * Endpoint overrides, for tests and emulators. `MAMORI_GCP_ENDPOINT` is the base URL of every API;
 * `MAMORI_GCP_ENDPOINT_<API>` (e.g. `MAMORI_GCP_ENDPOINT_STORAGE`) overrides one API. googleapis keeps
 * only the origin of the root URL and appends each API's own path (`/storage/v1/b`,
 * `/compute/v1/projects/…`, `/v3/projects/…`), so one server can answer every API.
 */
import { MamoriError } from '../../../model/errors.js';

export const ENDPOINT_ENV = 'MAMORI_GCP_ENDPOINT';

export function endpointEnvName(api: string): string {
  return `${ENDPOINT_ENV}_${api.toUpperCase()}`;
}

/** The root URL for `api` (ending in `/`), or undefined for Google's default endpoint. */
export function rootUrlFor(api: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const name = env[endpointEnvName(api)] ? endpointEnvName(api) : ENDPOINT_ENV;
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new MamoriError('GCP_ENDPOINT', `${name}: "${raw}" is not a URL (expected e.g. http://127.0.0.1:8080/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new MamoriError('GCP_ENDPOINT', `${name}: "${raw}" must be an http or https URL`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
