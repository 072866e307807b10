/**
 * Resolution report over the real twin-city file: `npx tsx src/ingest/resolve/report.ts [--all] [--sample]`.
 * Prints the resolution rate, the rows linked as the importer links them (with places the file establishes),
 * the unresolved and ambiguous names, and resolved places far from the file's coordinates. `--sample` prints
 * 50 established places and 50 names resolved by nearby variants or homonyms, with the nearest gazetteer place.
 */
import { buildGazetteer } from '../gazetteer/build.ts';
import { distanceKm } from '../../domain/geo.ts';
import { Resolver } from './resolver.ts';
import {
  evaluateTwinCities,
  evaluateTwinCityLinks,
  readTwinCities,
  type TwinCityEvaluation,
} from './twin-cities.ts';

const showAll = process.argv.includes('--all');
const limit = showAll ? Infinity : 25;

let t = performance.now();
const gazetteer = buildGazetteer();
const buildMs = performance.now() - t;
t = performance.now();
const resolver = new Resolver(gazetteer.countries, gazetteer.places);
const indexMs = performance.now() - t;
const rows = readTwinCities();

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
function summary(label: string, e: TwinCityEvaluation): void {
  console.log(`\n${label}`);
  console.log(
    `  rows with both sides resolved: ${e.bothResolved} / ${e.rows} (${pct(e.bothResolved, e.rows)})`,
  );
  console.log(
    `  distinct names: ${e.distinctNames}; resolved ${e.byStatus.resolved}, ambiguous ${e.byStatus.ambiguous}, unresolved ${e.byStatus.unresolved}; ${Math.round(e.millis)} ms`,
  );
  console.log(
    `  resolved places more than 50 km from the file's coordinates: ${e.far.length} distinct names (of ${e.sidesWithDistance} sides checked)`,
  );
}

console.log(
  `gazetteer: ${gazetteer.places.length} places, ${gazetteer.countries.length} countries, built in ${Math.round(buildMs)} ms; resolver index ${Math.round(indexMs)} ms`,
);
const plain = evaluateTwinCities(resolver, rows, false);
summary('by name and country only:', plain);
const withCoordinates = evaluateTwinCities(resolver, rows, true);
summary("with the file's coordinates:", withCoordinates);

console.log(`\nnames not resolved by name and country (${plain.failures.length}, most frequent first):`);
for (const f of plain.failures.slice(0, limit)) {
  console.log(
    `  ${f.rows}x  ${f.side.name} | ${f.side.country} -> ${f.resolution.status}: ${f.resolution.reason}`,
  );
}
console.log(
  `\nresolved more than 50 km from the file's coordinates (name and country only; ${plain.far.length}, farthest first):`,
);
for (const f of [...plain.far].sort((a, b) => (b.distanceKm ?? 0) - (a.distanceKm ?? 0)).slice(0, limit)) {
  const r = f.resolution;
  if (r.status !== 'resolved') continue;
  console.log(
    `  ${f.distanceKm} km  ${f.side.name} | ${f.side.country} (${f.side.lat}, ${f.side.lng}) -> ${r.place.id} ${r.place.nameEn} ${r.place.countryCode} (${r.place.lat}, ${r.place.lng})`,
  );
}

const links = evaluateTwinCityLinks(resolver, rows);
console.log('\nas the importer links them (file coordinates; places the file establishes):');
console.log(
  `  rows linked to located places on both sides: ${links.linked} / ${links.rows} (${pct(links.linked, links.rows)}), of which ${links.linkedWithSourcePlace} rest on an established place`,
);
console.log(
  `  distinct names: gazetteer ${links.byStatus.gazetteer}, established ${links.byStatus.source} (${links.sourcePlaces.length} places), ambiguous ${links.byStatus.ambiguous}, unresolved ${links.byStatus.unresolved}; ${Math.round(links.millis)} ms`,
);
const notLinked = links.sides.filter((s) => s.outcome.status !== 'resolved');
console.log(`\nnames left unlinked (${notLinked.length}, most frequent first):`);
for (const s of notLinked.slice(0, limit)) {
  if (s.outcome.status === 'resolved') continue;
  console.log(`  ${s.rows}x  ${s.name} | ${s.country} -> ${s.outcome.status}: ${s.outcome.reason}`);
}

if (process.argv.includes('--sample')) {
  // Every k-th item, so the sample spans frequent and rare names alike.
  const spread = <T>(items: T[], n: number) =>
    items.length <= n
      ? items
      : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]);
  const nearest = (lat: number, lng: number, cc: string) => {
    const n = resolver.nearby(lat, lng, 60, cc)[0];
    return n
      ? `${n.place.nameEn} (${n.place.id}, pop ${n.place.population ?? '?'}) ${n.km.toFixed(1)} km`
      : 'none within 60 km';
  };
  console.log(
    '\nsample of established places (name | country -> id kind parent @ coordinates; nearest gazetteer place):',
  );
  for (const { place, rows: n } of spread(links.sourcePlaces, 50))
    console.log(
      `  ${n}x  ${place.nameEn} | ${place.countryCode} -> ${place.id} ${place.kind} ${place.parentId ?? '-'} @ ${place.lat}, ${place.lng}; ${nearest(place.lat!, place.lng!, place.countryCode)}`,
    );
  const plainStatus = new Map(
    plain.failures.map((f) => [`${f.side.name}\u0000${f.side.country}`, f.resolution.status]),
  );
  const newly = links.sides.filter(
    (s) =>
      s.outcome.status === 'resolved' &&
      s.outcome.origin === 'gazetteer' &&
      plainStatus.has(`${s.name}\u0000${s.country}`),
  );
  console.log(`\nsample of names resolved with the file's coordinates only (${newly.length}):`);
  for (const s of spread(newly, 50)) {
    if (s.outcome.status !== 'resolved') continue;
    const p = s.outcome.place;
    const d =
      s.lat !== null && s.lng !== null && p.lat !== null
        ? distanceKm(s.lat, s.lng, p.lat, p.lng!).toFixed(1)
        : '?';
    console.log(
      `  ${s.rows}x  ${s.name} | ${s.country} -> ${p.id} ${p.nameEn} (${d} km): ${s.outcome.reason}`,
    );
  }
}
