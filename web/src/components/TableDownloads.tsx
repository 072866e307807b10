/**
 * A table's rows as files: CSV and XLSX, written by the server from the same request as the table (the
 * workbook carries the data's credit on a second sheet).
 */
import { useFormat } from '../format';

export function TableDownloads({
  href,
  fileName,
  note,
  testId,
}: {
  /** The request of the table's rows in a format. */
  href: (format: 'csv' | 'xlsx') => string;
  /** The file name without extension. */
  fileName: string;
  /** What the download holds, as a tooltip (e.g. which filters the server applies). */
  note?: string;
  testId?: string;
}) {
  const f = useFormat();
  return (
    <span className="table-downloads" data-testid={testId}>
      <a className="btn" href={href('csv')} download={`${fileName}.csv`} title={note} data-format="csv">
        {f.t('filter.csv')}
      </a>{' '}
      <a className="btn" href={href('xlsx')} download={`${fileName}.xlsx`} title={note} data-format="xlsx">
        {f.t('filter.xlsx')}
      </a>
    </span>
  );
}
