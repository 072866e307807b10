/** The ranking table, sortable by rank, name, tier or any node's score; a unit's name opens its profile. */
import { Fragment, useMemo, useState } from 'react';
import { TableScroll } from '../../components/ui';
import { useFormat } from '../../format';
import type { NameOf, Row } from './shared';

type SortKey = 'rank' | 'name' | 'tier' | `node:${string}`;

export default function RankingTable({
  rows,
  indexCode,
  columns,
  unit,
  onUnit,
  nameOf,
  score,
  tierLabel,
}: {
  rows: Row[];
  indexCode: string;
  /** Sub-indices and pillars shown after the index and tier. */
  columns: string[];
  unit: string;
  onUnit: (code: string) => void;
  nameOf: NameOf;
  score: (n: number | null | undefined) => string;
  tierLabel: (t: Row['tier']) => string;
}) {
  const f = useFormat();
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'rank', desc: false });

  const sorted = useMemo(() => {
    const out = [...rows];
    const value = (r: Row): number | string | null =>
      sort.key === 'rank'
        ? r.rank
        : sort.key === 'name'
          ? r.name
          : sort.key === 'tier'
            ? (r.tier?.tier ?? null)
            : (r.scores[sort.key.slice(5)] ?? null);
    out.sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const c = typeof va === 'string' ? f.compareText(va, vb as string) : va - (vb as number);
      return (sort.desc ? -c : c) || (a.rank ?? 0) - (b.rank ?? 0);
    });
    return out;
  }, [rows, sort, f]);

  const sortHeader = (key: SortKey, label: string, num = true) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className={num ? 'num' : undefined}
        aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="sort-button"
          aria-label={f.t('indices.sortBy', { column: label })}
          onClick={() =>
            setSort((s) => (s.key === key ? { key, desc: !s.desc } : { key, desc: key.startsWith('node:') }))
          }
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.desc ? '▼' : '▲') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <TableScroll label={f.t('indices.ranking')}>
      <table data-testid="index-ranking" className="ranking-table">
        <thead>
          <tr>
            {sortHeader('rank', f.t('indices.rank'))}
            {sortHeader('name', f.t('indices.unit'), false)}
            {sortHeader(`node:${indexCode}`, nameOf(indexCode))}
            {sortHeader('tier', f.t('indices.tier'), false)}
            {columns.map((c) => (
              <Fragment key={c}>{sortHeader(`node:${c}`, nameOf(c))}</Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.uCode} className={r.uCode === unit ? 'chosen' : undefined}>
              <td className="num">{r.rank ?? '—'}</td>
              <td>
                <button
                  type="button"
                  className="link-button"
                  aria-label={f.t('indices.showProfile', { name: r.name })}
                  onClick={() => onUnit(r.uCode)}
                >
                  {r.name}
                </button>
              </td>
              <td className="num strong" data-testid="index-score">
                {score(r.score)}
              </td>
              <td className="nowrap">{tierLabel(r.tier)}</td>
              {columns.map((c) => (
                <td key={c} className="num">
                  {score(r.scores[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
