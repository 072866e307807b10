/** What the resolver weighs and says about a candidate place. */
import type { Place, PlaceKind } from '../../domain/geo.ts';

/** How prominent a place is, to choose among homonyms: capitals, seats, population. */
export function prominence(p: Place): number {
  let s = Math.log10(Math.max(p.population ?? 1, 1));
  if (p.isCapital) s += 3;
  if (p.isAdminSeat) s += 1;
  if (p.divisionCode?.length === 2) s += 3;
  if (p.kind === 'city') s += 0.3;
  return s;
}

export function formatPopulation(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}

export function describe(p: Place): string {
  const parts: string[] = [];
  if (p.isCapital) parts.push('national capital');
  else if (p.divisionCode?.length === 2 && p.kind === 'city') parts.push('province-level municipality');
  else if (p.isAdminSeat) parts.push('seat of a first-level region');
  else parts.push(p.kind);
  if (p.population) parts.push(`population ${formatPopulation(p.population)}`);
  return parts.join(', ');
}

export function matchesKind(p: Place, kind: PlaceKind): boolean {
  if (kind === 'province' || kind === 'region')
    return p.kind === 'province' || p.kind === 'region' || p.divisionCode?.length === 2;
  if (kind === 'city') return p.kind === 'city';
  return p.kind === 'district';
}
