/** Threats: detection signals, attack sequences with their timeline, attack paths drawn as graphs. */
import { useApi } from '../api';
import { AttackPathGraph, pathsOf } from '../components/AttackPath';
import { Badge, FindingTable, findingTitle, Load, Section } from '../components/common';
import { SequenceTimeline } from '../components/Timeline';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import type { Finding, FindingPage, SequenceView } from '../types';

const PATH_RULES = 'aws-attack-paths-internet-to-code-execution,aws-attack-paths-internet-to-sensitive-data';

export function ThreatsPage() {
  const { t, lang, date } = useI18n();
  const sequences = useApi<{ sequences: { finding: Finding; view: SequenceView }[] }>('sequences');
  const signals = useApi<FindingPage>('findings?kind=threat&limit=50');
  const paths = useApi<FindingPage>(`findings?rule=${PATH_RULES}&status=NEW,NOTIFIED&limit=20`);
  return (
    <>
      <h1>{t('navThreats')}</h1>
      <Section title={t('sequences')} testId="sequences">
        <Load state={sequences}>
          {(d) =>
            d.sequences.length ? (
              <ul className="plain">
                {d.sequences.map(({ finding, view }) => (
                  <li key={finding.id} data-testid="sequence">
                    <Badge value={finding.severity} /> <Link to={`/threats/sequences/${seg(finding.id)}`}>{findingTitle(finding, lang)}</Link>{' '}
                    <span className="muted small">
                      {date(view.evidence.firstSeen)} – {date(view.evidence.lastSeen)} · {view.evidence.timeline.length} {t('signals')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('none')}</p>
            )
          }
        </Load>
      </Section>
      <Section title={t('attackPaths')} testId="attack-paths">
        <Load state={paths}>
          {(d) =>
            d.findings.length ? (
              d.findings.map((f) => (
                <div key={f.id} className="path-finding">
                  <h3>
                    <Badge value={f.severity} /> <Link to={`/findings/${seg(f.id)}`}>{findingTitle(f, lang)}</Link> <span className="muted small">{f.resourceName}</span>
                  </h3>
                  {pathsOf(f.evidence)
                    .slice(0, 3)
                    .map((p, i) => (
                      <AttackPathGraph key={i} path={p} />
                    ))}
                </div>
              ))
            ) : (
              <p className="muted">{t('none')}</p>
            )
          }
        </Load>
      </Section>
      <Section title={t('signals')} testId="signals">
        <Load state={signals}>{(d) => <FindingTable findings={d.findings} />}</Load>
      </Section>
    </>
  );
}

export function SequencePage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const state = useApi<{ finding: Finding; view: SequenceView }>(`sequences/${seg(id)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/threats">{t('navThreats')}</Link> ›
      </p>
      <Load state={state}>
        {(d) => (
          <>
            <h1 data-testid="sequence-title">{findingTitle(d.finding, lang)}</h1>
            <p className="meta">
              <Badge value={d.finding.severity} /> <Badge value={d.finding.workflowStatus} kind="status" /> · {d.finding.account} ·{' '}
              <Link to={`/findings/${seg(d.finding.id)}`}>{t('finding')}</Link>
            </p>
            <Section title={t('timeline')}>
              <SequenceTimeline view={d.view} />
            </Section>
          </>
        )}
      </Load>
    </>
  );
}
