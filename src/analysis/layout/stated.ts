/**
 * Stated figures next to counted ones. Sources state counts ("Shanghai has 85 partner cities") with
 * their own date and definition; the counted figure comes from the ties in the data. The comparison
 * reads the definition from the measure's wording, counts what matches it, and says in English and
 * Chinese why the two may differ.
 */
import type { Dataset, ObservationFact } from '../../domain/dataset.ts';
import { pairOf } from '../../domain/stated-ties.ts';
import { compareDates, countryRef } from './common.ts';
import type { SelectedTie, TieSelection } from './selection.ts';

export interface StatedDefinition {
  /** Only ties of the subject itself at city level ("municipal"). */
  municipalOnly: boolean;
  /** Only sister cities, not friendly exchange ("sister cities" without "friendly"). */
  sisterCitiesOnly: boolean;
  /** A continent or UN subregion the figure is restricted to, when the measure names one. */
  region: { kind: 'continent' | 'subregion'; name: string } | null;
  beltAndRoadOnly: boolean;
  /** What is counted: partner places, or (for a country subject) pairs. */
  unit: 'ties' | 'partner places';
  /** Ties new in a span of years ("new sister-city pairs 1973-1977"), not the stock at a date. */
  period: { from: number; to: number } | null;
}

export interface Reason {
  code:
    | 'as-of-date'
    | 'undated-ties'
    | 'level-definition'
    | 'type-definition'
    | 'status'
    | 'coverage-short'
    | 'coverage-over'
    | 'undefined-scope'
    | 'period'
    | 'too-few-dated';
  en: string;
  zh: string;
}

export interface StatedComparison {
  observationId: string;
  measure: string;
  asOf: string | null;
  sourceIds: string[];
  stated: number;
  statedCountries: number | null;
  definition: StatedDefinition;
  /** Every tie of the selection, whatever the definition. */
  countedAll: number;
  /** Ties matching the stated definition (and signed by its date when both dates are known). */
  countedMatching: number;
  countedCountries: number;
  difference: number;
  reasons: Reason[];
  explanationEn: string;
  explanationZh: string;
}

const SUBREGIONS: [RegExp, string][] = [
  [/south-?east(ern)? asia/i, 'South-Eastern Asia'],
  [/central asia/i, 'Central Asia'],
  [/western asia|west asia|middle east/i, 'Western Asia'],
  [/south(ern)? asia/i, 'Southern Asia'],
  [/eastern europe/i, 'Eastern Europe'],
  [/latin america/i, 'Latin America and the Caribbean'],
];
const CONTINENT_WORDS: [RegExp, string][] = [
  [/\bin europe\b/i, 'Europe'],
  [/\bin africa\b/i, 'Africa'],
  [/\bin asia\b/i, 'Asia'],
  [/\bin oceania\b/i, 'Oceania'],
  [/\bin north america\b/i, 'North America'],
  [/\bin south america\b/i, 'South America'],
];

/** Reads a measure's wording: "municipal sister cities in Southeast Asia". */
export function readDefinition(measure: string): StatedDefinition {
  let region: StatedDefinition['region'] = null;
  for (const [re, name] of SUBREGIONS) if (re.test(measure)) region ??= { kind: 'subregion', name };
  for (const [re, name] of CONTINENT_WORDS)
    if (!region && re.test(measure)) region = { kind: 'continent', name };
  return {
    municipalOnly: /municipal|市级/i.test(measure),
    sisterCitiesOnly: /sister/i.test(measure) && !/friendly|exchange|or friendly|all levels/i.test(measure),
    region,
    beltAndRoadOnly: /belt and road|一带一路/i.test(measure),
    unit: /pairs/i.test(measure) ? 'ties' : 'partner places',
    period: periodOf(measure),
  };
}

/** "new sister-city pairs 1973-1977", "2010—2014年新增": the span of years a figure of new ties covers. */
function periodOf(measure: string): StatedDefinition['period'] {
  const m = /(\d{4})\s*[-–—至]\s*(\d{4})/.exec(measure);
  if (!m || !/\bnew\b|新增|新结/i.test(measure)) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from <= to ? { from, to } : null;
}

function joinClauses(head: string, clauses: string[]): string {
  return `${head}; ${clauses.filter(Boolean).join(', and ')}.`;
}

function joinClausesZh(head: string, clauses: string[]): string {
  return `${head}；${clauses.filter(Boolean).join('；')}。`;
}

function matchesScope(dataset: Dataset, t: SelectedTie, d: StatedDefinition): boolean {
  const country = dataset.countries.get(t.partner.countryCode);
  if (d.beltAndRoadOnly && !country?.beltAndRoad) return false;
  if (d.region?.kind === 'continent' && country?.continent !== d.region.name) return false;
  if (d.region?.kind === 'subregion' && country?.subregion !== d.region.name) return false;
  return true;
}

/**
 * The observations about a subject: a place (by id) or a country (by code). Figures about a pair of
 * countries (China – Australia) are not about either country's ties with the world: statedCoverage reads them.
 */
export function observationsFor(
  dataset: Dataset,
  subject: { placeId?: string; countryCode?: string },
): ObservationFact[] {
  return dataset.observations.filter(
    (o) =>
      (subject.placeId !== undefined && o.placeId === subject.placeId) ||
      (subject.countryCode !== undefined &&
        o.placeId === null &&
        o.countryCode === subject.countryCode &&
        !pairOf(o.details)),
  );
}

/**
 * Each stated figure about the subject next to the selection's counted figure.
 * `subjectPlaceId` is the place the figures are about (for "municipal": ties held by that place itself).
 */
export function compareStatedFigures(
  dataset: Dataset,
  selection: TieSelection,
  observations: ObservationFact[],
  subjectPlaceId: string | null = null,
): StatedComparison[] {
  const subjectName = subjectPlaceId
    ? (dataset.places.get(subjectPlaceId)?.nameEn ?? subjectPlaceId)
    : selection.homeCountryCodes.map((c) => countryRef(dataset, c).nameEn).join(', ');
  return observations
    .slice()
    .sort((a, b) => (a.asOf ?? '9999').localeCompare(b.asOf ?? '9999') || a.id.localeCompare(b.id))
    .map((o) => compareOne(dataset, selection, o, subjectPlaceId, subjectName));
}

function compareOne(
  dataset: Dataset,
  selection: TieSelection,
  o: ObservationFact,
  subjectPlaceId: string | null,
  subjectName: string,
): StatedComparison {
  const d = readDefinition(o.measure);
  const all = selection.ties;
  const inScope = all.filter((t) => matchesScope(dataset, t, d));
  const reasons: Reason[] = [];

  let matching = inScope;
  if (d.municipalOnly) {
    // A municipality of province rank (Beijing, Shanghai) holds its city-level ties at province level too.
    const subject = subjectPlaceId ? dataset.places.get(subjectPlaceId) : undefined;
    const provinceRank =
      subject !== undefined && subject.kind === 'city' && subject.provinceId === subject.id;
    const notMunicipal = matching.filter(
      (t) =>
        t.tie.level === 'district' ||
        (t.tie.level === 'province' && !provinceRank) ||
        (subjectPlaceId !== null && t.home.id !== subjectPlaceId),
    );
    const unknownLevel = matching.filter((t) => t.tie.level === null).length;
    if (notMunicipal.length || unknownLevel)
      reasons.push({
        code: 'level-definition',
        en: joinClauses('The stated figure counts municipal ties only', [
          notMunicipal.length
            ? `${notMunicipal.length} counted tie(s) are held at district or province level and were left out`
            : '',
          unknownLevel ? `${unknownLevel} counted tie(s) have no recorded level and were kept` : '',
        ]),
        zh: joinClausesZh('所述数字仅统计市级友城', [
          notMunicipal.length ? `已计数据中有${notMunicipal.length}对为区县级或省级关系，已剔除` : '',
          unknownLevel ? `${unknownLevel}对未记录级别，仍计入` : '',
        ]),
      });
    const excluded = new Set(notMunicipal);
    matching = matching.filter((t) => !excluded.has(t));
  }
  if (d.sisterCitiesOnly) {
    const other = matching.filter((t) => t.tie.type === 'friendly_exchange' || t.tie.type === 'other');
    const unknownType = matching.filter((t) => t.tie.type === 'unknown').length;
    if (other.length || unknownType)
      reasons.push({
        code: 'type-definition',
        en: joinClauses('The stated figure counts sister cities only', [
          other.length
            ? `${other.length} counted tie(s) are friendly exchange or other relations and were left out`
            : '',
          unknownType ? `${unknownType} counted tie(s) have no recorded type and were kept` : '',
        ]),
        zh: joinClausesZh('所述数字仅统计友好城市', [
          other.length ? `已计数据中有${other.length}对为友好交流或其他关系，已剔除` : '',
          unknownType ? `${unknownType}对未记录类型，仍计入` : '',
        ]),
      });
    const excluded = new Set(other);
    matching = matching.filter((t) => !excluded.has(t));
  }

  if (d.period) {
    const { from, to } = d.period;
    const dated = matching.filter((t) => t.signedYear !== null);
    const undated = matching.length - dated.length;
    matching = dated.filter((t) => t.signedYear! >= from && t.signedYear! <= to);
    reasons.push({
      code: 'period',
      en: `The stated figure counts ties new in ${from}–${to}: only ties signed in those years are counted, not the whole stock.`,
      zh: `所述数字为${from}—${to}年新增的关系：仅计入这些年份签约的关系，而非全部存量。`,
    });
    if (undated)
      reasons.push({
        code: dated.length < undated ? 'too-few-dated' : 'undated-ties',
        en:
          `${undated} of ${dated.length + undated} counted ties have no signing date and cannot be placed in ${from}–${to}` +
          (dated.length < undated ? '; too few ties are dated for the comparison to say much.' : '.'),
        zh:
          `已计的${dated.length + undated}对关系中有${undated}对缺少签约日期，无法判断是否属于${from}—${to}年` +
          (dated.length < undated ? '；有日期的关系太少，比较意义有限。' : '。'),
      });
  } else if (o.asOf) {
    const later = matching.filter((t) => t.tie.signedOn && compareDates(t.tie.signedOn, o.asOf!) === 1);
    const undated = matching.filter((t) => !t.tie.signedOn).length;
    if (later.length) {
      reasons.push({
        code: 'as-of-date',
        en: `${later.length} counted tie(s) were signed after the stated figure's date (${o.asOf}) and were left out.`,
        zh: `已计数据中有${later.length}对签约晚于所述数字的统计日期（${o.asOf}），已剔除。`,
      });
      const excluded = new Set(later);
      matching = matching.filter((t) => !excluded.has(t));
    }
    if (undated)
      reasons.push({
        code: 'undated-ties',
        en: `${undated} counted tie(s) have no signing date, so whether they existed on ${o.asOf} cannot be checked.`,
        zh: `已计数据中有${undated}对缺少签约日期，无法核对其在${o.asOf}时是否已建立。`,
      });
  } else {
    const latest = all
      .map((t) => t.tie.signedOn)
      .filter((s): s is string => Boolean(s))
      .sort()
      .pop();
    reasons.push({
      code: 'as-of-date',
      en: `The stated figure gives no date; the counted data runs to ${latest ?? 'an unknown date (no tie is dated)'}.`,
      zh: `所述数字未注明统计日期；已计数据${latest ? `截至${latest}` : '均无签约日期'}。`,
    });
  }

  const statusOther = matching.filter((t) => t.tie.status !== 'active' && t.tie.status !== 'listed').length;
  if (statusOther)
    reasons.push({
      code: 'status',
      en: `${statusOther} counted tie(s) are not active (proposed, dormant or ended) and were kept.`,
      zh: `已计数据中有${statusOther}对不处于有效状态（拟议、休眠或已终止），仍计入。`,
    });
  if (d.unit === 'ties' && !subjectPlaceId && /provinces/i.test(o.measure))
    reasons.push({
      code: 'undefined-scope',
      en: 'The stated figure covers a subset of provinces the data does not identify.',
      zh: '所述数字仅覆盖部分省份，数据无法确定具体范围。',
    });

  const countedMatching =
    d.unit === 'partner places' && subjectPlaceId
      ? new Set(matching.map((t) => t.partner.id)).size
      : matching.length;
  const difference = countedMatching - o.value;
  if (difference < 0)
    reasons.push({
      code: 'coverage-short',
      en: `The data holds ${-difference} fewer than stated: ties the sources name are missing from the records.`,
      zh: `数据比所述少${-difference}个：部分来源所述关系尚未录入。`,
    });
  else if (difference > 0)
    reasons.push({
      code: 'coverage-over',
      en: `The data holds ${difference} more than stated: lists such as Wikipedia's include ties the stated count leaves out, or one side's list records a tie the other does not.`,
      zh: `数据比所述多${difference}个：维基百科等名录收录了所述统计未计入的关系，或仅一方名录记载的关系。`,
    });

  const statedCountries = typeof o.details.countries === 'number' ? o.details.countries : null;
  const countedCountries = new Set(matching.map((t) => t.partner.countryCode)).size;
  const headEn =
    `${subjectName}: stated ${o.value} (${o.measure}${o.asOf ? `, as of ${o.asOf}` : ''}), counted ${countedMatching} matching` +
    ` of ${all.length} ties in the data` +
    (statedCountries !== null ? `; countries stated ${statedCountries}, counted ${countedCountries}` : '') +
    '.';
  const headZh =
    `${subjectName}：所述${o.value}（${o.measure}${o.asOf ? `，截至${o.asOf}` : ''}），数据中符合该口径的为${countedMatching}，` +
    `全部关系${all.length}对` +
    (statedCountries !== null ? `；所述国家数${statedCountries}，已计${countedCountries}` : '') +
    '。';
  return {
    observationId: o.id,
    measure: o.measure,
    asOf: o.asOf,
    sourceIds: o.sourceIds,
    stated: o.value,
    statedCountries,
    definition: d,
    countedAll: all.length,
    countedMatching,
    countedCountries,
    difference,
    reasons,
    explanationEn: [headEn, ...reasons.map((r) => r.en)].join(' '),
    explanationZh: [headZh, ...reasons.map((r) => r.zh)].join(''),
  };
}
