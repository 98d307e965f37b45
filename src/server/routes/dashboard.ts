/** Scopes, compliance, sequences, resources and settings: the dashboard's pages beyond the findings list. */
import { Hono } from 'hono';
import { complianceSummary, configView, scopeTrend, controlFindings, frameworkControls, resourceDetail, resourceList, scopeSummaries, sequenceList } from '../../app/dashboard.js';
import { listFindings } from '../../app/findings.js';
import { viewOfFinding } from '../../app/correlate.js';
import { showFinding } from '../../app/findings.js';
import { MamoriError } from '../../model/errors.js';
import type { ApiOptions } from '../api.js';
import { versionedCache } from './cache.js';
import { filterOf, intParam } from './common.js';

export function dashboardRoutes(options: ApiOptions): Hono {
  const store = options.hub.store;
  const app = new Hono();
  const cached = versionedCache(store);
  const keyOf = (c: { req: { url: string } }) => {
    const u = new URL(c.req.url);
    return `${u.pathname}?${u.searchParams.toString()}`;
  };

  app.get('/scopes', async (c) => {
    const filter = filterOf(c);
    const page = { limit: intParam(c, 'limit', 1, 1000, 100), offset: intParam(c, 'offset', 0, Number.MAX_SAFE_INTEGER, 0) };
    return c.json(await cached(keyOf(c), () => scopeSummaries(store, filter, 3, page)));
  });

  app.get('/scopes/:scope', async (c) => {
    const scope = c.req.param('scope');
    const filter = { ...filterOf(c), account: [scope] };
    const body = await cached(keyOf(c), async () => {
      const [summary] = (await scopeSummaries(store, filter, 10)).scopes;
      if (!summary) return null;
      const frameworks = (await complianceSummary(store, filter)).map((f) => ({ framework: f.id, short: f.short, passed: f.passed, failed: f.failed, notAssessed: f.notAssessed, triaged: f.triaged, score: f.score }));
      return { ...summary, frameworks, trend: await scopeTrend(store, scope) };
    });
    if (!body) throw new MamoriError('NOT_FOUND', `no finding in scope ${scope}`);
    return c.json(body);
  });

  app.get('/compliance', async (c) => {
    const filter = filterOf(c);
    return c.json(await cached(keyOf(c), async () => ({ frameworks: await complianceSummary(store, filter) })));
  });
  app.get('/compliance/:framework', async (c) => {
    const filter = filterOf(c);
    return c.json(await cached(keyOf(c), () => frameworkControls(store, c.req.param('framework'), filter)));
  });
  app.get('/compliance/:framework/:control', async (c) => c.json(await controlFindings(store, c.req.param('framework'), c.req.param('control'), filterOf(c))));

  app.get('/sequences', async (c) => c.json({ sequences: await sequenceList(store, filterOf(c), intParam(c, 'limit', 1, 1000, 100)) }));
  app.get('/sequences/:id', async (c) => {
    const { finding, history } = await showFinding(store, c.req.param('id'));
    if (finding.kind !== 'sequence') throw new MamoriError('NOT_FOUND', `${finding.id} is not an attack sequence`);
    // The signals the sequence joins, so the timeline can link each step to its finding.
    const view = viewOfFinding(finding) ?? null;
    return c.json({ finding, history, view });
  });

  app.get('/resources', async (c) => c.json({ resources: await resourceList(store, filterOf(c), c.req.query('q') || undefined, intParam(c, 'limit', 1, 1000, 100)) }));
  app.get('/resources/:uid{.+}', async (c) => c.json(await resourceDetail(store, decodeURIComponent(c.req.param('uid')))));

  app.get('/attack-paths', async (c) => {
    const page = await listFindings(store, { filter: { ...filterOf(c), rule: ['aws-attack-paths-internet-to-code-execution', 'aws-attack-paths-internet-to-sensitive-data'] }, limit: intParam(c, 'limit', 1, 1000, 100) });
    return c.json({ total: page.total, paths: page.findings.filter((f) => f.complianceStatus === 'FAIL') });
  });

  app.get('/settings', (c) => c.json(configView(options.hub.config)));

  return app;
}
