/**
 * The worldwide twin-city pairs compiled from Wikipedia's country lists. Each row is one side's list
 * saying two places are twinned; mirrored rows of the same pair merge into one partnership that keeps
 * both lists as sources. Names that do not resolve are reported, never guessed.
 */
import { parse } from 'csv-parse/sync';
import type { PartnershipClaimRow, RecordBatch, SourceRow } from '../store/batch.ts';
import { orderPair } from '../domain/ids.ts';
import { twinCitiesListSource } from './bundled-sources.ts';
import { UnresolvedNames, type ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

interface TwinRow {
  city1: string;
  country1: string;
  city2: string;
  country2: string;
}

const REQUIRED = ['city1', 'country1', 'city2', 'country2'];

export function twinCitiesBatch(
  rawCsv: string,
  geocodedCsv: string | null,
  resolver: PlaceResolver,
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

  // Coordinates from the geocoded file help to tell homonyms apart; a few are wrong, so they only rank candidates.
  const coordinates = new Map<string, { lat: number; lng: number }>();
  if (geocodedCsv) {
    const geo = parse(geocodedCsv, { columns: true, skip_empty_lines: true, bom: true }) as Record<
      string,
      string
    >[];
    for (const g of geo) {
      for (const side of ['1', '2']) {
        const lat = Number(g[`lat${side}`]);
        const lng = Number(g[`lng${side}`]);
        if (Number.isFinite(lat) && Number.isFinite(lng) && g[`lat${side}`] !== '') {
          coordinates.set(`${g[`city${side}`]}|${g[`country${side}`]}`, { lat, lng });
        }
      }
    }
  }

  const unresolved = new UnresolvedNames();
  const cache = new Map<string, string | null>();
  const resolveSide = (name: string, country: string): string | null => {
    const key = `${name}|${country}`;
    if (cache.has(key)) {
      if (cache.get(key) === null) unresolved.add({ name, country, status: 'unresolved', reason: '' });
      return cache.get(key)!;
    }
    const at = coordinates.get(key);
    const result = resolver.resolve({ name, country, lat: at?.lat, lng: at?.lng });
    if (result.status === 'resolved') {
      cache.set(key, result.place.id);
      return result.place.id;
    }
    cache.set(key, null);
    unresolved.add({
      name,
      country,
      status: result.status,
      reason: result.reason,
      candidates:
        result.status === 'ambiguous' ? result.candidates.slice(0, 5).map((c) => c.place.id) : undefined,
    });
    return null;
  };

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
    const a = resolveSide(city1, country1);
    const b = resolveSide(city2, country2);
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
    // The list a row comes from is the country page of its first city.
    const source = twinCitiesListSource(country1);
    sources.set(source.id, source);
    claims.push({ placeA: a, placeB: b, sourceId: source.id, locator: `twin_cities_raw.csv row ${line}` });
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
  return { sources: [...sources.values()].sort((x, y) => x.id.localeCompare(y.id)), partnerships: claims };
}
