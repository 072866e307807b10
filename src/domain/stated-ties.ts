/**
 * Stated counts of the ties between two countries (China and a partner country), as national statistics
 * give them: observations whose `details.pair` names both countries, home country first. They are about
 * the pair, not about either country's ties with the whole world.
 */
/** Whom the stated counts bundled with Amity come from: credited wherever they are shown or exported. */
export const AIDDATA_DIPLOMACY_ATTRIBUTION =
  "AidData at William & Mary, China's Public Diplomacy datasets (East Asia and Pacific v1.0, 2018; South and Central Asia v1.0, 2020), ODC-By 1.0";

export const STATED_CHINA_TIES_MEASURE = 'sister-city and friendship ties with Chinese places (cumulative)';

/** The two countries a pair observation is about, home first; null for any other observation. */
export function pairOf(details: Record<string, unknown>): [string, string] | null {
  const pair = details.pair;
  return Array.isArray(pair) && pair.length === 2 && pair.every((c) => typeof c === 'string')
    ? [pair[0] as string, pair[1] as string]
    : null;
}
