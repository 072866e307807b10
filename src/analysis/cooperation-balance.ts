/** Exchanges against projects, year by year over a span, from the dated activities of a place or a tie. */
import type {
  BalanceVerdict,
  CooperationActivity,
  CooperationBalance,
} from '../domain/cooperation-balance.ts';

/** Two to one either way is a lean; between, balanced. */
const LEAN = 2;

function verdictOf(exchanges: number, projects: number): BalanceVerdict {
  if (exchanges === 0 && projects === 0) return 'none';
  if (projects === 0) return 'exchanges-only';
  if (exchanges === 0) return 'projects-only';
  if (exchanges >= LEAN * projects) return 'exchanges-over-projects';
  if (projects >= LEAN * exchanges) return 'projects-over-exchanges';
  return 'balanced';
}

/** The span of `years` calendar years that ends with `to`. */
export function cooperationBalance(
  activities: readonly CooperationActivity[],
  to: number,
  years: number,
): CooperationBalance {
  if (!Number.isInteger(to) || !Number.isInteger(years) || years < 1)
    throw new RangeError(`a span needs a whole last year and at least one year (got ${to}, ${years})`);
  const from = to - years + 1;
  const byYear = Array.from({ length: years }, (_, i) => ({ year: from + i, exchanges: 0, projects: 0 }));
  const zero = () => ({ exchanges: 0, projects: 0 });
  const [inSpan, earlier, later, undated] = [zero(), zero(), zero(), zero()];
  for (const { kind, year } of activities) {
    const field = kind === 'exchange' ? 'exchanges' : 'projects';
    if (year === null) undated[field]++;
    else if (year < from) earlier[field]++;
    else if (year > to) later[field]++;
    else {
      byYear[year - from][field]++;
      inSpan[field]++;
    }
  }
  return {
    from,
    to,
    years: byYear,
    inSpan,
    earlier,
    later,
    undated,
    exchangesPerProject: inSpan.projects === 0 ? null : inSpan.exchanges / inSpan.projects,
    verdict: verdictOf(inSpan.exchanges, inSpan.projects),
  };
}
