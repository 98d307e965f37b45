/**
 * Sign-in with OpenID Connect (openid-client 6): authorization code flow with PKCE (S256), state
 * and nonce. What a sign-in in progress needs (verifier, nonce) stays on the server, keyed by the
 * state; the browser holds the state in a short-lived cookie that binds the callback to the browser
 * that started it. The client secret is read from the environment variable the config names.
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../../config/schema.js';
import type { Role } from '../../hub/store/users.js';
import { MamoriError } from '../../model/errors.js';

const PENDING_MS = 10 * 60_000;
const MAX_PENDING = 1000;

interface Pending {
  verifier: string;
  nonce: string;
  at: number;
}

export class OidcSignIn {
  private configuration?: Promise<client.Configuration>;
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly config: OidcConfig,
    private readonly now: () => number,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const secret = this.config.clientSecretEnv ? this.env[this.config.clientSecretEnv] : undefined;
      if (this.config.clientSecretEnv && !secret) {
        return Promise.reject(new MamoriError('OIDC_CONFIG', `the OpenID Connect client secret is not set (environment variable ${this.config.clientSecretEnv})`));
      }
      const issuer = new URL(this.config.issuer);
      const insecure = issuer.protocol === 'http:'; // loopback only (the config refuses other http issuers)
      this.configuration = client
        .discovery(issuer, this.config.clientId, secret, secret ? client.ClientSecretBasic(secret) : client.None(), insecure ? { execute: [client.allowInsecureRequests] } : undefined)
        .catch((err: unknown) => {
          this.configuration = undefined; // try again on the next sign-in
          throw new MamoriError('OIDC_UNAVAILABLE', `the identity provider ${issuer.origin} could not be reached or described (${(err as Error).message})`);
        });
    }
    return this.configuration;
  }

  /** The identity provider's authorization URL, and the state to keep in the browser's cookie. */
  async begin(): Promise<{ url: string; state: string }> {
    const config = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    this.forgetOld();
    this.pending.set(state, { verifier, nonce, at: this.now() });
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.config.redirectUri,
      scope: 'openid profile email',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Completes a sign-in from the callback's query and the state cookie: the person's name and role. */
  async complete(query: string, cookieState: string | undefined): Promise<{ name: string; role: Role }> {
    const params = new URLSearchParams(query);
    const state = params.get('state') ?? '';
    const pending = cookieState && cookieState === state ? this.pending.get(state) : undefined;
    if (!pending || this.now() - pending.at > PENDING_MS) throw new MamoriError('OIDC_STATE', 'this sign-in has expired or was not started from this browser; sign in again');
    this.pending.delete(state);
    const config = await this.discover();
    // The redirect URI as registered (a reverse proxy may have changed the URL the server saw).
    const current = new URL(this.config.redirectUri);
    current.search = params.toString();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: pending.verifier, expectedState: state, expectedNonce: pending.nonce, idTokenExpected: true });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (err) {
      throw new MamoriError('OIDC_FAILED', `sign-in with the identity provider failed (${(err as Error).message})`);
    }
    if (!claims) throw new MamoriError('OIDC_FAILED', 'the identity provider returned no ID token');
    const name = this.nameOf(claims);
    return { name, role: roleFromClaims(this.config, claims) };
  }

  private nameOf(claims: Record<string, unknown>): string {
    const keys = this.config.usernameClaim ? [this.config.usernameClaim] : ['preferred_username', 'email', 'sub'];
    for (const k of keys) {
      const v = claims[k];
      if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 200);
    }
    throw new MamoriError('OIDC_FAILED', `the ID token has no ${keys.join(' / ')} claim to name the person`);
  }

  private forgetOld() {
    const now = this.now();
    for (const [k, p] of this.pending) if (now - p.at > PENDING_MS) this.pending.delete(k);
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
  }
}

/** The highest role whose configured values meet the claim's values; viewer otherwise. */
export function roleFromClaims(config: Pick<OidcConfig, 'roleClaim' | 'roles'>, claims: Record<string, unknown>): Role {
  const raw = claims[config.roleClaim];
  const values = new Set((Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string'));
  for (const role of ['admin', 'triager', 'viewer'] as const) if (config.roles[role].some((v) => values.has(v))) return role;
  return 'viewer';
}
