/**
 * The global layout of a selection: where its partners are (continent, UN subregion, country), when the
 * ties were signed, of which type, level and status, and what kind of places the partners are.
 */
import { CONTINENT_ZH, type Continent } from '../../domain/geo.ts';
import {
  LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PARTNERSHIP_TYPE_ZH,
  type Level,
  type PartnershipStatus,
  type PartnershipType,
} from '../../domain/registry.ts';
import type { Dataset, PlaceFact } from '../../domain/dataset.ts';
import {
  coastalStatus,
  DEFAULT_COASTAL_THRESHOLD_KM,
  type CoastalStatus,
  type CoastIndex,
  type CoastOverride,
} from './coast.ts';
import { comparePlaces, enCollator, zhCollator, placeRef, round6, share, type PlaceRef } from './common.ts';
import type { SelectedTie, TieSelection } from './selection.ts';

export interface CountShare {
  count: number;
  /** Of all ties abroad in the selection. */
  share: number;
}

export interface ContinentCount extends CountShare {
  continent: Continent | 'unknown';
  nameZh: string;
  partners: number;
}

export interface SubregionCount extends CountShare {
  subregion: string;
  continent: Continent | 'unknown';
  partners: number;
}

export interface CountryCount extends CountShare {
  code: string;
  nameEn: string;
  nameZh: string;
  continent: Continent | 'unknown';
  subregion: string;
  beltAndRoad: boolean;
  partners: number;
}

export interface YearCount {
  year: number;
  count: number;
}

export interface TimelinePoint {
  year: number;
  signed: number;
  cumulative: number;
}

/** What a partner is in its own country. A capital that is also the largest city counts as capital. */
export type PartnerRole = 'capital' | 'largest' | 'second' | 'other' | 'province';

export const PARTNER_ROLE_ZH: Record<PartnerRole, string> = {
  capital: '首都',
  largest: '第一大城市',
  second: '第二大城市',
  other: '其他城市',
  province: '省级地区',
};

export interface PartnerProfile {
  capital: CountShare;
  largest: CountShare;
  second: CountShare;
  other: CountShare;
  /** Partners of province or region kind (a state, a prefecture): province-level partners. */
  province: CountShare;
  /** Coastal or port partners; the share is of the ties whose coastal status is known. */
  coastal: CountShare & { known: number; unknown: number; overridden: number; thresholdKm: number };
}

export interface LayoutPartner {
  place: PlaceRef;
  kind: PlaceFact['kind'];
  lat: number | null;
  lng: number | null;
  role: PartnerRole;
  coast: CoastalStatus;
  /** The selection's ties with this partner. */
  ties: { tieId: string; homeId: string; signedOn: string | null; type: PartnershipType }[];
}

export interface LayoutStatistics {
  homePlaceIds: string[];
  /** Ties abroad. */
  total: number;
  distinctPartners: number;
  distinctCountries: number;
  distinctContinents: number;
  domestic: number;
  byContinent: ContinentCount[];
  bySubregion: SubregionCount[];
  byCountry: CountryCount[];
  byYear: YearCount[];
  byDecade: { decade: number; count: number }[];
  undated: number;
  /** Every year from the first signing to the last, with the running total (undated ties left out). */
  timeline: TimelinePoint[];
  byType: { type: PartnershipType; nameZh: string; count: number; share: number }[];
  byLevel: { level: Level | 'unknown'; count: number; share: number }[];
  byStatus: { status: PartnershipStatus; count: number; share: number }[];
  profile: PartnerProfile;
  partners: LayoutPartner[];
}

export interface LayoutOptions {
  /** The coastline index (coast-data.ts's worldCoastIndex()); without it only overrides say what is coastal. */
  coast?: CoastIndex | null;
  coastalThresholdKm?: number;
  /** placeId → whether it is coastal, with the source that says so; these win over the coastline. */
  coastOverrides?: Readonly<Record<string, CoastOverride>>;
}

export function partnerRole(p: PlaceFact): PartnerRole {
  if (p.kind === 'province' || p.kind === 'region') return 'province';
  if (p.isCapital) return 'capital';
  if (p.populationRank === 1) return 'largest';
  if (p.populationRank === 2) return 'second';
  return 'other';
}

function counted(count: number, total: number): CountShare {
  return { count, share: round6(share(count, total)) };
}

/** Counts, shares, timeline and partner profile of a selection's ties abroad. */
export function layoutStatistics(
  dataset: Dataset,
  selection: TieSelection,
  options: LayoutOptions = {},
): LayoutStatistics {
  const ties = selection.ties;
  const total = ties.length;
  const thresholdKm = options.coastalThresholdKm ?? DEFAULT_COASTAL_THRESHOLD_KM;

  const continents = new Map<string, { count: number; partners: Set<string> }>();
  const subregions = new Map<
    string,
    { continent: Continent | 'unknown'; count: number; partners: Set<string> }
  >();
  const countries = new Map<string, { count: number; partners: Set<string> }>();
  const bump = <V extends { count: number; partners: Set<string> }>(
    m: Map<string, V>,
    key: string,
    make: () => V,
    partner: string,
  ) => {
    let v = m.get(key);
    if (!v) m.set(key, (v = make()));
    v.count++;
    v.partners.add(partner);
  };
  const years = new Map<number, number>();
  const types = new Map<PartnershipType, number>();
  const levels = new Map<Level | 'unknown', number>();
  const statuses = new Map<PartnershipStatus, number>();
  const partners = new Map<string, { place: PlaceFact; ties: SelectedTie[] }>();
  let undated = 0;

  for (const t of ties) {
    const country = dataset.countries.get(t.partner.countryCode);
    const continent = country?.continent ?? 'unknown';
    bump(continents, continent, () => ({ count: 0, partners: new Set() }), t.partner.id);
    bump(
      subregions,
      country?.subregion || 'unknown',
      () => ({ continent, count: 0, partners: new Set() }),
      t.partner.id,
    );
    bump(countries, t.partner.countryCode, () => ({ count: 0, partners: new Set() }), t.partner.id);
    if (t.signedYear === null) undated++;
    else years.set(t.signedYear, (years.get(t.signedYear) ?? 0) + 1);
    types.set(t.tie.type, (types.get(t.tie.type) ?? 0) + 1);
    levels.set(t.tie.level ?? 'unknown', (levels.get(t.tie.level ?? 'unknown') ?? 0) + 1);
    statuses.set(t.tie.status, (statuses.get(t.tie.status) ?? 0) + 1);
    const p = partners.get(t.partner.id);
    if (p) p.ties.push(t);
    else partners.set(t.partner.id, { place: t.partner, ties: [t] });
  }

  const continentOrder = (c: string) => {
    const i = Object.keys(CONTINENT_ZH).indexOf(c);
    return i < 0 ? 99 : i;
  };
  const byContinent: ContinentCount[] = [...continents]
    .map(([continent, v]) => ({
      continent: continent as Continent | 'unknown',
      nameZh: CONTINENT_ZH[continent as Continent] ?? '未知',
      count: v.count,
      share: round6(share(v.count, total)),
      partners: v.partners.size,
    }))
    .sort((a, b) => b.count - a.count || continentOrder(a.continent) - continentOrder(b.continent));
  const bySubregion: SubregionCount[] = [...subregions]
    .map(([subregion, v]) => ({
      subregion,
      continent: v.continent,
      count: v.count,
      share: round6(share(v.count, total)),
      partners: v.partners.size,
    }))
    .sort((a, b) => b.count - a.count || enCollator.compare(a.subregion, b.subregion));
  const byCountry: CountryCount[] = [...countries]
    .map(([code, v]) => {
      const c = dataset.countries.get(code);
      return {
        code,
        nameEn: c?.nameEn ?? code,
        nameZh: c?.nameZh ?? code,
        continent: c?.continent ?? ('unknown' as const),
        subregion: c?.subregion ?? 'unknown',
        beltAndRoad: c?.beltAndRoad ?? false,
        count: v.count,
        share: round6(share(v.count, total)),
        partners: v.partners.size,
      };
    })
    .sort(
      (a, b) =>
        b.count - a.count || zhCollator.compare(a.nameZh, b.nameZh) || enCollator.compare(a.code, b.code),
    );

  const byYear = [...years].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year);
  const decades = new Map<number, number>();
  for (const { year, count } of byYear)
    decades.set(year - (year % 10), (decades.get(year - (year % 10)) ?? 0) + count);
  const byDecade = [...decades]
    .map(([decade, count]) => ({ decade, count }))
    .sort((a, b) => a.decade - b.decade);
  const timeline: TimelinePoint[] = [];
  if (byYear.length) {
    let cumulative = 0;
    for (let y = byYear[0].year; y <= byYear[byYear.length - 1].year; y++) {
      const signed = years.get(y) ?? 0;
      cumulative += signed;
      timeline.push({ year: y, signed, cumulative });
    }
  }

  const byType = PARTNERSHIP_TYPES.filter((t) => types.has(t)).map((type) => ({
    type,
    nameZh: PARTNERSHIP_TYPE_ZH[type],
    ...counted(types.get(type)!, total),
  }));
  const byLevel = [...LEVELS, 'unknown' as const]
    .filter((l) => levels.has(l))
    .map((level) => ({ level, ...counted(levels.get(level)!, total) }));
  const byStatus = PARTNERSHIP_STATUSES.filter((s) => statuses.has(s)).map((status) => ({
    status,
    ...counted(statuses.get(status)!, total),
  }));

  // The profile counts ties, so a partner tied to two home districts weighs twice, as in the counts above.
  const roleCounts: Record<PartnerRole, number> = {
    capital: 0,
    largest: 0,
    second: 0,
    other: 0,
    province: 0,
  };
  let coastal = 0;
  let coastKnown = 0;
  let overridden = 0;
  const layoutPartners: LayoutPartner[] = [];
  for (const { place, ties: held } of [...partners.values()].sort((a, b) =>
    comparePlaces(a.place, b.place),
  )) {
    const role = partnerRole(place);
    const coast = coastalStatus(place, options.coast ?? null, thresholdKm, options.coastOverrides);
    roleCounts[role] += held.length;
    if (coast.coastal !== null) coastKnown += held.length;
    if (coast.coastal) coastal += held.length;
    if (coast.basis === 'override') overridden += held.length;
    layoutPartners.push({
      place: placeRef(place),
      kind: place.kind,
      lat: place.lat,
      lng: place.lng,
      role,
      coast,
      ties: held.map((t) => ({
        tieId: t.tie.id,
        homeId: t.home.id,
        signedOn: t.tie.signedOn,
        type: t.tie.type,
      })),
    });
  }
  const profile: PartnerProfile = {
    capital: counted(roleCounts.capital, total),
    largest: counted(roleCounts.largest, total),
    second: counted(roleCounts.second, total),
    other: counted(roleCounts.other, total),
    province: counted(roleCounts.province, total),
    coastal: {
      ...counted(coastal, coastKnown),
      known: coastKnown,
      unknown: total - coastKnown,
      overridden,
      thresholdKm,
    },
  };

  return {
    homePlaceIds: selection.homePlaceIds,
    total,
    distinctPartners: partners.size,
    distinctCountries: countries.size,
    distinctContinents: [...continents.keys()].filter((c) => c !== 'unknown').length,
    domestic: selection.domestic.count,
    byContinent,
    bySubregion,
    byCountry,
    byYear,
    byDecade,
    undated,
    timeline,
    byType,
    byLevel,
    byStatus,
    profile,
    partners: layoutPartners,
  };
}
