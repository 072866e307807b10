/** One gazetteer and resolver shared by the ingest tests (building takes a few seconds). */
import { buildGazetteer, type Gazetteer } from '../../src/ingest/gazetteer/build.ts';
import { Resolver } from '../../src/ingest/resolve/resolver.ts';

let cached: { gazetteer: Gazetteer; resolver: Resolver } | null = null;

export function fixture(): { gazetteer: Gazetteer; resolver: Resolver } {
  if (!cached) {
    const gazetteer = buildGazetteer();
    cached = { gazetteer, resolver: new Resolver(gazetteer.countries, gazetteer.places) };
  }
  return cached;
}
