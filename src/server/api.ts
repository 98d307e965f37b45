/**
 * The HTTP JSON API of `mamori serve`: a thin shell over the application functions (src/app), the
 * same ones the CLI calls, so no query or workflow is written twice. Every route answers JSON with
 * strict security headers; errors are one line (`{ error: { code, message } }`) and never a stack.
 *
 * Writes (PATCH) need `Content-Type: application/json`: a cross-site form cannot send that without
 * a CORS preflight, which this API never grants, so a page on another site cannot change findings
 * through the browser of someone running `mamori serve` (the CSRF defence of the local mode; team
 * mode adds sign-in and tokens).
 */
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { filterFrom, type FilterFlags } from '../app/filter.js';
import type { HubContext } from '../app/context.js';
import { findingInsights, listFindings, MAX_PAGE, showFinding, updateFindings } from '../app/findings.js';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../hub/model.js';
import { GROUP_FIELDS, type GroupField } from '../hub/store/store.js';
import { MamoriError } from '../model/errors.js';
import { VERSION } from '../version.js';
import { openApiDocument } from './openapi.js';

export interface ApiOptions {
  hub: HubContext;
  /** Who changes findings through this server, for the audit history (local mode: the OS user). */
  actor: () => string;
}

const FILTER_PARAMS = ['status', 'severity', 'risk', 'provider', 'scope', 'account', 'region', 'rule', 'source', 'kind', 'since'] as const;

/** Filter query parameters (the CLI's flags, same names and syntax) → the hub's filter. */
function filterOf(c: Context) {
  const flags: FilterFlags = {};
  for (const p of FILTER_PARAMS) {
    const v = c.req.query(p);
    if (v !== undefined) flags[p] = v;
  }
  return filterFrom(flags);
}

/** A whole number query parameter in [min, max], or the default. */
function intParam(c: Context, name: string, min: number, max: number, fallback: number): number {
  const raw = c.req.query(name);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new MamoriError('BAD_OPTION', `${name} ${JSON.stringify(raw)}: expected a whole number from ${min} to ${max}`);
  return n;
}

const STATUS_OF_CODE: Record<string, 400 | 404 | 409> = { NOT_FOUND: 404, AMBIGUOUS: 409 };

export function createApi(options: ApiOptions): Hono {
  const { hub } = options;
  const store = hub.store;
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'self'"] },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.onError((err, c) => {
    if (err instanceof MamoriError) return c.json({ error: { code: err.code, message: err.message } }, STATUS_OF_CODE[err.code] ?? 400);
    // Anything else is a bug or the database: say so without the details (they may hold paths or SQL).
    process.stderr.write(`mamori serve: ${c.req.method} ${c.req.path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return c.json({ error: { code: 'INTERNAL', message: 'internal error (see the server log)' } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: 'NOT_FOUND', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.get('/api/v1/health', (c) => c.json({ status: 'ok', version: VERSION }));
  app.get('/api/v1/openapi.json', (c) => c.json(openApiDocument(VERSION)));

  app.get('/api/v1/findings', async (c) => {
    const after = c.req.query('after');
    const page = await listFindings(store, {
      filter: filterOf(c),
      limit: intParam(c, 'limit', 1, Math.min(MAX_PAGE, 1000), 50),
      offset: intParam(c, 'offset', 0, Number.MAX_SAFE_INTEGER, 0),
      ...(after !== undefined ? { after } : {}),
      noTotal: c.req.query('total') === 'false',
    });
    return c.json(page);
  });

  app.get('/api/v1/findings/:id', async (c) => c.json(await showFinding(store, c.req.param('id'))));

  app.patch('/api/v1/findings/:id', async (c) => {
    const body = await jsonBody(c);
    const status = body.status;
    if (status !== undefined && (typeof status !== 'string' || !WORKFLOW_STATUSES.includes(status as WorkflowStatus))) {
      throw new MamoriError('BAD_STATUS', `status must be one of ${WORKFLOW_STATUSES.join(', ')}`);
    }
    if (body.note !== undefined && typeof body.note !== 'string') throw new MamoriError('BAD_NOTE', 'note must be a string');
    const result = await updateFindings(store, {
      ids: [c.req.param('id')],
      ...(status !== undefined ? { status: status as WorkflowStatus } : {}),
      ...(body.note !== undefined ? { note: body.note as string } : {}),
      actor: options.actor(),
    });
    return c.json({ ...result, finding: await showFinding(store, result.ids[0]) });
  });

  app.get('/api/v1/insights', async (c) => {
    const groupBy = (c.req.query('groupBy') ?? 'severity') as GroupField;
    if (!Object.hasOwn(GROUP_FIELDS, groupBy) && !groupBy.startsWith('framework:')) {
      throw new MamoriError('BAD_GROUP', `cannot group by "${groupBy}" (use ${Object.keys(GROUP_FIELDS).join(', ')}, framework:<id>)`);
    }
    return c.json(await findingInsights(store, { groupBy, filter: filterOf(c), limit: intParam(c, 'limit', 1, 1000, 20) }));
  });

  app.get('/api/v1/overview', async (c) => {
    // Open work only: passed, suppressed and resolved findings are not on anyone's plate.
    const open = { status: ['NEW', 'NOTIFIED'] as WorkflowStatus[] };
    const failing = open;
    const [insights, byRisk, byProvider, byScope, top, sequences] = await Promise.all([
      findingInsights(store, { groupBy: 'severity', filter: failing, limit: 10 }),
      store.insights('risk', failing, 10),
      store.insights('provider', failing, 10),
      store.insights('account', failing, 20),
      listFindings(store, { filter: failing, limit: 10, noTotal: true }),
      listFindings(store, { filter: { ...open, kind: ['sequence'] }, limit: 10 }),
    ]);
    return c.json({
      scores: insights.scores,
      latestScan: insights.latestScan ?? null,
      changes: insights.changes,
      open: { bySeverity: insights.groups, byRisk, byProvider, byScope },
      topFindings: top.findings,
      sequences: { total: sequences.total ?? sequences.findings.length, findings: sequences.findings },
    });
  });

  return app;
}

/** A JSON object body; anything else (another content type, bad JSON, an array) is a 400. */
async function jsonBody(c: Context): Promise<Record<string, unknown>> {
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
