/**
 * Choosing the shown value of a field when several sources claim one. Pure: the store calls it with the
 * claims it holds and writes back the choice and the reason.
 */
import { SOURCE_AUTHORITY, type DatePrecision, type Level, type SourceKind } from './registry.ts';
import type { PlaceKind } from './geo.ts';

export interface FieldClaim {
  field: string;
  sourceId: string;
  sourceKind: SourceKind;
  value: unknown;
}

export interface FieldChoice {
  field: string;
  value: unknown;
  sourceId: string | null;
  reason: string;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };

function precisionOf(value: unknown): number {
  const precision = (value as { precision?: DatePrecision } | null)?.precision;
  return precision ? PRECISION_RANK[precision] : 0;
}

/** Picks one claim per field: the most authoritative kind of source, then the most precise date, then the source id. */
export function chooseClaims(claims: FieldClaim[]): FieldChoice[] {
  const byField = new Map<string, FieldClaim[]>();
  for (const claim of claims) {
    const list = byField.get(claim.field) ?? [];
    list.push(claim);
    byField.set(claim.field, list);
  }
  const choices: FieldChoice[] = [];
  for (const [field, list] of [...byField].sort(([a], [b]) => a.localeCompare(b))) {
    const ranked = [...list].sort(
      (x, y) =>
        SOURCE_AUTHORITY[y.sourceKind] - SOURCE_AUTHORITY[x.sourceKind] ||
        precisionOf(y.value) - precisionOf(x.value) ||
        x.sourceId.localeCompare(y.sourceId),
    );
    const best = ranked[0];
    const others = ranked.slice(1);
    const disagreeing = others.filter((o) => JSON.stringify(o.value) !== JSON.stringify(best.value));
    let reason = `stated by ${best.sourceId} (${best.sourceKind})`;
    if (disagreeing.length > 0) {
      const tieOnAuthority =
        SOURCE_AUTHORITY[disagreeing[0].sourceKind] === SOURCE_AUTHORITY[best.sourceKind];
      const why = tieOnAuthority
        ? precisionOf(best.value) > precisionOf(disagreeing[0].value)
          ? 'the more precise date'
          : 'equal authority; the first source by id'
        : `a ${best.sourceKind} outranks a ${disagreeing[0].sourceKind}`;
      reason += `; preferred over ${disagreeing.map((d) => d.sourceId).join(', ')} (${why})`;
    } else if (others.length > 0) {
      reason += `; ${others.length} other source${others.length > 1 ? 's' : ''} agree`;
    }
    choices.push({ field, value: best.value, sourceId: best.sourceId, reason });
  }
  return choices;
}

/**
 * The level of a partnership when no source states it: a district on either side makes it a
 * district-level tie, a province or region on either side a province-level tie, otherwise a city tie.
 */
export function deriveLevel(kindA: PlaceKind, kindB: PlaceKind): Level {
  if (kindA === 'district' || kindB === 'district') return 'district';
  if (kindA === 'province' || kindA === 'region' || kindB === 'province' || kindB === 'region')
    return 'province';
  return 'city';
}
