/** Working data of the composite-indicator engine: data sets and what the steps record. */

/** A data set: values column-major, `values[c * units.length + u]`, NaN where missing. */
export interface DataSet {
  units: string[];
  columns: string[];
  values: Float64Array;
}

export interface ScreeningRecord {
  unit: string;
  missing: number;
  zeros: number;
  dataAvailability: number;
  nonZero: number;
  included: boolean;
}

export interface TreatmentRecord {
  indicator: string;
  /** `none`: passed the check as it was; `winsorised`; `log`: winsorising failed and the original values were log-transformed; `skipped`: fewer than 4 values or excluded. */
  action: 'none' | 'winsorised' | 'log' | 'skipped';
  skewBefore: number;
  kurtBefore: number;
  skewAfter: number;
  kurtAfter: number;
  passedAfter: boolean;
  /** Winsorised points counted as COINr counts them (ties included); also set when winsorising was tried and abandoned for the log. */
  winsorisedPoints: number;
  /** Units whose value was changed, with how: `winhi`, `winlo` or `log`. */
  treatedUnits: { unit: string; how: 'winhi' | 'winlo' | 'log' }[];
}

export interface ImputationRecord {
  indicator: string;
  imputedUnits: string[];
  stillMissing: string[];
}
