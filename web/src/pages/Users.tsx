/**
 * Administration of users (action users.manage): the list, a new user with an initial password and roles,
 * and for each user their roles, whether they may sign in, a new password and their history.
 */
import { useId, useState, type FormEvent } from 'react';
import {
  api,
  ApiError,
  getAll,
  useAsync,
  useGet,
  type Organisation,
  type PlaceSearchItem,
  type Reply,
  type RequestBody,
} from '../api';
import { GrantList, grantText, ProblemNotice, SignInNotice, UserHistory } from '../components/Accounts';
import PlaceSearch from '../components/PlaceSearch';
import { Async, Drawer, Loading, NameText, PageTitle, Section, TableScroll } from '../components/ui';
import { useFormat } from '../format';
import { pathsApiUsersIdRolesPostRequestBodyContentApplicationJsonRoleValues as ROLES } from '../generated/api';
import { useSession, type Grant, type Role, type User } from '../session';

const PASSWORD_MIN = 12;
const PASSWORD_MAX = 128;
const LANGUAGES = ['zh', 'en'] as const;

type NewGrant = RequestBody<'/api/users/{id}/roles'>;
type NewUser = RequestBody<'/api/users'>;
type Format = ReturnType<typeof useFormat>;

export default function Users() {
  const f = useFormat();
  const session = useSession();
  return (
    <div className="page users-page">
      <PageTitle title={f.t('users.title')} lead={f.t('users.lead')} />
      {!session.ready ? (
        <Loading />
      ) : !session.user ? (
        <SignInNotice text={f.t('users.signInFirst')} />
      ) : !session.can('users.manage') ? (
        <div className="notice warn" role="alert" data-testid="no-permission">
          <p>{f.t('users.noPermission')}</p>
        </div>
      ) : (
        <UsersAdmin />
      )}
    </div>
  );
}

function isLocked(user: User): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > Date.now();
}

function StatusTag({ user }: { user: User }) {
  const f = useFormat();
  if (user.disabled) return <span className="tag tag-warn">{f.t('users.disabled')}</span>;
  if (isLocked(user))
    return (
      <span className="tag tag-warn">{f.t('users.locked', { time: f.dateTime(user.lockedUntil) })}</span>
    );
  return <span className="tag">{f.t('users.active')}</span>;
}

function organisationName(f: Format, user: User): string {
  if (!user.organisationId) return '—';
  return f.name({ nameEn: user.organisationNameEn ?? user.organisationId, nameZh: user.organisationNameZh });
}

/** Every organisation, by name, for the choice of a user's organisation. */
function useOrganisations() {
  const f = useFormat();
  const state = useAsync('organisations', () => getAll<Organisation>('/api/organisations'));
  return (state.data ?? []).slice().sort(f.compareNames);
}

function UsersAdmin() {
  const f = useFormat();
  const users = useGet<Reply<'/api/users'>>('/api/users');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const open = users.data?.items.find((u) => u.id === openId) ?? null;
  return (
    <>
      {created && (
        <p className="notice ok" role="status" data-testid="user-created">
          {f.t('users.created', { login: created })}
        </p>
      )}
      {creating ? (
        <CreateUser
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setCreated(user.login);
            users.reload();
          }}
        />
      ) : (
        <p className="actions">
          <button
            type="button"
            className="btn btn-primary"
            data-testid="new-user"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {f.t('users.new')}
          </button>
        </p>
      )}
      <Section title={f.t('users.list')} id="users-list">
        <Async state={users} isEmpty={(d) => d.items.length === 0}>
          {(data) => (
            <>
              <p className="muted small">{f.t('users.count', { count: data.items.length })}</p>
              <TableScroll label={f.t('users.list')}>
                <table data-testid="user-table" className="user-table">
                  <thead>
                    <tr>
                      <th scope="col">{f.t('users.login')}</th>
                      <th scope="col">{f.t('users.name')}</th>
                      <th scope="col">{f.t('users.organisation')}</th>
                      <th scope="col">{f.t('users.roles')}</th>
                      <th scope="col">{f.t('users.status')}</th>
                      <th scope="col">{f.t('users.lastLogin')}</th>
                      <th scope="col">
                        <span className="sr-only">{f.t('users.manage')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((user) => (
                      <tr key={user.id} data-login={user.login}>
                        <td>
                          <code>{user.login}</code>
                        </td>
                        <td>{user.name}</td>
                        <td>{organisationName(f, user)}</td>
                        <td>
                          <GrantList grants={user.roles} />
                        </td>
                        <td data-testid="user-status">
                          <StatusTag user={user} />
                        </td>
                        <td className="nowrap">{f.dateTime(user.lastLoginAt)}</td>
                        <td>
                          <button
                            type="button"
                            className="btn btn-small"
                            onClick={() => setOpenId(user.id)}
                            aria-label={f.t('users.manageNamed', { name: user.name })}
                            data-testid="manage-user"
                          >
                            {f.t('users.manage')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </>
          )}
        </Async>
      </Section>
      {open && (
        <Drawer title={f.t('users.panelTitle', { name: open.name })} onClose={() => setOpenId(null)}>
          <UserPanel key={open.id} user={open} onChanged={users.reload} />
        </Drawer>
      )}
    </>
  );
}

/** A role over the whole nation or over a place found by search. */
function RoleAdder({
  onAdd,
  busy,
  submitLabel,
}: {
  onAdd: (grant: NewGrant, place: PlaceSearchItem | null) => void;
  busy?: boolean;
  submitLabel: string;
}) {
  const f = useFormat();
  const id = `grant${useId().replace(/:/g, '')}`;
  const [role, setRole] = useState<Role>('editor');
  const [scope, setScope] = useState<'nation' | 'place'>('place');
  const [place, setPlace] = useState<PlaceSearchItem | null>(null);
  const [missing, setMissing] = useState(false);
  const add = () => {
    if (scope === 'place' && !place) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onAdd({ role, jurisdictionId: scope === 'place' ? place!.id : null }, scope === 'place' ? place : null);
    setPlace(null);
  };
  return (
    <div className="role-adder" data-testid="role-adder">
      <div className="field">
        <label htmlFor={`${id}-role`} className="field-label">
          {f.t('users.role')}
        </label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          data-testid="grant-role"
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {f.t(`roles.names.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field jurisdiction-field">
        <legend className="field-label">{f.t('users.jurisdiction')}</legend>
        <div className="inline-list">
          <label className="check">
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'place'}
              onChange={() => setScope('place')}
            />
            {f.t('users.scopePlace')}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${id}-scope`}
              checked={scope === 'nation'}
              onChange={() => setScope('nation')}
              data-testid="grant-nation"
            />
            {f.t('roles.nation')}
          </label>
        </div>
        {scope === 'place' &&
          (place ? (
            <div className="picked">
              <span data-testid="grant-place-chosen">
                <NameText of={place} /> <span className="muted small">({f.country(place)})</span>
              </span>
              <button type="button" className="btn btn-small" onClick={() => setPlace(null)}>
                {f.t('entry.change')}
              </button>
            </div>
          ) : (
            <PlaceSearch
              label={f.t('users.pickPlace')}
              hideLabel
              inputId={`${id}-place`}
              withPartnerships={false}
              placeholder={f.t('users.pickPlace')}
              onSelect={(p) => {
                setPlace(p);
                setMissing(false);
              }}
              invalid={missing}
              describedBy={missing ? `${id}-place-error` : undefined}
              testId="grant-place-search"
            />
          ))}
        {missing && (
          <p id={`${id}-place-error`} className="error-text" role="alert">
            {f.t('users.placeMissing')}
          </p>
        )}
      </fieldset>
      <button type="button" className="btn" disabled={busy} onClick={add} data-testid="grant-add">
        {submitLabel}
      </button>
    </div>
  );
}

function CreateUser({ onCreated, onCancel }: { onCreated: (user: User) => void; onCancel: () => void }) {
  const f = useFormat();
  const organisations = useOrganisations();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [language, setLanguage] = useState<NewUser['language']>('zh');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<(Grant & { label: string })[]>([]);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const problems: Record<string, string> = {};
    if (login.trim().length < 2) problems.login = f.t('users.loginInvalid');
    else if (!/^[\p{L}\p{N}._@-]+$/u.test(login.trim())) problems.login = f.t('users.loginInvalid');
    if (!name.trim()) problems.name = f.t('users.nameMissing');
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX)
      problems.password = f.t('account.passwordHint', { min: PASSWORD_MIN, max: PASSWORD_MAX });
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    try {
      const body: NewUser = {
        login: login.trim(),
        name: name.trim(),
        organisationId: organisationId || null,
        language,
        password,
        roles: grants.map(({ role, jurisdictionId }) => ({ role, jurisdictionId })),
      };
      const user = await api<User>('/api/users', { method: 'POST', body: JSON.stringify(body) });
      onCreated(user);
    } catch (err) {
      if (
        err instanceof ApiError &&
        err.status === 409 &&
        err.problem?.errors.some((x) => x.field === 'login')
      )
        setInvalid({ login: f.t('users.loginTaken') });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fieldProps = (key: string) => ({
    id: `user-${key}`,
    'aria-invalid': invalid[key] ? true : undefined,
    'aria-describedby': invalid[key] ? `user-${key}-error` : undefined,
  });
  const fieldError = (key: string) =>
    invalid[key] && (
      <p id={`user-${key}-error`} className="error-text" role="alert">
        {invalid[key]}
      </p>
    );

  return (
    <Section title={f.t('users.new')} id="user-create">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="user-form">
        <div className="form-grid">
          <div className={invalid.login ? 'field field-error' : 'field'}>
            <label htmlFor="user-login" className="field-label">
              {f.t('users.login')}
              {f.t('entry.required')}
            </label>
            <input
              {...fieldProps('login')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={login}
              onChange={(e) => setLogin(e.target.value)}
            />
            {fieldError('login')}
          </div>
          <div className={invalid.name ? 'field field-error' : 'field'}>
            <label htmlFor="user-name" className="field-label">
              {f.t('users.name')}
              {f.t('entry.required')}
            </label>
            <input {...fieldProps('name')} value={name} onChange={(e) => setName(e.target.value)} />
            {fieldError('name')}
          </div>
          <div className="field">
            <label htmlFor="user-organisation" className="field-label">
              {f.t('users.organisation')}
              {f.t('entry.optional')}
            </label>
            <select
              id="user-organisation"
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              <option value="">{f.t('users.noOrganisation')}</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {f.name(o)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="user-language" className="field-label">
              {f.t('account.language')}
            </label>
            <select
              id="user-language"
              value={language}
              onChange={(e) => setLanguage(e.target.value as NewUser['language'])}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {f.t(`account.languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className={invalid.password ? 'field field-error' : 'field'}>
            <label htmlFor="user-password" className="field-label">
              {f.t('users.initialPassword')}
              {f.t('entry.required')}
            </label>
            <input
              {...fieldProps('password')}
              type="text"
              autoComplete="new-password"
              spellCheck={false}
              value={password}
              maxLength={PASSWORD_MAX}
              onChange={(e) => setPassword(e.target.value)}
            />
            {fieldError('password') || (
              <p className="muted small">
                {f.t('users.initialPasswordHint', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
              </p>
            )}
          </div>
        </div>
        <fieldset className="fieldset roles-fieldset">
          <legend>{f.t('users.roles')}</legend>
          {grants.length ? (
            <ul className="plain-list" data-testid="pending-roles">
              {grants.map((g, i) => (
                <li key={`${g.role}@${g.jurisdictionId ?? ''}`} className="role-row">
                  <span>{g.label}</span>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setGrants((old) => old.filter((_, j) => j !== i))}
                  >
                    {f.t('users.remove')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{f.t('users.noRolesYet')}</p>
          )}
          <RoleAdder
            submitLabel={f.t('users.addRole')}
            onAdd={(grant, place) => {
              const full: Grant = {
                role: grant.role,
                jurisdictionId: grant.jurisdictionId ?? null,
                jurisdictionNameEn: place?.nameEn ?? null,
                jurisdictionNameZh: place?.nameZh ?? null,
              };
              setGrants((old) =>
                old.some((g) => g.role === full.role && g.jurisdictionId === full.jurisdictionId)
                  ? old
                  : [...old, { ...full, label: grantText(f, full) }],
              );
            }}
          />
        </fieldset>
        {error !== null && <ProblemNotice error={error} testId="user-form-error" />}
        <p className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="create-user">
            {busy ? f.t('users.creating') : f.t('users.create')}
          </button>
          <button type="button" className="btn" onClick={onCancel}>
            {f.t('users.cancel')}
          </button>
        </p>
      </form>
    </Section>
  );
}

/** One user: details, roles, sign-in, password and history. */
function UserPanel({ user: listed, onChanged }: { user: User; onChanged: () => void }) {
  const f = useFormat();
  const session = useSession();
  // The server's reply to the last change shows at once; the list's copy takes over once it is read again.
  const [changed, setChanged] = useState<{ from: User; user: User } | null>(null);
  const user = changed && changed.from === listed ? changed.user : listed;
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const base = `/api/users/${encodeURIComponent(user.id)}`;

  /** Runs one change; says what happened, or why not. */
  const run = async (change: () => Promise<User>, message: string) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      setChanged({ from: listed, user: await change() });
      setDone(message);
      setVersion((v) => v + 1);
      onChanged();
      // The administrator changed their own roles: what they may do changes too.
      if (user.id === session.user?.id) await session.refresh();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const patch = (body: RequestBody<'/api/users/{id}', 'patch'>) =>
    api<User>(base, { method: 'PATCH', body: JSON.stringify(body) });

  return (
    <div className="user-panel" data-testid="user-panel">
      <dl className="facts">
        <div>
          <dt>{f.t('users.login')}</dt>
          <dd>
            <code>{user.login}</code>
          </dd>
        </div>
        <div>
          <dt>{f.t('users.organisation')}</dt>
          <dd>{organisationName(f, user)}</dd>
        </div>
        <div>
          <dt>{f.t('users.status')}</dt>
          <dd data-testid="panel-status">
            <StatusTag user={user} />
          </dd>
        </div>
        <div>
          <dt>{f.t('users.lastLogin')}</dt>
          <dd>{f.dateTime(user.lastLoginAt)}</dd>
        </div>
        <div>
          <dt>{f.t('account.created')}</dt>
          <dd>{f.dateTime(user.createdAt)}</dd>
        </div>
      </dl>
      <div aria-live="polite">
        {done && (
          <p className="notice ok" role="status" data-testid="panel-done">
            {done}
          </p>
        )}
      </div>
      {error !== null &&
        (error instanceof ApiError && /last active administrator/.test(error.problem?.detail ?? '') ? (
          <p className="notice warn" role="alert" data-testid="panel-error">
            {f.t('users.lastAdmin')}
          </p>
        ) : (
          <ProblemNotice error={error} testId="panel-error" />
        ))}

      <h3>{f.t('users.signIn')}</h3>
      <p className="actions">
        <button
          type="button"
          className="btn"
          disabled={busy}
          data-testid={user.disabled ? 'enable-user' : 'disable-user'}
          onClick={() =>
            void run(
              () => patch({ disabled: !user.disabled }),
              f.t(user.disabled ? 'users.enabledOk' : 'users.disabledOk', { name: user.name }),
            )
          }
        >
          {user.disabled ? f.t('users.enable') : f.t('users.disable')}
        </button>
        <span className="muted small">{f.t(user.disabled ? 'users.enableHint' : 'users.disableHint')}</span>
      </p>

      <h3>{f.t('users.roles')}</h3>
      {user.roles.length ? (
        <ul className="plain-list" data-testid="panel-roles">
          {user.roles.map((g) => (
            <li key={`${g.role}@${g.jurisdictionId ?? ''}`} className="role-row">
              <span>{grantText(f, g)}</span>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                aria-label={f.t('users.revokeNamed', { role: grantText(f, g) })}
                onClick={() =>
                  void run(
                    () =>
                      api<User>(
                        `${base}/roles?${new URLSearchParams({
                          role: g.role,
                          ...(g.jurisdictionId ? { jurisdictionId: g.jurisdictionId } : {}),
                        }).toString()}`,
                        { method: 'DELETE' },
                      ),
                    f.t('users.revokedOk', { role: grantText(f, g) }),
                  )
                }
              >
                {f.t('users.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{f.t('users.noRoles')}</p>
      )}
      <RoleAdder
        busy={busy}
        submitLabel={f.t('users.grant')}
        onAdd={(grant, place) =>
          void run(
            () => api<User>(`${base}/roles`, { method: 'POST', body: JSON.stringify(grant) }),
            f.t('users.grantedOk', {
              role: grantText(f, {
                role: grant.role,
                jurisdictionId: grant.jurisdictionId ?? null,
                jurisdictionNameEn: place?.nameEn ?? null,
                jurisdictionNameZh: place?.nameZh ?? null,
              }),
            }),
          )
        }
      />

      <DetailsForm
        key={user.id}
        user={user}
        busy={busy}
        onSave={(body) => run(() => patch(body), f.t('users.savedOk'))}
      />

      <PasswordReset
        busy={busy}
        onReset={(password) => run(() => patch({ password }), f.t('users.resetOk'))}
      />

      <h3>{f.t('users.history')}</h3>
      <UserHistory userId={user.id} version={version} testId="panel-history" />
    </div>
  );
}

function DetailsForm({
  user,
  busy,
  onSave,
}: {
  user: User;
  busy: boolean;
  onSave: (body: RequestBody<'/api/users/{id}', 'patch'>) => Promise<boolean>;
}) {
  const f = useFormat();
  const organisations = useOrganisations();
  const [name, setName] = useState(user.name);
  const [organisationId, setOrganisationId] = useState(user.organisationId ?? '');
  const [language, setLanguage] = useState(user.language);
  const changed =
    name.trim() !== user.name ||
    (organisationId || null) !== user.organisationId ||
    language !== user.language;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void onSave({ name: name.trim(), organisationId: organisationId || null, language });
      }}
    >
      <h3>{f.t('users.details')}</h3>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="edit-name" className="field-label">
            {f.t('users.name')}
          </label>
          <input id="edit-name" value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="edit-organisation" className="field-label">
            {f.t('users.organisation')}
          </label>
          <select
            id="edit-organisation"
            value={organisationId}
            onChange={(e) => setOrganisationId(e.target.value)}
          >
            <option value="">{f.t('users.noOrganisation')}</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {f.name(o)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-language" className="field-label">
            {f.t('account.language')}
          </label>
          <select
            id="edit-language"
            value={language}
            onChange={(e) => setLanguage(e.target.value as User['language'])}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {f.t(`account.languages.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="actions">
        <button type="submit" className="btn" disabled={busy || !changed || !name.trim()}>
          {f.t('users.saveDetails')}
        </button>
      </p>
    </form>
  );
}

function PasswordReset({
  busy,
  onReset,
}: {
  busy: boolean;
  onReset: (password: string) => Promise<boolean>;
}) {
  const f = useFormat();
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const bad = password.length < PASSWORD_MIN || password.length > PASSWORD_MAX;
        setInvalid(bad);
        if (!bad) void onReset(password).then((ok) => ok && setPassword(''));
      }}
      noValidate
    >
      <h3>{f.t('users.resetPassword')}</h3>
      <div className={invalid ? 'field field-error' : 'field'}>
        <label htmlFor="reset-password" className="field-label">
          {f.t('account.newPassword')}
        </label>
        <div className="secret-row">
          <input
            id="reset-password"
            type="text"
            autoComplete="new-password"
            spellCheck={false}
            value={password}
            maxLength={PASSWORD_MAX}
            aria-invalid={invalid ? true : undefined}
            aria-describedby="reset-password-hint"
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="btn" disabled={busy}>
            {f.t('users.reset')}
          </button>
        </div>
        <p id="reset-password-hint" className={invalid ? 'error-text' : 'muted small'}>
          {f.t('users.resetHint', { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        </p>
      </div>
    </form>
  );
}
