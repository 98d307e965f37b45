/** Helpers the route modules share: query parameters and JSON bodies, parsed with the CLI's parsers. */
import type { Context } from 'hono';
import { filterFrom, type FilterFlags } from '../../app/filter.js';
import { MamoriError } from '../../model/errors.js';

export const FILTER_PARAMS = ['status', 'severity', 'risk', 'provider', 'scope', 'account', 'region', 'rule', 'source', 'kind', 'since', 'resourceType', 'tag', 'resource', 'control'] as const;

/** Filter query parameters (the CLI's flags, same names and syntax) → the hub's filter. */
export function filterOf(c: Context) {
  const flags: FilterFlags = {};
  for (const p of FILTER_PARAMS) {
    const v = c.req.query(p);
    if (v !== undefined) flags[p] = v;
  }
  return filterFrom(flags);
}

/** A whole number query parameter in [min, max], or the default. */
export function intParam(c: Context, name: string, min: number, max: number, fallback: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new MamoriError('BAD_OPTION', `${name} ${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
  return n;
}

/** A JSON object body; anything else (another content type, bad JSON, an array) is a 400. */
export async function jsonBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new MamoriError('BAD_CONTENT_TYPE', 'send the body as application/json');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new MamoriError('BAD_JSON', 'the body is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new MamoriError('BAD_JSON', 'the body must be a JSON object');
  return body as Record<string, unknown>;
}
