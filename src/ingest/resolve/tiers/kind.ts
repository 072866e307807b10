/** The kind of place the name or the query asks for (`Chiang Mai Province`), else the city over the region. */
import { matchesKind } from '../place-facts.ts';
import type { Scored } from '../resolution.ts';
import type { TierContext } from './context.ts';

/** Keeps the candidates of the asked kind, when there are any. */
export function narrowByKind(ctx: TierContext, found: Scored[], notes: string[]): Scored[] {
  const { kind } = ctx.query;
  if (!kind) return found;
  const ofKind = found.filter((f) => matchesKind(f.place, kind));
  if (!ofKind.length) return found;
  if (ofKind.length < found.length) notes.push(`a ${kind} as the name says`);
  return ofKind;
}

/** A city and a region of the same name (Vienna, Chiang Mai): the city, unless a kind was asked for. */
export function preferCity(ctx: TierContext, found: Scored[], notes: string[]): Scored[] {
  if (ctx.query.kind) return found;
  const local = found.filter((f) => f.place.kind === 'city' || f.place.kind === 'district');
  if (!local.length || local.length === found.length) return found;
  notes.push('the city rather than the region of the same name');
  return local;
}
