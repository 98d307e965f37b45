/** Compliance: framework → control (id, title, description) → the findings on resources, with pass / fail / not assessed / manual. */
import { useApi } from '../api';
import { Badge, FindingTable, Load, Score } from '../components/common';
import { useI18n } from '../i18n';
import { Link, seg } from '../router';
import type { Control, Finding, Framework } from '../types';

function Counts({ c }: { c: { passed: number; failed: number; notAssessed: number; manual: number } }) {
  return (
    <>
      <td className="num ok-text">{c.passed}</td>
      <td className="num fail-text">{c.failed}</td>
      <td className="num">{c.notAssessed}</td>
      <td className="num">{c.manual}</td>
    </>
  );
}

/** The control's title in the chosen language (Japanese where mamori has it, else the framework's English title). */
const controlTitle = (c: Control, lang: string) => (lang === 'ja' && c.titleJa ? c.titleJa : c.title);

function CountHeads() {
  const { t } = useI18n();
  return (
    <>
      <th>{t('passed')}</th>
      <th>{t('failed')}</th>
      <th>{t('notAssessed')}</th>
      <th>{t('manual')}</th>
    </>
  );
}

export function CompliancePage() {
  const { t } = useI18n();
  const state = useApi<{ frameworks: Framework[] }>('compliance');
  return (
    <>
      <h1>{t('navCompliance')}</h1>
      <Load state={state}>
        {(d) => (
          <table data-testid="frameworks">
            <thead>
              <tr>
                <th>{t('framework')}</th>
                <th>{t('score')}</th>
                <CountHeads />
              </tr>
            </thead>
            <tbody>
              {d.frameworks.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link to={`/compliance/${seg(f.id)}`}>{f.name}</Link>
                    <div className="muted small">{f.id}</div>
                  </td>
                  <td>
                    <Score score={f.score} />
                  </td>
                  <Counts c={f} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Load>
    </>
  );
}

export function FrameworkPage({ framework }: { framework: string }) {
  const { t, lang } = useI18n();
  const state = useApi<{ framework: string | Framework; controls: Control[] }>(`compliance/${seg(framework)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/compliance">{t('navCompliance')}</Link> ›
      </p>
      <Load state={state}>
        {(d) => (
          <>
          <h1>{typeof d.framework === 'object' ? d.framework.name : framework}</h1>
          <table data-testid="controls">
            <thead>
              <tr>
                <th>{t('control')}</th>
                <th>{t('title')}</th>
                <th>{t('status')}</th>
                <th>{t('failingScopes')}</th>
                <th>{t('passedChecks')}</th>
                <th>{t('openFailures')}</th>
                <th>{t('triagedFailures')}</th>
              </tr>
            </thead>
            <tbody>
              {d.controls.map((c) => (
                <tr key={c.id} className={c.status === 'FAIL' ? 'failing' : ''}>
                  <td className="nowrap">
                    <Link to={`/compliance/${seg(framework)}/${seg(c.id)}`}>{c.id}</Link>
                  </td>
                  <td>
                    {controlTitle(c, lang)}
                    {c.section && <div className="muted small">{c.section}</div>}
                  </td>
                  <td>
                    <Badge value={c.status} kind="status" />
                  </td>
                  <td className="num fail-text">{c.failingScopes}</td>
                  <td className="num ok-text">{c.passedChecks}</td>
                  <td className="num fail-text">{c.openFailures}</td>
                  <td className="num">{c.triagedFailures}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </>
        )}
      </Load>
    </>
  );
}

export function ControlPage({ framework, control }: { framework: string; control: string }) {
  const { t, lang, l } = useI18n();
  const state = useApi<{ framework: unknown; control: string | Control; findings: Finding[] }>(`compliance/${seg(framework)}/${seg(control)}`);
  return (
    <>
      <p className="crumbs">
        <Link to="/compliance">{t('navCompliance')}</Link> › <Link to={`/compliance/${seg(framework)}`}>{framework}</Link> ›
      </p>
      <Load state={state}>
        {(d) => {
          const c = typeof d.control === 'object' && d.control ? d.control : undefined;
          return (
            <>
              <h1>
                {control}
                {c && controlTitle(c, lang) ? ` — ${controlTitle(c, lang)}` : ''}
              </h1>
              {c?.description && <p className="control-description">{l(c.description)}</p>}
              {c?.titleJa && lang === 'ja' && c.title && <p className="muted small">{c.title}</p>}
              <p>
                <Link to={`/findings?control=${encodeURIComponent(`${framework}:${control}`)}`}>{t('allFindingsOfControl')}</Link>
              </p>
              <h2>{t('findingsOfControl')}</h2>
              <FindingTable findings={d.findings} />
            </>
          );
        }}
      </Load>
    </>
  );
}
