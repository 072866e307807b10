/** The wording and confidence of a choice among the candidates that survived narrowing. */
import type { Place } from '../../../domain/geo.ts';
import { describe } from '../place-facts.ts';
import { MATCH_CONFIDENCE, MATCH_TEXT, resolved, type MatchTier, type Resolved } from '../resolution.ts';
import type { TierContext } from './context.ts';
import type { NameMatches } from './district.ts';

export interface Verdict {
  /** How the candidates matched: `exact name in CN`. */
  match: string;
  /** One candidate chosen, with the match's confidence scaled by `factor`. */
  choose(place: Place, factor: number, why: string): Resolved;
}

/** `notes` are read now: what later tiers add shows only when they leave the name ambiguous. */
export function verdict(ctx: TierContext, matches: NameMatches, tier: MatchTier, notes: string[]): Verdict {
  const match = `${MATCH_TEXT[tier]} ${ctx.query.where}${matches.note}`;
  const base = MATCH_CONFIDENCE[tier] * (matches.fallback ? 0.55 : 1);
  const extra = [matches.fallback, ...notes].filter(Boolean).join('; ');
  return {
    match,
    choose: (place, factor, why) =>
      resolved(
        place,
        Math.round(base * factor * 100) / 100,
        [match, describe(place), why, extra].filter(Boolean).join('; ') + '.',
      ),
  };
}
