/** A list page's table: loading, error and empty states, the column heads, the rows, and the pager. */
import type { ReactNode } from 'react';
import type { AsyncState, Paged } from '../api';
import { PAGE_SIZE } from './ListFilters';
import { Async, Pager, TableScroll } from './ui';
import { TableDownloads } from './TableDownloads';

export default function PagedTable<T>({
  state,
  label,
  head,
  offset,
  onOffset,
  children,
  download,
}: {
  state: AsyncState<Paged<T>>;
  label: string;
  /** The header cells. */
  head: ReactNode;
  offset: number;
  onOffset: (offset: number) => void;
  /** The body rows of one page. */
  children: (items: T[]) => ReactNode;
  /** The list's request without paging, and the file name: the rows (up to 1,000) as CSV and XLSX. */
  download?: { path: string; fileName: string };
}) {
  return (
    <Async state={state} isEmpty={(d) => d.items.length === 0}>
      {(d) => (
        <>
          {download && (
            <div className="table-tools">
              <TableDownloads
                href={(format) =>
                  `${download.path}${download.path.includes('?') ? '&' : '?'}format=${format}&limit=1000`
                }
                fileName={download.fileName}
                testId="list-download"
              />
            </div>
          )}
          <TableScroll label={label}>
            <table>
              <thead>
                <tr>{head}</tr>
              </thead>
              <tbody>{children(d.items)}</tbody>
            </table>
          </TableScroll>
          <Pager total={d.total} limit={PAGE_SIZE} offset={offset} onChange={onOffset} />
        </>
      )}
    </Async>
  );
}
