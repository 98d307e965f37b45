/** Resources: inventory search, and one resource with all its findings and relationships. */
import { useState, type FormEvent } from 'react';
import { query, useApi } from '../api';
import { Badge, FindingTable, Load, Section } from '../components/common';
import { useI18n } from '../i18n';
import { Link, navigate, seg } from '../router';
import type { Finding, ResourceRow } from '../types';

export function ResourcesPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const q = { q: params.get('q') ?? '', type: params.get('type') ?? '', scope: params.get('scope') ?? '' };
  const [form, setForm] = useState(q);
  const state = useApi<{ resources: ResourceRow[] }>(`resources${query(q)}`);
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    navigate(`/resources${query(form)}`);
  };
  return (
    <>
      <h1>{t('navResources')}</h1>
      <form className="filters" onSubmit={submit}>
        <label>
          {t('search')}
          <input type="search" name="q" value={form.q} placeholder={t('searchPlaceholder')} onChange={(e) => setForm({ ...form, q: e.target.value })} />
        </label>
        <label>
          {t('resourceType')}
          <input type="text" name="type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })} />
        </label>
        <label>
          {t('scope')}
          <input type="text" name="scope" value={form.scope} onChange={(e) => setForm({ ...form, scope: e.target.value })} />
        </label>
        <div className="filter-actions">
          <button type="submit">{t('search')}</button>
        </div>
      </form>
      <Load state={state}>
        {(d) => (
          <table data-testid="resources">
            <thead>
              <tr>
                <th>{t('name')}</th>
                <th>{t('type')}</th>
                <th>{t('scope')}</th>
                <th>{t('region')}</th>
                <th>{t('open')}</th>
              </tr>
            </thead>
            <tbody>
              {d.resources.map((r) => (
                <tr key={r.uid}>
                  <td className="wrap">
                    <Link to={`/resources/${seg(r.uid)}`}>{r.name}</Link>
                    <div className="muted small">{r.uid}</div>
                  </td>
                  <td className="small">{r.type}</td>
                  <td>
                    {r.scope} <span className="muted small">{r.provider}</span>
                  </td>
                  <td>{r.region}</td>
                  <td>
                    {r.open} {r.worstSeverity && <Badge value={r.worstSeverity} />}
                  </td>
                </tr>
              ))}
              {d.resources.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    {t('none')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </Load>
    </>
  );
}

/** What the resource is tied to in its snapshot: outgoing (this → other) or incoming (other → this). */
interface Relationship {
  direction: 'outgoing' | 'incoming';
  type: string;
  uid: string;
  name?: string;
  resourceType?: string;
}

export function ResourcePage({ uid }: { uid: string }) {
  const { t } = useI18n();
  const state = useApi<{ resource: ResourceRow & { tags?: Record<string, string> }; findings: Finding[]; relationships?: Relationship[] }>(`resources/${seg(uid)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/resources">{t('navResources')}</Link> ›
      </p>
      <Load state={state}>
        {(d) => (
          <>
            <h1 className="wrap">{d.resource.name || uid}</h1>
            <p className="meta wrap">
              {d.resource.type} · {d.resource.scope} · {d.resource.region} · <span className="muted">{d.resource.uid}</span>
            </p>
            {d.resource.tags && Object.keys(d.resource.tags).length > 0 && (
              <p className="small wrap">
                {t('tags')}:{' '}
                {Object.entries(d.resource.tags)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ')}
              </p>
            )}
            <Section title={t('navFindings')}>
              <FindingTable findings={d.findings} />
            </Section>
            <Section title={t('relationships')}>
              {d.relationships?.length ? (
                <table data-testid="relationships">
                  <thead>
                    <tr>
                      <th>{t('relationship')}</th>
                      <th>{t('name')}</th>
                      <th>{t('type')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.relationships.map((r) => (
                      <tr key={`${r.direction} ${r.type} ${r.uid}`}>
                        <td className="nowrap">{r.direction === 'outgoing' ? `→ ${r.type}` : `← ${r.type}`}</td>
                        <td className="wrap">
                          <Link to={`/resources/${seg(r.uid)}`}>{r.name ?? r.uid}</Link>
                          {r.name && <div className="muted small">{r.uid}</div>}
                        </td>
                        <td className="small">{r.resourceType ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="muted">{t('none')}</p>
              )}
            </Section>
          </>
        )}
      </Load>
    </>
  );
}
