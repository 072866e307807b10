/** The national overview: a country's places and provinces ranked by their ties abroad. */
import { isDomestic } from '../../domain/geo.ts';
import type { Dataset, PlaceFact } from '../../domain/dataset.ts';
import { comparePlaces, placeRef, type PlaceRef } from './common.ts';
import { observationsFor } from './stated.ts';

export interface RankedEntry {
  /** Standard competition rank ("1, 2, 2, 4") by the chosen measure. */
  rank: number;
  place: PlaceRef | null;
  /** Set for a province row whose province the dataset lacks. */
  id: string;
  ties: number;
  /** Of the ties, those with a signing date. */
  dated: number;
  partners: number;
  countries: number;
  continents: number;
  /** Ties with places of the same country, not counted above. */
  domestic: number;
  /** What sources state about the place or province ("Jiangsu: 267 sister-city pairs"), beside the count. */
  stated: {
    observationId: string;
    measure: string;
    value: number;
    asOf: string | null;
    sourceIds: string[];
  }[];
}

export interface RankingOptions {
  countryCode?: string;
  by?: 'place' | 'province';
  sortBy?: 'ties' | 'countries' | 'continents';
  limit?: number;
}

/** A country's places (or provinces) ranked by ties abroad, distinct partner countries or continents. */
export function rankDomestic(dataset: Dataset, options: RankingOptions = {}): RankedEntry[] {
  const country = options.countryCode ?? 'CN';
  const by = options.by ?? 'place';
  const sortBy = options.sortBy ?? 'ties';
  const groups = new Map<
    string,
    {
      ties: number;
      dated: number;
      partners: Set<string>;
      countries: Set<string>;
      continents: Set<string>;
      domestic: number;
    }
  >();
  const groupOf = (p: PlaceFact): string | null => (by === 'place' ? p.id : p.provinceId);
  const entry = (key: string) => {
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          ties: 0,
          dated: 0,
          partners: new Set(),
          countries: new Set(),
          continents: new Set(),
          domestic: 0,
        }),
      );
    return g;
  };
  for (const tie of dataset.ties) {
    const a = dataset.places.get(tie.a);
    const b = dataset.places.get(tie.b);
    if (!a || !b) continue;
    for (const [home, partner] of [
      [a, b],
      [b, a],
    ] as const) {
      if (home.countryCode !== country) continue;
      const key = groupOf(home);
      if (key === null) continue;
      const g = entry(key);
      // Ties with Hong Kong, Macao or Taiwan are domestic for China (isDomestic).
      if (isDomestic(country, partner.countryCode)) {
        g.domestic++;
        continue;
      }
      g.ties++;
      if (tie.signedOn) g.dated++;
      g.partners.add(partner.id);
      g.countries.add(partner.countryCode);
      const continent = dataset.countries.get(partner.countryCode)?.continent;
      if (continent) g.continents.add(continent);
    }
  }
  const measure = (g: { ties: number; countries: Set<string>; continents: Set<string> }) =>
    sortBy === 'ties' ? g.ties : sortBy === 'countries' ? g.countries.size : g.continents.size;
  const rows = [...groups]
    .map(([id, g]) => ({ id, g, place: dataset.places.get(id) ?? null }))
    .sort((x, y) => {
      const d = measure(y.g) - measure(x.g) || y.g.ties - x.g.ties;
      if (d) return d;
      if (x.place && y.place) return comparePlaces(x.place, y.place);
      return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
  const ranked: RankedEntry[] = [];
  rows.forEach((r, i) => {
    const previous = ranked[i - 1];
    const rank = previous && measure(rows[i - 1].g) === measure(r.g) ? previous.rank : i + 1;
    ranked.push({
      rank,
      place: r.place ? placeRef(r.place) : null,
      id: r.id,
      ties: r.g.ties,
      dated: r.g.dated,
      partners: r.g.partners.size,
      countries: r.g.countries.size,
      continents: r.g.continents.size,
      domestic: r.g.domestic,
      stated: observationsFor(dataset, { placeId: r.id }).map((o) => ({
        observationId: o.id,
        measure: o.measure,
        value: o.value,
        asOf: o.asOf,
        sourceIds: o.sourceIds,
      })),
    });
  });
  return options.limit ? ranked.slice(0, options.limit) : ranked;
}
