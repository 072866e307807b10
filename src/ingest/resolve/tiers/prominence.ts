/** Homonyms nothing else separates: a clearly more prominent one (a capital, a much larger town), else ambiguous. */
import { describe, prominence } from '../place-facts.ts';
import type { Resolution, Scored } from '../resolution.ts';
import type { Verdict } from './verdict.ts';

/** How much more prominent the first candidate must be than the second to be chosen. */
const MARGIN = 0.7;

export function mostProminent(found: Scored[], verdict: Verdict, notes: string[]): Resolution {
  const ranked = found
    .map((f) => ({ place: f.place, score: prominence(f.place) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.place.population ?? 0) - (a.place.population ?? 0) ||
        (a.place.id < b.place.id ? -1 : 1),
    );
  const [first, second] = ranked;
  const margin = first.score - second.score;
  if (margin >= MARGIN) {
    const others = ranked.length - 1;
    const sameCountry = ranked.slice(1).every((r) => r.place.countryCode === first.place.countryCode);
    const why = `${others} other candidate${others > 1 ? 's' : ''}${sameCountry ? ' in the same country' : ''} ${
      first.place.isCapital && !second.place.isCapital ? 'are not capitals' : 'are smaller'
    }`;
    return verdict.choose(first.place, Math.min(0.95, 0.7 + 0.08 * margin), why);
  }
  const total = Math.max(...ranked.map((r) => r.score), 1);
  return {
    status: 'ambiguous',
    candidates: ranked
      .slice(0, 10)
      .map((r) => ({ place: r.place, score: Math.round((r.score / total) * 100) / 100 })),
    reason: `${ranked.length} candidates with the ${verdict.match} and nothing separates the first two (${describe(first.place)} / ${describe(second.place)})${
      notes.length ? `; ${notes.join('; ')}` : ''
    }.`,
  };
}
