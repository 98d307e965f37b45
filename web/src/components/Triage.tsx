/** Status change with a note (and a suppression's expiry) for one finding or a selection. */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { useI18n } from '../i18n';
import { useSession } from '../session';
import { STATUSES, type WorkflowStatus } from '../types';
import { ErrorState } from './common';

/** A date input's value (YYYY-MM-DD) as the end of that day, UTC. */
const untilOf = (date: string) => (date ? new Date(`${date}T23:59:59Z`).toISOString() : undefined);

export function TriageForm({ ids, current, onDone, testId }: { ids: string[]; current?: WorkflowStatus; onDone: (updated: number) => void; testId?: string }) {
  const { t, e } = useI18n();
  const { canTriage } = useSession();
  const [status, setStatus] = useState<WorkflowStatus | ''>('');
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<string>();
  if (!canTriage) return <p className="muted" data-testid="read-only">{t('viewerReadOnly')}</p>;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const expiry = status === 'SUPPRESSED' ? untilOf(until) : undefined;
      let updated: number;
      if (ids.length === 1 && !expiry) {
        const r = await api<{ updated: number }>(`findings/${encodeURIComponent(ids[0])}`, { method: 'PATCH', body: { ...(status ? { status } : {}), ...(note ? { note } : {}) } });
        updated = r.updated;
      } else {
        const r = await api<{ updated: number }>('findings/bulk', { method: 'POST', body: { ids, status: status || current, ...(note ? { note } : {}), ...(expiry ? { until: expiry } : {}) } });
        updated = r.updated;
      }
      setNote('');
      setUntil('');
      setStatus('');
      setDone(ids.length > 1 ? `${updated} ${t('updatedCount')}` : t('saved'));
      onDone(updated);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const nothing = !status && !note.trim();
  return (
    <form className="triage" onSubmit={submit} data-testid={testId ?? 'triage'}>
      <label>
        {t('changeStatus')}
        <select value={status} onChange={(ev) => setStatus(ev.target.value as WorkflowStatus | '')} name="status">
          <option value="">{current ? `${e(current)} (-)` : '-'}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {e(s)}
            </option>
          ))}
        </select>
      </label>
      {status === 'SUPPRESSED' && (
        <label>
          {t('suppressUntil')}
          <input type="date" value={until} onChange={(ev) => setUntil(ev.target.value)} name="until" />
        </label>
      )}
      <label className="grow">
        {t('note')}
        <input type="text" value={note} onChange={(ev) => setNote(ev.target.value)} placeholder={t('notePlaceholder')} name="note" maxLength={2000} />
      </label>
      <button type="submit" disabled={busy || nothing || (ids.length > 1 && !status)}>
        {t('save')}
      </button>
      {done && (
        <span className="ok" role="status">
          {done}
        </span>
      )}
      {error && <ErrorState error={error} />}
    </form>
  );
}
