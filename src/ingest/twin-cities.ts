/**
 * The worldwide twin-city pairs compiled from Wikipedia's country lists. Each row is one side's list
 * saying two places are twinned; mirrored rows of the same pair merge into one partnership that keeps
 * both lists as sources. Names that do not resolve are reported, never guessed.
 */
import { parse } from 'csv-parse/sync';
import type {
  PartnershipClaimRow,
  RecordBatch,
  SourceLink,
  SourceRow,
  UserPlaceRow,
} from '../store/batch.ts';
import { orderPair } from '../domain/ids.ts';
import { twinCitiesCoordinates, twinCitiesListSource, twinCitiesLists } from './bundled-sources.ts';
import type { ListedSide } from '../domain/stewardship.ts';
import { UnresolvedNames, type ImportReport } from './report.ts';
import { nameKeys } from './gazetteer/normalize.ts';
import {
  SourcePlaces,
  type Coordinates,
  type SideOutcome,
  type SourcePlaceResolver,
} from './resolve/source-places.ts';

function searchKeysOf(p: { nameEn: string; nameZh: string | null; aliases: string[] }): string[] {
  const keys = new Set<string>();
  for (const name of [p.nameEn, p.nameZh, ...p.aliases])
    if (name) for (const k of nameKeys(name)) keys.add(k);
  return [...keys];
}

interface TwinRow {
  city1: string;
  country1: string;
  city2: string;
  country2: string;
}

const REQUIRED = ['city1', 'country1', 'city2', 'country2'];

/**
 * Rows are cited by the data set's own file (Hekman/twincities' `twin_cities_raw.csv`), whatever the
 * copy read is called, so a renamed copy links the same rows to the same lists; databases made by
 * earlier versions carry the same locators.
 */
const rowLocator = (line: number) => `twin_cities_raw.csv row ${line}`;

/** The coordinates the geocoded file gives each name of a country ("name|country"). */
function coordinatesByName(geocodedCsv: string | null): Map<string, Coordinates[]> {
  const coordinates = new Map<string, Coordinates[]>();
  if (!geocodedCsv) return coordinates;
  const geo = parse(geocodedCsv, { columns: true, skip_empty_lines: true, bom: true }) as Record<
    string,
    string
  >[];
  for (const g of geo) {
    for (const side of ['1', '2']) {
      const lat = Number(g[`lat${side}`]);
      const lng = Number(g[`lng${side}`]);
      if (Number.isFinite(lat) && Number.isFinite(lng) && g[`lat${side}`] !== '') {
        const key = `${g[`city${side}`]}|${g[`country${side}`]}`;
        const list = coordinates.get(key) ?? [];
        list.push({ lat, lng });
        coordinates.set(key, list);
      }
    }
  }
  return coordinates;
}

/**
 * The two sides of each row of a twin-city file, by the row's locator, with the coordinates the geocoded
 * file gives each name: where a list puts the places it names, for a curator to compare.
 */
export function listedSides(
  rawCsv: string,
  geocodedCsv: string | null,
): Map<string, [ListedSide, ListedSide]> {
  const rows = parse(rawCsv, { columns: true, skip_empty_lines: true, bom: true }) as TwinRow[];
  const coordinates = coordinatesByName(geocodedCsv);
  const side = (name: string | undefined, country: string | undefined): ListedSide => {
    const [n, c] = [(name ?? '').trim(), (country ?? '').trim()];
    return { name: n, country: c, positions: coordinates.get(`${n}|${c}`) ?? [] };
  };
  return new Map(
    rows.map((row, index) => [
      rowLocator(index + 2),
      [side(row.city1, row.country1), side(row.city2, row.country2)],
    ]),
  );
}

let bundledSides: ReadonlyMap<string, readonly [ListedSide, ListedSide]> | undefined;

/** listedSides of the bundled lists, read once (empty when they are missing). */
export function bundledListedSides(): ReadonlyMap<string, readonly [ListedSide, ListedSide]> {
  if (!bundledSides) {
    const raw = twinCitiesLists();
    bundledSides = raw ? listedSides(raw, twinCitiesCoordinates()) : new Map();
  }
  return bundledSides;
}

export function twinCitiesBatch(
  rawCsv: string,
  geocodedCsv: string | null,
  resolver: SourcePlaceResolver,
  report: ImportReport,
): RecordBatch {
  const rows = parse(rawCsv, { columns: true, skip_empty_lines: true, bom: true }) as TwinRow[];
  const header = rows.length ? Object.keys(rows[0]) : [];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    report.errors.push({
      row: 1,
      field: missing.join(', '),
      reason: `missing column${missing.length > 1 ? 's' : ''}; expected ${REQUIRED.join(', ')}`,
    });
    return {};
  }
  report.rows = rows.length;

  // Coordinates from the geocoded file separate homonyms and spelling variants, and establish places the
  // gazetteer lacks; a few are wrong, so they never pick a candidate far from them.
  const coordinates = coordinatesByName(geocodedCsv);

  const unresolved = new UnresolvedNames();
  const places = new SourcePlaces(resolver, (name, country) => coordinates.get(`${name}|${country}`) ?? []);
  /** Rows (as source links) that rest on each place a list established. */
  const placeLinks = new Map<string, SourceLink[]>();
  /** The side's place id, or why it was held back. */
  const resolveSide = (
    name: string,
    country: string,
    link: SourceLink,
  ): string | Exclude<SideOutcome, { status: 'resolved' }> => {
    const outcome = places.resolve(name, country);
    if (outcome.status === 'resolved') {
      if (outcome.origin === 'source') {
        const links = placeLinks.get(outcome.place.id) ?? [];
        links.push(link);
        placeLinks.set(outcome.place.id, links);
      }
      return outcome.place.id;
    }
    unresolved.add({
      name,
      country,
      status: outcome.status,
      reason: outcome.reason,
      candidates: outcome.candidates.length ? outcome.candidates.slice(0, 5) : undefined,
    });
    return outcome;
  };

  // Establish places for every name first, repeating while new ones appear, then resolve every row
  // against the final set: outcomes do not depend on row order, so a re-import resolves the same way.
  const distinctNames = new Map<string, [string, string]>();
  for (const row of rows) {
    for (const [name, country] of [
      [row.city1, row.country1],
      [row.city2, row.country2],
    ]) {
      const n = (name ?? '').trim();
      const c = (country ?? '').trim();
      if (n && c) distinctNames.set(`${n}|${c}`, [n, c]);
    }
  }
  for (let round = 0; round < 5; round++) {
    const before = places.established().length;
    for (const [name, country] of distinctNames.values()) places.resolve(name, country);
    places.forgetOutcomes();
    if (places.established().length === before) break;
  }

  const sources = new Map<string, SourceRow>();
  const claims: PartnershipClaimRow[] = [];
  const seenRow = new Set<string>();
  const listsByPair = new Map<string, Set<string>>();
  rows.forEach((row, index) => {
    const line = index + 2;
    const cells = [row.city1, row.country1, row.city2, row.country2].map((c) => (c ?? '').trim());
    const emptyField = REQUIRED.find((_, i) => !cells[i]);
    if (emptyField) {
      report.skipped.push({ row: line, field: emptyField, reason: 'empty' });
      return;
    }
    const [city1, country1, city2, country2] = cells;
    const rowKey = cells.join('|');
    if (seenRow.has(rowKey)) {
      report.skipped.push({
        row: line,
        field: '(row)',
        value: rowKey,
        reason: 'the same row appears earlier in the file',
      });
      return;
    }
    seenRow.add(rowKey);
    // The list a row comes from is the country page of its first city.
    const source = twinCitiesListSource(country1);
    const link: SourceLink = { sourceId: source.id, locator: rowLocator(line) };
    const sideA = resolveSide(city1, country1, link);
    const sideB = resolveSide(city2, country2, link);
    const a = typeof sideA === 'string' ? sideA : null;
    const b = typeof sideB === 'string' ? sideB : null;
    if (a?.startsWith('tw:') || b?.startsWith('tw:')) sources.set(source.id, source);
    if (!a || !b) {
      const which = [!a ? `${city1} (${country1})` : null, !b ? `${city2} (${country2})` : null]
        .filter(Boolean)
        .join(' and ');
      report.skipped.push({
        row: line,
        field: !a ? 'city1' : 'city2',
        value: which,
        reason: 'name not resolved to a place',
      });
      // One side placed: the row becomes a question for that side's curators.
      const partnerId = a ?? b;
      const held = typeof sideA === 'string' ? sideB : sideA;
      if (partnerId && typeof held !== 'string') {
        const [name, country] = a ? [city2, country2] : [city1, country1];
        sources.set(source.id, source);
        report.heldBack.push({
          sourceId: source.id,
          locator: rowLocator(line),
          name,
          country,
          countryCode: resolver.resolveCountry(country)?.code ?? null,
          status: held.status,
          reason: held.reason,
          candidates: held.candidates.slice(0, 5),
          partnerId,
        });
      }
      return;
    }
    if (a === b) {
      report.skipped.push({
        row: line,
        field: 'city2',
        value: `${city1} / ${city2}`,
        reason: 'both sides resolve to the same place',
      });
      return;
    }
    sources.set(source.id, source);
    claims.push({ placeA: a, placeB: b, ...link });
    const pairKey = orderPair(a, b).join('|');
    const lists = listsByPair.get(pairKey) ?? new Set<string>();
    lists.add(source.id);
    listsByPair.set(pairKey, lists);
  });

  const mirrored = [...listsByPair.values()].filter((lists) => lists.size > 1).length;
  const repeated = claims.length - listsByPair.size;
  if (repeated > 0) {
    report.merged.push(
      `${claims.length} resolved rows make ${listsByPair.size} partnerships: ${mirrored} pairs are listed by both countries' lists and merged, keeping both as sources`,
    );
  }
  report.unresolved = unresolved.list();
  const placeRows: UserPlaceRow[] = [...placeLinks].map(([id, links]) => {
    const p = resolver.getPlace(id) ?? places.established().find((e) => e.id === id)!;
    return {
      id: p.id,
      kind: p.kind,
      nameEn: p.nameEn,
      nameZh: p.nameZh,
      aliases: p.aliases,
      countryCode: p.countryCode,
      parentId: p.parentId,
      lat: p.lat,
      lng: p.lng,
      population: p.population,
      searchKeys: searchKeysOf(p),
      origin: 'source',
      sources: links,
    };
  });
  const established = places.established().length;
  if (established > 0) {
    report.merged.push(
      `${established} places the gazetteer lacks were established from the file's own coordinates (origin 'source'), used by ${placeRows.reduce((n, p) => n + (p.sources?.length ?? 0), 0)} row sides`,
    );
  }
  return {
    sources: [...sources.values()].sort((x, y) => x.id.localeCompare(y.id)),
    ...(placeRows.length ? { places: placeRows.sort((x, y) => x.id.localeCompare(y.id)) } : {}),
    partnerships: claims,
  };
}
