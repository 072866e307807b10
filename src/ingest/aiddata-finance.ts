/**
 * AidData's geocoded Chinese government-financed projects (China GeocodedResearchRelease Level 1, v1.1.0):
 * 3,485 projects of 2000-2014 as cooperation projects, with their recipient countries, the places they
 * are at where the gazetteer holds them, the sector mapped to the five connectivities, status, dates,
 * commitments and the agencies that fund, co-finance and implement them.
 *
 * A location links a place only by its class, never by a guess: a populated place by its GeoNames id
 * (or by name within 25 km of the given coordinates), a first-level division to a region of that name
 * in the country; a second-level division, a facility or a whole country links no place. Every project
 * keeps its recipient countries, and the locations it could not link are named in its place text and in
 * the import report.
 */
import { parse } from 'csv-parse/sync';
import { restoreCsvCell } from '../domain/csv.ts';
import { distanceKm } from '../domain/geo.ts';
import type { PartialDate, ProjectDomain, ProjectStatus } from '../domain/registry.ts';
import type { ProjectRow, RecordBatch, SourceRow } from '../store/batch.ts';
import type { ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

export const AIDDATA_FINANCE_SOURCE: SourceRow = {
  id: 'src:aiddata-geocoded-china-1.1.0',
  title:
    'AidData. 2018. China GeocodedResearchRelease Level1 v1.1.0. Williamsburg, VA: AidData at William & Mary.',
  titleZh: 'AidData：中国政府资助项目地理编码数据集 v1.1.0（2018）',
  kind: 'dataset',
  publisher: 'AidData at William & Mary',
  url: 'https://www.aiddata.org/data/geocoded-chinese-global-official-finance-dataset',
  licence: 'ODC-By 1.0 (Open Data Commons Attribution License)',
  note: "projects of 2000-2014 tracked by AidData's TUFF method (media reports triangulated with official and field sources); amounts are commitments known from public reporting, not audited flows; bundled as data/aiddata-chinese-finance/",
};

/**
 * AidData's sector codes (OECD CRS groups) to the five connectivities of the Belt and Road (policy,
 * facilities, trade, finance, people) or capacity building. `unspecified` where the source names none.
 */
export const AIDDATA_SECTOR_DOMAINS: Readonly<Record<string, ProjectDomain>> = {
  '110': 'people', // Education
  '120': 'people', // Health
  '130': 'people', // Population policies / programmes and reproductive health
  '140': 'facilities', // Water supply and sanitation
  '150': 'policy', // Government and civil society
  '160': 'people', // Other social infrastructure and services
  '210': 'facilities', // Transport and storage
  '220': 'facilities', // Communications
  '230': 'facilities', // Energy generation and supply
  '240': 'finance', // Banking and financial services
  '250': 'trade', // Business and other services
  '310': 'trade', // Agriculture, forestry and fishing
  '320': 'trade', // Industry, mining, construction
  '330': 'trade', // Trade and tourism
  '410': 'capacity_building', // General environmental protection
  '420': 'people', // Women in development
  '430': 'capacity_building', // Other multisector
  '510': 'finance', // General budget support
  '520': 'people', // Developmental food aid / food security assistance
  '530': 'people', // Non-food commodity assistance
  '600': 'finance', // Action relating to debt
  '700': 'people', // Emergency response
  '920': 'policy', // Support to non-governmental and government organisations
  '998': 'unspecified', // Unallocated / unspecified
};

/** AidData's statuses (IATI activity status) to a project's status. */
export const AIDDATA_STATUSES: Readonly<Record<string, ProjectStatus>> = {
  Completion: 'completed',
  Implementation: 'in_progress',
  'Pipeline: Commitment': 'planned',
  'Pipeline: Pledge': 'proposed',
  Cancelled: 'cancelled',
  Suspended: 'suspended',
};

/** The three bundled files, as text. */
export interface FinanceFiles {
  projects: string;
  locations: string;
  ancillary: string;
}

type Row = Record<string, string>;

const read = (text: string): Row[] =>
  (parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Row[]).map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCsvCell(v.trim())])),
  );

/** How far a populated place found by name may lie from the location's coordinates. */
const NEAR_KM = 25;

const POPULATED = /^PPL/;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "Export-Import Bank of China, Government Agency; …" as participants of one role. */
function agencies(cell: string | undefined, role: string): { name: string; role: string }[] {
  return (cell ?? '')
    .split(/;\s*/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const comma = a.lastIndexOf(', ');
      return { name: comma > 0 ? `${a.slice(0, comma)} (${a.slice(comma + 2)})` : a, role };
    });
}

export function aiddataFinanceBatch(
  files: FinanceFiles,
  resolver: PlaceResolver,
  geonamesCountries: ReadonlyMap<string, string>,
  report: ImportReport,
): RecordBatch {
  const projects = read(files.projects);
  const locations = read(files.locations);
  const ancillary = new Map(read(files.ancillary).map((r) => [r.project_id, r]));
  report.rows = projects.length;
  const error = (row: number, field: string, value: string, reason: string) =>
    report.errors.push({ row, field: `projects.csv: ${field}`, value, reason });

  const locationsOf = new Map<string, Row[]>();
  for (const l of locations) locationsOf.set(l.project_id, [...(locationsOf.get(l.project_id) ?? []), l]);

  const rows: ProjectRow[] = [];
  projects.forEach((p, i) => {
    const row = i + 2;
    const id = p.project_id;
    if (!/^\d+$/.test(id ?? '')) return error(row, 'project_id', id ?? '', 'not a project number');
    const domain = AIDDATA_SECTOR_DOMAINS[p.ad_sector_codes];
    if (!domain) return error(row, 'ad_sector_codes', p.ad_sector_codes, 'not a sector code of the mapping');
    const status = AIDDATA_STATUSES[p.status];
    if (!status) return error(row, 'status', p.status, 'not a status of the mapping');
    const title = p.project_title;
    if (!title) return error(row, 'project_title', '', 'empty');

    // Recipient countries; "Africa, regional" and the like are named, not linked.
    const countryCodes: string[] = [];
    const unlinked: string[] = [];
    const recipientNames = p.recipients.split('|');
    p.recipients_iso3.split('|').forEach((iso3, k) => {
      const country = /^[A-Z]{3}$/.test(iso3) ? resolver.resolveCountry(iso3) : null;
      if (country) countryCodes.push(country.code);
      else unlinked.push(recipientNames[k] ?? iso3);
    });

    const placeIds: string[] = [];
    for (const l of locationsOf.get(id) ?? []) {
      const link = linkLocation(l, countryCodes, resolver, geonamesCountries);
      if ('placeId' in link) placeIds.push(link.placeId);
      else if (l.location_type_code !== 'PCLI') {
        unlinked.push(`${l.place_name} (${l.location_type_code})`);
        report.unresolved.push({
          name: l.place_name,
          country: countryCodes[0] ?? null,
          status: 'unresolved',
          rows: 1,
          reason: `location ${l.project_location_id} (${l.location_type_name}) of project ${id}: ${link.reason}`,
        });
      }
    }

    const extra = ancillary.get(id);
    const usdCurrent = Number(extra?.usd_current);
    const hasAmount =
      extra?.usd_current !== '' && extra?.usd_current !== undefined && Number.isFinite(usdCurrent);
    const day = (text: string): PartialDate | null =>
      ISO_DAY.test(text) ? { date: text, precision: 'day' } : null;
    const notes = [
      extra?.flow_class ? `flow class: ${extra.flow_class}` : '',
      extra?.usd_defl_2014
        ? `commitments in constant 2014 US dollars: ${Math.round(Number(extra.usd_defl_2014))}`
        : '',
      extra?.sources_count ? `AidData triangulated ${extra.sources_count} source(s)` : '',
    ].filter(Boolean);
    rows.push({
      id: `pj:aiddata-${id}`,
      nameEn: title,
      domain,
      sector: p.ad_sector_names || null,
      status,
      started: day(p.start_actual_isodate),
      completed: day(p.end_actual_isodate),
      amount: hasAmount ? usdCurrent : null,
      currency: hasAmount ? 'USD' : null,
      amountYear: hasAmount && /^\d{4}$/.test(extra?.year ?? '') ? Number(extra!.year) : null,
      placeIds: [...new Set(placeIds)],
      countryCodes: [...new Set(countryCodes)],
      placeText: unlinked.length ? unlinked.join('; ') : null,
      participants: [
        ...agencies(extra?.funding_agency ?? p.donors, 'funding agency'),
        ...agencies(extra?.cofinancing_agency, 'co-financing agency'),
        ...agencies(extra?.implementing_agency, 'implementing agency'),
      ],
      note: notes.length ? notes.join('; ') : null,
      sources: [{ sourceId: AIDDATA_FINANCE_SOURCE.id, locator: `project_id ${id}` }],
    });
  });
  return { sources: [AIDDATA_FINANCE_SOURCE], projects: rows };
}

/** The gazetteer place a location is, by its class, or why it links none. */
function linkLocation(
  l: Row,
  countryCodes: string[],
  resolver: PlaceResolver,
  geonamesCountries: ReadonlyMap<string, string>,
): { placeId: string } | { reason: string } {
  const type = l.location_type_code;
  if (type === 'PCLI') return { reason: 'the whole country' };
  const lat = Number(l.latitude);
  const lng = Number(l.longitude);
  const country = l.gazetteer_adm_code?.split('|')[2] ?? countryCodes[0];
  // A location the source puts outside the project's countries is a slip of the source: held back.
  const inRecipient = (code: string): { placeId: string } | { reason: string } | null =>
    countryCodes.includes(code) ? null : { reason: `the place lies in ${code}, not in a recipient country` };
  if (POPULATED.test(type)) {
    const byId = `gn:${l.geoname_id}`;
    const known = geonamesCountries.get(byId);
    if (known) return inRecipient(known) ?? { placeId: byId };
    const r = resolver.resolve({ name: l.place_name, country, kind: 'city', lat, lng });
    if (
      r.status === 'resolved' &&
      r.place.kind === 'city' &&
      r.place.lat !== null &&
      r.place.lng !== null &&
      distanceKm(lat, lng, r.place.lat, r.place.lng) <= NEAR_KM
    )
      return inRecipient(r.place.countryCode) ?? { placeId: r.place.id };
    return { reason: `no place of that name within ${NEAR_KM} km in the gazetteer` };
  }
  if (type === 'ADM1') {
    const r = resolver.resolve({ name: l.place_name, country, kind: 'region' });
    if (r.status === 'resolved' && (r.place.kind === 'region' || r.place.kind === 'province'))
      return inRecipient(r.place.countryCode) ?? { placeId: r.place.id };
    return { reason: 'no first-level region of that name in the country' };
  }
  return { reason: 'a second-level division or a facility links no place; the project keeps its country' };
}
