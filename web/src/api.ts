/** The only way the app reaches data: the Amity HTTP API, with problem+json errors kept intact. */
import { useCallback, useEffect, useState } from 'react';

export interface FieldError {
  field: string;
  reason: string;
}
export interface ProblemBody {
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemBody | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface PlaceRef {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  countryCode: string;
  countryEn: string;
  countryZh: string;
  continent: string;
  lat: number | null;
  lng: number | null;
  isCapital: boolean;
  population: number | null;
}

export interface PlaceSummary extends PlaceRef {
  isAdminSeat: boolean;
  parentId: string | null;
  partnerships?: number;
}

export interface PlaceDetail extends PlaceSummary {
  aliases: string[];
  geonamesId: number | null;
  subregion: string;
  beltAndRoad: boolean;
  parent: { id: string; nameEn: string; nameZh: string | null; kind: string } | null;
  children: { id: string; nameEn: string; nameZh: string | null; kind: string; partnerships: number }[];
  userAliases: string[];
  corridors: { id: string; nameEn: string; nameZh: string }[];
}

export interface Partnership {
  id: string;
  type: string;
  level: string | null;
  status: string;
  signedOn: string | null;
  signedPrecision: 'year' | 'month' | 'day' | null;
  note: string | null;
  updatedAt: string;
  placeA: PlaceRef;
  placeB: PlaceRef;
  sourceCount: number;
}

export interface SourceRef {
  id: string;
  title: string;
  titleZh: string | null;
  kind: string;
  url: string | null;
  licence: string | null;
  publisher: string | null;
  locator: string;
}

export interface HistoryEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface PartnershipDetail extends Partnership {
  provenance: Record<string, string>;
  sources: SourceRef[];
  claims: { field: string; sourceId: string; value: unknown; chosen: boolean; reason: string | null }[];
  projects: { id: string; nameEn: string; nameZh: string | null; domain: string; status: string }[];
  history: HistoryEntry[];
}

export interface Country {
  code: string;
  iso3: string;
  nameEn: string;
  nameZh: string;
  aliases: string[];
  continent: string;
  subregion: string;
  capital: string | null;
  beltAndRoad: boolean;
  partnerships: number;
}

export interface Organisation {
  id: string;
  abbr: string | null;
  nameEn: string;
  nameZh: string | null;
  kind: string;
  topic: string | null;
  founded: string | null;
  membersNote: string | null;
  note: string | null;
  members?: number;
}

export interface EventRecord {
  id: string;
  kind: string;
  nameEn: string;
  nameZh: string | null;
  startsOn: string | null;
  startsPrecision: 'year' | 'month' | 'day' | null;
  endsOn: string | null;
  placeId: string | null;
  placeText: string | null;
  placeNameEn: string | null;
  placeNameZh: string | null;
  organisationId: string | null;
  figures: Record<string, number | string>;
  note: string | null;
}

export interface Project {
  id: string;
  nameEn: string;
  nameZh: string | null;
  domain: string;
  sector: string | null;
  corridorId: string | null;
  status: string;
  startedOn: string | null;
  startedPrecision: 'year' | 'month' | 'day' | null;
  completedOn: string | null;
  completedPrecision: 'year' | 'month' | 'day' | null;
  amount: number | null;
  currency: string | null;
  partnershipId: string | null;
  placeText: string | null;
  sdgTargets: string[];
  note: string | null;
}

export interface Source {
  id: string;
  title: string;
  titleZh: string | null;
  kind: string;
  publisher: string | null;
  url: string | null;
  licence: string | null;
  retrieved: string | null;
  note: string | null;
  records?: number;
}

export interface Observation {
  id: string;
  subjectText: string;
  placeId: string | null;
  countryCode: string | null;
  measure: string;
  value: number;
  unit: string | null;
  asOf: string | null;
  asOfPrecision: 'year' | 'month' | 'day' | null;
  note: string | null;
  sources: { id: string; title: string; locator: string }[] | null;
}

export interface Corridor {
  id: string;
  nameEn: string;
  nameZh: string;
  countries: string[];
  projects: number;
}

export interface Status {
  engine: string;
  counts: Record<string, number>;
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
  const res = await fetch(path, {
    ...init,
    headers: {
      accept: 'application/json',
      ...(init?.body ? { 'content-type': 'application/json' } : {}),
      ...init?.headers,
    },
  });
  if (!res.ok) {
    let problem: ProblemBody | null = null;
    try {
      problem = (await res.json()) as ProblemBody;
    } catch {
      problem = null;
    }
    throw new ApiError(res.status, problem);
  }
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
