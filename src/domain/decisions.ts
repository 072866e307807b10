/**
 * An office's decision on a tie's life (active again, dormant, suspended, ended: since when and why) as
 * the registry records it: a user source named after the officer, cited with a locator that holds the
 * decision. Written and read here only, so the interface gets decisions, not text to take apart.
 */
import { z } from 'zod';
import type { DatePrecision, PartnershipStatus } from './registry.ts';

export const DECISION_STATUSES = ['active', 'dormant', 'suspended', 'ended'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const decisionSchema = z
  .object({
    sourceId: z.string(),
    locator: z.string().describe('where the source holds it, as cited'),
    login: z.string().describe('the officer who recorded it'),
    status: z.enum(DECISION_STATUSES),
    since: z.string().describe('YYYY-MM-DD: the day a year or a month given starts on'),
    precision: z.enum(['year', 'month', 'day']).describe('how precise the date was given'),
    reason: z.string(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof decisionSchema>;

/** The title of the source a decision is recorded under. */
export const decisionSourceTitle = (login: string) => `Decision recorded by ${login}`;

/** The locator of a decision: the date as precise as it was given. */
export function decisionLocator(
  status: DecisionStatus,
  on: { date: string; precision: DatePrecision },
  reason: string,
) {
  const since = on.date.slice(0, on.precision === 'year' ? 4 : on.precision === 'month' ? 7 : 10);
  return `${status} since ${since}: ${reason}`.slice(0, 500);
}

const TITLE = /^Decision recorded by (.+)$/;
const LOCATOR = /^(\w+) since (\d{4}(?:-\d{2}){0,2}): ([\s\S]*)$/;

/** The decision a cited user source records, or null when it records none. */
export function decisionOf(source: {
  id: string;
  kind: string;
  title: string;
  locator: string | null;
}): Decision | null {
  if (source.kind !== 'user') return null;
  const title = TITLE.exec(source.title);
  const locator = LOCATOR.exec(source.locator ?? '');
  if (!title || !locator || !(DECISION_STATUSES as readonly string[]).includes(locator[1])) return null;
  const given = locator[2];
  const precision = given.length === 4 ? 'year' : given.length === 7 ? 'month' : 'day';
  const since = precision === 'year' ? `${given}-01-01` : precision === 'month' ? `${given}-01` : given;
  return {
    sourceId: source.id,
    locator: source.locator ?? '',
    login: title[1],
    status: locator[1] as DecisionStatus,
    since,
    precision,
    reason: locator[3],
  };
}

/**
 * The decision the shown status comes from: among the decisions of the tie's status (and, for an ended
 * tie, of its end date and reason), the latest by date. Null when the status is a compiled source's.
 */
export function currentDecision(
  decisions: readonly Decision[],
  tie: { status: PartnershipStatus; endedOn: string | null; endReason: string | null },
): Decision | null {
  const ofStatus = decisions.filter((d) => d.status === tie.status);
  const ending =
    tie.status === 'ended'
      ? ofStatus.filter(
          (d) =>
            (!tie.endedOn || d.since === tie.endedOn) &&
            (!tie.endReason || tie.endReason.startsWith(d.reason)),
        )
      : [];
  const pool = ending.length ? ending : ofStatus;
  return pool.reduce<Decision | null>((latest, d) => (!latest || d.since >= latest.since ? d : latest), null);
}
