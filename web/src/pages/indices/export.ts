/** The ranking as CSV built in the browser: the methodology as comment lines, then every node's score and rank. */
import { toCsv, type BuildResult } from '../../indices-api';
import { download } from '../../download';
import type { Row } from './shared';

export function exportRankingCsv(result: BuildResult, rows: Row[], tierLabel: (t: Row['tier']) => string) {
  const codes = result.levels.flatMap((l) => l.nodes.map((n) => n.code));
  const header = ['rank', 'uCode', 'uName', 'tier', ...codes.flatMap((c) => [c, `${c} rank`])];
  const lines = result.methodology.map((l) => [`# ${l}`]);
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
  download(`amity-index-${result.preset ?? 'own'}.csv`, toCsv([...lines, header, ...data]));
}
