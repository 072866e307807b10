/** The real twin-city graph for tests and benchmarks: places are `name|country` as printed in the raw CSV. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import worldCountriesModule, { type Countries } from 'world-countries';
import type { NetworkGraph, NetworkNode } from '../../src/analysis/network/index.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function twinCitiesCsvPath(): string {
  const inRepo = join(repoRoot, 'data/twin-cities/twin_cities_raw.csv');
  if (existsSync(inRepo)) return inRepo;
  return resolve(repoRoot, '../shared/data/twin-cities/twin_cities_raw.csv');
}

// Spellings in the Wikipedia lists that the ISO name tables do not know.
const COUNTRY_ALIASES: Record<string, string> = {
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Northern Ireland': 'GB',
  'United Kingdom': 'GB',
  Grece: 'GR',
  Japa: 'JP',
  Kazakhstah: 'KZ',
  Madagaskar: 'MG',
  Moldavia: 'MD',
  Surinam: 'SR',
  Island: 'IS',
  'Bosnia and Hercegovina': 'BA',
  'Republic of Ireland': 'IE',
  'Georgia (country)': 'GE',
  'East Timor': 'TL',
  'Northern Cyprus': 'CY',
  'West Bank': 'PS',
  Palestine: 'PS',
  Micronesia: 'FM',
  'Federated States of Micronesia': 'FM',
  'Democratic Republic of the Congo': 'CD',
  Congo: 'CG',
  'in Italy': 'IT',
};

// CommonJS JSON package whose typings declare an ES default export; under NodeNext the array is the module.
const worldCountries = worldCountriesModule as unknown as Countries;
const continentByCode = new Map<string, string>();
for (const c of worldCountries) {
  const continent =
    c.region === 'Americas'
      ? c.subregion === 'South America'
        ? 'South America'
        : 'North America'
      : c.region === 'Antarctic'
        ? 'Antarctica'
        : c.region;
  continentByCode.set(c.cca2, continent);
}

export function countryOf(name: string): { countryCode: string; continent: string } {
  const trimmed = name.trim();
  const candidates = [trimmed, trimmed.split(',').pop()!.trim(), trimmed.replace(/\s*\(.*\)$/, '')];
  for (const candidate of candidates) {
    const code = COUNTRY_ALIASES[candidate] ?? countries.getAlpha2Code(candidate, 'en');
    if (code) return { countryCode: code, continent: continentByCode.get(code) ?? 'Unknown' };
  }
  return { countryCode: 'ZZ', continent: 'Unknown' };
}

/** Nodes `name|country`; mirrored pairs (listed from both sides) kept once; self-loops dropped. */
export function loadTwinCitiesGraph(path = twinCitiesCsvPath()): NetworkGraph {
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
  const nodes: NetworkNode[] = [];
  const seen = new Map<string, NetworkNode>();
  const placeOf = (city: string, country: string): string => {
    const id = `${city}|${country}`;
    if (!seen.has(id)) {
      const node: NetworkNode = { id, label: city, ...countryOf(country) };
      seen.set(id, node);
      nodes.push(node);
    }
    return id;
  };
  const pairs = new Set<string>();
  const edges: NetworkGraph['edges'] = [];
  for (const row of rows) {
    const a = placeOf(row.city1, row.country1);
    const b = placeOf(row.city2, row.country2);
    if (a === b) continue;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    edges.push({ source: a, target: b });
  }
  return { nodes, edges };
}

/** Tab-separated edge list (ids may contain spaces and commas, never tabs) for the Python peers. */
export function edgeListText(graph: NetworkGraph): string {
  return graph.edges.map((e) => `${e.source}\t${e.target}\t${e.weight ?? 1}`).join('\n') + '\n';
}
