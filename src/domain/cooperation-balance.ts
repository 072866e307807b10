/**
 * Exchanges against projects over recent years, for a place or a tie: how the source documents' finding
 * that sister-city work "stresses exchanges and visits over practical cooperation" reads as a figure.
 * An exchange is an event (a visit, a forum, a festival) the place or both sides of the tie take part in;
 * a project is a cooperation project under one of the ties or at the place.
 */
import { z } from 'zod';

export const COOPERATION_YEARS = 5;

export const BALANCE_VERDICTS = [
  'none',
  'exchanges-only',
  'exchanges-over-projects',
  'balanced',
  'projects-over-exchanges',
  'projects-only',
] as const;
export type BalanceVerdict = (typeof BALANCE_VERDICTS)[number];

const counts = z.object({ exchanges: z.number().int(), projects: z.number().int() });

export const cooperationBalanceSchema = z
  .object({
    from: z.number().int().describe('the first year of the span'),
    to: z.number().int().describe('the last year of the span'),
    years: z
      .array(counts.extend({ year: z.number().int() }))
      .describe('each year of the span: exchanges held and projects started'),
    inSpan: counts.describe('in the span'),
    earlier: counts.describe('dated before the span'),
    later: counts.describe('dated after the span (a project planned to start later)'),
    undated: counts.describe('with no date: counted nowhere in the span, and said so'),
    exchangesPerProject: z
      .number()
      .nullable()
      .describe('exchanges for each project in the span; null when no project started in it'),
    verdict: z
      .enum(BALANCE_VERDICTS)
      .describe('exchanges over projects when at least twice as many, projects over exchanges likewise'),
  })
  .meta({ id: 'CooperationBalance' });
export type CooperationBalance = z.infer<typeof cooperationBalanceSchema>;

/** One exchange or project as the figure sees it: its kind and the year it took place or started. */
export interface CooperationActivity {
  kind: 'exchange' | 'project';
  year: number | null;
}
