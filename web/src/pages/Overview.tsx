/** Overview: posture score per framework and per cloud with their trend, top risks, changes, sequences. */
import { useMemo } from 'react';
import { query, useApi } from '../api';
import { Chart, type ChartOption } from '../components/LazyChart';
import { Badge, FindingTable, findingTitle, Load, Score, Section } from '../components/common';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import { SEVERITIES, type Framework, type Overview, type ScorePoint } from '../types';

/** The latest score of each framework (scores come oldest first). */
function latestByFramework(scores: ScorePoint[]): ScorePoint[] {
  const latest = new Map<string, ScorePoint>();
  for (const s of scores) latest.set(s.framework, s);
  return [...latest.values()].sort((a, b) => a.framework.localeCompare(b.framework));
}

/** A line per framework over the scans (the overview's trend, and one scope's). */
export function trendOption(scores: Pick<ScorePoint, 'at' | 'framework' | 'score'>[]): ChartOption {
  const times = [...new Set(scores.map((s) => s.at))].sort();
  const frameworks = [...new Set(scores.map((s) => s.framework))].sort();
  return {
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: times.map((t) => t.slice(0, 16).replace('T', ' ')) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: frameworks.map((fw) => ({
      name: fw,
      type: 'line',
      connectNulls: true,
      showSymbol: true,
      data: times.map((t) => scores.find((s) => s.framework === fw && s.at === t)?.score ?? null),
    })),
  };
}

/**
 * Score per cloud: the latest scan score of each framework that belongs to one cloud (the compliance
 * catalogue says which), summed per cloud; frameworks spanning clouds (NIST, PCI) are left out.
 */
function CloudScores({ overview, latest }: { overview: Overview; latest: ScorePoint[] }) {
  const { t } = useI18n();
  const catalogue = useApi<{ frameworks: Framework[] }>('compliance');
  const providerOf = new Map((catalogue.data?.frameworks ?? []).map((f) => [f.id, f.provider]));
  const byCloud = new Map<string, { open: number; passed: number; failed: number }>();
  for (const g of overview.open.byProvider) byCloud.set(g.key ?? '-', { open: g.count, passed: 0, failed: 0 });
  for (const s of latest) {
    const cloud = providerOf.get(s.framework);
    if (!cloud) continue;
    const c = byCloud.get(cloud) ?? { open: 0, passed: 0, failed: 0 };
    c.passed += s.passed;
    c.failed += s.failed;
    byCloud.set(cloud, c);
  }
  return (
    <div className="tiles">
      {[...byCloud].map(([cloud, c]) => (
        <div className="tile" key={cloud} data-testid="cloud-score">
          <div className="tile-label">{cloud.toUpperCase()}</div>
          {catalogue.data && <Score score={c.passed + c.failed ? (100 * c.passed) / (c.passed + c.failed) : null} />}
          <div className="small">
            {t('openFindings')}: {c.open}
          </div>
        </div>
      ))}
    </div>
  );
}

function OverviewBody({ d }: { d: Overview }) {
  const { t, date, lang } = useI18n();
  const latest = useMemo(() => latestByFramework(d.scores), [d.scores]);
  const trend = useMemo(() => trendOption(d.scores), [d.scores]);
  const severity = useMemo<ChartOption>(() => {
    const count = (s: string) => d.open.bySeverity.find((g) => g.key === s)?.count ?? 0;
    return {
      grid: { left: 90, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: [...SEVERITIES].reverse() },
      series: [{ type: 'bar', data: [...SEVERITIES].reverse().map((s) => ({ value: count(s), itemStyle: { color: SEV_COLOR[s] } })) }],
    };
  }, [d.open.bySeverity]);
  if (d.scores.length === 0 && d.topFindings.length === 0) return <p className="muted">{t('noData')}</p>;
  return (
    <div className="grid">
      <Section title={t('scoreByFramework')} testId="framework-scores">
        <div className="tiles">
          {latest.map((s) => (
            <Link key={s.framework} to={`/compliance/${seg(s.framework)}`} className="tile" testId="framework-score">
              <div className="tile-label">{s.framework}</div>
              <Score score={s.score} />
              <div className="small muted">
                {t('passed')} {s.passed} · {t('failed')} {s.failed}
              </div>
            </Link>
          ))}
        </div>
        <h3>{t('scoreByCloud')}</h3>
        <CloudScores overview={d} latest={latest} />
      </Section>
      <Section title={t('trend')}>{d.scores.length ? <Chart option={trend} label={t('trend')} testId="trend-chart" /> : <p className="muted">{t('none')}</p>}</Section>
      <Section title={t('changesSinceScan')} testId="changes">
        {d.latestScan ? (
          <>
            <p>
              {t('latestScan')}: {date(d.latestScan.at)}
            </p>
            <p className="changes">
              <Link to={`/findings${query({ since: d.latestScan.at, status: 'NEW,NOTIFIED' })}`}>
                <strong>{d.changes.newlyFailing}</strong> {t('newlyFailing')}
              </Link>
              <Link to={`/findings${query({ since: d.latestScan.at, status: 'RESOLVED' })}`}>
                <strong>{d.changes.newlyResolved}</strong> {t('newlyResolved')}
              </Link>
            </p>
          </>
        ) : (
          <p className="muted">{t('none')}</p>
        )}
        <h3>{t('openBySeverity')}</h3>
        <Chart option={severity} label={t('openBySeverity')} />
      </Section>
      <Section title={`${t('activeSequences')} (${d.sequences.total})`} testId="active-sequences">
        {d.sequences.findings.length ? (
          <ul className="plain">
            {d.sequences.findings.map((f) => (
              <li key={f.id}>
                <Badge value={f.severity} /> <Link to={`/threats/sequences/${seg(f.id)}`}>{findingTitle(f, lang)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('none')}</p>
        )}
      </Section>
      {d.collectionErrors && d.collectionErrors.length > 0 && (
        <Section title={t('collectionErrors')} testId="collection-errors">
          <ul className="plain">
            {d.collectionErrors.map((e, i) => (
              <li key={i} className="small">
                {[e.scope, e.service, e.region].filter(Boolean).join(' / ')}
                {e.code ? ` (${e.code}${e.operation ? `: ${e.operation}` : ''})` : ''}: {e.message}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title={t('topFindings')} testId="top-findings" wide>
        <FindingTable findings={d.topFindings} />
      </Section>
    </div>
  );
}

export const SEV_COLOR: Record<string, string> = { CRITICAL: '#8e1b1b', HIGH: '#d9480f', MEDIUM: '#e8a317', LOW: '#4c6ef5', INFORMATIONAL: '#868e96' };

export function OverviewPage() {
  const { t } = useI18n();
  const state = useApi<Overview>('overview');
  return (
    <>
      <h1>{t('navOverview')}</h1>
      <Load state={state}>{(d) => <OverviewBody d={d} />}</Load>
    </>
  );
}
