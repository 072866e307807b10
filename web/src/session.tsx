/**
 * Who is signed in: the session read once from `/api/auth/session`, what the user's roles allow, and
 * signing in and out. The CSRF token of the session goes to `api()`, which sends it on every write.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api, clearCache, onSessionRenewed, setCsrfToken } from './api';
import type { components } from './generated/api';
import i18n from './i18n';

type Schemas = components['schemas'];
export type SessionInfo = Schemas['SessionInfo'];
export type User = Schemas['User'];
export type Grant = Schemas['Grant'];
export type ApiToken = Schemas['ApiToken'];
export type Action = SessionInfo['actions'][number];
export type Role = Grant['role'];

export interface Session {
  /** The first read of the session has answered (until then nobody is known to be signed in). */
  ready: boolean;
  user: User | null;
  actions: Action[];
  /** Whether the user's roles allow `action` somewhere (the server decides for each record). */
  can(action: Action): boolean;
  /** Signs in; throws the ApiError of a refusal (401 wrong login or password, 429 locked or too many). */
  login(login: string, password: string): Promise<User>;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const ANONYMOUS: SessionInfo = { user: null, actions: [], csrfToken: null };

/** The same user with the same actions (the CSRF token aside). */
function sameSignedIn(a: SessionInfo, b: SessionInfo): boolean {
  return JSON.stringify(a.user) === JSON.stringify(b.user) && a.actions.join() === b.actions.join();
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<SessionInfo>(ANONYMOUS);
  const [ready, setReady] = useState(false);
  const userId = useRef<string | null>(null);

  const apply = useCallback((next: SessionInfo | null) => {
    const value = next ?? ANONYMOUS;
    setCsrfToken(value.csrfToken);
    // Records only some roles may read are cached under the old session: read them again.
    if ((value.user?.id ?? null) !== userId.current) clearCache();
    userId.current = value.user?.id ?? null;
    // Each read of the session carries a fresh CSRF token; the token lives in `api()`. Keeping the same
    // object while the user and their actions are unchanged spares every consumer a re-render (and the
    // reads such re-renders would start, which renew the session again).
    setInfo((prev) => (sameSignedIn(prev, value) ? prev : value));
    setReady(true);
  }, []);

  const refresh = useCallback(async () => {
    try {
      apply(await api<SessionInfo>('/api/auth/session'));
    } catch {
      // The server cannot be reached: nobody is signed in as far as this page knows.
      apply(null);
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
    return onSessionRenewed(apply);
  }, [refresh, apply]);

  const login = useCallback(
    async (login: string, password: string) => {
      const next = await api<SessionInfo>('/api/auth/login', {
        method: 'POST',
        body: JSON.stringify({ login, password }),
      });
      apply(next);
      const user = next.user!;
      // The interface follows the language the account chose.
      if (user.language !== i18n.language) void i18n.changeLanguage(user.language);
      return user;
    },
    [apply],
  );

  const logout = useCallback(async () => {
    try {
      await api<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      // Signed out on this page whatever the server answered (an ended session is signed out too).
      apply(null);
    }
  }, [apply]);

  const value = useMemo<Session>(
    () => ({
      ready,
      user: info.user,
      actions: info.actions,
      can: (action) => info.actions.includes(action),
      login,
      logout,
      refresh,
    }),
    [ready, info, login, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}

/** A path inside the app to go back to after signing in; anything else (another site) goes home. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/login' || next.startsWith('/login?')) return '/';
  return next;
}

/** The sign-in page's address that comes back to `path` afterwards. */
export function loginPath(path: string): string {
  return path === '/' || path.startsWith('/login') ? '/login' : `/login?next=${encodeURIComponent(path)}`;
}
