/** The only way the app reaches data: the Amity HTTP API, with problem+json errors kept intact. */
import { useCallback, useEffect, useState } from 'react';
import type { components, paths } from './generated/api';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON reply of a route (200, or 201 for a creation). */
export type Reply<P extends keyof paths, M extends Method = 'get'> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer OK }
      ? Json<OK>
      : R extends { 201: infer Created }
        ? Json<Created>
        : never
    : never;
/** The JSON body a route takes. */
export type RequestBody<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
/** The query parameters a route takes. */
export type Query<P extends keyof paths, M extends Method = 'get'> = NonNullable<
  Operation<P, M>['parameters']['query']
>;

/** The page envelope every list reply shares: `items` of one page, `total` over all pages. */
export type Paged<T> = Omit<Reply<'/api/changes'>, 'items'> & { items: T[] };

export type PlaceSummary = Schemas['PlaceSummary'];
export type PlaceSearchItem = Schemas['PlaceSearchItem'];
export type PlaceDetail = Schemas['PlaceDetail'];
export type PartnershipPlace = Schemas['PartnershipPlace'];
export type Partnership = Schemas['Partnership'];
export type PartnershipDetail = Schemas['PartnershipDetail'];
export type RecordSource = Schemas['RecordSource'];
export type HistoryEntry = Schemas['HistoryEntry'];
export type Country = Schemas['Country'];
export type Organisation = Schemas['Organisation'];
export type OrganisationDetail = Schemas['OrganisationDetail'];
/** An event record (named so as not to hide the DOM's Event). */
export type EventRecord = Schemas['Event'];
export type EventDetail = Schemas['EventDetail'];
export type Project = Schemas['Project'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type Source = Schemas['Source'];
export type SourceDetail = Schemas['SourceDetail'];
export type Corridor = Schemas['Corridor'];
export type Status = Reply<'/api/status'>;

export type PartnershipType = Partnership['type'];
/** Continents as the analyses name them ('unknown' for places without one). */
export type Continent = Schemas['Layout']['byContinent'][number]['continent'];

/**
 * A display order of every value of an enum: `everyValue<Kind>()([...])` fails to compile when the
 * list holds a value the server does not have, or lacks one it has.
 */
export function everyValue<T extends string>() {
  return <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): L => list;
}

/** Every error reply: application/problem+json naming each field and why. */
export type ProblemBody = components['schemas']['Problem'];
export type FieldError = ProblemBody['errors'][number];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody | null,
    /** Seconds to wait before trying again (Retry-After of a 429 or 503), when the server said. */
    readonly retryAfter: number | null = null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

type SessionInfo = Schemas['SessionInfo'];

/**
 * The CSRF token of the signed-in session: every write made with the session cookie must carry it, so
 * `api()` sends it on each request that is not a read. The session module keeps it current.
 */
let csrfToken: string | null = null;
const sessionListeners = new Set<(info: SessionInfo | null) => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called with the fresh session whenever a reply shows that the one the page knew has changed. */
export function onSessionRenewed(listener: (info: SessionInfo | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Reads the session again (after a 401, or a CSRF token another tab's sign-in made stale). */
async function renewSession(): Promise<SessionInfo | null> {
  let info: SessionInfo | null = null;
  try {
    const res = await fetch('/api/auth/session', { headers: { accept: 'application/json' } });
    if (res.ok) info = (await res.json()) as SessionInfo;
  } catch {
    info = null;
  }
  csrfToken = info?.csrfToken ?? null;
  for (const listener of sessionListeners) listener(info);
  return info;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function problemOf(res: Response): Promise<ProblemBody | null> {
  try {
    return (await res.json()) as ProblemBody;
  } catch {
    return null;
  }
}

/** Query string from an object, leaving out empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const method = (init?.method ?? 'GET').toUpperCase();
  const write = !READS.has(method);
  const send = () =>
    fetch(path, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init?.body ? { 'content-type': 'application/json' } : {}),
        ...(write && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...init?.headers,
      },
    });
  const signedIn = csrfToken !== null;
  let res = await send();
  let problem: ProblemBody | null = null;
  if (!res.ok) {
    problem = await problemOf(res);
    // A CSRF token made stale (a new sign-in in another tab, a password change): renew it, try once more.
    if (signedIn && write && res.status === 403 && /csrf/i.test(problem?.detail ?? '')) {
      const info = await renewSession();
      if (info?.csrfToken) {
        res = await send();
        problem = res.ok ? null : await problemOf(res);
      }
    } else if (signedIn && res.status === 401) {
      // The session ended on the server (it expired, or the account was disabled): say so everywhere.
      void renewSession();
    }
  }
  if (!res.ok) {
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiError(res.status, problem, Number.isFinite(retry) && retry > 0 ? retry : null);
  }
  if (res.status === 204 || res.headers.get('content-length') === '0') return undefined as T;
  return (await res.json()) as T;
}

// Reads are cached for the life of the page so that going back and forth stays instant; writes clear it.
const cache = new Map<string, Promise<unknown>>();
export function cachedGet<T>(path: string): Promise<T> {
  let hit = cache.get(path) as Promise<T> | undefined;
  if (!hit) {
    hit = api<T>(path);
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit;
}
export function clearCache(): void {
  cache.clear();
}

/** Every page of a list (the API returns at most 1000 items per request). */
export async function getAll<T>(path: string): Promise<T[]> {
  const join = path.includes('?') ? '&' : '?';
  const first = await cachedGet<Paged<T>>(`${path}${join}limit=1000&offset=0`);
  const items = [...first.items];
  const rest: Promise<Paged<T>>[] = [];
  for (let offset = 1000; offset < first.total; offset += 1000)
    rest.push(cachedGet<Paged<T>>(`${path}${join}limit=1000&offset=${offset}`));
  for (const page of await Promise.all(rest)) items.push(...page.items);
  return items;
}

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a loader when its key changes; a null key waits. */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: Error; loading: boolean }>({
    key: null,
    loading: key !== null,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ key, data: s.key === key ? s.data : undefined, loading: true }));
    load().then(
      (data) => live && setState({ key, data, loading: false }),
      (error: Error) => live && setState({ key, error, loading: false }),
    );
    return () => {
      live = false;
    };
    // The key names what is loaded; the loader closes over the same inputs.
  }, [key, nonce]);
  const reload = useCallback(() => {
    clearCache();
    setNonce((n) => n + 1);
  }, []);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (!current || state.loading),
    reload,
  };
}

export function useGet<T>(path: string | null): AsyncState<T> {
  return useAsync<T>(path, () => cachedGet<T>(path!));
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
