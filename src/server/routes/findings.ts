/** Findings: list (the CLI's filters, keyset page tokens), one finding, status changes, insights, the overview. */
import { Hono } from 'hono';
import { overview } from '../../app/dashboard.js';
import { findingInsightCounts, listFindings, MAX_PAGE, parseSort, showFinding, updateFindings } from '../../app/findings.js';
import { WORKFLOW_STATUSES, type WorkflowStatus } from '../../hub/model.js';
import { GROUP_FIELDS, type GroupField } from '../../hub/store/store.js';
import { MamoriError } from '../../model/errors.js';
import { SUPPRESSED_UNTIL } from '../../hub/user-fields.js';
import type { ApiOptions } from '../api.js';
import { versionedCache } from './cache.js';
import { filterOf, intParam, jsonBody } from './common.js';

export function findingRoutes(options: ApiOptions): Hono {
  const store = options.hub.store;
  const app = new Hono();
  // Insights and the overview are aggregates over the whole hub: computed once per hub version.
  const cached = versionedCache(store);
  // A change (one finding or many): status, note, and for a suppression an optional end (`until`).
  const change = async (ids: string[], body: Record<string, unknown>) => {
    const status = body.status;
    if (status !== undefined && (typeof status !== 'string' || !WORKFLOW_STATUSES.includes(status as WorkflowStatus))) {
      throw new MamoriError('BAD_STATUS', `status must be one of ${WORKFLOW_STATUSES.join(', ')}`);
    }
    if (body.note !== undefined && typeof body.note !== 'string') throw new MamoriError('BAD_NOTE', 'note must be a string');
    if (body.until !== undefined && (typeof body.until !== 'string' || status !== 'SUPPRESSED')) throw new MamoriError('BAD_UNTIL', 'until (an ISO date) goes with status SUPPRESSED');
    return updateFindings(store, {
      ids,
      ...(status !== undefined ? { status: status as WorkflowStatus } : {}),
      ...(body.note !== undefined ? { note: body.note as string } : {}),
      ...(body.until !== undefined ? { fields: { [SUPPRESSED_UNTIL]: body.until as string } } : {}),
      actor: options.actor(),
    });
  };

  app.get('/findings', async (c) => {
    const after = c.req.query('after');
    const sort = c.req.query('sort');
    const page = await listFindings(store, {
      filter: filterOf(c),
      limit: intParam(c, 'limit', 1, Math.min(MAX_PAGE, 1000), 50),
      offset: intParam(c, 'offset', 0, Number.MAX_SAFE_INTEGER, 0),
      ...(after !== undefined ? { after } : {}),
      ...(sort !== undefined ? { sort: parseSort(sort) } : {}),
      noTotal: c.req.query('total') === 'false',
    });
    return c.json(page);
  });

  app.get('/findings/:id', async (c) => c.json(await showFinding(store, c.req.param('id'))));

  app.patch('/findings/:id', async (c) => {
    const result = await change([c.req.param('id')], await jsonBody(c));
    return c.json({ ...result, finding: await showFinding(store, result.ids[0]) });
  });

  app.post('/findings/bulk', async (c) => {
    const body = await jsonBody(c);
    const ids = body.ids;
    if (!Array.isArray(ids) || !ids.length || ids.length > 1000 || !ids.every((i) => typeof i === 'string' && i.length > 0)) {
      throw new MamoriError('BAD_IDS', 'ids must be 1 to 1000 finding ids');
    }
    return c.json(await change(ids as string[], body));
  });

  app.get('/insights', async (c) => {
    const groupBy = (c.req.query('groupBy') ?? 'severity') as GroupField;
    if (!Object.hasOwn(GROUP_FIELDS, groupBy) && !groupBy.startsWith('framework:')) {
      throw new MamoriError('BAD_GROUP', `cannot group by "${groupBy}" (use ${Object.keys(GROUP_FIELDS).join(', ')}, framework:<id>)`);
    }
    const request = { groupBy, filter: filterOf(c), limit: intParam(c, 'limit', 1, 1000, 20) };
    return c.json(
      // Changes as counts: the ids of a large scan's changes are megabytes.
      await cached(`insights ${JSON.stringify(request)}`, () => findingInsightCounts(store, request)),
    );
  });

  app.get('/overview', async (c) => c.json(await cached('overview', () => overview(store))));

  return app;
}
