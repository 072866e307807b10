/**
 * Wikidata query results (SPARQL JSON) for P190, "twinned administrative body". The query's variables:
 * `item`, `itemLabel`, `twin`, `twinLabel` (required); `itemCountry`/`twinCountry` (ISO code or label),
 * `itemCoord`/`twinCoord` (`Point(lng lat)`), `itemGeonames`/`twinGeonames` (P1566), `start` (P580) with an
 * optional `startPrecision` (wikibase:timePrecision: 9 year, 10 month, 11 day). An example query is in
 * the README.
 */
import type { PartnershipClaimRow, RecordBatch, SourceRow } from '../store/batch.ts';
import { orderPair } from '../domain/ids.ts';
import type { DatePrecision, PartialDate } from '../domain/registry.ts';
import { UnresolvedNames, type ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

interface Binding {
  type: string;
  value: string;
  datatype?: string;
}

export const WIKIDATA_SOURCE: SourceRow = {
  id: 'src:wikidata-p190',
  title: 'Wikidata: twinned administrative body (P190)',
  kind: 'dataset',
  publisher: 'Wikidata contributors',
  url: 'https://www.wikidata.org/wiki/Property:P190',
  licence: 'CC0 1.0',
};

const PRECISION: Record<string, DatePrecision> = { '9': 'year', '10': 'month', '11': 'day' };

function parseStart(value: string, precisionCode: string | undefined): PartialDate | null {
  const m = /^\+?(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!m) return null;
  // Without the precision, Wikidata's 1 January stands for "the year" far more often than for that day.
  const precision = precisionCode
    ? PRECISION[precisionCode]
    : m[2] === '01' && m[3] === '01'
      ? 'year'
      : 'day';
  if (!precision) return null;
  const date =
    precision === 'year'
      ? `${m[1]}-01-01`
      : precision === 'month'
        ? `${m[1]}-${m[2]}-01`
        : `${m[1]}-${m[2]}-${m[3]}`;
  return { date, precision };
}

function parsePoint(value: string | undefined): { lat: number; lng: number } | null {
  const m = value ? /Point\(([-\d.eE]+)\s+([-\d.eE]+)\)/.exec(value) : null;
  return m ? { lng: Number(m[1]), lat: Number(m[2]) } : null;
}

export function wikidataBatch(
  text: string,
  resolver: PlaceResolver,
  report: ImportReport,
  knownPlaceIds: Set<string>,
): RecordBatch {
  let json: { head?: { vars?: string[] }; results?: { bindings?: Record<string, Binding>[] } };
  try {
    json = JSON.parse(text);
  } catch (error) {
    report.errors.push({ row: 0, field: '(file)', reason: `not JSON: ${(error as Error).message}` });
    return {};
  }
  const vars = json.head?.vars ?? [];
  const bindings = json.results?.bindings;
  if (!Array.isArray(bindings)) {
    report.errors.push({
      row: 0,
      field: '(file)',
      reason: 'not SPARQL query results: results.bindings is missing',
    });
    return {};
  }
  const missing = ['item', 'itemLabel', 'twin', 'twinLabel'].filter((v) => !vars.includes(v));
  if (missing.length) {
    report.errors.push({
      row: 0,
      field: missing.join(', '),
      reason: `the query must select ?${missing.join(', ?')}; it selects ?${vars.join(', ?')}`,
    });
    return {};
  }
  report.rows = bindings.length;
  const unresolved = new UnresolvedNames();
  const cache = new Map<string, string | null>();
  const resolveSide = (b: Record<string, Binding>, side: 'item' | 'twin'): string | null => {
    const qid = b[side].value.replace(/^.*\//, '');
    if (cache.has(qid)) return cache.get(qid)!;
    const geonames = b[`${side}Geonames`]?.value;
    if (geonames && knownPlaceIds.has(`gn:${geonames}`)) {
      cache.set(qid, `gn:${geonames}`);
      return `gn:${geonames}`;
    }
    const name = b[`${side}Label`].value;
    const country = b[`${side}Country`]?.value;
    const at = parsePoint(b[`${side}Coord`]?.value);
    const r = resolver.resolve({ name, country, lat: at?.lat, lng: at?.lng });
    const id = r.status === 'resolved' ? r.place.id : null;
    if (r.status !== 'resolved')
      unresolved.add({
        name: `${name} (${qid})`,
        country: country ?? null,
        status: r.status,
        reason: r.reason,
      });
    cache.set(qid, id);
    return id;
  };
  const claims = new Map<string, PartnershipClaimRow>();
  bindings.forEach((b, i) => {
    const row = i + 1;
    for (const v of ['item', 'itemLabel', 'twin', 'twinLabel']) {
      if (!b[v]?.value) report.errors.push({ row, field: v, reason: 'missing in this result row' });
    }
    if (!b.item?.value || !b.twin?.value || !b.itemLabel?.value || !b.twinLabel?.value) return;
    const a = resolveSide(b, 'item');
    const c = resolveSide(b, 'twin');
    if (!a || !c) {
      report.skipped.push({
        row,
        field: !a ? 'item' : 'twin',
        value: `${b.itemLabel.value} – ${b.twinLabel.value}`,
        reason: 'name not resolved to a place',
      });
      return;
    }
    if (a === c) {
      report.skipped.push({ row, field: 'twin', reason: 'both sides resolve to the same place' });
      return;
    }
    let signed: PartialDate | null = null;
    if (b.start?.value) {
      signed = parseStart(b.start.value, b.startPrecision?.value);
      if (!signed)
        report.errors.push({
          row,
          field: 'start',
          value: b.start.value,
          reason: 'not a Wikidata time value of year, month or day precision',
        });
    }
    const [x, y] = orderPair(a, c);
    const key = `${x}|${y}`;
    const earlier = claims.get(key);
    // P190 is stated on both items of a pair; the two statements merge, keeping the more precise date.
    if (earlier) {
      if (signed && (!earlier.signed || precisionRank(signed) > precisionRank(earlier.signed)))
        earlier.signed = signed;
      report.merged.push(
        `row ${row}: ${b.itemLabel.value} – ${b.twinLabel.value} merged with the other side's statement`,
      );
      return;
    }
    claims.set(key, {
      placeA: x,
      placeB: y,
      sourceId: WIKIDATA_SOURCE.id,
      // The statement locates the claim, not the result file: the same results under any name link the same.
      locator: `${b.item.value.replace(/^.*\//, '')} P190 ${b.twin.value.replace(/^.*\//, '')}`,
      ...(signed ? { signed } : {}),
    });
  });
  report.unresolved = unresolved.list();
  return { sources: [WIKIDATA_SOURCE], partnerships: [...claims.values()] };
}

function precisionRank(d: PartialDate): number {
  return d.precision === 'day' ? 3 : d.precision === 'month' ? 2 : 1;
}
