/** Signing in with a login name and password; afterwards back to the page that asked (`?next=`). */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api';
import { PageTitle } from '../components/ui';
import { useFormat } from '../format';
import { safeNext, useSession } from '../session';

/** Why a sign-in failed, in the interface's language. */
function refusal(f: ReturnType<typeof useFormat>, error: unknown): string {
  if (!(error instanceof ApiError)) return f.t('login.network');
  if (error.status === 401 || error.status === 400 || error.status === 422) return f.t('login.wrong');
  if (error.status === 429) {
    const seconds = error.retryAfter ?? 60;
    if (error.problem?.title === 'Account locked') {
      const until = new Date(Date.now() + seconds * 1000);
      const time = new Intl.DateTimeFormat(f.locale, { hour: '2-digit', minute: '2-digit' }).format(until);
      return f.t('login.locked', { time, minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    return f.t('login.tooMany', { seconds });
  }
  return f.t('login.failed', { detail: error.problem?.detail ?? error.message });
}

export default function Login() {
  const f = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!login.trim() || !password) {
      setError(f.t('login.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await session.login(login.trim(), password);
      navigate(next, { replace: true });
    } catch (err) {
      setError(refusal(f, err));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <div className="page login-page">
      <PageTitle title={f.t('login.title')} lead={f.t('login.lead')} />
      <section className="card narrow" aria-labelledby="login-form-title">
        <h2 id="login-form-title" className="sr-only">
          {f.t('login.title')}
        </h2>
        {session.user && !busy ? (
          <div data-testid="login-already">
            <p>{f.t('login.already', { name: session.user.name })}</p>
            <p className="actions">
              <Link to={next} className="btn btn-primary">
                {f.t('login.continue')}
              </Link>
              <Link to="/account" className="btn">
                {f.t('session.myAccount')}
              </Link>
            </p>
          </div>
        ) : (
          <form className="stack-form" onSubmit={(e) => void submit(e)} noValidate data-testid="login-form">
            {error && (
              <p className="notice warn" role="alert" data-testid="login-error">
                {error}
              </p>
            )}
            <div className="field">
              <label htmlFor="login-name" className="field-label">
                {f.t('login.login')}
              </label>
              <input
                id="login-name"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                value={login}
                onChange={(e) => setLogin(e.target.value)}
                required
              />
            </div>
            <div className="field">
              <label htmlFor="login-password" className="field-label">
                {f.t('login.password')}
              </label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </div>
            <button type="submit" className="btn btn-primary" disabled={busy || !session.ready}>
              {busy ? f.t('login.busy') : f.t('login.submit')}
            </button>
          </form>
        )}
      </section>
      <p className="muted small narrow">{f.t('login.noAccount')}</p>
    </div>
  );
}
