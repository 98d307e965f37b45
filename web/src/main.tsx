/** The dashboard's shell: session, language switch, navigation and the page for the current path. */
import { StrictMode, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { api, ApiError, onUnauthorized, setCsrfToken } from './api';
import { ErrorState } from './components/common';
import { I18nContext, i18n, initialLang, saveLang, useI18n, type Key } from './i18n';
import { CompliancePage, ControlPage, FrameworkPage } from './pages/Compliance';
import { FindingPage } from './pages/Finding';
import { FindingsPage } from './pages/Findings';
import { OverviewPage } from './pages/Overview';
import { ResourcePage, ResourcesPage } from './pages/Resources';
import { ScopePage, ScopesPage } from './pages/Scopes';
import { SettingsPage } from './pages/Settings';
import { SequencePage, ThreatsPage } from './pages/Threats';
import { Link, navigate, useLocation, type Location } from './router';
import { SessionContext, sessionState } from './session';
import { SignIn } from './SignIn';
import type { Lang, Session } from './types';
import './styles.css';

const NAV: { to: string; label: Key }[] = [
  { to: '/', label: 'navOverview' },
  { to: '/scopes', label: 'navScopes' },
  { to: '/findings', label: 'navFindings' },
  { to: '/compliance', label: 'navCompliance' },
  { to: '/threats', label: 'navThreats' },
  { to: '/resources', label: 'navResources' },
  { to: '/settings', label: 'navSettings' },
];

function page({ path, params }: Location): ReactNode {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [top, a, b] = parts;
  switch (top) {
    case undefined:
      return <OverviewPage />;
    case 'scopes':
      return a ? <ScopePage key={a} scope={a} /> : <ScopesPage />;
    case 'findings':
      return a ? <FindingPage key={a} id={a} /> : <FindingsPage params={params} />;
    case 'compliance':
      return b ? <ControlPage key={`${a}/${b}`} framework={a} control={b} /> : a ? <FrameworkPage key={a} framework={a} /> : <CompliancePage />;
    case 'threats':
      return a === 'sequences' && b ? <SequencePage key={b} id={b} /> : <ThreatsPage />;
    case 'resources':
      return a ? <ResourcePage key={a} uid={parts.slice(1).join('/')} /> : <ResourcesPage key={params.toString()} params={params} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <ErrorState error={new ApiError(404, 'NOT_FOUND', path)} />;
  }
}

function Shell({ session, setLang, signOut }: { session: Session; setLang: (l: Lang) => void; signOut: () => void }) {
  const { t, lang } = useI18n();
  const loc = useLocation();
  const active = (to: string) => (to === '/' ? loc.path === '/' : loc.path === to || loc.path.startsWith(`${to}/`));
  return (
    <>
      <header className="top">
        <Link to="/" className="brand">
          mamori
        </Link>
        <nav>
          {NAV.map((n) => (
            <Link key={n.to} to={n.to} className={active(n.to) ? 'active' : ''} testId={`nav-${n.to.slice(1) || 'overview'}`}>
              {t(n.label)}
            </Link>
          ))}
        </nav>
        <div className="top-right">
          <div className="lang" role="group" aria-label={t('language')}>
            {(['en', 'ja'] as const).map((l) => (
              <button key={l} type="button" className={lang === l ? 'on' : ''} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
                {l === 'en' ? 'English' : '日本語'}
              </button>
            ))}
          </div>
          {session.mode === 'team' && session.user ? (
            <span className="user small">
              {t('signedInAs')} <strong data-testid="user-name">{session.user.name}</strong> ({session.user.role}){' '}
              <button type="button" className="secondary" onClick={signOut}>
                {t('signOut')}
              </button>
            </span>
          ) : (
            <span className="user small muted" title={session.user?.name}>
              {t('localMode')}
              {session.user && (
                <>
                  {' · '}
                  {t('changesAs')} <span data-testid="user-name">{session.user.name}</span>
                </>
              )}
            </span>
          )}
        </div>
      </header>
      <main className="content" key={loc.path}>
        {page(loc)}
      </main>
    </>
  );
}

function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [session, setSession] = useState<Session>();
  const [error, setError] = useState<ApiError>();
  const text = useMemo(() => i18n(lang), [lang]);
  const setLang = (l: Lang) => {
    saveLang(l);
    setLangState(l);
  };
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    api<Session>('session').then(
      (s) => {
        setCsrfToken(s.csrfToken);
        setSession(s);
      },
      (err: ApiError) => {
        // A server without sign-in (no session route) is the local mode.
        if (err.status === 404) setSession({ mode: 'local', user: null });
        else if (err.status === 401) setSession({ mode: 'team', user: null });
        else setError(err);
      },
    );
    return onUnauthorized(() => setSession((s) => ({ mode: s?.mode ?? 'team', user: null, oidc: s?.oidc })));
  }, []);

  const signedIn = (s: Session) => {
    setCsrfToken(s.csrfToken);
    setSession(s);
  };
  const signOut = () => {
    void api('session', { method: 'DELETE' }).finally(() => {
      setCsrfToken(undefined);
      setSession((s) => ({ mode: s?.mode ?? 'team', user: null, oidc: s?.oidc }));
      navigate('/');
    });
  };

  let body: ReactNode;
  if (error) body = <ErrorState error={error} retry={() => location.reload()} />;
  else if (!session) body = <p className="muted">{text.t('loading')}</p>;
  else if (session.mode === 'team' && !session.user) body = <SignIn session={session} onSignedIn={signedIn} />;
  else
    body = (
      <SessionContext.Provider value={sessionState(session)}>
        <Shell session={session} setLang={setLang} signOut={signOut} />
      </SessionContext.Provider>
    );
  return (
    <I18nContext.Provider value={text}>
      {session?.mode === 'team' && !session.user && (
        <div className="lang floating">
          {(['en', 'ja'] as const).map((l) => (
            <button key={l} type="button" className={lang === l ? 'on' : ''} onClick={() => setLang(l)}>
              {l === 'en' ? 'English' : '日本語'}
            </button>
          ))}
        </div>
      )}
      {body}
    </I18nContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
