/**
 * Qualifiers that name no country: `Huangpu (Shanghai)` keeps candidates inside or next to a place called
 * Shanghai. When none lies there, the name is a part of the qualifying place that the gazetteer lacks
 * (`Budavár (Budapest)`, `Kota Tua (Jakarta)`), and that place is given with a low confidence.
 */
import type { Place } from '../../../domain/geo.ts';
import { placeDistance } from '../../gazetteer/build.ts';
import { describe } from '../place-facts.ts';
import { resolved, type Resolution, type Resolved, type Scored } from '../resolution.ts';
import type { TierContext } from './context.ts';

function outerPlace(ctx: TierContext, qualifier: string, location: string, place: Place): Resolved {
  return resolved(
    place,
    0.5,
    `no place named "${ctx.query.parsed.base}" ${location}; the gazetteer has no entry for this part of ${qualifier}, so ${place.nameEn} itself is given; ${describe(place)}.`,
  );
}

/** No candidate at all: the first qualifier that resolves, as the place around the name. */
export function partOfQualifier(ctx: TierContext): Resolution | null {
  for (const q of ctx.query.qualifiers) {
    const outer = ctx.resolveQualifier(q);
    if (outer.status === 'resolved') return outerPlace(ctx, q, ctx.query.where, outer.place);
  }
  return null;
}

/** Keeps the candidates within each qualifier's place; notes what each qualifier did. */
export function narrowByQualifiers(
  ctx: TierContext,
  found: Scored[],
  notes: string[],
): Scored[] | Resolution {
  for (const q of ctx.query.qualifiers) {
    const qPlaces = new Set(ctx.search(q).found.map((f) => f.place));
    if (qPlaces.size === 0) {
      notes.push(`qualifier "${q}" not found, ignored`);
      continue;
    }
    const inside = found.filter(
      (f) =>
        ctx.index.ancestors(f.place).some((a) => qPlaces.has(a)) ||
        [...qPlaces].some(
          (qp) => qp !== f.place && qp.kind === 'city' && placeDistance(f.place, qp.lat, qp.lng) <= 30,
        ),
    );
    if (inside.length) {
      found = inside;
      notes.push(`within ${q}`);
      continue;
    }
    // The namesakes lie elsewhere.
    const outer = ctx.resolveQualifier(q);
    if (outer.status === 'resolved') return outerPlace(ctx, q, `within ${q} ${ctx.query.where}`, outer.place);
    notes.push(`qualifier "${q}" matches none of the candidates, ignored`);
  }
  return found;
}
