/** Entities of the registry and the rules every write must satisfy. No I/O here. */
import { z } from 'zod';
import { visibilitySchema } from './visibility.ts';
import { DECISION_STATUSES } from './decisions.ts';
import { PLACE_KINDS } from './geo.ts';

export const PARTNERSHIP_TYPES = ['sister_city', 'friendly_exchange', 'other', 'unknown'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];
export const PARTNERSHIP_TYPE_ZH: Record<PartnershipType, string> = {
  sister_city: '友好城市',
  friendly_exchange: '友好交流',
  other: '其他',
  unknown: '未知',
};

export const LEVELS = ['province', 'city', 'district'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * `listed`: the tie is in a current list, and no source says whether it is still active. A tie is
 * `active` only where a source says so.
 */
export const PARTNERSHIP_STATUSES = [
  'listed',
  'proposed',
  'active',
  'dormant',
  'suspended',
  'ended',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** The five connectivities (五通) of the Belt and Road, plus capacity building. */
export const PROJECT_DOMAINS = [
  'policy',
  'facilities',
  'trade',
  'finance',
  'people',
  'capacity_building',
  /** The source gives no sector that maps to a connectivity (AidData's "Unallocated / Unspecified"). */
  'unspecified',
] as const;
export type ProjectDomain = (typeof PROJECT_DOMAINS)[number];

export const PROJECT_STATUSES = [
  'proposed',
  'planned',
  'under_construction',
  /** Under way, not construction: a programme, a loan being disbursed, a medical team at work. */
  'in_progress',
  'operating',
  'completed',
  'suspended',
  'cancelled',
  'unknown',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const EVENT_KINDS = [
  'forum',
  'expo',
  'visit',
  'signing',
  'opening',
  'summit',
  'exchange',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ORGANISATION_KINDS = [
  'city_network',
  'forum',
  'institution',
  'fund_or_bank',
  'other',
  // the actors of the work platform
  'foreign_affairs_office',
  'coordinator',
  'department',
  'university',
  'firm',
  'think_tank',
  'foreign_partner',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SOURCE_KINDS = ['document', 'dataset', 'web', 'user', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * When sources disagree on a field, the shown value comes from the most authoritative kind of source:
 * a record a user entered, then a published document, reference data, a compiled data set, a web page.
 */
export const SOURCE_AUTHORITY: Record<SourceKind, number> = {
  user: 5,
  document: 4,
  reference: 3,
  dataset: 2,
  web: 1,
};

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date known to a year, a month or a day: `1973`, `2016-03`, `1994-05-14`. */
export interface PartialDate {
  /** The first day of the period, `YYYY-MM-DD`, as stored in a date column. */
  date: string;
  precision: DatePrecision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns an error message naming the problem otherwise. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000 || year > 2100) return { error: `year ${year} is out of range (1000–2100)` };
  if (m === undefined) return { date: `${y}-01-01`, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return { error: `month ${m} does not exist in "${text}"` };
  if (d === undefined) return { date: `${y}-${m}-01`, precision: 'month' };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { error: `day ${d} does not exist in ${y}-${m}` };
  return { date: `${y}-${m}-${d}`, precision: 'day' };
}

export const partialDate = z.string().transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/**
 * Names, titles, ids and locators are indexed; PostgreSQL refuses index entries over about 2.7 kB, so
 * they are bounded well below that (500 characters, 2 kB even in four-byte characters).
 */
export const MAX_NAME_LENGTH = 500;
const nonEmpty = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH);
/** Free text (notes, descriptions): long, not unbounded. */
const longText = z.string().max(10_000);

/** A reference to a source: an existing id, or a new source described inline. */
export const sourceRefSchema = z.object({
  sourceId: nonEmpty.optional(),
  source: z
    .object({
      title: nonEmpty,
      titleZh: z.string().max(MAX_NAME_LENGTH).optional(),
      kind: z.enum(SOURCE_KINDS).default('document'),
      publisher: z.string().max(MAX_NAME_LENGTH).optional(),
      // Only web addresses: a javascript: or data: URL would run or embed code where the source is shown.
      url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }).optional(),
      licence: z.string().max(MAX_NAME_LENGTH).optional(),
      retrieved: z.iso.date().optional(),
    })
    .optional(),
  locator: z.string().max(MAX_NAME_LENGTH).default(''),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** One source, given either by id or in full. */
export const oneSourceRefSchema = sourceRefSchema.refine((r) => Boolean(r.sourceId) !== Boolean(r.source), {
  message: 'give either sourceId or source, not both',
});

const sourcesField = z
  .array(sourceRefSchema)
  .min(1, 'every record needs at least one source')
  .refine((refs) => refs.every((r) => Boolean(r.sourceId) !== Boolean(r.source)), {
    message: 'each source gives either sourceId or source, not both',
  });

export const partnershipInputSchema = z.object({
  visibility: visibilitySchema.optional(),
  placeA: nonEmpty,
  placeB: nonEmpty,
  type: z.enum(PARTNERSHIP_TYPES).default('unknown'),
  level: z.enum(LEVELS).optional(),
  signed: partialDate.optional(),
  // Only what the source says: without a status the tie is shown as listed.
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  note: longText.optional(),
  ended: partialDate.optional().describe('when the tie ended, as the source says (the status becomes ended)'),
  endReason: longText.optional().describe('why it ended, as the source says'),
  sources: sourcesField,
});
export type PartnershipInput = z.infer<typeof partnershipInputSchema>;

export const partnershipPatchSchema = z.object({
  type: z.enum(PARTNERSHIP_TYPES).optional(),
  level: z.enum(LEVELS).optional(),
  signed: partialDate.nullable().optional(),
  status: z.enum(PARTNERSHIP_STATUSES).optional(),
  note: longText.nullable().optional(),
  ended: partialDate.nullable().optional().describe('when the tie ended, as the source says'),
  endReason: longText.nullable().optional().describe('why it ended, as the source says'),
  sources: sourcesField,
});
export type PartnershipPatch = z.infer<typeof partnershipPatchSchema>;

/** A decision on a tie's life after signing, by those who keep it: since when and why. */
export const lifecycleInputSchema = z.object({
  status: z.enum(DECISION_STATUSES),
  on: partialDate.describe('since when (the date it ended, for ended)'),
  reason: z.string().trim().min(1, 'must not be empty: say why').max(2_000),
});

export const eventInputSchema = z.object({
  visibility: visibilitySchema.optional(),
  kind: z.enum(EVENT_KINDS),
  nameEn: nonEmpty,
  nameZh: z.string().max(MAX_NAME_LENGTH).optional(),
  starts: partialDate.optional(),
  ends: partialDate.optional(),
  placeId: z.string().max(MAX_NAME_LENGTH).optional(),
  placeText: z.string().max(MAX_NAME_LENGTH).optional(),
  participants: z
    .array(z.object({ placeId: nonEmpty, role: z.string().max(MAX_NAME_LENGTH).default('participant') }))
    .default([]),
  figures: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  note: longText.optional(),
  sources: sourcesField,
});
export type EventInput = z.infer<typeof eventInputSchema>;

export const projectInputSchema = z.object({
  visibility: visibilitySchema.optional(),
  nameEn: nonEmpty,
  nameZh: z.string().max(MAX_NAME_LENGTH).optional(),
  domain: z.enum(PROJECT_DOMAINS),
  sector: z.string().max(MAX_NAME_LENGTH).optional(),
  corridorId: z.string().max(MAX_NAME_LENGTH).optional(),
  status: z.enum(PROJECT_STATUSES).default('unknown'),
  started: partialDate.optional(),
  completed: partialDate.optional(),
  amount: z.number().nonnegative().optional(),
  amountYear: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('the year of the amount (a commitment)'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD or CNY')
    .optional(),
  partnershipId: z.string().max(MAX_NAME_LENGTH).optional(),
  placeIds: z.array(nonEmpty).default([]),
  countryCodes: z
    .array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as KH'))
    .default([])
    .describe('the countries the project is in or for (recipient countries)'),
  placeText: z.string().max(MAX_NAME_LENGTH).optional(),
  participants: z
    .array(z.object({ name: nonEmpty, role: z.string().max(MAX_NAME_LENGTH).default('participant') }))
    .default([]),
  milestones: z
    .array(
      z.object({
        date: partialDate.optional(),
        description: longText.trim().min(1, 'must not be empty'),
        due: z.iso.date().optional().describe('when the milestone is due (YYYY-MM-DD)'),
        done: z.iso.date().optional().describe('when it was done'),
      }),
    )
    .default([]),
  outcomes: z
    .array(
      z
        .object({
          measure: nonEmpty,
          value: z.number().optional(),
          unit: z.string().max(MAX_NAME_LENGTH).optional(),
          text: longText.optional(),
        })
        .refine((o) => o.value !== undefined || o.text !== undefined, {
          message: 'an outcome needs a value or a text',
        }),
    )
    .default([]),
  sdgTargets: z
    .array(
      z.string().regex(/^\d{1,2}(\.[0-9a-z]{1,2})?$/, 'must be an SDG goal or target such as 11 or 11.3'),
    )
    .default([]),
  note: longText.optional(),
  sources: sourcesField,
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

export const observationInputSchema = z.object({
  subjectText: nonEmpty,
  placeId: z.string().max(MAX_NAME_LENGTH).optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  measure: nonEmpty,
  value: z.number(),
  unit: z.string().max(MAX_NAME_LENGTH).optional(),
  asOf: partialDate.optional(),
  details: z.record(z.string(), z.unknown()).default({}),
  note: longText.optional(),
  sources: sourcesField,
});
export type ObservationInput = z.infer<typeof observationInputSchema>;

/** A place the gazetteer lacks, added by a user. */
export const placeInputSchema = z.object({
  kind: z.enum(PLACE_KINDS),
  nameEn: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  nameZh: z.string().max(MAX_NAME_LENGTH).optional(),
  aliases: z.array(z.string().max(MAX_NAME_LENGTH)).max(100).default([]),
  countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  parentId: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  // places.population is an integer column: a larger number would fail in the database.
  population: z.number().int().nonnegative().max(2_147_483_647).optional(),
});

export const organisationInputSchema = z.object({
  abbr: z.string().max(MAX_NAME_LENGTH).optional(),
  nameEn: nonEmpty,
  nameZh: z.string().max(MAX_NAME_LENGTH).optional(),
  kind: z.enum(ORGANISATION_KINDS),
  topic: z.string().max(MAX_NAME_LENGTH).optional(),
  founded: z.string().max(MAX_NAME_LENGTH).optional(),
  placeId: z.string().max(MAX_NAME_LENGTH).optional(),
  note: longText.optional(),
  sources: sourcesField,
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

/** Formats zod issues as `field: reason` lines, the form every error message of the platform takes. */
export function describeIssues(error: z.ZodError): { field: string; reason: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(record)', reason: issue.message }));
}
