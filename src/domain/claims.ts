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

/** Why one source's value was chosen over the others: what the interface says in the user's language. */
export interface ChoiceExplanation {
  sourceId: string;
  sourceKind: SourceKind;
  /** Sources whose different values lost, and why the chosen one won over the first of them. */
  over: string[];
  because: 'authority' | 'precision' | 'order' | null;
  /** Other sources that say the same. */
  agreeing: number;
}

/** The chosen claim of each field and why, the most authoritative kind of source first, then the most precise date, then the source id. */
export function explainChoices(
  claims: FieldClaim[],
): Map<string, { claim: FieldClaim; why: ChoiceExplanation }> {
  const byField = new Map<string, FieldClaim[]>();
  for (const claim of claims) {
    const list = byField.get(claim.field) ?? [];
    list.push(claim);
    byField.set(claim.field, list);
  }
  const choices = new Map<string, { claim: FieldClaim; why: ChoiceExplanation }>();
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
    let because: ChoiceExplanation['because'] = null;
    if (disagreeing.length > 0) {
      const tieOnAuthority =
        SOURCE_AUTHORITY[disagreeing[0].sourceKind] === SOURCE_AUTHORITY[best.sourceKind];
      because = !tieOnAuthority
        ? 'authority'
        : precisionOf(best.value) > precisionOf(disagreeing[0].value)
          ? 'precision'
          : 'order';
    }
    choices.set(field, {
      claim: best,
      why: {
        sourceId: best.sourceId,
        sourceKind: best.sourceKind,
        over: disagreeing.map((d) => d.sourceId),
        because,
        agreeing: others.length - disagreeing.length,
      },
    });
  }
  return choices;
}

/** The explanation as the database keeps it beside the choice (English; the interface words it anew). */
function reasonText(why: ChoiceExplanation, lost: SourceKind | undefined): string {
  let reason = `stated by ${why.sourceId} (${why.sourceKind})`;
  if (why.over.length > 0) {
    const text =
      why.because === 'authority'
        ? `a ${why.sourceKind} outranks a ${lost}`
        : why.because === 'precision'
          ? 'the more precise date'
          : 'equal authority; the first source by id';
    reason += `; preferred over ${why.over.join(', ')} (${text})`;
  } else if (why.agreeing > 0) {
    reason += `; ${why.agreeing} other source${why.agreeing > 1 ? 's' : ''} agree`;
  }
  return reason;
}

/** Picks one claim per field (see explainChoices), with the reason the database keeps. */
export function chooseClaims(claims: FieldClaim[]): FieldChoice[] {
  const kindOf = new Map(claims.map((c) => [`${c.field}|${c.sourceId}`, c.sourceKind]));
  return [...explainChoices(claims)].map(([field, { claim, why }]) => ({
    field,
    value: claim.value,
    sourceId: claim.sourceId,
    reason: reasonText(why, kindOf.get(`${field}|${why.over[0]}`)),
  }));
}

/** What a partnership's provenance says of a field no source states (kept in the database as written). */
export const DERIVED_LEVEL = 'derived from the kinds of the two places (no source states it)';
export const LISTED_STATUS = 'listed as a current partnership by its sources';

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
