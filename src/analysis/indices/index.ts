/**
 * Composite-indicator engine of the class of the JRC's COINr (v1.1): frameworks, the build steps (denominate,
 * impute, screen, treat, normalise, aggregate), results, multivariate analysis, uncertainty and sensitivity
 * analysis, and presets. Pure functions over plain data; the only I/O is reading the bundled ASEM files in
 * `buildAsemCoin` / `loadAsemTables`.
 */
export type { DataSet, ImputationRecord, ScreeningRecord, TreatmentRecord } from './types.ts';
export {
  compileFramework,
  codesAtLevel,
  childrenOf,
  indicatorsUnder,
  ancestorAt,
  IndexFrameworkError,
  type FrameworkIssue,
  type Structure,
} from './framework.ts';
export { createCoin, rebuild, editStep, latestDataset, getColumn, type Coin } from './coin.ts';
export {
  treatColumn,
  normaliseVector,
  resolveWeights,
  DEFAULT_NORMALISATION,
  DATASET_OF_STEP,
  STEP_NAMES,
  STEPS,
  runStep,
  type StepDefinition,
  type StepContext,
  type StepOutput,
} from './steps.ts';
export {
  getResults,
  resultsTable,
  assignTiers,
  strengthsAndWeaknesses,
  cityTypology,
  modelUnits,
  type NodeResult,
  type TierAssignment,
  type StrengthWeakness,
  type CityType,
  type TypologyAssignment,
  type TypologyOptions,
  type ModelUnit,
} from './results.ts';
export {
  correlations,
  cronbachAlpha,
  pca,
  pcaByGroup,
  pcaWeights,
  type CorrelationMatrix,
  type CorrelationMethod,
  type PcaResult,
} from './analysis.ts';
export {
  runUncertainty,
  runSensitivity,
  type UncertainSettings,
  type RunOptions,
  type RankStatistics,
  type UncertaintyResult,
  type SensitivityIndex,
  type SensitivityResult,
} from './uncertainty.ts';
export {
  frameworkFromIMeta,
  frameworkToIMeta,
  parseIMetaCsv,
  parseIDataCsv,
  iMetaToCsv,
  iDataToCsv,
  readCoinWorkbook,
  writeCoinWorkbook,
  IMETA_COLUMNS,
} from './table-io.ts';
export {
  ASEM_BUILD_STEPS,
  asemDataDirectory,
  loadAsemTables,
  buildAsemCoin,
  briCityDevelopmentFramework,
  briCityPotentialFramework,
  financialConnectivityFramework,
  FINANCIAL_CONNECTIVITY_TIERS,
  DEFAULT_CITY_INDEX_STEPS,
} from './presets.ts';
export { skewness, kurtosis, rankMin, quantile, pearson, spearman, symmetricEigen } from './stats.ts';
export {
  PRESET_IDS,
  getPreset,
  listPresets,
  parseBuildRequest,
  recipeOf,
  buildRecipe,
  buildIndex,
  applyStepSettings,
  resultsByLevel,
  resultRows,
  describeStep,
  methodologyNote,
  resultsCsv,
  resultsXlsx,
  defaultUncertainSettings,
  issuesOf,
  stepSettingsSchema,
  buildRequestSchema,
  uncertainSettingsSchema,
  type IndexPreset,
  type PresetId,
  type BuildRequest,
  type StepSettings,
  type IndexRecipe,
  type IndexBuild,
  type LevelResults,
} from './builds.ts';
