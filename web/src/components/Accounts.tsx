/** What the account pages share: role labels, readable problems, the sign-in notice and a user's history. */
import { reasonText } from '../reasons';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { ApiError, useGet, type Reply } from '../api';
import { useFormat } from '../format';
import { loginPath, type Grant } from '../session';
import { ActorText, Async, TableScroll } from './ui';

type Format = ReturnType<typeof useFormat>;

/** The name of a role's jurisdiction in the interface's language; the whole nation when it has none. */
export function jurisdictionName(f: Format, grant: Grant): string {
  if (!grant.jurisdictionId) return f.t('roles.nation');
  return (
    (f.lang === 'zh' ? grant.jurisdictionNameZh || grant.jurisdictionNameEn : grant.jurisdictionNameEn) ||
    grant.jurisdictionId
  );
}

/** "Editor · Shanghai". */
export function grantText(f: Format, grant: Grant): string {
  return f.t('roles.over', { role: f.t(`roles.names.${grant.role}`), place: jurisdictionName(f, grant) });
}

export function GrantList({ grants, empty }: { grants: Grant[]; empty?: ReactNode }) {
  const f = useFormat();
  if (!grants.length) return <>{empty ?? '—'}</>;
  return (
    <ul className="chips role-chips">
      {grants.map((g) => (
        <li key={`${g.role}@${g.jurisdictionId ?? ''}`} className="tag">
          {grantText(f, g)}
        </li>
      ))}
    </ul>
  );
}

/** A refusal of the server in words: what it means for the user, and the server's own detail. */
export function problemText(f: Format, error: unknown): { headline: string; detail: string | null } {
  if (error instanceof ApiError) {
    const key: Record<number, string> = {
      400: 'problem.invalid',
      401: 'problem.unauthorized',
      403: 'problem.forbidden',
      404: 'problem.notFound',
      409: 'problem.conflict',
      422: 'problem.invalid',
      429: 'problem.tooMany',
    };
    const detail = error.problem?.detail ?? error.problem?.title ?? null;
    return {
      headline: key[error.status] ? f.t(key[error.status]) : f.t('problem.other', { status: error.status }),
      detail,
    };
  }
  return { headline: f.t('problem.network'), detail: error instanceof Error ? error.message : null };
}

export function ProblemNotice({ error, testId }: { error: unknown; testId?: string }) {
  const f = useFormat();
  const { headline, detail } = problemText(f, error);
  const fields = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  return (
    <div className="notice warn" role="alert" data-testid={testId}>
      <p>
        <strong>{headline}</strong>
      </p>
      {fields.length > 0 ? (
        <ul className="small problem-list">
          {fields.map((e, i) => (
            <li key={i}>
              <code>{e.field.replace(/^body\./, '')}</code> {reasonText(f.lang, e.reason)}
            </li>
          ))}
        </ul>
      ) : (
        detail && (
          <p className="small">
            {f.t('problem.detail')}
            <span className="break-words">{detail}</span>
          </p>
        )
      )}
    </div>
  );
}

/** Asks to sign in, with a link that comes back here afterwards. */
export function SignInNotice({ text, testId = 'sign-in-notice' }: { text: string; testId?: string }) {
  const f = useFormat();
  const location = useLocation();
  return (
    <div className="notice warn" data-testid={testId}>
      <p>
        {text}{' '}
        <Link to={loginPath(location.pathname + location.search)} className="strong">
          {f.t('session.signIn')}
        </Link>
      </p>
    </div>
  );
}

type HistoryItem = Reply<'/api/users/{id}/history'>['items'][number];

/** The name of a table of the change log in words. */
function tableName(f: Format, table: string): string {
  return (
    f.t(`history.tables.${table}`, { defaultValue: '' }) || f.t(`counts.${table}`, { defaultValue: table })
  );
}

/** What a user wrote and what was done to their account, newest first. */
export function UserHistory({
  userId,
  version = 0,
  testId,
}: {
  userId: string;
  /** A new version reads the history again (after a change made on the page). */
  version?: number;
  testId?: string;
}) {
  const f = useFormat();
  const history = useGet<Reply<'/api/users/{id}/history'>>(
    `/api/users/${encodeURIComponent(userId)}/history${version ? `?v=${version}` : ''}`,
  );
  return (
    <Async state={history} isEmpty={(d) => d.items.length === 0} empty={f.t('history.empty')}>
      {(data) => (
        <TableScroll label={f.t('history.title')}>
          <table data-testid={testId} className="nowrap-table">
            <thead>
              <tr>
                <th scope="col">{f.t('history.at')}</th>
                <th scope="col">{f.t('history.action')}</th>
                <th scope="col">{f.t('history.table')}</th>
                <th scope="col">{f.t('history.record')}</th>
                <th scope="col">{f.t('history.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item: HistoryItem) => (
                <tr key={item.id}>
                  <td className="nowrap">{f.dateTime(item.at)}</td>
                  <td>{f.t(`history.actions.${item.action}`, { defaultValue: item.action })}</td>
                  <td>{tableName(f, item.tableName)}</td>
                  <td>
                    <RecordLink table={item.tableName} id={item.recordId} />
                  </td>
                  <td>
                    <ActorText actor={item.actor} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Async>
  );
}

const RECORD_PAGES: Record<string, string> = {
  partnerships: '/partnership/',
  places: '/place/',
  organisations: '/organisations/',
  events: '/events/',
  projects: '/projects/',
  sources: '/sources/',
};

function RecordLink({ table, id }: { table: string; id: string | null }) {
  if (!id) return <>—</>;
  const page = RECORD_PAGES[table];
  return page ? <Link to={`${page}${encodeURIComponent(id)}`}>{id}</Link> : <code>{id}</code>;
}
