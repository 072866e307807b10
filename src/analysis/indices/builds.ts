/**
 * Index builds as the API and the command line ask for them: the preset catalogue, checked build requests
 * (a preset or iMeta + iData, plus step settings), results at every level with tiers and typology, a
 * methodology note, and results files (CSV, XLSX) that carry that note. Pure: no SQL, no HTTP.
 */
import { csvLine } from '../../domain/csv.ts';
import {
  aggregationMethodSchema,
  buildStepSchema,
  normaliseSpecSchema,
  stepSettingsSchemas,
  tierRuleSchema,
  type BuildStep,
  type Framework,
  type NormaliseSpec,
  type StepName,
  type TierRule,
  type UnitRow,
} from '../../domain/index-framework.ts';

/** exceljs takes most of a second to load: only XLSX work pays for it. */
const loadExcel = () => import('exceljs').then((m) => m.default);
import { z } from 'zod';
import { createCoin, type Coin } from './coin.ts';
import { compileFramework, IndexFrameworkError, type FrameworkIssue } from './framework.ts';
import {
  ASEM_BUILD_STEPS,
  briCityDevelopmentFramework,
  briCityPotentialFramework,
  DEFAULT_CITY_INDEX_STEPS,
  financialConnectivityFramework,
  FINANCIAL_CONNECTIVITY_TIERS,
  loadAsemTables,
} from './presets.ts';
import {
  assignTiers,
  cityTypology,
  getResults,
  type TierAssignment,
  type TypologyAssignment,
} from './results.ts';
import { parseIDataCsv, parseIMetaCsv } from './table-io.ts';
import { STEPS, STEP_NAMES } from './steps.ts';
import type { UncertainSettings } from './uncertainty.ts';

// ---------------------------------------------------------------- presets

export interface IndexPreset {
  id: string;
  name: string;
  nameZh: string;
  description: string;
  framework: Framework;
  steps: BuildStep[];
  /** Whether the preset brings its own data (otherwise a build needs iData). */
  hasData: boolean;
  tiers: TierRule;
  /** Whether results include the four city types (economic centre, network centre, ...). */
  typology: boolean;
}

const QUARTILE_TIERS: TierRule = { method: 'quantiles', groups: 4 };

function financialTiers(): TierRule {
  return {
    method: 'topShares',
    shares: [...FINANCIAL_CONNECTIVITY_TIERS.topShares],
    labels: FINANCIAL_CONNECTIVITY_TIERS.labels.map((l) => `${l.en} ${l.zh}`),
  };
}

export const PRESET_IDS = [
  'asem',
  'bri-city-development',
  'bri-city-potential',
  'bri-financial-connectivity',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** One preset with its framework (and, for ASEM, its bundled data). */
export function getPreset(id: string): (IndexPreset & { rows?: UnitRow[] }) | null {
  switch (id) {
    case 'asem': {
      const { framework, rows } = loadAsemTables();
      return {
        id,
        name: 'ASEM Sustainable Connectivity',
        nameZh: '亚欧会议可持续互联互通指数',
        description:
          "COINr's reference composite indicator: 51 ASEM countries, 49 indicators, 8 pillars, 2 sub-indices, built as COINr's build_example_coin().",
        framework,
        steps: ASEM_BUILD_STEPS,
        hasData: true,
        tiers: QUARTILE_TIERS,
        typology: false,
        rows,
      };
    }
    case 'bri-city-development': {
      const framework = briCityDevelopmentFramework();
      return {
        id,
        name: framework.name!,
        nameZh: framework.nameZh!,
        description:
          'Five dimensions weighted 30/30/15/15/10 (business activity, human capital, information exchange, cultural experience, political environment); needs city data.',
        framework,
        steps: DEFAULT_CITY_INDEX_STEPS,
        hasData: false,
        tiers: QUARTILE_TIERS,
        typology: true,
      };
    }
    case 'bri-city-potential': {
      const framework = briCityPotentialFramework();
      return {
        id,
        name: framework.name!,
        nameZh: framework.nameZh!,
        description:
          'Four dimensions of 25% each (personal well-being, economics, innovation, governance); needs city data.',
        framework,
        steps: DEFAULT_CITY_INDEX_STEPS,
        hasData: false,
        tiers: QUARTILE_TIERS,
        typology: false,
      };
    }
    case 'bri-financial-connectivity': {
      const framework = financialConnectivityFramework();
      return {
        id,
        name: framework.name!,
        nameZh: framework.nameZh!,
        description:
          'Three areas, eight indicators, graded into four tiers as published (10/12/22/19 of 63 countries); needs country data.',
        framework,
        steps: DEFAULT_CITY_INDEX_STEPS,
        hasData: false,
        tiers: financialTiers(),
        typology: false,
      };
    }
    default:
      return null;
  }
}

export function listPresets(): IndexPreset[] {
  return PRESET_IDS.map((id) => {
    const { rows: _rows, ...preset } = getPreset(id)!;
    return preset;
  });
}

// ---------------------------------------------------------------- request schemas

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** Changes to a preset's or saved index's steps: a step name with new settings, or null to drop the step. */
export const stepSettingsSchema = z
  .object({
    denominate: stepSettingsSchemas.denominate.strict().nullable(),
    impute: stepSettingsSchemas.impute.strict().nullable(),
    screen: stepSettingsSchemas.screen.strict().nullable(),
    treat: stepSettingsSchemas.treat.strict().nullable(),
    normalise: stepSettingsSchemas.normalise.strict().nullable(),
    aggregate: stepSettingsSchemas.aggregate.strict().nullable(),
  })
  .partial()
  .strict();
export type StepSettings = z.infer<typeof stepSettingsSchema>;

export const buildRequestSchema = z
  .object({
    preset: z.string().optional(),
    /** iMeta as CSV text (COINr's columns: Level, iCode, iName, Direction, Weight, ..., Parent, Type). */
    iMeta: z.string().optional(),
    /** iData as CSV text (uCode, uName, then one column per indicator, group and denominator). */
    iData: z.string().optional(),
    /** The whole list of steps, replacing the preset's. */
    steps: z.array(buildStepSchema).optional(),
    /** Changes to single steps (applied after `steps`). */
    settings: stepSettingsSchema.optional(),
    tiers: tierRuleSchema.optional(),
  })
  .strict();
export type BuildRequest = z.infer<typeof buildRequestSchema>;

export const uncertainSettingsSchema: z.ZodType<UncertainSettings> = z
  .object({
    imputation: z.array(stepSettingsSchemas.impute.strict().nullable()).min(1).optional(),
    winmax: z.array(z.number().int().min(0)).min(1).optional(),
    normalisation: z.array(normaliseSpecSchema).min(1).optional(),
    weights: z
      .union([
        z
          .object({
            noise: z
              .array(z.object({ level: z.number().int().min(1), factor: finite.min(0) }).strict())
              .min(1),
            sets: z.number().int().min(1).max(100_000).optional(),
          })
          .strict(),
        z.object({ alternatives: z.array(z.record(z.string(), finite.min(0))).min(1) }).strict(),
      ])
      .optional(),
    aggregation: z.array(aggregationMethodSchema).min(1).optional(),
  })
  .strict();

/** Turns a zod failure into framework issues naming the field, so callers report them like any other. */
export function issuesOf(error: z.ZodError, prefix = ''): IndexFrameworkError {
  return new IndexFrameworkError(
    error.issues.map((i) => ({
      code: [prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(request)',
      problem: i.message,
    })),
  );
}

export function parseBuildRequest(value: unknown): BuildRequest {
  const r = buildRequestSchema.safeParse(value ?? {});
  if (!r.success) throw issuesOf(r.error);
  return r.data;
}

// ---------------------------------------------------------------- building

/** Applies step changes to a list of steps: new settings replace a step (or add it in COINr's order), null drops it. */
export function applyStepSettings(steps: BuildStep[], settings: StepSettings = {}): BuildStep[] {
  let out = steps.map((s) => structuredClone(s));
  for (const name of STEP_NAMES) {
    if (!(name in settings)) continue;
    const value = settings[name];
    if (value === null || value === undefined) {
      out = out.filter((s) => s.step !== name);
      continue;
    }
    const step = { step: name, ...structuredClone(value) } as BuildStep;
    const at = out.findIndex((s) => s.step === name);
    if (at >= 0) out[at] = step;
    else {
      const pos = out.findIndex((s) => STEPS[s.step].order > STEPS[name].order);
      out.splice(pos < 0 ? out.length : pos, 0, step);
    }
  }
  return out;
}

/** What a build is made of, once a request has been resolved against the presets. */
export interface IndexRecipe {
  preset: string | null;
  name: string;
  nameZh: string | null;
  framework: Framework;
  rows: UnitRow[];
  steps: BuildStep[];
  tiers: TierRule;
  typology: boolean;
}

/** Resolves a build request to a framework, data, steps and tier rule; errors name the field and problem. */
export function recipeOf(request: BuildRequest): IndexRecipe {
  const issues: FrameworkIssue[] = [];
  const preset = request.preset === undefined ? null : getPreset(request.preset);
  if (request.preset !== undefined && !preset)
    issues.push({
      code: 'preset',
      problem: `unknown preset '${request.preset}'; one of ${PRESET_IDS.join(', ')}`,
    });
  if (!preset && request.preset === undefined && request.iMeta === undefined)
    issues.push({ code: 'iMeta', problem: 'give a preset, or iMeta and iData as CSV text' });
  if (request.iMeta !== undefined && request.iData === undefined)
    issues.push({ code: 'iData', problem: 'iMeta needs iData as well' });
  if (preset && !preset.hasData && request.iData === undefined)
    issues.push({
      code: 'iData',
      problem: `preset '${preset.id}' has no bundled data; give iData as CSV text`,
    });
  if (issues.length) throw new IndexFrameworkError(issues);

  const framework =
    request.iMeta !== undefined
      ? parseIMetaCsv(
          request.iMeta,
          preset ? { ...preset.framework, nodes: [], groups: [], denominators: [] } : {},
        )
      : preset!.framework;
  const rows = request.iData !== undefined ? parseIDataCsv(request.iData) : preset!.rows!;
  const steps = applyStepSettings(
    request.steps ?? preset?.steps ?? DEFAULT_CITY_INDEX_STEPS,
    request.settings,
  );
  return {
    preset: preset?.id ?? null,
    name: framework.name ?? preset?.name ?? 'Composite index',
    nameZh: framework.nameZh ?? preset?.nameZh ?? null,
    framework,
    rows,
    steps,
    tiers: request.tiers ?? preset?.tiers ?? QUARTILE_TIERS,
    typology: Boolean(preset?.typology) && request.iMeta === undefined,
  };
}

export interface IndexBuild {
  recipe: IndexRecipe;
  coin: Coin;
  tiers: TierAssignment[];
  typology: TypologyAssignment[] | null;
}

/** Builds a recipe: the coin, tiers on the top node and, where the preset has one, the city typology. */
export function buildRecipe(recipe: IndexRecipe): IndexBuild {
  if (recipe.steps[recipe.steps.length - 1]?.step !== 'aggregate')
    throw new IndexFrameworkError([
      { code: 'steps', problem: 'the last step must be aggregate to give results' },
    ]);
  const coin = createCoin(recipe.framework, recipe.rows, recipe.steps);
  const top = coin.structure.codes[coin.structure.top];
  const tiers = assignTiers(coin, top, recipe.tiers);
  const typology = recipe.typology ? cityTypology(coin) : null;
  return { recipe, coin, tiers, typology };
}

export function buildIndex(request: BuildRequest): IndexBuild {
  return buildRecipe(recipeOf(request));
}

// ---------------------------------------------------------------- results

export interface LevelResults {
  level: number;
  levelName: string;
  nodes: { code: string; name: string }[];
  /** One row per unit, ordered by the rank on the top node. */
  rows: {
    uCode: string;
    uName: string;
    scores: Record<string, number | null>;
    ranks: Record<string, number | null>;
  }[];
}

const orNull = (v: number) => (Number.isFinite(v) ? v : null);

/** The results table at every level, the top level first. */
export function resultsByLevel(coin: Coin): LevelResults[] {
  const s = coin.structure;
  const results = getResults(coin);
  const top = results.find((r) => r.code === s.codes[s.top])!;
  const units = Object.keys(top.scores).sort(
    (a, b) => (orNull(top.ranks[a]) ?? Infinity) - (orNull(top.ranks[b]) ?? Infinity) || a.localeCompare(b),
  );
  const out: LevelResults[] = [];
  for (let level = s.maxLevel; level >= 1; level--) {
    const nodes = results.filter((r) => r.level === level);
    out.push({
      level,
      levelName: s.levelNames[level - 1] ?? `Level ${level}`,
      nodes: nodes.map((r) => ({ code: r.code, name: r.name })),
      rows: units.map((u) => ({
        uCode: u,
        uName: coin.units.names[coin.units.position.get(u)!],
        scores: Object.fromEntries(nodes.map((r) => [r.code, orNull(r.scores[u])])),
        ranks: Object.fromEntries(nodes.map((r) => [r.code, orNull(r.ranks[u])])),
      })),
    });
  }
  return out;
}

/** Results in long form, one row per unit and node, as they are stored. */
export function resultRows(coin: Coin): {
  unit: string;
  unitName: string;
  code: string;
  level: number;
  score: number | null;
  rank: number | null;
}[] {
  return getResults(coin).flatMap((r) =>
    Object.keys(r.scores).map((u) => ({
      unit: u,
      unitName: coin.units.names[coin.units.position.get(u)!],
      code: r.code,
      level: r.level,
      score: orNull(r.scores[u]),
      rank: orNull(r.ranks[u]),
    })),
  );
}

// ---------------------------------------------------------------- methodology

function describeSpec(spec: NormaliseSpec): string {
  switch (spec.method) {
    case 'minMax':
      return `min-max to [${spec.min ?? 0}, ${spec.max ?? 100}]`;
    case 'zScore':
      return `z-scores with mean ${spec.mean ?? 0} and standard deviation ${spec.sd ?? 1}`;
    case 'rank':
      return 'ranks (ties take the lowest rank)';
    case 'percentileRank':
      return 'percentile ranks';
    case 'borda':
      return 'Borda scores (rank - 1)';
    case 'distanceToTarget':
      return `distance to target${spec.capAtTarget ? ', capped at the target' : ''}`;
    case 'distanceToMax':
      return 'distance to the maximum';
    case 'fractionOfMax':
      return 'fraction of the maximum';
    case 'none':
      return 'no normalisation';
  }
}

/** One sentence per step saying what it does with its settings. */
export function describeStep(step: BuildStep): string {
  switch (step.step) {
    case 'denominate':
      return 'Denominate: each indicator with a denominator in the framework is divided by that column (e.g. per capita, per GDP).';
    case 'impute':
      return step.method === 'groupMean' || step.method === 'groupMedian'
        ? `Impute: missing values take the ${step.method === 'groupMean' ? 'mean' : 'median'} of the unit's group in column ${step.group}.`
        : `Impute: missing values take the indicator's ${step.method}.`;
    case 'screen':
      return `Screen: units with less than ${((step.threshold ?? 2 / 3) * 100).toFixed(1)}% data availability are dropped (by ${step.by ?? 'missing'}).`;
    case 'treat':
      return `Treat outliers: an indicator with |skewness| >= ${step.skewThreshold ?? 2} and kurtosis >= ${step.kurtThreshold ?? 3.5} is winsorised up to ${step.winmax ?? 5} points; if it still fails, ${step.transform === 'none' ? 'it is left winsorised' : 'the original values are log-transformed, log(x - min + 0.01 (max - min))'}.`;
    case 'normalise':
      return `Normalise: ${describeSpec(step.spec ?? { method: 'minMax', min: 0, max: 100 })}, after multiplying by the indicator's direction${step.indicators ? `; own settings for ${Object.keys(step.indicators).join(', ')}` : ''}.`;
    case 'aggregate': {
      const m = step.method ?? 'arithmetic';
      const w = step.weights ?? 'framework';
      return `Aggregate: weighted ${Array.isArray(m) ? m.join(' / ') + ' means by level' : `${m} mean`} up the hierarchy, ${typeof w === 'string' ? `${w} weights` : `framework weights with changes for ${Object.keys(w).join(', ')}`}, renormalised over children with data.`;
    }
  }
}

function describeTiers(rule: TierRule): string {
  const labels = rule.labels ? ` (${rule.labels.join(', ')})` : '';
  if (rule.method === 'thresholds') return `Tiers: score cut points ${rule.cuts.join(', ')}${labels}.`;
  if (rule.method === 'topShares')
    return `Tiers: by rank, the top ${rule.shares.map((s) => `${(s * 100).toFixed(1)}%`).join(', ')} of units${labels}.`;
  return `Tiers: ${rule.groups} groups split at score quantiles${labels}.`;
}

/** JSON with keys in alphabetical order, so a note reads the same however the settings were stored. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The methodology note written into results files: what was built, from what, by which steps and settings. */
export function methodologyNote(build: IndexBuild): string[] {
  const { recipe, coin } = build;
  const s = coin.structure;
  const counts = Array.from({ length: s.maxLevel }, (_, i) => {
    const n = s.codes.filter((_, k) => s.level[k] === i + 1).length;
    return `${s.levelNames[i] ?? `Level ${i + 1}`} ${n}`;
  });
  const units = coin.datasets.Aggregated.units.length;
  const lines = [
    `${recipe.name}${recipe.nameZh ? ` ${recipe.nameZh}` : ''}`,
    `Built by Amity's composite-indicator engine (COINr 1.1 semantics)${recipe.preset ? ` from the preset '${recipe.preset}'` : ''}.`,
    `Framework (nodes per level): ${counts.join(', ')}; ${units} of ${coin.units.codes.length} units have results.`,
  ];
  if (recipe.framework.source) lines.push(`Framework source: ${recipe.framework.source}`);
  recipe.steps.forEach((step, i) => {
    const { step: _name, ...settings } = step;
    lines.push(`Step ${i + 1}. ${describeStep(step)} Settings: ${sortedJson(settings)}`);
  });
  lines.push(describeTiers(recipe.tiers));
  lines.push('Ranks: 1 is best; tied units share the lowest rank (COINr ties.method = "min").');
  return lines;
}

// ---------------------------------------------------------------- files

/** Wide results: unit, name, tier, then each node's score and rank, the top level first, indicators last. */
function wideRows(build: IndexBuild): { header: string[]; rows: (string | number | null)[][] } {
  const levels = resultsByLevel(build.coin);
  const tierOf = new Map(build.tiers.map((t) => [t.unit, t.label]));
  const nodes = levels.flatMap((l) => l.nodes.map((n) => n.code));
  const header = ['uCode', 'uName', 'tier', ...nodes.flatMap((c) => [c, `${c} rank`])];
  const byUnit = new Map<string, Record<string, number | null>>();
  for (const l of levels)
    for (const r of l.rows) {
      const acc = byUnit.get(r.uCode) ?? {};
      for (const c of Object.keys(r.scores)) {
        acc[c] = r.scores[c];
        acc[`${c} rank`] = r.ranks[c];
      }
      byUnit.set(r.uCode, acc);
    }
  const rows = levels[0].rows.map((r) => {
    const v = byUnit.get(r.uCode)!;
    return [r.uCode, r.uName, tierOf.get(r.uCode) ?? null, ...header.slice(3).map((h) => v[h])];
  });
  return { header, rows };
}

/** Results as CSV: the methodology note as leading `#` comment lines, then the wide table. */
export function resultsCsv(build: IndexBuild): string {
  const note = methodologyNote(build)
    .map((l) => `# ${l}`)
    .join('\n');
  const { header, rows } = wideRows(build);
  return `${note}\n${[header, ...rows].map(csvLine).join('')}`;
}

/** Results as XLSX: sheets Results, one per level, Tiers, Typology (where any), and Methodology. */
export async function resultsXlsx(build: IndexBuild): Promise<Uint8Array> {
  const wb = new (await loadExcel()).Workbook();
  const { header, rows } = wideRows(build);
  const results = wb.addWorksheet('Results');
  results.addRow(header);
  for (const r of rows) results.addRow(r);
  results.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  for (const level of resultsByLevel(build.coin)) {
    const ws = wb.addWorksheet(level.levelName.slice(0, 31));
    ws.addRow(['uCode', 'uName', ...level.nodes.flatMap((n) => [n.code, `${n.code} rank`])]);
    for (const r of level.rows)
      ws.addRow([r.uCode, r.uName, ...level.nodes.flatMap((n) => [r.scores[n.code], r.ranks[n.code]])]);
  }
  const tiers = wb.addWorksheet('Tiers');
  tiers.addRow(['uCode', 'score', 'tier', 'label']);
  for (const t of [...build.tiers].sort((a, b) => a.tier - b.tier || b.score - a.score))
    tiers.addRow([t.unit, t.score, t.tier, t.label]);
  if (build.typology) {
    const ty = wb.addWorksheet('Typology');
    ty.addRow(['uCode', 'type', 'reason', 'business', 'humanCapital', 'information']);
    for (const t of build.typology)
      ty.addRow([
        t.unit,
        t.type,
        t.reason,
        t.profile.business,
        t.profile.humanCapital,
        t.profile.information,
      ]);
  }
  const m = wb.addWorksheet('Methodology');
  for (const l of methodologyNote(build)) m.addRow([l]);
  m.getColumn(1).width = 120;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------- uncertainty

/**
 * Default uncertain settings, after COINr's sensitivity vignette, restricted to the steps the build has:
 * winmax 1-5, min-max 1-100 or z-score (10, 2), 25% weight noise below the top level, arithmetic or geometric.
 */
export function defaultUncertainSettings(framework: Framework, steps: BuildStep[]): UncertainSettings {
  const s = compileFramework(framework);
  const has = (name: StepName) => steps.some((st) => st.step === name);
  const settings: UncertainSettings = {
    weights: {
      noise: Array.from({ length: Math.max(s.maxLevel - 2, 1) }, (_, i) => ({ level: i + 2, factor: 0.25 })),
      sets: 500,
    },
    aggregation: ['arithmetic', 'geometric'],
  };
  if (has('treat')) settings.winmax = [1, 2, 3, 4, 5];
  if (has('normalise'))
    settings.normalisation = [
      { method: 'minMax', min: 1, max: 100 },
      { method: 'zScore', mean: 10, sd: 2 },
    ];
  return settings;
}
