/**
 * Stated counts of the ties between two countries (China and a partner country), as national statistics
 * give them: observations whose `details.pair` names both countries, home country first. They are about
 * the pair, not about either country's ties with the whole world.
 */
export const STATED_CHINA_TIES_MEASURE = 'sister-city and friendship ties with Chinese places (cumulative)';

/** The two countries a pair observation is about, home first; null for any other observation. */
export function pairOf(details: Record<string, unknown>): [string, string] | null {
  const pair = details.pair;
  return Array.isArray(pair) && pair.length === 2 && pair.every((c) => typeof c === 'string')
    ? [pair[0] as string, pair[1] as string]
    : null;
}
