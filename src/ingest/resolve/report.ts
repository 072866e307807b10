/**
 * Resolution report over the real twin-city file: `npx tsx src/ingest/resolve/report.ts [--all]`.
 * Prints the resolution rate, the unresolved and ambiguous names, and resolved places far from the file's coordinates.
 */
import { buildGazetteer } from '../gazetteer/build.ts';
import { Resolver } from './resolver.ts';
import { evaluateTwinCities, readTwinCities, type TwinCityEvaluation } from './twin-cities.ts';

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
