/**
 * The signed-in user's own account: who they are, their roles and what those allow, their password, their
 * personal API tokens and their history.
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, useGet, type Reply, type RequestBody } from '../api';
import { GrantList, ProblemNotice, SignInNotice, UserHistory } from '../components/Accounts';
import { Async, Loading, PageTitle, Section, TableScroll } from '../components/ui';
import { useFormat } from '../format';
import { useSession, type ApiToken, type Role, type User } from '../session';

const PASSWORD_MIN = 12;
const PASSWORD_MAX = 128;
const TOKEN_DAYS_MAX = 366;

export default function Account() {
  const f = useFormat();
  const session = useSession();
  return (
    <div className="page account-page">
      <PageTitle title={f.t('account.title')} lead={f.t('account.lead')} />
      {!session.ready ? (
        <Loading />
      ) : !session.user ? (
        <SignInNotice text={f.t('account.signInFirst')} />
      ) : (
        <AccountSections user={session.user} />
      )}
    </div>
  );
}

function AccountSections({ user }: { user: User }) {
  const f = useFormat();
  // Tokens made or revoked here show in the history at once.
  const [version, setVersion] = useState(0);
  return (
    <>
      <div className="grid-2">
        <Section title={f.t('account.who')} id="account-who">
          <dl className="facts" data-testid="account-facts">
            <div>
              <dt>{f.t('account.name')}</dt>
              <dd data-testid="account-user-name">{user.name}</dd>
            </div>
            <div>
              <dt>{f.t('account.login')}</dt>
              <dd>
                <code>{user.login}</code>
              </dd>
            </div>
            <div>
              <dt>{f.t('account.organisation')}</dt>
              <dd>
                {user.organisationId ? (
                  <Link to={`/organisations/${encodeURIComponent(user.organisationId)}`}>
                    {f.name({
                      nameEn: user.organisationNameEn ?? user.organisationId,
                      nameZh: user.organisationNameZh,
                    })}
                  </Link>
                ) : (
                  f.t('account.noOrganisation')
                )}
              </dd>
            </div>
            <div>
              <dt>{f.t('account.language')}</dt>
              <dd>{f.t(`account.languages.${user.language}`)}</dd>
            </div>
            <div>
              <dt>{f.t('account.lastLogin')}</dt>
              <dd>{f.dateTime(user.lastLoginAt)}</dd>
            </div>
            <div>
              <dt>{f.t('account.created')}</dt>
              <dd>{f.dateTime(user.createdAt)}</dd>
            </div>
          </dl>
          <h3>{f.t('account.roles')}</h3>
          <div data-testid="account-roles">
            <GrantList grants={user.roles} empty={<p className="muted">{f.t('account.noRoles')}</p>} />
          </div>
        </Section>
        <PasswordCard />
      </div>
      <PermissionsCard user={user} />
      <TokensCard onChange={() => setVersion((v) => v + 1)} />
      <Section title={f.t('account.history')} id="account-history">
        <p className="muted small">{f.t('account.historyLead')}</p>
        <UserHistory userId={user.id} version={version} testId="account-history-table" />
      </Section>
    </>
  );
}

/** The platform's one permission table, with what the user's own roles allow marked. */
function PermissionsCard({ user }: { user: User }) {
  const f = useFormat();
  const session = useSession();
  const table = useGet<Reply<'/api/auth/permissions'>>('/api/auth/permissions');
  const mine = new Set<Role>(user.roles.map((g) => g.role));
  return (
    <Section title={f.t('account.allows')} id="account-permissions">
      <p className="muted small">{f.t('account.allowsLead')}</p>
      <Async state={table}>
        {(data) => (
          <TableScroll label={f.t('account.allows')}>
            <table data-testid="permission-table" className="permission-table">
              <thead>
                <tr>
                  <th scope="col">{f.t('account.action')}</th>
                  <th scope="col">{f.t('account.byRoles')}</th>
                  <th scope="col">{f.t('account.reach')}</th>
                  <th scope="col">{f.t('account.mine')}</th>
                </tr>
              </thead>
              <tbody>
                {data.actions.map((a) => {
                  const allowed = session.can(a.action);
                  return (
                    <tr key={a.action} className={allowed ? 'chosen' : undefined}>
                      <td>{f.lang === 'zh' ? a.zh : a.en}</td>
                      <td>
                        {a.roles.map((r) => f.t(`roles.names.${r}`)).join(f.lang === 'zh' ? '、' : ', ')}
                      </td>
                      <td>{f.t(`roles.reach.${a.reach}`)}</td>
                      <td data-testid={`allowed-${a.action}`}>
                        {allowed ? (
                          <strong className="ok-text">
                            {f.t('account.allowed', {
                              roles: a.roles
                                .filter((r) => mine.has(r))
                                .map((r) => f.t(`roles.names.${r}`))
                                .join(f.lang === 'zh' ? '、' : ', '),
                            })}
                          </strong>
                        ) : (
                          <span className="muted">{f.t('account.notAllowed')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Async>
    </Section>
  );
}

function PasswordCard() {
  const f = useFormat();
  const session = useSession();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [invalid, setInvalid] = useState<{ field: 'current' | 'password' | 'again'; text: string } | null>(
    null,
  );
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    setError(null);
    const check = !current
      ? { field: 'current' as const, text: f.t('account.currentMissing') }
      : password.length < PASSWORD_MIN
        ? { field: 'password' as const, text: f.t('account.tooShort', { min: PASSWORD_MIN }) }
        : password.length > PASSWORD_MAX
          ? { field: 'password' as const, text: f.t('account.tooLong', { max: PASSWORD_MAX }) }
          : password !== again
            ? { field: 'again' as const, text: f.t('account.mismatch') }
            : null;
    setInvalid(check);
    if (check) return;
    setBusy(true);
    try {
      await api<void>('/api/auth/password', {
        method: 'PUT',
        body: JSON.stringify({ current, password } satisfies RequestBody<'/api/auth/password', 'put'>),
      });
      // The server starts a new session with a new CSRF token.
      await session.refresh();
      setCurrent('');
      setPassword('');
      setAgain('');
      setDone(true);
    } catch (err) {
      const wrong = err instanceof ApiError && err.problem?.errors.some((x) => x.field === 'body.current');
      if (wrong) setInvalid({ field: 'current', text: f.t('account.wrongCurrent') });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const field = (
    name: 'current' | 'password' | 'again',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className={invalid?.field === name ? 'field field-error' : 'field'}>
      <label htmlFor={`password-${name}`} className="field-label">
        {label}
      </label>
      <input
        id={`password-${name}`}
        type="password"
        autoComplete={name === 'current' ? 'current-password' : 'new-password'}
        value={value}
        maxLength={PASSWORD_MAX}
        aria-invalid={invalid?.field === name ? true : undefined}
        aria-describedby={
          invalid?.field === name
            ? `password-${name}-error`
            : name === 'password'
              ? 'password-hint'
              : undefined
        }
        onChange={(e) => set(e.target.value)}
      />
      {name === 'password' && (
        <p id="password-hint" className="muted small">
          {f.t('account.passwordHint', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        </p>
      )}
      {invalid?.field === name && (
        <p id={`password-${name}-error`} className="error-text" role="alert">
          {invalid.text}
        </p>
      )}
    </div>
  );

  return (
    <Section title={f.t('account.password')} id="account-password">
      <form className="stack-form" onSubmit={(e) => void submit(e)} noValidate data-testid="password-form">
        {/* The login name helps password managers file the new password under the right account. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={session.user?.login ?? ''}
          readOnly
          hidden
        />
        {field('current', f.t('account.current'), current, setCurrent)}
        {field('password', f.t('account.newPassword'), password, setPassword)}
        {field('again', f.t('account.again'), again, setAgain)}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? f.t('account.changing') : f.t('account.change')}
        </button>
        {done && (
          <p className="notice ok" role="status" data-testid="password-changed">
            {f.t('account.changed')}
          </p>
        )}
        {error !== null && <ProblemNotice error={error} />}
      </form>
    </Section>
  );
}

type TokenScope = ApiToken['scopes'][number];

function tokenState(token: ApiToken): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (Date.parse(token.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

function TokensCard({ onChange }: { onChange: () => void }) {
  const f = useFormat();
  const tokens = useGet<Reply<'/api/auth/tokens'>>('/api/auth/tokens');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<TokenScope[]>(['read']);
  const [days, setDays] = useState('90');
  const [busy, setBusy] = useState(false);
  const [invalid, setInvalid] = useState<'name' | 'scopes' | 'days' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoked, setRevoked] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setRevoked(null);
    const valid = Number(days);
    const check = !name.trim()
      ? 'name'
      : scopes.length === 0
        ? 'scopes'
        : !Number.isInteger(valid) || valid < 1 || valid > TOKEN_DAYS_MAX
          ? 'days'
          : null;
    setInvalid(check);
    if (check) return;
    setBusy(true);
    try {
      const res = await api<Reply<'/api/auth/tokens', 'post'>>('/api/auth/tokens', {
        method: 'POST',
        body: JSON.stringify({
          name: name.trim(),
          scopes,
          days: valid,
        } satisfies RequestBody<'/api/auth/tokens'>),
      });
      setIssued({ name: res.token.name, secret: res.secret });
      setCopied(false);
      setName('');
      tokens.reload();
      onChange();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (token: ApiToken) => {
    setError(null);
    setRevoked(null);
    try {
      await api<void>(`/api/auth/tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' });
      setRevoked(token.name);
      tokens.reload();
      onChange();
    } catch (err) {
      setError(err);
    }
  };

  const copy = async (secret: string) => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Without clipboard access the field stays selected for Ctrl+C.
      (document.getElementById('token-secret') as HTMLInputElement | null)?.select();
    }
  };

  const toggleScope = (scope: TokenScope, on: boolean) =>
    setScopes((old) => (on ? [...new Set([...old, scope])] : old.filter((s) => s !== scope)));

  return (
    <Section title={f.t('account.tokens')} id="account-tokens">
      <p className="muted small">
        {f.t('account.tokensLead')} <code>Authorization: Bearer amity_…</code>
      </p>
      {issued && (
        <div className="notice ok token-secret" role="status" data-testid="token-secret">
          <p>
            <strong>{f.t('account.secretTitle', { name: issued.name })}</strong>
          </p>
          <div className="secret-row">
            <label htmlFor="token-secret" className="sr-only">
              {f.t('account.secretTitle', { name: issued.name })}
            </label>
            <input
              id="token-secret"
              readOnly
              value={issued.secret}
              onFocus={(e) => e.target.select()}
              data-testid="token-secret-value"
            />
            <button type="button" className="btn btn-small" onClick={() => void copy(issued.secret)}>
              {copied ? f.t('account.copied') : f.t('account.copy')}
            </button>
          </div>
          <p className="small">{f.t('account.secretHint')}</p>
        </div>
      )}
      {revoked && (
        <p className="notice ok" role="status" data-testid="token-revoked">
          {f.t('account.revokedOk', { name: revoked })}
        </p>
      )}
      {error !== null && <ProblemNotice error={error} testId="token-error" />}
      <form
        className="filters token-form"
        onSubmit={(e) => void create(e)}
        noValidate
        data-testid="token-form"
      >
        <label>
          <span>{f.t('account.tokenName')}</span>
          <input
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={invalid === 'name' ? true : undefined}
            data-testid="token-name"
          />
        </label>
        <fieldset className="scope-field">
          <legend>{f.t('account.scopes')}</legend>
          {(['read', 'write'] as const).map((scope) => (
            <label key={scope} className="check">
              <input
                type="checkbox"
                checked={scopes.includes(scope)}
                onChange={(e) => toggleScope(scope, e.target.checked)}
                data-testid={`token-scope-${scope}`}
              />
              {f.t(`roles.scopes.${scope}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <span>{f.t('account.days')}</span>
          <input
            type="number"
            className="num-input"
            min={1}
            max={TOKEN_DAYS_MAX}
            step={1}
            value={days}
            aria-invalid={invalid === 'days' ? true : undefined}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? f.t('account.creating') : f.t('account.createToken')}
        </button>
      </form>
      {invalid && (
        <p className="error-text" role="alert">
          {invalid === 'name'
            ? f.t('account.tokenNameMissing')
            : invalid === 'scopes'
              ? f.t('account.scopeMissing')
              : f.t('account.daysInvalid', { max: TOKEN_DAYS_MAX })}
        </p>
      )}
      <Async state={tokens} isEmpty={(d) => d.items.length === 0} empty={f.t('account.noTokens')}>
        {(data) => (
          <TableScroll label={f.t('account.tokens')}>
            <table data-testid="token-table" className="nowrap-table">
              <thead>
                <tr>
                  <th scope="col">{f.t('account.tokenName')}</th>
                  <th scope="col">{f.t('account.scopes')}</th>
                  <th scope="col">{f.t('account.tokenCreated')}</th>
                  <th scope="col">{f.t('account.expires')}</th>
                  <th scope="col">{f.t('account.lastUsed')}</th>
                  <th scope="col">{f.t('account.state')}</th>
                  <th scope="col">
                    <span className="sr-only">{f.t('account.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((token) => {
                  const state = tokenState(token);
                  return (
                    <tr key={token.id} data-token={token.name}>
                      <td>{token.name}</td>
                      <td>
                        {token.scopes
                          .map((s) => f.t(`roles.scopes.${s}`))
                          .join(f.lang === 'zh' ? '、' : ', ')}
                      </td>
                      <td className="nowrap">{f.dateTime(token.createdAt)}</td>
                      <td className="nowrap">{f.dateTime(token.expiresAt)}</td>
                      <td className="nowrap">
                        {token.lastUsedAt ? f.dateTime(token.lastUsedAt) : f.t('account.neverUsed')}
                      </td>
                      <td data-testid="token-state">
                        <span className={state === 'active' ? 'tag tag-strong' : 'tag'}>
                          {f.t(`account.tokenStates.${state}`)}
                        </span>
                      </td>
                      <td>
                        {state === 'active' && (
                          <button
                            type="button"
                            className="btn btn-small"
                            onClick={() => void revoke(token)}
                            aria-label={f.t('account.revokeNamed', { name: token.name })}
                          >
                            {f.t('account.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Async>
    </Section>
  );
}
