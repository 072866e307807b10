/**
 * A table's rows as files: CSV and XLSX, written by the server from the same request as the table (the
 * workbook carries the data's credit on a second sheet).
 */
import { useState } from 'react';
import { useFormat } from '../format';
import { downloadCsv, downloadXlsx, type ExportColumn } from '../table-export';

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

/**
 * A table the page computed (no single request gives its rows), as CSV and XLSX written in the browser
 * with the table's own headings; the workbook carries the data's credit on a second sheet.
 */
export function RowsDownloads<Row>({
  columns,
  rows,
  fileName,
  credit,
  testId,
}: {
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  /** The file name without extension. */
  fileName: string;
  /** The credit of the data the table shows (default: the site's data credits). */
  credit?: string;
  testId?: string;
}) {
  const f = useFormat();
  const [failed, setFailed] = useState(false);
  const xlsx = () => {
    setFailed(false);
    downloadXlsx(fileName, columns, rows, credit ?? f.t('footer.credits')).catch(() => setFailed(true));
  };
  return (
    <span className="table-downloads" data-testid={testId}>
      <button
        type="button"
        className="btn"
        onClick={() => downloadCsv(fileName, columns, rows)}
        data-format="csv"
      >
        {f.t('filter.csv')}
      </button>{' '}
      <button type="button" className="btn" onClick={xlsx} data-format="xlsx">
        {f.t('filter.xlsx')}
      </button>
      {failed && (
        <span role="alert" className="error small">
          {f.t('filter.downloadFailed')}
        </span>
      )}
    </span>
  );
}
