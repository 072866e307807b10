/** Composite indices: the API's shapes, build settings, COINr tables read and written in the browser. */
import { alpha3ToAlpha2 } from 'i18n-iso-countries';
import { everyValue, type Reply, type RequestBody } from './api';
import { toCsv } from './csv';

// Tables written here (templates, results) neutralise formulas; see csv.ts.
export { toCsv };

export type IndexPreset = Reply<'/api/indices/presets'>['items'][number];
export type Framework = IndexPreset['framework'];
export type FrameworkNode = Framework['nodes'][number];
export type BuildStep = IndexPreset['steps'][number];
export type BuildRequest = RequestBody<'/api/indices/build'>;
export type BuildResult = Reply<'/api/indices/build', 'post'>;
export type LevelResults = BuildResult['levels'][number];
export type TierAssignment = BuildResult['tiers'][number];
export type TypologyAssignment = NonNullable<BuildResult['typology']>[number];
export type SavedIndex = Reply<'/api/indices'>['items'][number];
export type UncertaintyResult = Reply<'/api/indices/{id}/uncertainty', 'post'>;

type Step<S extends BuildStep['step']> = Extract<BuildStep, { step: S }>;
export type Normalisation = NonNullable<Step<'normalise'>['spec']>['method'];
export type Aggregation = Exclude<Step<'aggregate'>['method'], unknown[] | undefined>;
type Imputation = Step<'impute'>['method'];

/** Replications the API accepts on one request. */
export const MAX_REPLICATIONS = 20_000;

/** The normalisations the page offers (the others need per-indicator settings it does not ask for). */
export const NORMALISATIONS = everyValue<
  Exclude<Normalisation, 'borda' | 'distanceToTarget' | 'distanceToMax' | 'fractionOfMax' | 'none'>
>()(['minMax', 'zScore', 'rank', 'percentileRank']);
export const AGGREGATIONS = everyValue<Aggregation>()(['arithmetic', 'geometric', 'harmonic']);

/** The settings a user can change; imputation is `none`, `mean`, `median` or `groupMean:<column>` / `groupMedian:<column>`. */
export interface BuildSettings {
  normalisation: (typeof NORMALISATIONS)[number];
  aggregation: Aggregation;
  treat: boolean;
  winmax: number;
  imputation: string;
}

/** The settings a preset's own steps amount to. */
export function settingsOfSteps(steps: BuildStep[]): BuildSettings {
  const find = <S extends BuildStep['step']>(name: S) => steps.find((s): s is Step<S> => s.step === name);
  const normalise = find('normalise');
  const aggregate = find('aggregate');
  const treat = find('treat');
  const impute = find('impute');
  const method = normalise?.spec?.method ?? 'minMax';
  const agg = typeof aggregate?.method === 'string' ? aggregate.method : 'arithmetic';
  return {
    normalisation: NORMALISATIONS.find((n) => n === method) ?? 'minMax',
    aggregation: agg,
    treat: Boolean(treat),
    winmax: treat?.winmax ?? 5,
    imputation: !impute
      ? 'none'
      : impute.group
        ? `${impute.method}:${impute.group}`
        : (impute.method ?? 'mean'),
  };
}

/** The `settings` object of a build request. */
export function stepSettings(s: BuildSettings): NonNullable<BuildRequest['settings']> {
  const spec =
    s.normalisation === 'minMax'
      ? { method: 'minMax' as const, min: 0, max: 100 }
      : { method: s.normalisation };
  const [method, group] = s.imputation.split(':') as [Imputation, string | undefined];
  return {
    impute: s.imputation === 'none' ? null : group ? { method, group } : { method },
    treat: s.treat ? { winmax: s.winmax } : null,
    normalise: { spec },
    aggregate: { method: s.aggregation, weights: 'framework' },
  };
}

// ---------------------------------------------------------------- CSV

/** Splits CSV text into rows of cells (RFC 4180 quoting; a leading byte-order mark is dropped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== '')) rows.push(row);
  return rows;
}

export const IMETA_COLUMNS = [
  'Level',
  'iCode',
  'iName',
  'Direction',
  'Weight',
  'Unit',
  'Target',
  'Denominator',
  'Parent',
  'Type',
] as const;

/** A framework read from iMeta text, for the tree; the server does the real checking. */
export function frameworkOfIMeta(text: string): Framework {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { nodes: [] };
  const col = (name: string) => header.findIndex((h) => h.trim() === name);
  const at = (r: string[], name: string) => {
    const i = col(name);
    const v = i < 0 ? '' : (r[i] ?? '').trim();
    return v === '' || v === 'NA' ? undefined : v;
  };
  const nodes: FrameworkNode[] = [];
  for (const r of rows) {
    const type = at(r, 'Type');
    const code = at(r, 'iCode');
    if (!code || (type !== 'Indicator' && type !== 'Aggregate')) continue;
    nodes.push({
      code,
      name: at(r, 'iName'),
      level: Number(at(r, 'Level')) || undefined,
      parent: at(r, 'Parent') ?? null,
      direction: Number(at(r, 'Direction') ?? 1),
      weight: Number(at(r, 'Weight') ?? 1),
      unit: at(r, 'Unit'),
      type,
    });
  }
  return { nodes };
}

/** An iMeta table for a framework (COINr's columns), ready to fill in or change. */
export function iMetaTemplate(framework: Framework): string {
  const rows: unknown[][] = [[...IMETA_COLUMNS]];
  for (const n of framework.nodes)
    rows.push([
      n.level ?? '',
      n.code,
      n.name ?? '',
      n.type === 'Aggregate' ? '' : (n.direction ?? 1),
      n.parent ? (n.weight ?? 1) : '',
      n.unit ?? '',
      n.target ?? '',
      n.denominator ?? '',
      n.parent ?? '',
      n.type ?? 'Indicator',
    ]);
  for (const g of framework.groups ?? []) rows.push(['', g, g, '', '', '', '', '', '', 'Group']);
  for (const d of framework.denominators ?? []) rows.push(['', d, d, '', '', '', '', '', '', 'Denominator']);
  return toCsv(rows);
}

/** An empty iData table for a framework: uCode, uName, then one column per indicator. */
export function iDataTemplate(framework: Framework): string {
  const indicators = framework.nodes.filter((n) => n.type !== 'Aggregate').map((n) => n.code);
  return toCsv([
    ['uCode', 'uName', ...(framework.groups ?? []), ...indicators, ...(framework.denominators ?? [])],
  ]);
}

// ---------------------------------------------------------------- names

const regionNames = new Map<string, Intl.DisplayNames>();

/** A unit's name in the page's language: ISO 3166 alpha-3 codes (countries) get the language's country name. */
export function unitName(code: string, name: string | undefined, locale: string): string {
  if (/^[A-Z]{3}$/.test(code)) {
    const alpha2 = alpha3ToAlpha2(code);
    if (alpha2) {
      let names = regionNames.get(locale);
      if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
      const shown = names.of(alpha2);
      if (shown && shown !== alpha2) return locale.startsWith('zh') || !name ? shown : name;
    }
  }
  return name || code;
}

/** Median of the finite values (null when there are none). */
export function median(values: (number | null | undefined)[]): number | null {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}
