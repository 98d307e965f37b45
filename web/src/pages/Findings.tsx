/**
 * Findings: the CLI's filters (kept in the URL, so a view can be shared), the server's orders
 * (`sort`: every page, not only the loaded rows), pages by `after` tokens, group-by through the
 * insights endpoint, and bulk triage of the selected rows.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, ApiError, query, useApi } from '../api';
import { ErrorState, FindingTable, Load, Section } from '../components/common';
import { TriageForm } from '../components/Triage';
import { useI18n, type Key } from '../i18n';
import { navigate } from '../router';
import { useSession } from '../session';
import { KINDS, RISKS, SEVERITIES, STATUSES, type Finding, type FindingPage, type Group } from '../types';

/** The filters of `mamori findings list`, by query parameter. */
const FILTERS: { name: string; label: Key; choices?: readonly string[] }[] = [
  { name: 'severity', label: 'severity', choices: SEVERITIES },
  { name: 'risk', label: 'risk', choices: RISKS },
  { name: 'status', label: 'status', choices: STATUSES },
  { name: 'kind', label: 'kind', choices: KINDS },
  { name: 'provider', label: 'provider', choices: ['aws', 'gcp', 'azure'] },
  { name: 'scope', label: 'scope' },
  { name: 'region', label: 'region' },
  { name: 'rule', label: 'rule' },
  { name: 'source', label: 'source' },
  { name: 'resourceType', label: 'resourceType' },
  { name: 'tag', label: 'tags' },
  { name: 'control', label: 'frameworkControl' },
  { name: 'since', label: 'since' },
];

/** Group-by fields of the insights endpoint, and the filter a group's key becomes when clicked. */
const GROUPS: { field: string; label: Key; filter?: string }[] = [
  { field: 'severity', label: 'severity', filter: 'severity' },
  { field: 'risk', label: 'risk', filter: 'risk' },
  { field: 'status', label: 'status', filter: 'status' },
  { field: 'provider', label: 'provider', filter: 'provider' },
  { field: 'account', label: 'scope', filter: 'scope' },
  { field: 'region', label: 'region', filter: 'region' },
  { field: 'rule', label: 'rule', filter: 'rule' },
  { field: 'resourceType', label: 'resourceType', filter: 'resourceType' },
  { field: 'source', label: 'source', filter: 'source' },
  { field: 'kind', label: 'kind', filter: 'kind' },
];

/** The list's orders (GET /api/v1/findings?sort=), default first. */
const SORTS: { value: string; label: Key }[] = [
  { value: 'risk', label: 'sortRisk' },
  { value: 'severity', label: 'sortSeverity' },
  { value: 'lastSeen', label: 'sortLastSeen' },
  { value: 'firstSeen', label: 'sortFirstSeen' },
];

function FilterForm({ params }: { params: URLSearchParams }) {
  const { t, e } = useI18n();
  const [values, setValues] = useState(() => Object.fromEntries(FILTERS.map((f) => [f.name, params.get(f.name) ?? ''])));
  useEffect(() => setValues(Object.fromEntries(FILTERS.map((f) => [f.name, params.get(f.name) ?? '']))), [params]);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(values)) if (v.trim()) next.set(k, v.trim());
    for (const k of ['groupBy', 'sort']) if (params.get(k)) next.set(k, params.get(k)!);
    navigate(`/findings${next.size ? `?${next}` : ''}`);
  };
  return (
    <form className="filters" onSubmit={submit} data-testid="filters">
      {FILTERS.map((f) => (
        <label key={f.name}>
          {t(f.label)}
          {f.choices ? (
            <select name={f.name} value={values[f.name]} onChange={(ev) => setValues({ ...values, [f.name]: ev.target.value })}>
              <option value="">{t('any')}</option>
              {f.choices.map((c) => (
                <option key={c} value={f.name === 'severity' || f.name === 'risk' || f.name === 'status' ? c.toLowerCase() : c}>
                  {f.name === 'provider' || f.name === 'kind' ? c : e(c)}
                </option>
              ))}
              {/* A list typed into the URL (e.g. status=NEW,NOTIFIED) stays selectable. */}
              {values[f.name] && !f.choices.some((c) => c.toLowerCase() === values[f.name].toLowerCase()) && <option value={values[f.name]}>{values[f.name]}</option>}
            </select>
          ) : (
            <input type="text" name={f.name} value={values[f.name]} placeholder={f.name === 'since' ? '7d, 24h, 2026-11-01' : f.name === 'tag' ? 'env=prod' : f.name === 'resourceType' ? 'AWS::S3::Bucket' : f.name === 'control' ? 'cis-aws-3.0:2.1.1' : ''} onChange={(ev) => setValues({ ...values, [f.name]: ev.target.value })} />
          )}
        </label>
      ))}
      <div className="filter-actions">
        <button type="submit">{t('apply')}</button>
        <button type="button" className="secondary" onClick={() => navigate('/findings')}>
          {t('clear')}
        </button>
      </div>
    </form>
  );
}

function GroupPanel({ field, filterQuery, params }: { field: string; filterQuery: string; params: URLSearchParams }) {
  const { t, e } = useI18n();
  const state = useApi<{ groups: Group[] }>(`insights${query({ ...Object.fromEntries(new URLSearchParams(filterQuery)), groupBy: field, limit: 30 })}`);
  const group = GROUPS.find((g) => g.field === field);
  return (
    <Load state={state}>
      {(d) => {
        const max = Math.max(1, ...d.groups.map((g) => g.count));
        return (
          <ul className="groups" data-testid="groups">
            {d.groups.map((g) => {
              const label = ['severity', 'risk', 'status'].includes(field) ? e(g.key) : (g.key ?? '-');
              const pick = () => {
                if (!group?.filter || g.key === null) return;
                const next = new URLSearchParams(params);
                next.set(group.filter, group.filter === 'severity' || group.filter === 'risk' || group.filter === 'status' ? g.key.toLowerCase() : g.key);
                next.delete('groupBy');
                navigate(`/findings?${next}`);
              };
              return (
                <li key={g.key ?? '-'}>
                  {group?.filter && g.key !== null ? (
                    <button type="button" className="link" onClick={pick}>
                      {label}
                    </button>
                  ) : (
                    <span>{label}</span>
                  )}
                  <span className="bar" style={{ width: `${(70 * g.count) / max}%` }} />
                  <span className="count">{g.count}</span>
                </li>
              );
            })}
            {d.groups.length === 0 && <li className="muted">{t('none')}</li>}
          </ul>
        );
      }}
    </Load>
  );
}

export function FindingsPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const { canTriage } = useSession();
  // An order the server does not know (an old link's sort=title) lists by risk.
  const sort = SORTS.find((s) => s.value === params.get('sort'))?.value ?? 'risk';
  const filterQuery = useMemo(() => {
    const q = new URLSearchParams();
    for (const f of FILTERS) if (params.get(f.name)) q.set(f.name, params.get(f.name)!);
    return q.toString();
  }, [params]);
  // The filters and the order: the first page and every page after it (a token keeps its order).
  const listQuery = `${filterQuery}${filterQuery ? '&' : ''}${sort !== 'risk' ? `sort=${sort}&` : ''}limit=50`;
  const first = useApi<FindingPage>(`findings?${listQuery}`);
  const [more, setMore] = useState<{ findings: Finding[]; next?: string }>({ findings: [] });
  const [moreError, setMoreError] = useState<ApiError>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  useEffect(() => {
    setMore({ findings: [] });
    setSelected(new Set());
  }, [first.data]);
  const groupBy = params.get('groupBy') ?? '';
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`/findings?${next}`, true);
  };

  const all = useMemo(() => [...(first.data?.findings ?? []), ...more.findings], [first.data, more.findings]);
  const next = more.next ?? (more.findings.length ? undefined : first.data?.next);

  const loadMore = async () => {
    if (!next) return;
    try {
      const page = await api<FindingPage>(`findings?${listQuery}&total=false&after=${encodeURIComponent(next)}`);
      setMore((m) => ({ findings: [...m.findings, ...page.findings], next: page.next }));
    } catch (err) {
      setMoreError(err instanceof ApiError ? err : new ApiError(0, 'CLIENT', String(err)));
    }
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <>
      <h1>{t('navFindings')}</h1>
      <Section title={t('filters')}>
        <FilterForm params={params} />
        <div className="toolbar">
          <label>
            {t('sortBy')}
            <select value={sort} onChange={(ev) => setParam('sort', ev.target.value === 'risk' ? '' : ev.target.value)} name="sort">
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {t(s.label)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('groupBy')}
            <select value={groupBy} onChange={(ev) => setParam('groupBy', ev.target.value)} name="groupBy">
              <option value="">{t('noGrouping')}</option>
              {GROUPS.map((g) => (
                <option key={g.field} value={g.field}>
                  {t(g.label)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {groupBy && <GroupPanel field={groupBy} filterQuery={filterQuery} params={params} />}
      </Section>
      <Load state={first}>
        {(page) => (
          <Section
            title={`${page.total ?? all.length} ${t('matches')}`}
            testId="findings-list"
            actions={
              <span className="muted small">
                {all.length} {t('shown')}
              </span>
            }
          >
            {canTriage && all.length > 0 && (
              <div className="bulk">
                <label className="small">
                  <input type="checkbox" checked={selected.size > 0 && selected.size === all.length} onChange={(ev) => setSelected(ev.target.checked ? new Set(all.map((f) => f.id)) : new Set())} /> {t('selectAll')}
                </label>
                {selected.size > 0 && (
                  <>
                    <span className="small">
                      {selected.size} {t('selected')} — {t('bulkTriage')}
                    </span>
                    <TriageForm ids={[...selected]} onDone={() => first.reload()} testId="bulk-triage" />
                  </>
                )}
              </div>
            )}
            <FindingTable findings={all} {...(canTriage ? { selection: { selected, toggle } } : {})} />
            {moreError && <ErrorState error={moreError} />}
            {next && (
              <button type="button" onClick={loadMore} data-testid="load-more">
                {t('loadMore')}
              </button>
            )}
          </Section>
        )}
      </Load>
    </>
  );
}
