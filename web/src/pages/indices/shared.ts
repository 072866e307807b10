/** What the parts of the indices page share: the own-tables source, a ranking row, score and tier labels. */
import { useMemo } from 'react';
import { useFormat } from '../../format';
import type { BuildResult } from '../../indices-api';

/** The source value for tables the user uploads. */
export const OWN = 'own';

export interface UploadedFile {
  name: string;
  text: string;
}

export type NameOf = (code: string) => string;

/** One unit's row of the ranking: its index score, rank and tier, and its scores and ranks at every node. */
export interface Row {
  uCode: string;
  name: string;
  score: number | null;
  rank: number | null;
  tier: { tier: number; label: string } | undefined;
  scores: Record<string, number | null>;
  ranks: Record<string, number | null>;
}

export function useScoreFormat(result: BuildResult) {
  const f = useFormat();
  return useMemo(() => {
    let max = 0;
    for (const r of result.levels[0]?.rows ?? [])
      for (const v of Object.values(r.scores)) if (typeof v === 'number') max = Math.max(max, Math.abs(v));
    const digits = max >= 10 ? 1 : 2;
    const nf = new Intl.NumberFormat(f.locale, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    return (n: number | null | undefined) =>
      n === null || n === undefined || !Number.isFinite(n) ? '—' : nf.format(n);
  }, [result, f.locale]);
}

/** A tier label in the page's language: `Tier 2`, or the preset's bilingual label (`fairly high 较高`). */
export function useTierLabel() {
  const f = useFormat();
  return (t: { tier: number; label: string } | undefined) => {
    if (!t) return '—';
    if (/^Tier \d+$/.test(t.label)) return f.t('indices.tierN', { n: t.tier });
    const m = /^(.*\S)\s+(\p{Script=Han}+)$/u.exec(t.label);
    return m ? (f.lang === 'zh' ? m[2] : m[1]) : t.label;
  };
}
