/** What importers need of the name resolver, so tests can hand them a resolver over a small gazetteer. */
import type { Resolver } from './resolve/resolver.ts';

export type { ResolveQuery, Resolution } from './resolve/resolver.ts';
export type PlaceResolver = Pick<Resolver, 'resolve' | 'resolveCountry'>;
