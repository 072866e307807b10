/**
 * Everything an annual report says, gathered from one version of the data: the figures (src/analysis/
 * report.ts), the exchanges and projects the registry holds for the span, and the top partner candidates
 * with their explanations. The API and the command line both call `reportContent`.
 */
import type { CooperationBalance } from '../../domain/cooperation-balance.ts';
import { placeCooperationBalance } from '../cooperation-balance.ts';
import type { Database } from '../../store/database.ts';
import { getPlace, listEvents, listProjects, getProject } from '../../store/registry.ts';
import { PUBLIC_ONLY, type PlaceReadScope } from '../../store/visibility.ts';
import { dataVersion } from '../../store/analysis-dataset.ts';
import {
  reportFigures,
  type ReportFigures,
  type ReportPlace,
  type ReportSpan,
} from '../../analysis/report.ts';
import { worldCoastIndex, type HomeFilter } from '../../analysis/layout/index.ts';
import { rankCandidatesInTurns, MatchingInputError } from '../../analysis/matching/index.ts';
import type { AdminLevel } from '../../domain/levels.ts';
import type { AnalysisCache } from '../analysis-cache.ts';
import type { ReportLanguage } from './vocabulary.ts';

/** The nation a national report covers: China, with its regions as China counts them. */
const NATION = { code: 'CN', nameEn: 'China', nameZh: '中国' };
/** Bounds of the years a report may be asked for; a year still to come is refused when the report is made. */
export const REPORT_YEARS = { min: 1949, max: 2100 } as const;
const LIST_LIMIT = 50;

export interface ReportRequest {
  /** The place reported on; null for the nation. */
  placeId: string | null;
  span: ReportSpan;
  /** Whether a place's districts and counties count with it; by default as its page counts them. */
  subdivisions?: boolean;
  lang: ReportLanguage;
}

export class ReportInputError extends Error {
  constructor(
    message: string,
    readonly field: 'place' | 'from' | 'to',
    readonly missing = false,
  ) {
    super(message);
  }
}

export interface ReportContent {
  lang: ReportLanguage;
  subject: {
    placeId: string | null;
    nameEn: string;
    nameZh: string | null;
    countryCode: string;
    level: AdminLevel | null;
    includesSubdivisions: boolean;
  };
  span: ReportSpan;
  generatedOn: string;
  dataVersion: number;
  figures: ReportFigures;
  exchanges: {
    total: number;
    items: {
      id: string;
      kind: string;
      nameEn: string;
      nameZh: string | null;
      startsOn: string | null;
      startsPrecision: string | null;
      placeNameEn: string | null;
      placeNameZh: string | null;
    }[];
  };
  projects: {
    total: number;
    /** False for the nation, whose projects are too many to list: the total is all projects recorded. */
    listed?: false;
    items: {
      id: string;
      nameEn: string;
      nameZh: string | null;
      domain: string;
      status: string;
      startedOn: string | null;
      completedOn: string | null;
      amount: number | null;
      amountYear: number | null;
      currency: string | null;
      outcomes: { measure: string; value: number | null; unit: string | null; text: string | null }[];
    }[];
  };
  /** Exchanges against projects over the five years that end with the span; null for the nation. */
  balance: CooperationBalance | null;
  /** Ranked partner candidates; null where there is no one place to seek them for (the nation, a place outside the matching pool). */
  candidates:
    | {
        rank: number;
        place: ReportPlace & { countryEn: string; countryZh: string };
        score: number;
        explanation: { en: string; zh: string }[];
        warnings: { en: string; zh: string }[];
      }[]
    | null;
}

/** A span of years that have begun: a report cannot count a year still to come. */
function checkSpan(span: ReportSpan, today: Date): void {
  const thisYear = today.getUTCFullYear();
  for (const field of ['from', 'to'] as const) {
    const year = span[field];
    if (!Number.isInteger(year) || year < REPORT_YEARS.min || year > thisYear)
      throw new ReportInputError(
        `${field}: a year from ${REPORT_YEARS.min} to ${thisYear}, not ${year}`,
        field,
      );
  }
  if (span.from > span.to) throw new ReportInputError(`from (${span.from}) is after to (${span.to})`, 'from');
}

export async function reportContent(
  db: Database,
  cache: AnalysisCache,
  request: ReportRequest,
  scope: PlaceReadScope = PUBLIC_ONLY,
  today: Date = new Date(),
): Promise<ReportContent> {
  checkSpan(request.span, today);
  const { span } = request;
  const place = request.placeId ? await getPlace(db, request.placeId) : null;
  if (request.placeId && !place)
    throw new ReportInputError(`no place with id ${request.placeId}`, 'place', true);
  const includesSubdivisions = place ? (request.subdivisions ?? place.countsSubdivisions) : true;
  const home: HomeFilter = place
    ? { kind: 'place', placeId: place.id, includeSubdivisions: includesSubdivisions }
    : { kind: 'country', countryCode: NATION.code };

  const dataset = await cache.data();
  const figures = reportFigures(dataset, home, span, {
    coast: await cache.get('coast', () => worldCoastIndex()),
    coastOverrides: dataset.coastOverrides,
  });

  const page = { limit: LIST_LIMIT, offset: 0 };
  const where = { placeId: place?.id, includeSubdivisions: includesSubdivisions };
  const inSpan = { yearFrom: span.from, yearTo: span.to };
  const events = await listEvents(db, { ...where, ...inSpan }, page, scope);
  // The nation's projects are thousands (AidData's among them): its report counts them, the platform lists them.
  const projects = place ? await listProjects(db, { ...where, ...inSpan }, page, scope) : null;
  const projectItems = [];
  for (const p of projects?.items ?? []) {
    const detail = await getProject(db, p.id, scope);
    projectItems.push({
      id: p.id,
      nameEn: p.nameEn,
      nameZh: p.nameZh ?? null,
      domain: p.domain,
      status: p.status,
      startedOn: p.startedOn ?? null,
      completedOn: p.completedOn ?? null,
      amount: p.amount ?? null,
      amountYear: p.amountYear ?? null,
      currency: p.currency ?? null,
      outcomes: (detail?.outcomes ?? []).map((o) => ({
        measure: o.measure,
        value: o.value ?? null,
        unit: o.unit ?? null,
        text: o.text ?? null,
      })),
    });
  }

  return {
    lang: request.lang,
    subject: place
      ? {
          placeId: place.id,
          nameEn: place.nameEn,
          nameZh: place.nameZh ?? null,
          countryCode: place.countryCode,
          level: place.adminLevel ?? null,
          includesSubdivisions,
        }
      : {
          placeId: null,
          nameEn: NATION.nameEn,
          nameZh: NATION.nameZh,
          countryCode: NATION.code,
          level: null,
          includesSubdivisions: true,
        },
    span,
    generatedOn: today.toISOString().slice(0, 10),
    dataVersion: await dataVersion(db),
    figures,
    exchanges: {
      total: events.total,
      items: events.items.map((e) => ({
        id: e.id,
        kind: e.kind,
        nameEn: e.nameEn,
        nameZh: e.nameZh ?? null,
        startsOn: e.startsOn ?? null,
        startsPrecision: e.startsPrecision ?? null,
        placeNameEn: e.placeNameEn ?? null,
        placeNameZh: e.placeNameZh ?? null,
      })),
    },
    projects: projects
      ? { total: projects.total, items: projectItems }
      : { total: dataset.projects.length, items: [], listed: false },
    balance: place
      ? await placeCooperationBalance(db, place.id, {
          to: span.to,
          includeSubdivisions: includesSubdivisions,
          scope,
        })
      : null,
    candidates: place ? await candidates(cache, place.id) : null,
  };
}

async function candidates(cache: AnalysisCache, placeId: string): Promise<ReportContent['candidates']> {
  const [dataset, pool, needsOffers] = await Promise.all([
    cache.data(),
    cache.matchingPool(),
    cache.needsOffers(),
  ]);
  try {
    const result = await rankCandidatesInTurns(pool, dataset, {
      seekerId: placeId,
      preset: 'balanced',
      needsOffers,
      limit: 10,
      filter: { excludePartners: true, excludeOwnCountry: true },
    });
    return result.items.map((r) => ({
      rank: r.rank,
      place: {
        id: r.place.id,
        nameEn: r.place.nameEn,
        nameZh: r.place.nameZh,
        countryCode: r.place.countryCode,
        countryEn: r.place.countryEn,
        countryZh: r.place.countryZh,
      },
      score: r.score,
      explanation: r.explanation.slice(0, 3).map((e) => ({ en: e.en, zh: e.zh })),
      warnings: r.warnings.map((w) => ({ en: w.en, zh: w.zh })),
    }));
  } catch (error) {
    // A place outside the matching pool (one without coordinates, a province) has no candidates to rank.
    if (error instanceof MatchingInputError) return null;
    throw error;
  }
}
