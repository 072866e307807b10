/** What an import did and why: the report every importer returns, also stored with the import. */
import type { BatchResult, WriteCounts } from '../store/batch.ts';
import type { HeldBackRow } from '../domain/stewardship.ts';

export interface RowProblem {
  /** 1-based row number in the file (the header is row 1 for tabular files), or a record index. */
  row: number;
  field: string;
  value?: string;
  reason: string;
}

export interface UnresolvedName {
  name: string;
  country: string | null;
  status: 'unresolved' | 'ambiguous';
  reason: string;
  rows: number;
  candidates?: string[];
}

export interface ImportReport {
  kind: string;
  file: string;
  sha256: string;
  rows: number;
  written: Partial<Record<string, WriteCounts>>;
  /** Rows left out on purpose, with the reason (a duplicate row, a pair whose side could not be resolved). */
  skipped: RowProblem[];
  unresolved: UnresolvedName[];
  /** Rows whose one side was placed and the other held back (twin-city lists). */
  heldBack: HeldBackRow[];
  /** Facts merged into records that already existed or that another row of the file also gave. */
  merged: string[];
  /** Bad rows. When there is any, nothing is written. */
  errors: RowProblem[];
  /** True when the import wrote nothing: every row was already there, under whatever file name. */
  unchanged: boolean;
  /** The earlier import of the same content (same kind and bytes), whatever its file was called. */
  previous?: { id: string; file: string; finishedAt: string };
}

export function emptyReport(kind: string, file: string, sha256: string): ImportReport {
  return {
    kind,
    file,
    sha256,
    rows: 0,
    written: {},
    skipped: [],
    unresolved: [],
    heldBack: [],
    merged: [],
    errors: [],
    unchanged: false,
  };
}

export function recordWrites(report: ImportReport, result: BatchResult): void {
  for (const [key, value] of Object.entries(result)) {
    if (key === 'partnershipIds' || !value) continue;
    report.written[key] = value as WriteCounts;
  }
  report.unchanged = Object.values(report.written).every((c) => !c || (c.added === 0 && c.updated === 0));
}

/** Thrown when a file has bad rows: the import is refused whole and the report says what is wrong where. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    const first = report.errors
      .slice(0, 5)
      .map((e) => `row ${e.row}, ${e.field}: ${e.reason}`)
      .join('; ');
    super(
      `${report.file}: ${report.errors.length} bad row${report.errors.length === 1 ? '' : 's'}, nothing written (${first}${report.errors.length > 5 ? '; …' : ''})`,
    );
    this.name = 'ImportRejected';
  }
}

/** Collects unresolved names, counting the rows each one appears in. */
export class UnresolvedNames {
  private readonly byKey = new Map<string, UnresolvedName>();
  add(entry: Omit<UnresolvedName, 'rows'>): void {
    const key = `${entry.name}|${entry.country ?? ''}`;
    const existing = this.byKey.get(key);
    if (existing) existing.rows++;
    else this.byKey.set(key, { ...entry, rows: 1 });
  }
  list(): UnresolvedName[] {
    return [...this.byKey.values()].sort((a, b) => b.rows - a.rows || a.name.localeCompare(b.name));
  }
}
