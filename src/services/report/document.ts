/**
 * A report as a sequence of blocks, in one language, independent of the file format: the DOCX and the
 * PDF writers render the same blocks, so both files say the same.
 */
import type { ChartImage } from './charts.ts';
import type { ReportLanguage } from './vocabulary.ts';

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | {
      kind: 'table';
      columns: { label: string; numeric?: boolean; width?: number }[];
      rows: string[][];
      /** Said below the table when the rows are a selection of more. */
      more?: string;
    }
  | { kind: 'chart'; caption: string; image: ChartImage };

export interface ReportDocument {
  lang: ReportLanguage;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  /** Between a fact's label and its value: the full-width colon in Chinese. */
  colon: string;
  /** On every page's foot: the data's credits in short. */
  footer: string;
}
