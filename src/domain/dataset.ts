/**
 * The plain data every analysis takes: the partnership network with the attributes of its places and
 * countries. The store fills it (src/store/analysis-dataset.ts); analyses never query anything.
 */
import type { Continent, PlaceKind } from './geo.ts';
import type { DatePrecision, Level, PartnershipStatus, PartnershipType, ProjectDomain } from './registry.ts';

export interface PlaceFact {
  id: string;
  nameEn: string;
  nameZh: string | null;
  kind: PlaceKind;
  countryCode: string;
  lat: number | null;
  lng: number | null;
  population: number | null;
  isCapital: boolean;
  isAdminSeat: boolean;
  parentId: string | null;
  /** The first-level region (province, state) the place lies in, or the place itself when it is one. */
  provinceId: string | null;
  /** Rank by population among the country's gazetteer cities: 1 the largest, 2 the second; null if unknown. */
  populationRank: number | null;
}

export interface CountryFact {
  code: string;
  nameEn: string;
  nameZh: string;
  continent: Continent;
  subregion: string;
  beltAndRoad: boolean;
  /** The state the area is part of in China's view (Country.partOf); null for a state. */
  partOf: string | null;
  /** Whether the state has diplomatic relations with the People's Republic of China. */
  diplomaticRelations: boolean;
  /** A sovereign state China recognises (Country.isState); territories are not benchmarked. */
  isState: boolean;
  /** Sum of the populations of the country's gazetteer cities: the urban-population benchmark. */
  urbanPopulation: number;
}

export interface TieFact {
  id: string;
  a: string;
  b: string;
  type: PartnershipType;
  level: Level | null;
  status: PartnershipStatus;
  signedOn: string | null;
  signedPrecision: DatePrecision | null;
}

export interface CorridorFact {
  id: string;
  nameEn: string;
  nameZh: string;
  countryCodes: string[];
  nodePlaceIds: string[];
}

export interface ObservationFact {
  id: string;
  subjectText: string;
  placeId: string | null;
  countryCode: string | null;
  measure: string;
  value: number;
  asOf: string | null;
  details: Record<string, unknown>;
  sourceIds: string[];
}

/** A cooperation project as the analyses see it: where it is, by place and by country. */
export interface ProjectFact {
  id: string;
  domain: ProjectDomain;
  placeIds: string[];
  /** The countries the project is in or for, and those of its places. */
  countryCodes: string[];
}

export interface Dataset {
  /** Every place that has a tie, plus the large cities and capitals benchmarks and gaps need. */
  places: Map<string, PlaceFact>;
  countries: Map<string, CountryFact>;
  ties: TieFact[];
  corridors: CorridorFact[];
  observations: ObservationFact[];
  projects: ProjectFact[];
  /** Coastal or port status as sources state it, by place id; wins over the coastline distance. */
  coastOverrides: Record<string, { coastal: boolean; sourceId: string }>;
}
