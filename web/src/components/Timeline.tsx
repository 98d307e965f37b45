/** An attack sequence's timeline: its signals in time order with the ATT&CK tactics they stand for. */
// The tactic names of correlation itself (pure data), so the timeline and `mamori sequences` agree.
import { tacticInfo } from '../../../src/correlate/tactics.js';
import { useI18n } from '../i18n';
import type { SequenceView } from '../types';
import { Badge } from './common';

export function tacticName(id: string, lang: 'en' | 'ja'): string {
  const n = tacticInfo(id);
  return n ? `${n.name[lang]} (${id})` : id;
}

export function SequenceTimeline({ view }: { view: SequenceView }) {
  const { t, date, lang } = useI18n();
  const ev = view.evidence;
  return (
    <div data-testid="timeline">
      <dl className="facts">
        <dt>{t('firstSeen')}</dt>
        <dd>{date(ev.firstSeen)}</dd>
        <dt>{t('lastSeen')}</dt>
        <dd>{date(ev.lastSeen)}</dd>
        <dt>{t('tactics')}</dt>
        <dd>{ev.tactics.map((x) => tacticName(x, lang)).join(' → ')}</dd>
        <dt>{t('principals')}</dt>
        <dd className="wrap">{ev.principals.join(', ') || '-'}</dd>
        <dt>{t('addresses')}</dt>
        <dd>{ev.sourceIps.join(', ') || '-'}</dd>
      </dl>
      <ol className="timeline">
        {ev.timeline.map((e) => (
          <li key={e.signalId} className="timeline-entry" data-testid="timeline-entry">
            <div className="timeline-time small">{date(e.time)}</div>
            <div className="timeline-body">
              <div>
                <Badge value={e.severity} /> <strong>{e.title}</strong>
                {e.count > 1 && <span className="muted"> ×{e.count}</span>}
              </div>
              <div className="small">
                {e.tactics.map((x) => tacticName(x, lang)).join(', ')}
                {e.techniques.length > 0 && <span className="muted"> · {e.techniques.join(', ')}</span>}
              </div>
              <div className="small muted wrap">
                {e.actor && (
                  <span>
                    {t('actor')}: {e.actor}{' '}
                  </span>
                )}
                {e.sourceIps.length > 0 && <span>· {e.sourceIps.join(', ')} </span>}
                {e.ruleId}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
