/**
 * Several names of one place (Chinese and English): each is resolved alone and each narrows the others.
 * Names that resolve to different places are ambiguous; a name that fits none of the winner's is too.
 */
import { describe } from '../place-facts.ts';
import type { Ambiguous, Resolution, Resolved, ResolveQuery } from '../resolution.ts';

export function resolveAllNames(
  query: ResolveQuery,
  resolveOne: (query: ResolveQuery) => Resolution,
): Resolution {
  const alternatives = (query.altNames ?? []).filter((n) => n && n.trim() && n !== query.name);
  if (alternatives.length === 0) return resolveOne(query);
  const results = [query.name, ...alternatives].map((n) => ({
    name: n,
    r: resolveOne({ ...query, name: n, altNames: [] }),
  }));
  const resolvedIds = new Set(results.flatMap((x) => (x.r.status === 'resolved' ? [x.r.place.id] : [])));
  if (resolvedIds.size > 1) {
    const candidates = results.flatMap((x) =>
      x.r.status === 'resolved' ? [{ place: x.r.place, score: x.r.confidence }] : [],
    );
    return {
      status: 'ambiguous',
      candidates,
      reason: `the names given resolve to different places (${results.map((x) => `${x.name} → ${x.r.status === 'resolved' ? x.r.place.id : x.r.status}`).join(', ')}).`,
    };
  }
  const allowed = (r: Resolution, id: string) =>
    r.status === 'unresolved' ||
    (r.status === 'resolved' ? r.place.id === id : r.candidates.some((c) => c.place.id === id));
  if (resolvedIds.size === 1) {
    const winner = results.find((x) => x.r.status === 'resolved')!;
    const id = [...resolvedIds][0];
    const w = winner.r as Resolved;
    if (results.every((x) => allowed(x.r, id))) {
      const others = results
        .filter((x) => x !== winner)
        .map(
          (x) =>
            `"${x.name}" ${x.r.status === 'resolved' ? 'agrees' : x.r.status === 'ambiguous' ? 'is among its candidates' : 'not found'}`,
        );
      return { ...w, reason: `${w.reason.replace(/\.$/, '')}; by "${winner.name}"; ${others.join('; ')}.` };
    }
    return {
      status: 'ambiguous',
      candidates: [{ place: w.place, score: w.confidence }],
      reason: `"${winner.name}" resolves to ${id} but another name given does not match it.`,
    };
  }
  const ambiguous = results.filter((x) => x.r.status === 'ambiguous') as { name: string; r: Ambiguous }[];
  if (ambiguous.length > 1) {
    // No name resolves alone: the one place all their candidate lists share.
    const common = ambiguous[0].r.candidates.filter((c) =>
      ambiguous.every((a) => a.r.candidates.some((o) => o.place.id === c.place.id)),
    );
    if (common.length === 1) {
      return {
        status: 'resolved',
        place: common[0].place,
        confidence: 0.8,
        reason: `the only place matching all names given (${results.map((x) => x.name).join(', ')}); ${describe(common[0].place)}.`,
      };
    }
  }
  return results[0].r;
}
