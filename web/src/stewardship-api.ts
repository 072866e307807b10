/**
 * Data stewardship: the shapes of /api/stewardship and its decisions, the order of the questions as the
 * page shows them, the open totals of each, and the keys of readable refusals.
 */
import { useRef, useState } from 'react';
import { ApiError, api, everyValue, qs, useAsync, type Reply, type RequestBody } from './api';
import type { Precision } from './format';
import { PROBLEM_TYPES } from './generated/entities';
import {
  pathsApiPartnershipsPostRequestBodyContentApplicationJsonStatusValues as PARTNERSHIP_STATUSES,
  pathsApiPartnershipsPostRequestBodyContentApplicationJsonTypeValues as PARTNERSHIP_TYPES,
} from './generated/api';

export type StewardshipPage = Reply<'/api/stewardship'>;
export type StewardshipItem = StewardshipPage['items'][number];
export type Question = StewardshipItem['question'];
export type DecisionInput = RequestBody<'/api/stewardship/decisions'>;
export type Decision = DecisionInput['decision'];
export type CorrectionValues = NonNullable<DecisionInput['values']>;
export type TieStatus = NonNullable<CorrectionValues['status']>;
export type TieType = StewardshipItem['type'];

/** The questions about ties in the order of the page's tabs: conflicts and namesakes first, they mislead the most. */
export const QUESTIONS = everyValue<Question>()(['conflicting', 'namesake', 'distant', 'undated', 'untyped']);

export type HeldBackPage = Reply<'/api/stewardship/held-back'>;
export type HeldBackItem = HeldBackPage['items'][number];
export type HeldBackInput = RequestBody<'/api/stewardship/held-back/decisions'>;
export type HeldBackDecision = HeldBackInput['decision'];
export type HeldBackOutcome = Reply<'/api/stewardship/held-back/decisions', 'post'>;

/** A tab of the page: a question about ties, or the names lists held back beside the jurisdiction's places. */
export type Tab = Question | 'heldBack';
/** The tabs in order: the names held back beside the questions of wrong places. */
export const TABS: readonly Tab[] = [...QUESTIONS.slice(0, 3), 'heldBack', ...QUESTIONS.slice(3)];

/** The fields whose sources may disagree in a way a curator settles. */
export const FIELDS = ['signed', 'type', 'status'] as const;
export type Field = (typeof FIELDS)[number];

/** The values a correction offers, in the server's order (the registry's types and statuses). */
export const TIE_TYPES: readonly TieType[] = PARTNERSHIP_TYPES;
export const TIE_STATUSES: readonly TieStatus[] = PARTNERSHIP_STATUSES;

/** Items a page of the queue holds. */
export const PAGE_SIZE = 20;

export const isTab = (q: string | null): q is Tab => q !== null && (TABS as readonly string[]).includes(q);

export const queuePath = (question: Tab, offset = 0, limit = PAGE_SIZE) =>
  question === 'heldBack'
    ? `/api/stewardship/held-back${qs({ limit, offset })}`
    : `/api/stewardship${qs({ question, limit, offset })}`;

export function decide(input: DecisionInput): Promise<void> {
  return api<void>('/api/stewardship/decisions', { method: 'POST', body: JSON.stringify(input) });
}

export function decideHeldBack(input: HeldBackInput): Promise<HeldBackOutcome> {
  return api<HeldBackOutcome>('/api/stewardship/held-back/decisions', {
    method: 'POST',
    body: JSON.stringify(input),
  });
}

/** The field a correction of the item states: the date, the type, or the conflict's field. */
export function fieldOf(item: Pick<StewardshipItem, 'question' | 'conflict'>): Field {
  if (item.question === 'undated') return 'signed';
  if (item.question === 'untyped') return 'type';
  const field = item.conflict?.field;
  return (FIELDS as readonly string[]).includes(field ?? '') ? (field as Field) : 'signed';
}

/** A claim's date as the server stores it: `{ date, precision }`. */
export function claimDate(value: unknown): { date: string; precision: Precision } | null {
  if (!value || typeof value !== 'object') return null;
  const { date, precision } = value as { date?: unknown; precision?: unknown };
  if (typeof date !== 'string') return null;
  return {
    date,
    precision: precision === 'year' || precision === 'month' ? precision : 'day',
  };
}

/**
 * A signing date as a correction states it: YYYY, YYYY-MM or YYYY-MM-DD, a real day no later than today
 * and no earlier than the year 1000 (as the server takes it).
 */
export function validSigningDate(text: string, today = new Date()): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return false;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1000) return false;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d && new Date(Date.UTC(year, Number(mo) - 1, Number(d))).getUTCDate() !== Number(d)) return false;
  const start = `${y}-${mo ?? '01'}-${d ?? '01'}`;
  return start <= today.toISOString().slice(0, 10);
}

/** The open totals of the tabs (null until known). */
export function useStewardshipTotals(key: string | null) {
  return useAsync(key === null ? null : `stewardship-totals:${key}`, async () => {
    const pages = await Promise.all(TABS.map((q) => api<{ total: number }>(queuePath(q, 0, 1))));
    return Object.fromEntries(TABS.map((q, i) => [q, pages[i].total])) as Record<Tab, number>;
  });
}

/**
 * The key of a message in the user's language for a refusal of a decision on `question`: by its status,
 * its problem type and the fields it names (never the English detail); null when the page does not know it.
 */
export function stewardshipErrorKey(error: unknown, question?: Question): string | null {
  if (!(error instanceof ApiError)) return null;
  const fields = (error.problem?.errors ?? []).map((e) => e.field);
  switch (error.status) {
    case 401:
      return 'stewardship.errors.signedOut';
    case 403:
      if (error.problem?.type === PROBLEM_TYPES.notPermitted) return 'stewardship.noPermission';
      if (error.problem?.type === PROBLEM_TYPES.outsideJurisdiction) return 'stewardship.errors.outside';
      return 'stewardship.errors.forbidden';
    case 404:
      return 'stewardship.errors.notFound';
    case 409:
      // Settled meanwhile: the sources no longer disagree, or no other namesake holds the partner.
      return question === 'namesake' ? 'stewardship.errors.goneNamesake' : 'stewardship.errors.gone';
    case 422:
      if (fields.includes('note')) return 'stewardship.errors.noteMissing';
      // A value the correction left out (the server names it `values.…`), or one it did not take (`body.values.…`).
      if (fields.some((field) => field.startsWith('values.'))) return 'stewardship.errors.valueMissing';
      if (fields.includes('body.values.signed')) return 'stewardship.errors.dateInvalid';
      return null;
    default:
      return null;
  }
}

/**
 * A page of a review queue (`tab`) of the user's: items a decision settled leave it at once, before the
 * server's next answer no longer has them; a question settled elsewhere meanwhile is kept (`staleError`)
 * to be said above the list, which is read again with the totals (`onStale`).
 */
export function useReviewQueue<T>(userId: string, tab: Tab, idOf: (item: T) => string, onStale: () => void) {
  const [offset, setOffset] = useState(0);
  const page = useAsync(`stewardship:${userId}:${tab}:${offset}`, () =>
    api<{ total: number; items: T[] }>(queuePath(tab, offset)),
  );
  const [gone, setGone] = useState<{ of: unknown; ids: string[] }>({ of: undefined, ids: [] });
  const dataRef = useRef(page.data);
  dataRef.current = page.data;
  const [staleError, setStaleError] = useState<unknown>(null);
  const hidden = page.data && gone.of === page.data ? gone.ids : [];
  const items = (page.data?.items ?? []).filter((i) => !hidden.includes(idOf(i)));
  const total = Math.max(0, (page.data?.total ?? 0) - hidden.length);

  /** The item is settled: it leaves the page, and the last item of a later page shows the page before. */
  const settled = (item: T) => {
    const current = dataRef.current;
    setGone((g) => ({ of: current, ids: [...(g.of === current ? g.ids : []), idOf(item)] }));
    setStaleError(null);
    if (items.length === 1 && offset > 0) setOffset(Math.max(0, offset - PAGE_SIZE));
    else page.reload();
  };
  const stale = (error: unknown) => {
    setStaleError(error);
    page.reload();
    onStale();
  };
  return { page, offset, setOffset, items, total, staleError, settled, stale };
}
