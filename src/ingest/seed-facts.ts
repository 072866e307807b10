/**
 * The curated facts taken from the source documents: partnerships with signing dates, stated figures,
 * corridors, organisations, events and projects. Every record cites its document and locator; the
 * partnerships merge with the twin-city pairs through the same place identifiers.
 */
import type {
  CorridorRow,
  EventRow,
  MembershipRow,
  ObservationRow,
  OrganisationRow,
  PartnershipClaimRow,
  ProjectRow,
  RecordBatch,
  SourceLink,
} from '../store/batch.ts';
import {
  EVENT_KINDS,
  LEVELS,
  PARTNERSHIP_TYPES,
  PROJECT_DOMAINS,
  parsePartialDate,
  type EventKind,
  type PartialDate,
  type ProjectStatus,
} from '../domain/registry.ts';
import { eventId, membershipId, observationId, organisationId, projectId } from '../domain/ids.ts';
import { documentSources, parseDocumentCitations } from './bundled-sources.ts';
import { UnresolvedNames, type ImportReport } from './report.ts';
import type { PlaceResolver } from './resolver-port.ts';

export interface SeedFacts {
  partnerships: { records: SeedPartnership[] };
  statistics: { records: SeedStatistic[] };
  corridors: { records: SeedCorridor[] };
  organizations: { records: SeedOrganisation[] };
  events: { records: SeedEvent[] };
  projects: { records: SeedProject[] };
}

interface SeedName {
  zh?: string;
  en: string;
  country: string;
}
interface SeedPartnership {
  a: SeedName;
  b: SeedName;
  type: string;
  level: string;
  signed: string | null;
  note?: string;
  source: string;
}
interface SeedStatistic {
  subject: string;
  measure: string;
  value: number;
  countries?: number;
  share?: number;
  as_of?: string | null;
  breakdown?: Record<string, number>;
  note?: string;
  source: string;
}
interface SeedCorridor {
  id: string;
  zh: string;
  en: string;
  countries: string[];
  nodes: string[];
  functions: string[];
}
interface SeedOrganisation {
  abbr?: string;
  zh?: string;
  en: string;
  kind: string;
  issue?: string;
  founded?: string;
  members_note?: string;
  note?: string;
  source: string;
}
interface SeedEvent {
  date: string;
  end?: string;
  kind: string;
  name: string;
  zh?: string;
  place?: string;
  figures?: Record<string, number | string>;
  note?: string;
  source: string;
}
interface SeedProject {
  name: string;
  zh?: string;
  corridor?: string;
  domain: string;
  sector?: string;
  place?: string;
  started?: string;
  completed?: string;
  date?: string;
  status?: string;
  milestone?: string;
  figures?: Record<string, number | string>;
  investors?: string[];
  builder?: string;
  partners?: string[];
  source: string;
}

const STATUS_MAP: Record<string, { status: ProjectStatus; milestone?: string }> = {
  completed: { status: 'completed' },
  operating: { status: 'operating' },
  'under construction': { status: 'under_construction' },
  'phase 1 completed': { status: 'under_construction', milestone: 'phase 1 completed' },
  held: { status: 'completed' },
};

/**
 * Memberships the organisation notes name explicitly (`Xi'an, Quanzhou and Suzhou named as members`,
 * `regional offices in Chengdu`, `Chengdu leads its livability group`, `headquartered in Shanghai`).
 */
const NAMED_MEMBERS: { abbr: string; place: string; role: string }[] = [
  { abbr: 'LHC', place: "Xi'an", role: 'member' },
  { abbr: 'LHC', place: 'Quanzhou', role: 'member' },
  { abbr: 'LHC', place: 'Suzhou', role: 'member' },
  { abbr: 'WeGO', place: 'Chengdu', role: 'regional office' },
  { abbr: 'BRISCA', place: 'Chengdu', role: 'lead of the livability group' },
];
const HEADQUARTERS: Record<string, string> = { NDB: 'Shanghai' };

export function seedFactsBatch(facts: SeedFacts, resolver: PlaceResolver, report: ImportReport): RecordBatch {
  const unresolved = new UnresolvedNames();
  const problem = (row: number, field: string, reason: string, value?: string) =>
    report.errors.push({ row, field, reason, value });

  // Records cite the source documents and the places in them that each fact's own `source` field names,
  // never the folder or files read, so the same facts read from anywhere link and log nothing new.
  const citations = (text: string, row: number, field: string): SourceLink[] => {
    const links = parseDocumentCitations(text);
    if (links.length === 0) problem(row, field, 'cites no known source document', text);
    return links;
  };

  const date = (text: string | null | undefined, row: number, field: string): PartialDate | null => {
    if (!text) return null;
    const parsed = parsePartialDate(text);
    if ('error' in parsed) {
      problem(row, field, parsed.error, text);
      return null;
    }
    return parsed;
  };

  /** Resolves a place by English name, then Chinese name; reports it when neither resolves. */
  const place = (names: { en?: string; zh?: string }, country?: string): string | null => {
    for (const name of [names.en, names.zh]) {
      if (!name) continue;
      const r = resolver.resolve({ name, country });
      if (r.status === 'resolved') return r.place.id;
    }
    const label = names.en ?? names.zh ?? '';
    const r = resolver.resolve({ name: label, country });
    unresolved.add({
      name: label,
      country: country ?? null,
      status: r.status === 'ambiguous' ? 'ambiguous' : 'unresolved',
      reason: r.status === 'resolved' ? '' : r.reason,
    });
    return null;
  };

  const batch: Required<
    Pick<
      RecordBatch,
      | 'sources'
      | 'partnerships'
      | 'observations'
      | 'corridors'
      | 'organisations'
      | 'memberships'
      | 'events'
      | 'projects'
    >
  > = {
    sources: documentSources(),
    partnerships: [],
    observations: [],
    corridors: [],
    organisations: [],
    memberships: [],
    events: [],
    projects: [],
  };

  // Partnerships: one claim per cited document, so a date two documents give differently stays visible.
  facts.partnerships.records.forEach((p, i) => {
    const row = i + 1;
    if (!PARTNERSHIP_TYPES.includes(p.type as never))
      problem(row, 'type', `unknown type; expected ${PARTNERSHIP_TYPES.join(', ')}`, p.type);
    if (!LEVELS.includes(p.level as never))
      problem(row, 'level', `unknown level; expected ${LEVELS.join(', ')}`, p.level);
    const a = place(p.a, p.a.country);
    const b = place(p.b, p.b.country);
    const links = citations(p.source, row, 'source');
    if (!a || !b) {
      report.skipped.push({
        row,
        field: !a ? 'a' : 'b',
        value: `${p.a.en} – ${p.b.en}`,
        reason: 'place not resolved',
      });
      return;
    }
    const signed = date(p.signed, row, 'signed');
    links.forEach((link, k) => {
      // A later citation that only gives a coarser date ("002 gives April 2015") claims that date, not the first's.
      const coarser = k > 0 ? /gives (\w+ \d{4})/.exec(link.locator ?? '') : null;
      const claimDate = coarser ? (monthYear(coarser[1]) ?? signed) : signed;
      const claim: PartnershipClaimRow = {
        placeA: a,
        placeB: b,
        sourceId: link.sourceId,
        locator: link.locator,
        type: p.type as PartnershipClaimRow['type'],
        level: p.level as PartnershipClaimRow['level'],
        ...(claimDate ? { signed: claimDate } : {}),
        ...(p.note && k === 0 ? { note: p.note } : {}),
      };
      batch.partnerships.push(claim);
    });
  });

  facts.statistics.records.forEach((s, i) => {
    const row = i + 1;
    const links = citations(s.source, row, 'source');
    if (typeof s.value !== 'number' || !Number.isFinite(s.value))
      problem(row, 'value', 'not a number', String(s.value));
    const country = resolver.resolveCountry(s.subject);
    let placeId: string | null = null;
    if (!country && /^[A-Z][a-z' ]+$/.test(s.subject)) {
      const r = resolver.resolve({ name: s.subject, country: 'CN' });
      placeId = r.status === 'resolved' ? r.place.id : null;
    }
    const asOf = date(s.as_of, row, 'as_of');
    const details: Record<string, unknown> = {};
    if (s.countries !== undefined) details.countries = s.countries;
    if (s.share !== undefined) details.share = s.share;
    if (s.breakdown) details.breakdown = s.breakdown;
    const sourceId = links[0]?.sourceId ?? '';
    batch.observations.push({
      id: observationId(s.subject, s.measure, s.as_of ?? null, sourceId + (links[0]?.locator ?? '')),
      subjectText: s.subject,
      placeId,
      countryCode: country?.code ?? null,
      measure: s.measure,
      value: s.value,
      unit: 'count',
      asOf,
      details,
      note: s.note ?? null,
      sources: links,
    } satisfies ObservationRow);
  });

  facts.corridors.records.forEach((c, i) => {
    const row = i + 1;
    const nodes: string[] = [];
    for (const node of c.nodes) {
      const match = /^(.*?)\s+([\u4e00-\u9fff]+)$/.exec(node);
      const en = match ? match[1] : node;
      const zh = match ? match[2] : undefined;
      const found = c.countries
        .map((code) => {
          const r = resolver.resolve({ name: en, country: code });
          return r.status === 'resolved' ? r.place.id : null;
        })
        .find(Boolean);
      const id = found ?? place({ en, zh }, undefined);
      if (id) nodes.push(id);
      else report.skipped.push({ row, field: 'nodes', value: node, reason: 'node city not resolved' });
    }
    batch.corridors.push({
      id: c.id,
      nameEn: c.en,
      nameZh: c.zh,
      functions: c.functions,
      countryCodes: c.countries,
      nodePlaceIds: nodes,
      sources: [{ sourceId: 'src:doc-002', locator: 'Table 1-1' }],
    } satisfies CorridorRow);
  });

  const organisationIds = new Map<string, string>();
  facts.organizations.records.forEach((o, i) => {
    const row = i + 1;
    const id = organisationId(o.abbr ?? o.en);
    organisationIds.set(o.abbr ?? o.en, id);
    const kinds = ['city_network', 'forum', 'institution', 'fund_or_bank'];
    if (!kinds.includes(o.kind)) problem(row, 'kind', `unknown kind; expected ${kinds.join(', ')}`, o.kind);
    const hq = o.abbr && HEADQUARTERS[o.abbr] ? place({ en: HEADQUARTERS[o.abbr] }, 'CN') : null;
    batch.organisations.push({
      id,
      abbr: o.abbr ?? null,
      nameEn: o.en,
      nameZh: o.zh ?? null,
      kind: o.kind as OrganisationRow['kind'],
      topic: o.issue ?? null,
      founded: o.founded ?? null,
      placeId: hq,
      membersNote: o.members_note ?? null,
      note: o.note ?? null,
      sources: citations(o.source, row, 'source'),
    });
  });
  for (const m of NAMED_MEMBERS) {
    const orgId = organisationIds.get(m.abbr);
    const org = facts.organizations.records.find((o) => o.abbr === m.abbr);
    const placeId = place({ en: m.place }, 'CN');
    if (!orgId || !org || !placeId) continue;
    batch.memberships.push({
      id: membershipId(orgId, placeId, m.role),
      organisationId: orgId,
      placeId,
      role: m.role,
      note: 'named in the organisation record of the source',
      sources: parseDocumentCitations(org.source),
    } satisfies MembershipRow);
  }

  facts.events.records.forEach((e, i) => {
    const row = i + 1;
    if (!EVENT_KINDS.includes(e.kind as EventKind))
      problem(row, 'kind', `unknown kind; expected ${EVENT_KINDS.join(', ')}`, e.kind);
    const starts = date(e.date, row, 'date');
    const ends = date(e.end, row, 'end');
    const placeIds = (e.place ?? '')
      .split(/;\s*/)
      .filter(Boolean)
      .map((name) => resolvePreferringChina(resolver, name) ?? place({ en: name }, undefined))
      .filter((id): id is string => Boolean(id));
    batch.events.push({
      id: eventId(starts?.date ?? null, e.name),
      kind: e.kind as EventKind,
      nameEn: e.name,
      nameZh: e.zh ?? null,
      starts,
      endsOn: ends?.date ?? null,
      placeId: placeIds[0] ?? null,
      placeText: e.place ?? null,
      figures: e.figures ?? {},
      note: e.note ?? null,
      participants: placeIds.slice(1).map((placeId) => ({ placeId, role: 'co-host' })),
      sources: citations(e.source, row, 'source'),
    } satisfies EventRow);
  });

  facts.projects.records.forEach((p, i) => {
    const row = i + 1;
    if (!PROJECT_DOMAINS.includes(p.domain as never))
      problem(row, 'domain', `unknown domain; expected ${PROJECT_DOMAINS.join(', ')}`, p.domain);
    const status = p.status ? STATUS_MAP[p.status] : { status: 'unknown' as const };
    if (!status)
      problem(row, 'status', `unknown status; expected ${Object.keys(STATUS_MAP).join(', ')}`, p.status);
    const placeIds: string[] = [];
    for (const segment of (p.place ?? '').split(/\s+-\s+/).filter(Boolean)) {
      const parts = segment.split(/,\s*/);
      const country =
        parts.length > 1 && /^[A-Z]{2}$/.test(parts.at(-1)!)
          ? parts.pop()!
          : /^[A-Z]{2}$/.test(segment)
            ? null
            : undefined;
      if (country === null) continue; // a whole country, kept in place_text
      // "Port Qasim, Karachi" or "Jhimpir, near Karachi": the first name that resolves is the place.
      const id = parts
        .map((n) => n.replace(/^near\s+/, ''))
        .map((n) => resolver.resolve({ name: n, country }))
        .find((r) => r.status === 'resolved');
      if (id && id.status === 'resolved') placeIds.push(id.place.id);
      else place({ en: parts[0] }, country);
    }
    const participants: { name: string; role: string }[] = [];
    for (const investor of p.investors ?? []) participants.push({ name: investor, role: 'investor' });
    if (p.builder) participants.push({ name: p.builder, role: 'builder' });
    for (const partner of p.partners ?? []) {
      const m = /^(.*),\s*([A-Z]{2})$/.exec(partner);
      const r = m ? resolver.resolve({ name: m[1], country: m[2] }) : null;
      if (r?.status === 'resolved') placeIds.push(r.place.id);
      else participants.push({ name: partner, role: 'partner' });
    }
    const milestones: ProjectRow['milestones'] = [];
    if (p.milestone) {
      const m = /^(.*?)\s+(\d{4}(?:-\d{2}){0,2})$/.exec(p.milestone);
      milestones.push(
        m ? { description: m[1], date: date(m[2], row, 'milestone') } : { description: p.milestone },
      );
    }
    if (status?.milestone) milestones.push({ description: status.milestone });
    const outcomes = Object.entries(p.figures ?? {}).map(([measure, value]) =>
      typeof value === 'number' ? { measure, value } : { measure, text: value },
    );
    batch.projects.push({
      id: projectId(p.name),
      nameEn: p.name,
      nameZh: p.zh ?? null,
      domain: p.domain as ProjectRow['domain'],
      sector: p.sector ?? null,
      corridorId: p.corridor ?? null,
      status: status?.status ?? 'unknown',
      started: date(p.started ?? p.date, row, 'started'),
      completed: date(p.completed, row, 'completed'),
      placeText: p.place ?? null,
      placeIds: [...new Set(placeIds)],
      participants,
      milestones,
      outcomes,
      sources: citations(p.source, row, 'source'),
    });
  });

  report.rows =
    facts.partnerships.records.length +
    facts.statistics.records.length +
    facts.corridors.records.length +
    facts.organizations.records.length +
    facts.events.records.length +
    facts.projects.records.length;
  report.unresolved = unresolved.list();
  return batch;
}

/** Event places are Chinese cities unless the name only exists abroad (Chicago, Sofia, London). */
function resolvePreferringChina(resolver: PlaceResolver, name: string): string | null {
  const r = resolver.resolve({ name, country: 'CN' });
  if (r.status === 'resolved') return r.place.id;
  const anywhere = resolver.resolve({ name });
  return anywhere.status === 'resolved' ? anywhere.place.id : null;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
function monthYear(text: string): PartialDate | null {
  const [month, year] = text.toLowerCase().split(' ');
  const m = MONTHS.indexOf(month);
  if (m < 0) return null;
  return { date: `${year}-${String(m + 1).padStart(2, '0')}-01`, precision: 'month' };
}
