/** Small building blocks every page uses: loading / error states, badges, the findings table. */
import type { ReactNode } from 'react';
import type { ApiError, Loaded } from '../api';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import type { Finding } from '../types';

export function ErrorState({ error, retry }: { error: ApiError; retry?: () => void }) {
  const { t } = useI18n();
  const text = error.status === 403 ? t('forbidden') : error.status === 404 && error.code === 'NOT_FOUND' && error.message.startsWith('no route') ? t('errorMissingRoute') : t('errorTitle');
  return (
    <div className="error" role="alert" data-testid="error">
      <strong>{text}</strong>
      <div className="muted">
        {error.status ? `${error.status} ` : ''}
        {error.code}: {error.message}
      </div>
      {retry && error.status !== 403 && (
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

/** Renders `children(data)` once loaded; the loading and error states otherwise. */
export function Load<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (state.error) return <ErrorState error={state.error} retry={state.reload} />;
  if (state.data === undefined) return <div className="muted">{t('loading')}</div>;
  return <>{children(state.data)}</>;
}

export function Badge({ value, kind = 'sev' }: { value: string | null | undefined; kind?: 'sev' | 'status' }) {
  const { e } = useI18n();
  if (!value) return <span className="muted">-</span>;
  return <span className={`badge ${kind}-${value.toLowerCase()}`}>{e(value)}</span>;
}

export function Score({ score }: { score: number | null | undefined }) {
  if (score === null || score === undefined) return <span className="score muted">-</span>;
  const band = score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  return <span className={`score score-${band}`}>{score.toFixed(1)}%</span>;
}

export function Section({ title, children, actions, testId, wide }: { title: string; children: ReactNode; actions?: ReactNode; testId?: string; wide?: boolean }) {
  return (
    <section className={wide ? 'card wide' : 'card'} data-testid={testId}>
      <header className="card-head">
        <h2>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

export function findingTitle(f: Finding, lang: 'en' | 'ja'): string {
  return f.localized?.title?.[lang] || f.title;
}

export function FindingLink({ f }: { f: Finding }) {
  const { lang } = useI18n();
  return (
    <Link to={`/findings/${seg(f.id)}`} className="finding-link">
      {findingTitle(f, lang)}
    </Link>
  );
}

/** A table of findings; `selection` adds checkboxes for bulk triage. */
export function FindingTable({ findings, selection }: { findings: Finding[]; selection?: { selected: Set<string>; toggle: (id: string) => void } }) {
  const { t, date } = useI18n();
  if (findings.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <table className="findings" data-testid="findings-table">
      <thead>
        <tr>
          {selection && <th aria-label={t('selected')} />}
          <th>{t('risk')}</th>
          <th>{t('severity')}</th>
          <th>{t('title')}</th>
          <th>{t('resource')}</th>
          <th>{t('scope')}</th>
          <th>{t('status')}</th>
          <th>{t('lastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id} data-testid="finding-row">
            {selection && (
              <td>
                <input type="checkbox" aria-label={f.id} checked={selection.selected.has(f.id)} onChange={() => selection.toggle(f.id)} />
              </td>
            )}
            <td>
              <Badge value={f.risk?.level} />
            </td>
            <td>
              <Badge value={f.severity} />
            </td>
            <td>
              <FindingLink f={f} />
              <div className="muted small">{f.ruleId}</div>
            </td>
            <td className="wrap">
              {f.resourceName}
              <div className="muted small">{f.resourceType}</div>
            </td>
            <td>
              <Link to={`/scopes/${seg(f.account)}`}>{f.account}</Link>
              <div className="muted small">
                {f.provider} · {f.region}
              </div>
            </td>
            <td>
              <Badge value={f.workflowStatus} kind="status" />
            </td>
            <td className="nowrap small">{date(f.lastSeen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
