/**
 * The ranking built in the browser as CSV (the methodology as comment lines first) or XLSX (the
 * methodology on the credit sheet): every node's score and rank.
 */
import { toCsv, type BuildResult } from '../../indices-api';
import { download } from '../../download';
import { downloadXlsx } from '../../table-export';
import type { Row } from './shared';

function rankingTable(result: BuildResult, rows: Row[], tierLabel: (t: Row['tier']) => string) {
  const codes = result.levels.flatMap((l) => l.nodes.map((n) => n.code));
  const header = ['rank', 'uCode', 'uName', 'tier', ...codes.flatMap((c) => [c, `${c} rank`])];
  const data = rows
    .slice()
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .map((r) => [
      r.rank,
      r.uCode,
      r.name,
      tierLabel(r.tier),
      ...codes.flatMap((c) => [r.scores[c] ?? null, r.ranks[c] ?? null]),
    ]);
  return { header, data, fileName: `amity-index-${result.preset ?? 'own'}` };
}

export function exportRankingCsv(result: BuildResult, rows: Row[], tierLabel: (t: Row['tier']) => string) {
  const { header, data, fileName } = rankingTable(result, rows, tierLabel);
  const lines = result.methodology.map((l) => [`# ${l}`]);
  download(`${fileName}.csv`, toCsv([...lines, header, ...data]));
}

export function exportRankingXlsx(
  result: BuildResult,
  rows: Row[],
  tierLabel: (t: Row['tier']) => string,
  credit: string,
) {
  const { header, data, fileName } = rankingTable(result, rows, tierLabel);
  return downloadXlsx(
    fileName,
    header.map((heading, i) => [heading, (row: unknown[]) => row[i]] as const),
    data,
    [credit, ...result.methodology],
  );
}
