/**
 * How many of the ties behind a count are dated and typed ("8 of 68 dated · 12 typed"): most listed
 * ties carry neither, and a count should not look more certain than its ties are.
 */
import { useFormat } from '../format';

export function TieCoverage({ total, dated, typed }: { total: number; dated: number; typed?: number }) {
  const f = useFormat();
  if (total === 0) return null;
  return (
    <div className="muted small" data-testid="tie-coverage">
      {f.t('tieCoverage.dated', { dated: f.num(dated), total: f.num(total) })}
      {typed !== undefined && ` · ${f.t('tieCoverage.typed', { typed: f.num(typed) })}`}
    </div>
  );
}

/** Dated and typed counts of a list of partnerships. */
export function tieCoverage(ties: { signedOn: string | null; type: string }[]) {
  return {
    total: ties.length,
    dated: ties.filter((t) => t.signedOn).length,
    typed: ties.filter((t) => t.type !== 'unknown').length,
  };
}
