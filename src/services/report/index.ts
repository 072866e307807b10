/**
 * The annual report of a place, a province or the nation for a span of years, as DOCX or PDF, in
 * Chinese or English: what `GET /api/reports` and `amity report` both produce.
 */
import type { Database } from '../../store/database.ts';
import type { PlaceReadScope } from '../../store/visibility.ts';
import type { AnalysisCache } from '../analysis-cache.ts';
import { reportContent, type ReportRequest } from './content.ts';

export { REPORT_YEARS, ReportInputError, type ReportRequest } from './content.ts';
export { REPORT_LANGUAGES, type ReportLanguage } from './vocabulary.ts';

export const REPORT_FORMATS = ['pdf', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_MEDIA_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface ReportFile {
  /** An ASCII file name: the subject's id, the span and the language. */
  fileName: string;
  mediaType: string;
  body: Buffer;
}

export async function buildReport(
  db: Database,
  cache: AnalysisCache,
  request: ReportRequest,
  format: ReportFormat,
  scope?: PlaceReadScope,
): Promise<ReportFile> {
  const content = await reportContent(db, cache, request, scope);
  // Loaded on the first report: the chart renderer, PDF and DOCX writers held about 60 MB of a server's
  // memory from its start for a download most servers never make.
  const { composeReport } = await import('./compose.ts');
  const report = composeReport(content);
  const body =
    format === 'pdf'
      ? await (await import('./pdf.ts')).reportPdf(report)
      : await (await import('./docx.ts')).reportDocx(report);
  const { from, to } = request.span;
  const subject = (request.placeId ?? 'china').replace(/[^A-Za-z0-9_-]+/g, '-');
  return {
    fileName: `amity-report-${subject}-${from === to ? from : `${from}-${to}`}-${request.lang}.${format}`,
    mediaType: REPORT_MEDIA_TYPES[format],
    body,
  };
}
