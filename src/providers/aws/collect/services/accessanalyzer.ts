import { AccessAnalyzerClient, paginateListAnalyzers, type AnalyzerSummary } from '@aws-sdk/client-accessanalyzer';
import { ANALYZER_TYPE, type AnalyzerConfig } from '../../model/organizations.js';
import type { ServiceCollector } from '../types.js';

const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : null);

/** IAM Access Analyzer analyzers of every type in one region (regional service). */
export const collector: ServiceCollector = {
  service: 'accessanalyzer',
  global: false,
  async collect(ctx) {
    const client = ctx.client(AccessAnalyzerClient);
    const analyzers = await ctx.list('ListAnalyzers', [ANALYZER_TYPE], async () => {
      const out: AnalyzerSummary[] = [];
      for await (const page of paginateListAnalyzers({ client }, {})) out.push(...(page.analyzers ?? []));
      return out;
    });
    for (const a of analyzers ?? []) {
      const config: AnalyzerConfig = {
        name: a.name ?? '',
        type: a.type ?? 'UNKNOWN',
        status: a.status ?? 'UNKNOWN',
        statusReason: a.statusReason?.code ?? null,
        createdAt: iso(a.createdAt),
        lastResourceAnalyzedAt: iso(a.lastResourceAnalyzedAt),
      };
      ctx.emit({
        uid: a.arn!,
        account: ctx.account,
        region: ctx.region,
        type: ANALYZER_TYPE,
        name: config.name,
        tags: a.tags ?? {},
        config: config as unknown as Record<string, unknown>,
      });
    }
  },
};
