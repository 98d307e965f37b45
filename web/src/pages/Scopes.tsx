/** Scopes: every AWS account / Google Cloud project / Azure subscription with its score; one page per scope. */
import { query, useApi } from '../api';
import { Chart } from '../components/LazyChart';
import { Badge, FindingTable, Load, Score, Section } from '../components/common';
import { trendOption } from './Overview';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import { SEVERITIES, type ScopeSummary } from '../types';

function SeverityCounts({ counts }: { counts: ScopeSummary['bySeverity'] }) {
  return (
    <span className="sev-counts">
      {SEVERITIES.filter((s) => counts[s]).map((s) => (
        <span key={s}>
          <Badge value={s} /> {counts[s]}
        </span>
      ))}
    </span>
  );
}

export function ScopesPage() {
  const { t, lang } = useI18n();
  const state = useApi<{ scopes: ScopeSummary[] }>('scopes');
  return (
    <>
      <h1>{t('navScopes')}</h1>
      <Load state={state}>
        {(d) =>
          d.scopes.length === 0 ? (
            <p className="muted">{t('noData')}</p>
          ) : (
            <table data-testid="scopes-table">
              <thead>
                <tr>
                  <th>{t('scope')}</th>
                  <th>{t('provider')}</th>
                  <th>{t('score')}</th>
                  <th>{t('open')}</th>
                  <th>{t('worst')}</th>
                </tr>
              </thead>
              <tbody>
                {d.scopes.map((s) => (
                  <tr key={s.scope} data-testid="scope-row">
                    <td>
                      <Link to={`/scopes/${seg(s.scope)}`}>{s.scope}</Link>
                    </td>
                    <td>{s.provider}</td>
                    <td>
                      <Score score={s.posture.score} />
                    </td>
                    <td>
                      {s.open} <SeverityCounts counts={s.bySeverity} />
                    </td>
                    <td className="small">
                      {s.worst.slice(0, 2).map((f) => (
                        <div key={f.id}>
                          <Badge value={f.severity} /> <Link to={`/findings/${seg(f.id)}`}>{f.localized?.title?.[lang] || f.title}</Link>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Load>
    </>
  );
}

export function ScopePage({ scope }: { scope: string }) {
  const { t } = useI18n();
  const state = useApi<ScopeSummary>(`scopes/${seg(scope)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/scopes">{t('navScopes')}</Link> ›
      </p>
      <h1 data-testid="scope-title">{scope}</h1>
      <Load state={state}>
        {(s) => (
          <div className="grid">
            <Section title={t('score')} testId="scope-score">
              <div className="tiles">
                <div className="tile">
                  <div className="tile-label">{s.provider.toUpperCase()}</div>
                  <Score score={s.posture.score} />
                  <div className="small muted">
                    {t('passed')} {s.posture.passed} · {t('failed')} {s.posture.failed} · {t('notAssessed')} {s.posture.notAssessed}
                  </div>
                </div>
                <div className="tile">
                  <div className="tile-label">{t('openFindings')}</div>
                  <div className="big">{s.open}</div>
                  <SeverityCounts counts={s.bySeverity} />
                </div>
              </div>
              <p>
                <Link to={`/findings${query({ scope })}`}>{t('allFindingsInScope')}</Link>
              </p>
            </Section>
            {s.trend && s.trend.length > 0 && (
              <Section title={t('trend')}>
                <Chart option={trendOption(s.trend)} label={t('trend')} testId="scope-trend" />
              </Section>
            )}
            {s.frameworks && (
              <Section title={t('frameworks')}>
                <table>
                  <thead>
                    <tr>
                      <th>{t('framework')}</th>
                      <th>{t('score')}</th>
                      <th>{t('passed')}</th>
                      <th>{t('failed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.frameworks.map((f) => (
                      <tr key={f.framework}>
                        <td>
                          <Link to={`/compliance/${seg(f.framework)}`}>{f.framework}</Link>
                        </td>
                        <td>
                          <Score score={f.score} />
                        </td>
                        <td>{f.passed}</td>
                        <td>{f.failed}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Section>
            )}
            <Section title={t('worst')} wide>
              <FindingTable findings={s.worst} />
            </Section>
          </div>
        )}
      </Load>
    </>
  );
}
