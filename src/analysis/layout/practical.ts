/**
 * Practical cooperation beside the ties: which partners of a selection host cooperation projects
 * (among them the Chinese-financed projects AidData tracked), which places host projects in the
 * selection's partner countries without any tie to it, and projects per partner country against ties.
 * The sources say sister-city ties "stress exchanges and visits over practical cooperation": this is
 * where the two meet or do not.
 */
import type { Dataset } from '../../domain/dataset.ts';
import { comparePlaces, countryRef, placeRef, zhCollator, type CountryRef, type PlaceRef } from './common.ts';
import type { TieSelection } from './selection.ts';

export interface PlaceProjects {
  place: PlaceRef;
  projects: number;
}

export interface CountryProjects {
  country: CountryRef;
  /** Ties of the selection with places of the country. */
  ties: number;
  /** Projects recorded in the country (by a place there or by the country itself). */
  projects: number;
}

export interface PracticalCooperation {
  /** Distinct partners of the selection. */
  partners: number;
  /** Partners hosting at least one project, most projects first. */
  partnersWithProjects: PlaceProjects[];
  /** Places hosting projects in the selection's partner countries that no tie of the selection reaches. */
  untiedProjectPlaces: PlaceProjects[];
  /** Every partner country, and every country with projects, most projects first. */
  byCountry: CountryProjects[];
}

/** Project counts by place and by country, once per dataset. */
export function projectCounts(dataset: Dataset): {
  byPlace: Map<string, number>;
  byCountry: Map<string, number>;
} {
  const byPlace = new Map<string, number>();
  const byCountry = new Map<string, number>();
  for (const p of dataset.projects) {
    for (const id of p.placeIds) byPlace.set(id, (byPlace.get(id) ?? 0) + 1);
    for (const code of p.countryCodes) byCountry.set(code, (byCountry.get(code) ?? 0) + 1);
  }
  return { byPlace, byCountry };
}

export function practicalCooperation(
  dataset: Dataset,
  selection: TieSelection,
  options: { limit?: number; counts?: ReturnType<typeof projectCounts> } = {},
): PracticalCooperation {
  const limit = options.limit ?? 20;
  const { byPlace, byCountry } = options.counts ?? projectCounts(dataset);
  const partners = new Set<string>();
  const tiesByCountry = new Map<string, number>();
  for (const t of selection.ties) {
    partners.add(t.partner.id);
    tiesByCountry.set(t.partner.countryCode, (tiesByCountry.get(t.partner.countryCode) ?? 0) + 1);
  }
  const rank = (ids: Iterable<string>): PlaceProjects[] =>
    [...ids]
      .map((id) => ({ place: dataset.places.get(id)!, projects: byPlace.get(id) ?? 0 }))
      .filter((x) => x.place && x.projects > 0)
      .sort((a, b) => b.projects - a.projects || comparePlaces(a.place, b.place))
      .map((x) => ({ place: placeRef(x.place), projects: x.projects }));
  // A partner's own region or district is reached through the partner: not "without a tie".
  const chain = (id: string): string[] => {
    const ids: string[] = [];
    for (
      let p = dataset.places.get(id);
      p && ids.length < 10;
      p = p.parentId ? dataset.places.get(p.parentId) : undefined
    )
      ids.push(p.id);
    return ids;
  };
  const reached = new Set([...partners].flatMap(chain));
  const untied = [...byPlace.keys()].filter((id) => {
    const place = dataset.places.get(id);
    return (
      place &&
      tiesByCountry.has(place.countryCode) &&
      !chain(id).some((a) => partners.has(a)) &&
      !reached.has(id)
    );
  });
  const codes = new Set([...tiesByCountry.keys(), ...byCountry.keys()]);
  const countries = [...codes]
    .filter((code) => !selection.homeCountryCodes.includes(code))
    .map((code) => ({
      country: countryRef(dataset, code),
      ties: tiesByCountry.get(code) ?? 0,
      projects: byCountry.get(code) ?? 0,
    }))
    .sort(
      (a, b) =>
        b.projects - a.projects || b.ties - a.ties || zhCollator.compare(a.country.nameZh, b.country.nameZh),
    );
  return {
    partners: partners.size,
    partnersWithProjects: rank(partners),
    untiedProjectPlaces: rank(untied).slice(0, limit),
    byCountry: countries,
  };
}
