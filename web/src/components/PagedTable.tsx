/** A list page's table: loading, error and empty states, the column heads, the rows, and the pager. */
import type { ReactNode } from 'react';
import type { AsyncState, Paged } from '../api';
import { PAGE_SIZE } from './ListFilters';
import { Async, Pager, TableScroll } from './ui';

export default function PagedTable<T>({
  state,
  label,
  head,
  offset,
  onOffset,
  children,
}: {
  state: AsyncState<Paged<T>>;
  label: string;
  /** The header cells. */
  head: ReactNode;
  offset: number;
  onOffset: (offset: number) => void;
  /** The body rows of one page. */
  children: (items: T[]) => ReactNode;
}) {
  return (
    <Async state={state} isEmpty={(d) => d.items.length === 0}>
      {(d) => (
        <>
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
