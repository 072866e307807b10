/**
 * Exchanges against projects over recent years, for a place or a tie, as the API and the command line
 * share it: the reader's records only, the span ending with the given year (this year by default).
 */
import type { Queryable } from '../store/database.ts';
import type { PlaceReadScope } from '../store/visibility.ts';
import { placeActivities, tieActivities } from '../store/cooperation-activity.ts';
import { cooperationBalance } from '../analysis/cooperation-balance.ts';
import { COOPERATION_YEARS, type CooperationBalance } from '../domain/cooperation-balance.ts';

export interface BalanceSpan {
  /** The span's last year; this year when absent. */
  to?: number;
  years?: number;
}

const spanOf = (span: BalanceSpan) => ({
  to: span.to ?? new Date().getUTCFullYear(),
  years: span.years ?? COOPERATION_YEARS,
});

/** Null when there is no such place. */
export async function placeCooperationBalance(
  db: Queryable,
  placeId: string,
  options: BalanceSpan & { includeSubdivisions?: boolean; scope: PlaceReadScope },
): Promise<CooperationBalance | null> {
  const activities = await placeActivities(db, placeId, options.includeSubdivisions ?? false, options.scope);
  if (!activities) return null;
  const { to, years } = spanOf(options);
  return cooperationBalance(activities, to, years);
}

/** Null when there is no such tie. */
export async function tieCooperationBalance(
  db: Queryable,
  partnershipId: string,
  options: BalanceSpan & { scope: PlaceReadScope },
): Promise<CooperationBalance | null> {
  const activities = await tieActivities(db, partnershipId, options.scope);
  if (!activities) return null;
  const { to, years } = spanOf(options);
  return cooperationBalance(activities, to, years);
}
