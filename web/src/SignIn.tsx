/** Team mode's sign-in page (local users; OpenID Connect when the server offers it). */
import { useState, type FormEvent } from 'react';
import { api, ApiError } from './api';
import { useI18n } from './i18n';
import type { Session } from './types';

export function SignIn({ session, onSignedIn }: { session: Session; onSignedIn: (s: Session) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState<string>();
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setFailed(undefined);
    try {
      const r = await api<{ user: Session['user']; csrfToken: string }>('session', { method: 'POST', body: { name, password } });
      setPassword('');
      onSignedIn({ ...session, user: r.user, csrfToken: r.csrfToken });
    } catch (err) {
      setFailed(err instanceof ApiError && err.status !== 401 && err.status !== 400 ? `${err.code}: ${err.message}` : t('signInFailed'));
    }
  };
  // The server says whether OpenID Connect is configured; the sign-in starts on its login route.
  const oidc = session.oidc === true || (typeof session.oidc === 'object' && session.oidc !== null);
  return (
    <main className="signin">
      <form onSubmit={submit} className="card" data-testid="signin">
        <h1>{t('signInTitle')}</h1>
        <label>
          {t('userName')}
          <input name="name" autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          {t('password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit">{t('signIn')}</button>
        {failed && (
          <p className="error" role="alert">
            {failed}
          </p>
        )}
        {oidc && (
          <p>
            <a href="/api/v1/session/oidc/login">{t('signInOidc')}</a>
          </p>
        )}
      </form>
    </main>
  );
}
