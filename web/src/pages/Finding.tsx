/** One finding: risk and why, the improvement document in the chosen language, history, triage. */
import { useApi } from '../api';
import { AttackPathGraph, pathsOf } from '../components/AttackPath';
import { Badge, findingTitle, Load, Section } from '../components/common';
import { TriageForm } from '../components/Triage';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import type { Finding, FindingDocument, HistoryEntry } from '../types';

/** Only web links become links: a reference from an imported finding is data, not markup. */
const webLink = (url: string) => /^https?:\/\//i.test(url);

function Document({ doc }: { doc: FindingDocument | undefined }) {
  const { t, l, lang } = useI18n();
  if (!doc || Object.keys(doc).length === 0) return <p className="muted">{t('noDocument')}</p>;
  const steps = doc.console ? (doc.console[lang].length ? doc.console[lang] : doc.console.en) : [];
  const code = Object.entries(doc.code ?? {}).filter((x): x is [string, string] => typeof x[1] === 'string' && x[1].trim() !== '');
  return (
    <div className="document" data-testid="document" lang={lang}>
      {doc.description && (
        <>
          <h3>{t('docDescription')}</h3>
          <p>{l(doc.description)}</p>
        </>
      )}
      {doc.risk && (
        <>
          <h3>{t('docRisk')}</h3>
          <p>{l(doc.risk)}</p>
        </>
      )}
      {doc.urgency && (
        <>
          <h3>{t('docUrgency')}</h3>
          <p>
            <Badge value={doc.urgency.level.toUpperCase()} /> {l(doc.urgency.text)}
          </p>
        </>
      )}
      {doc.remediation && (
        <>
          <h3>{t('docRemediation')}</h3>
          <p>{l(doc.remediation)}</p>
        </>
      )}
      {steps.length > 0 && (
        <>
          <h3>{t('docConsole')}</h3>
          <ol>
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </>
      )}
      {code.length > 0 && (
        <>
          <h3>{t('docCode')}</h3>
          {code.map(([k, v]) => (
            <details key={k}>
              <summary>{k}</summary>
              <pre>{v}</pre>
            </details>
          ))}
        </>
      )}
      {doc.references && doc.references.length > 0 && (
        <>
          <h3>{t('docReferences')}</h3>
          <ul>
            {doc.references.map((r) => (
              <li key={r}>
                {webLink(r) ? (
                  <a href={r} target="_blank" rel="noopener noreferrer">
                    {r}
                  </a>
                ) : (
                  r
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function History({ history }: { history: HistoryEntry[] }) {
  const { t, date, e } = useI18n();
  return (
    <table data-testid="history">
      <thead>
        <tr>
          <th>{t('when')}</th>
          <th>{t('who')}</th>
          <th>{t('change')}</th>
          <th>{t('note')}</th>
        </tr>
      </thead>
      <tbody>
        {[...history].reverse().map((h, i) => (
          <tr key={i} data-testid="history-row">
            <td className="nowrap small">{date(h.at)}</td>
            <td>{h.actor}</td>
            <td>
              {h.field}
              {h.from !== undefined || h.to !== undefined ? `: ${h.from !== undefined ? `${e(h.from)} → ` : ''}${e(h.to)}` : ''}
            </td>
            <td className="wrap">{h.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FindingBody({ f, history, reload }: { f: Finding; history: HistoryEntry[]; reload: () => void }) {
  const { t, lang, date } = useI18n();
  const reason = f.localized?.reason?.[lang] || f.reason;
  const factors = f.risk.factors ?? (Array.isArray(f.risk.explanation) ? f.risk.explanation : f.risk.explanation ? [f.risk.explanation] : []);
  const paths = pathsOf(f.evidence);
  return (
    <>
      <h1 data-testid="finding-title">{findingTitle(f, lang)}</h1>
      <p className="meta">
        <Badge value={f.severity} /> <Badge value={f.workflowStatus} kind="status" /> <span className="muted">{f.ruleId}</span> · {f.kind} · {f.source}
      </p>
      {f.workflowStatus === 'SUPPRESSED' && f.userFields?.suppressedUntil && (
        <p className="meta" data-testid="suppressed-until">
          {t('suppressedUntil')}: {date(f.userFields.suppressedUntil)}
        </p>
      )}
      <div className="grid">
        <Section title={t('finding')}>
          <dl className="facts">
            <dt>{t('resource')}</dt>
            <dd className="wrap">
              <Link to={`/resources/${seg(f.resourceUid)}`}>{f.resourceName}</Link>
              <div className="muted small">
                {f.resourceType} · {f.resourceUid}
              </div>
            </dd>
            <dt>{t('scope')}</dt>
            <dd>
              <Link to={`/scopes/${seg(f.account)}`}>{f.account}</Link> ({f.provider}, {f.region})
            </dd>
            <dt>{t('reason')}</dt>
            <dd className="wrap">{reason}</dd>
            <dt>{t('firstSeen')}</dt>
            <dd>{date(f.firstSeen)}</dd>
            <dt>{t('lastSeen')}</dt>
            <dd>
              {date(f.lastSeen)} ({t('timesSeen')}: {f.timesSeen})
            </dd>
            {Object.keys(f.frameworks ?? {}).length > 0 && (
              <>
                <dt>{t('frameworks')}</dt>
                <dd>
                  {Object.entries(f.frameworks).map(([fw, ids]) => (
                    <div key={fw} className="small">
                      <Link to={`/compliance/${seg(fw)}`}>{fw}</Link>:{' '}
                      {ids.map((id, i) => (
                        <span key={id}>
                          {i > 0 && ', '}
                          <Link to={`/compliance/${seg(fw)}/${seg(id)}`}>{id}</Link>
                        </span>
                      ))}
                    </div>
                  ))}
                </dd>
              </>
            )}
            {Object.keys(f.resourceTags ?? {}).length > 0 && (
              <>
                <dt>{t('tags')}</dt>
                <dd className="wrap small">
                  {Object.entries(f.resourceTags)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(', ')}
                </dd>
              </>
            )}
          </dl>
          {f.kind === 'sequence' && (
            <p>
              <Link to={`/threats/sequences/${seg(f.id)}`}>{t('openSequence')}</Link>
            </p>
          )}
        </Section>
        <Section title={t('riskExplanation')} testId="risk">
          <p>
            {t('risk')} <Badge value={f.risk.level} />
            {f.risk.likelihood && (
              <>
                {' '}
                = {t('likelihood')} <Badge value={f.risk.likelihood} /> × {t('impact')} <Badge value={f.risk.impact} />
              </>
            )}
            {typeof f.risk.score === 'number' && <span className="muted"> ({f.risk.score})</span>}
          </p>
          <ul>
            {factors.map((x, i) => (
              <li key={i}>{x}</li>
            ))}
          </ul>
        </Section>
      </div>
      <Section title={t('changeStatus')}>
        <TriageForm ids={[f.id]} current={f.workflowStatus} onDone={reload} />
      </Section>
      {paths.length > 0 && (
        <Section title={t('attackPaths')}>
          {paths.map((p, i) => (
            <AttackPathGraph key={i} path={p} />
          ))}
        </Section>
      )}
      <Section title={t('improvement')}>
        <Document doc={f.document} />
      </Section>
      <Section title={t('history')}>
        <History history={history} />
      </Section>
    </>
  );
}

export function FindingPage({ id }: { id: string }) {
  const { t } = useI18n();
  const state = useApi<{ finding: Finding; history: HistoryEntry[] }>(`findings/${seg(id)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/findings">{t('navFindings')}</Link> ›
      </p>
      <Load state={state}>{(d) => <FindingBody f={d.finding} history={d.history} reload={state.reload} />}</Load>
    </>
  );
}
